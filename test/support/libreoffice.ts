/**
 * LibreOffice as a formula oracle: it opens our .xlsx, recalculates every formula and
 * saves a copy, whose values we compare with the results the plan carries.
 *
 * By default LibreOffice trusts cached values in an .xlsx and recalculates nothing, which
 * would make the oracle agree with anything. A private profile sets OOXMLRecalcMode (and
 * ODFRecalcMode) to 0, "always recalculate". A profile can serve one soffice at a time,
 * so each test process gets its own and runs its conversions one after another.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { a1, cellsOf, isFormula, type CellValue, type WorkbookPlan } from '../../src/domain/spec/plan';
import { readWorkbookValues, type ReadValue, type WorkbookValues } from './read-xlsx';
import { findTool } from './system-tools';

export { readWorkbookValues, type WorkbookValues } from './read-xlsx';

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Profile and output folders carry the process id. Vitest ends its workers without an
 * 'exit' event, so instead of relying on that alone, each new process sweeps away the
 * folders of processes that are gone.
 */
const PREFIX = 'fc-lo-';
const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};
function sweepStale(): void {
  for (const name of readdirSync(tmpdir())) {
    const pid = Number(/^fc-lo-(?:profile|out)-(\d+)-/.exec(name)?.[1]);
    if (pid && pid !== process.pid && !alive(pid)) rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
}
const made: string[] = [];
const tempDir = (kind: 'profile' | 'out'): string => {
  const dir = mkdtempSync(join(tmpdir(), `${PREFIX}${kind}-${process.pid}-`));
  if (made.push(dir) === 1) process.once('exit', () => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
  return dir;
};

let profile: string | undefined;
function privateProfile(): string {
  if (profile) return profile;
  sweepStale();
  const dir = tempDir('profile');
  mkdirSync(join(dir, 'user'), { recursive: true });
  writeFileSync(join(dir, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  return (profile = dir);
}

/** Conversions in this process, one at a time: they share the profile. */
let queue: Promise<unknown> = Promise.resolve();

function convert(soffice: string, input: string, format: 'xlsx' | 'pdf' = 'xlsx'): Promise<string> {
  const outDir = tempDir('out');
  const args = [
    '--headless', '--norestore', '--nolockcheck', '--nodefault',
    `-env:UserInstallation=${pathToFileURL(privateProfile()).href}`,
    '--convert-to', format, '--outdir', outDir, input,
  ];
  return new Promise((resolve, reject) => {
    execFile(soffice, args, { timeout: 120_000 }, (err, stdout, stderr) => {
      const out = join(outDir, basename(input).replace(/\.[^.]*$/, '') + `.${format}`);
      // soffice exits 0 even when it could not convert, so the output file is the proof.
      if (err || !existsSync(out)) reject(new Error(`LibreOffice did not convert ${input}: ${err?.message ?? 'no output'}\n${stdout}${stderr}`));
      else resolve(out);
    });
  });
}

/** Recalculates `xlsxPath` in LibreOffice; resolves with the path of the recalculated copy. */
export function recalcWithLibreOffice(xlsxPath: string): Promise<string> {
  return inLibreOffice(xlsxPath, 'xlsx');
}

/** Prints `xlsxPath` to PDF in LibreOffice, as a user's 'print the workbook' would; resolves with the PDF's path. */
export function printWithLibreOffice(xlsxPath: string): Promise<string> {
  return inLibreOffice(xlsxPath, 'pdf');
}

function inLibreOffice(path: string, format: 'xlsx' | 'pdf'): Promise<string> {
  const soffice = findTool('soffice');
  if (!soffice) return Promise.reject(new Error('soffice not found; guard the test with requireTool()'));
  const run = queue.then(() => convert(soffice, path, format));
  queue = run.catch(() => undefined);
  return run;
}

export interface FormulaMismatch {
  sheet: string;
  address: string;
  formula: string;
  expected: number | string;
  actual: ReadValue | undefined;
  why: string;
}

const show = (v: unknown): string => JSON.stringify(v) ?? 'undefined';

function differs(expected: number | string, actual: ReadValue | undefined): string | null {
  if (typeof expected === 'number') {
    if (typeof actual !== 'number') return `expected the number ${expected}, got ${show(actual)}`;
    // Absolute for amounts around a euro, relative for big totals, so only float noise passes.
    return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)) ? null : `expected ${expected}, got ${actual}`;
  }
  // An empty text result may come back as no value at all.
  const text = actual === null && expected === '' ? '' : actual;
  return text === expected ? null : `expected the text ${show(expected)}, got ${show(actual)}`;
}

/** Every formula cell of the plan against the recalculated values: how many, and which differ. */
export function compareFormulas(plan: WorkbookPlan, values: WorkbookValues): { checked: number; mismatches: FormulaMismatch[] } {
  const mismatches: FormulaMismatch[] = [];
  let checked = 0;
  for (const sheet of plan.sheets) {
    const cells = values.get(sheet.name);
    // The last block writing a cell decides what it holds, as on the sheet.
    const planned = new Map<string, CellValue>();
    for (const { row, col, value } of cellsOf(sheet)) planned.set(a1(row, col), value);
    for (const [address, value] of planned) {
      if (!isFormula(value)) continue;
      checked++;
      const got = cells?.get(address);
      const base = { sheet: sheet.name, address, formula: value.f, expected: value.r, actual: got?.value };
      if (!got?.formula) mismatches.push({ ...base, why: cells ? 'the formula is gone' : 'the sheet is gone' });
      else {
        const why = differs(value.r, got.value);
        if (why) mismatches.push({ ...base, why });
      }
    }
  }
  return { checked, mismatches };
}

export function describeMismatches(mismatches: FormulaMismatch[], limit = 20): string {
  const lines = mismatches.slice(0, limit).map((m) => `  '${m.sheet}'!${m.address}  =${m.formula}  ${m.why}`);
  if (mismatches.length > limit) lines.push(`  … and ${mismatches.length - limit} more`);
  return lines.join('\n');
}

/**
 * Asserts that LibreOffice's value of every formula in the plan equals the result the plan
 * carries. Returns how many formulas were checked; a test should assert it is > 0, so a
 * plan without formulas cannot pass vacuously.
 */
export async function assertFormulasMatchPlan(plan: WorkbookPlan, recalculatedPath: string): Promise<number> {
  const { checked, mismatches } = compareFormulas(plan, await readWorkbookValues(recalculatedPath));
  if (mismatches.length) {
    throw new Error(`${mismatches.length} of ${checked} formulas differ from LibreOffice:\n${describeMismatches(mismatches)}`);
  }
  return checked;
}
