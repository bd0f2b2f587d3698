/**
 * Guarantee 1 of the trust issue: bad input never crashes and never half-writes.
 *
 * Every entry of test/corpus/bad/manifest.json goes through
 *   1. its importer (for pairs: both imports, then reconcileQwoater): the expected error
 *      code with file, row and column, or the expected warning, or success with the
 *      names, numbers and sums the file holds; never a throw;
 *   2. for a bad input, the task pane's own flow against the Office host over the
 *      recording fake (import → pane state → 'Maak specificatie'): the workbook is
 *      unchanged, with zero requests sent to Excel;
 *   3. for the entries marked `cli`, the built CLI: exit code 2, one line on stderr that
 *      names the file (and row and column), no stack trace, no output file left behind.
 *
 * Entries with `knownBug` describe what the importer does wrong today. Their expectation
 * is the correct behaviour; the test asserts that the bug is still there (so it turns red
 * once fixed, to have the marker removed). FC_STRICT_KNOWN_BUGS=1 runs them as ordinary
 * tests, which then fail. The summary line counts them as not handled cleanly.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summariseSigning, validateYearOptions } from '../../src/domain/billing/advances';
import { importDossierExport } from '../../src/domain/imports/loket-dossiers';
import { importSigningExport } from '../../src/domain/imports/loket-signing';
import type { DossierExport } from '../../src/domain/imports/types';
import { buildQwoaterPlan, reconcileQwoater } from '../../src/domain/pipeline';
import type { Problem, Result } from '../../src/domain/problems';
import { defaultSettings } from '../../src/domain/settings';
import { buildYearPlan } from '../../src/domain/spec/year-workbook';
import { addReports, emptyHistory, parseXpertSettings, runXpert } from '../../src/domain/xpert';
import { readXpertUpload } from '../../src/readers/upload';
import type { WorkbookHost } from '../../src/host/host';
import { createOfficeHost } from '../../src/office/host';
import { makeSpecification, type Engine, type MakeOutcome } from '../../src/taskpane/make/make-specification';
import { missingForMake } from '../../src/taskpane/make/missing';
import { validateForms } from '../../src/taskpane/state/forms';
import { initialPaneState, neededSlots, paneReducer, type SlotKey } from '../../src/taskpane/state/pane-state';
import { emptyImportList, importListReducer, slotItem, type ImportList } from '../../src/taskpane/imports/import-list';
import { exportsToMake } from '../../src/taskpane/state/exports';
import { runImport } from '../../src/taskpane/worker/run-import';
import { buildCli, ROOT, runCli } from '../support/cli';
import { FakeExcel } from '../support/fake-excel';

// ── The manifest ─────────────────────────────────────────────────────────────────────────

type Importer = 'loket-dossiers' | 'loket-signing' | 'xpert-suite' | 'qwoater-pair';
type Check = 'import' | 'pane' | 'cli';

interface Entry {
  /** Path under test/corpus/bad/, or for `generate` the file name in the temporary directory. */
  file: string;
  importer: Importer;
  /** 'error' unless said otherwise. */
  expect?: 'error' | 'warning' | 'success';
  /** The error code, or for `expect: 'warning'` the warning that must come with the result. */
  expectCode?: string;
  expectRow?: number;
  /** Column letter as Excel shows it; the message may add the header: 'F (Aantalwerknemersdossier)'. */
  expectColumn?: string;
  note: string;
  /** Pairs: last year's export (model 2). */
  previous?: string;
  /** Pairs: the files the message must name. */
  expectFilesNamed?: string[];
  expectEmployers?: number;
  /** Σ F (dossiers), Σ requests (signing) or Σ employees (Xpert); 'generated' for the generator's own sum. */
  expectSum?: number | 'generated';
  expectNames?: string[];
  expectNumbers?: string[];
  /** Generated at test time into a temporary directory, never committed. */
  generate?: string;
  cli?: boolean;
  /** What goes wrong today; the expectation above is the correct behaviour. */
  knownBug?: string;
  /** The checks that fail because of the known bug; default: all that run. */
  knownBugChecks?: Check[];
}

const CORPUS = join(ROOT, 'test', 'corpus', 'bad');
const EXAMPLES = join(ROOT, 'examples');
const manifest = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')) as Entry[];
const STRICT = process.env.FC_STRICT_KNOWN_BUGS === '1';
const IMPORTERS: Importer[] = ['loket-dossiers', 'loket-signing', 'xpert-suite', 'qwoater-pair'];

const entryId = (e: Entry) => (e.previous ? `${e.file} + ${e.previous}` : e.file);

// ── Generated inputs (the large ones are never committed) ────────────────────────────────

let tmp = '';
const generatedSums = new Map<string, number>();

/** A deterministic pseudo-random sequence, so every run makes the same bytes. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const DOSSIER_HEADER =
  'Werkgeversnummer;Naam werkgever;Administratie;Peildatum;Werkgeversdossier;Aantalwerknemersdossier;Inactieve werknemersdossiers;Actieve werknemersdossiers';
const CITIES = ['Amsterdam', 'Rotterdam', 'Utrecht', 'Den Haag', 'Eindhoven', 'Groningen', 'Tilburg', 'Almere', 'Breda', 'Nijmegen'];

/** Lines of a committed text file, without its line ends. */
const linesOf = (path: string): string[] => readFileSync(path, 'latin1').split(/\r\n|\n/);

/** Writes one generated input; returns its path. Large ones are built from chunks, not one giant array of lines. */
function generate(kind: string, name: string): string {
  const path = join(tmp, name);
  const bigName = 'x'.repeat(1 << 20);
  switch (kind) {
    case 'dossiers-50mb':
    case 'dossiers-500k': {
      const big = kind === 'dossiers-50mb';
      const employers = big ? 330_000 : 500_000;
      const rand = lcg(big ? 50 : 500);
      const chunks: string[] = [['Dossiervorming Qwoater per werkgever', 'Peildatum: 31-12-2024', 'Salarisadministratie Van Dijk & Partners', '', DOSSIER_HEADER, ''].join('\r\n')];
      let sumF = 0;
      let lines: string[] = [];
      for (let i = 0; i < employers; i++) {
        const f = Math.floor(rand() * (big ? 2500 : 1000));
        const g = Math.floor(rand() * (f + 1) * 0.3);
        const number = String(1_000_000 + i).padStart(8, '0');
        const nameText = big
          ? `Werkgever ${i} Holding en Dochterondernemingen Nederland B.V., vestiging ${CITIES[i % CITIES.length]}, afdeling salarisadministratie`
          : `Werkgever ${i} B.V.`;
        const fText = big && i === employers - 1 ? '1,5' : String(f);
        sumF += f;
        lines.push([number, nameText, '01', '31-12-2024', '1', fText, String(g), String(f - g)].join(';'));
        if (lines.length === 10_000) {
          chunks.push(lines.join('\r\n') + '\r\n');
          lines = [];
        }
      }
      if (lines.length) chunks.push(lines.join('\r\n') + '\r\n');
      writeFileSync(path, chunks.join(''));
      generatedSums.set(name, sumF);
      return path;
    }
    case 'dossiers-long-name': {
      const lines = linesOf(join(CORPUS, 'pairs', 'dossiers-31-12-2024.csv'));
      lines[6] = lines[6]!.replace('Bakkerij M\u00c3\u00bcller', bigName);
      writeFileSync(path, Buffer.from(lines.join('\r\n'), 'latin1'));
      return path;
    }
    case 'dossiers-long-title': {
      const lines = linesOf(join(CORPUS, 'pairs', 'dossiers-31-12-2024.csv'));
      lines[2] = `${lines[2]} ${bigName}`;
      writeFileSync(path, Buffer.from(lines.join('\r\n'), 'latin1'));
      return path;
    }
    case 'signing-long-name': {
      const lines = linesOf(join(EXAMPLES, 'loket-signing-2024-Q1.csv'));
      lines[5] = lines[5]!.replace(/^(\d+);[^;]*;/, `$1;${bigName};`);
      writeFileSync(path, Buffer.from(lines.join('\r\n'), 'latin1'));
      return path;
    }
    case 'xpert-long-name': {
      const lines = linesOf(join(EXAMPLES, 'xpert-2024-01.csv'));
      lines[6] = lines[6]!.replace(/^(\d+);[^;]*;/, `$1;${bigName};`);
      writeFileSync(path, Buffer.from(lines.join('\r\n'), 'latin1'));
      return path;
    }
    default:
      throw new Error(`corpus: unknown generator '${kind}'`);
  }
}

const paths = new Map<string, string>();
const pathOf = (file: string): string => paths.get(file) ?? join(CORPUS, file);
const bytesOf = (file: string): Uint8Array => readFileSync(pathOf(file));

// ── Running an entry ─────────────────────────────────────────────────────────────────────

interface Failure {
  check: Check;
  message: string;
}

interface Imported {
  result: Result<unknown> | null;
  thrown: unknown;
}

/** The label the importers and the CLI use: the file's own name. */
const labelOf = (file: string) => basename(file);
const source = (file: string) => ({ label: labelOf(file), fileName: labelOf(file) });

const settings2 = { ...defaultSettings(2), pricing: { kind: 'flat' as const, priceE4: 98_500 } };

async function importEntry(e: Entry): Promise<Imported> {
  try {
    switch (e.importer) {
      case 'loket-dossiers':
        return { result: importDossierExport({ bytes: bytesOf(e.file) }, source(e.file)), thrown: null };
      case 'loket-signing':
        return { result: importSigningExport({ bytes: bytesOf(e.file) }, source(e.file)), thrown: null };
      case 'xpert-suite':
        return { result: await readXpertUpload(bytesOf(e.file), source(e.file)), thrown: null };
      case 'qwoater-pair': {
        const current = importDossierExport({ bytes: bytesOf(e.file) }, source(e.file));
        if (!current.ok) return { result: current, thrown: null };
        const previous = importDossierExport({ bytes: bytesOf(e.previous!) }, source(e.previous!));
        if (!previous.ok) return { result: previous, thrown: null };
        return { result: reconcileQwoater({ current: current.value, previous: previous.value, settings: settings2 }), thrown: null };
      }
    }
  } catch (thrown) {
    return { result: null, thrown };
  }
}

interface Row {
  number: string;
  name: string;
  count: number;
}

/** The employers of an import, whatever the importer: number (or code), name and the main count. */
function rowsOf(e: Entry, value: unknown): Row[] {
  const v = value as { employers: Record<string, unknown>[] };
  return v.employers.map((x) => ({
    number: String(x.number ?? x.code),
    name: String(x.name),
    count: Number(e.importer === 'loket-signing' ? x.requests : e.importer === 'xpert-suite' ? x.employees : x.employeeDossiers),
  }));
}

const columnMatches = (column: string | undefined, letter: string) => column !== undefined && new RegExp(`^${letter}( \\(|$)`).test(column);

function checkImport(e: Entry, imp: Imported): Failure[] {
  const out: Failure[] = [];
  const fail = (message: string) => out.push({ check: 'import', message });
  if (imp.thrown !== null) {
    fail(`the importer threw: ${imp.thrown instanceof Error ? imp.thrown.stack : String(imp.thrown)}`);
    return out;
  }
  const r = imp.result!;
  const expectKind = e.expect ?? 'error';
  const label = labelOf(e.file);
  if (expectKind === 'error') {
    if (r.ok) {
      fail(`expected error ${e.expectCode}, got success with warnings [${r.warnings.map((w) => w.code).join(', ')}]`);
      return out;
    }
    const err = r.error;
    if (err.code !== e.expectCode) fail(`expected ${e.expectCode}, got ${err.code}: ${err.en}`);
    if (!err.nl || !err.en) fail('the error has no Dutch or English text');
    const named = e.expectFilesNamed ?? [label];
    for (const f of named) if (!err.nl.includes(f) || !err.en.includes(f)) fail(`the message does not name ${f}: ${err.nl}`);
    if (e.importer !== 'qwoater-pair' && err.location?.file !== label) fail(`location.file is ${err.location?.file}, not ${label}`);
    if (e.expectRow !== undefined && err.location?.row !== e.expectRow) fail(`location.row is ${err.location?.row}, not ${e.expectRow}`);
    if (e.expectRow !== undefined && !err.nl.includes(`rij ${e.expectRow}`)) fail(`the Dutch message does not say 'rij ${e.expectRow}': ${err.nl}`);
    if (e.expectColumn !== undefined && !columnMatches(err.location?.column, e.expectColumn)) {
      fail(`location.column is ${err.location?.column}, not ${e.expectColumn}`);
    }
    return out;
  }
  if (!r.ok) {
    fail(`expected ${expectKind === 'warning' ? `success with warning ${e.expectCode}` : 'success'}, got ${r.error.code}: ${r.error.en}`);
    return out;
  }
  if (expectKind === 'warning' && !r.warnings.some((w) => w.code === e.expectCode)) {
    fail(`expected warning ${e.expectCode}, got [${r.warnings.map((w) => w.code).join(', ')}]`);
  }
  const rows = rowsOf(e, r.value);
  if (e.expectEmployers !== undefined && rows.length !== e.expectEmployers) fail(`${rows.length} employers, expected ${e.expectEmployers}`);
  const wantSum = e.expectSum === 'generated' ? generatedSums.get(e.file) : e.expectSum;
  const sum = rows.reduce((s, x) => s + x.count, 0);
  if (wantSum !== undefined && sum !== wantSum) fail(`the counts add up to ${sum}, expected ${wantSum}`);
  if (e.expectNames && JSON.stringify(rows.map((x) => x.name)) !== JSON.stringify(e.expectNames)) {
    fail(`names ${JSON.stringify(rows.map((x) => x.name))}, expected ${JSON.stringify(e.expectNames)}`);
  }
  if (e.expectNumbers && JSON.stringify(rows.map((x) => x.number)) !== JSON.stringify(e.expectNumbers)) {
    fail(`numbers ${JSON.stringify(rows.map((x) => x.number))}, expected ${JSON.stringify(e.expectNumbers)}`);
  }
  return out;
}

// ── "Workbook unchanged": the pane's flow against the Office host over the recording fake ──

/** A workbook with the user's own work in it, which a failed run must leave exactly as it was. */
function userWorkbook(): FakeExcel {
  const fake = new FakeExcel();
  fake.addSheet('Blad1', { A1: 'eigen werk', B2: 42, C3: '=B2*2' });
  fake.addSheet('Specificatie 2024', { A1: 'van de gebruiker' });
  return fake;
}

const engine: Engine = { reconcile: reconcileQwoater, buildPlan: (r, i, l, w) => buildQwoaterPlan(r, i, l, w) };
let job = 0;

/**
 * The task pane without React: each export goes through the import worker's own function
 * into the pane's reducer, and 'Maak specificatie' runs only when the pane's own gate
 * (missingForMake) lets it, exactly as MakeStep does.
 */
async function dossierPaneFlow(host: WorkbookHost, files: Record<SlotKey, string | null>): Promise<{ exports: ImportList<'dossiers'>; outcome: MakeOutcome | null }> {
  let state = initialPaneState('nl');
  state = paneReducer(state, { type: 'choice', patch: { model: files.previous ? 2 : 1 } });
  state = paneReducer(state, { type: 'price', patch: { flatPrice: '9,85' } });
  let exports = emptyImportList<'dossiers'>();
  for (const slot of neededSlots(state.choice.model)) {
    const file = files[slot]!;
    const request = { input: { bytes: bytesOf(file) }, source: source(file), options: {} };
    const id = ++job;
    exports = importListReducer(exports, { type: 'start', id, slot, request, reading: false, job: id, origin: 'user', placement: 'slot' });
    const reply = await runImport({ id, kind: 'dossiers', ...request });
    if (reply.type === 'result' && reply.result.ok) {
      exports = importListReducer(exports, { type: 'done', id, job: id, value: reply.result.value as DossierExport, warnings: reply.result.warnings });
    } else if (reply.type === 'result' && !reply.result.ok) {
      exports = importListReducer(exports, { type: 'failed', id, job: id, error: { kind: 'problem', problem: reply.result.error }, warnings: reply.result.warnings });
    } else {
      exports = importListReducer(exports, { type: 'failed', id, job: id, error: { kind: 'message', severity: 'error', key: 'import.crash', params: { file, reason: reply.type } } });
    }
  }
  const validation = validateForms(state.choice, state.price);
  if (missingForMake(state.choice.model, exports, validation).length || !validation.ok) return { exports, outcome: null };
  const made = exportsToMake(exports, state.choice.model)!;
  const outcome = await makeSpecification(host, engine, { ...made, settings: validation.settings, lang: 'nl' }, {
    onProgress: () => {},
    chooseConflict: async () => 'next-free-name',
    signal: new AbortController().signal,
  });
  return { exports, outcome };
}

/** The examples' reconciliation, for a signing export to join (as `spec --signing` does). */
function exampleYear() {
  const imp = (f: string) => importDossierExport({ bytes: readFileSync(join(EXAMPLES, f)) }, { label: f, fileName: f });
  const current = imp('loket-dossiers-31-12-2024.csv');
  const previous = imp('loket-dossiers-31-12-2023.csv');
  if (!current.ok || !previous.ok) throw new Error('examples do not import');
  const qwoater = { current: current.value as DossierExport, previous: previous.value as DossierExport, settings: settings2 };
  const rec = reconcileQwoater(qwoater);
  if (!rec.ok) throw new Error('examples do not reconcile');
  return { qwoater, rec: rec.value };
}

/**
 * Signing and Xpert exports have no pane step yet; their flow is the same shape: import,
 * and only on success build the workbook plan and hand it to the host.
 */
async function otherFlow(e: Entry, host: WorkbookHost): Promise<Problem | null> {
  if (e.importer === 'xpert-suite') {
    const report = await readXpertUpload(bytesOf(e.file), source(e.file));
    if (!report.ok) return report.error;
    const added = addReports(emptyHistory(), [report.value]);
    if (!added.ok) return added.error;
    if (added.value.status !== 'updated') return null;
    const xs = parseXpertSettings({ rateE4: 12_500, smsRateE4: 900, vatBasisPoints: 2_100, toleranceCents: 100 });
    if (!xs.ok) throw new Error('xpert settings');
    const run = runXpert(added.value.history, xs.value, 'nl', report.warnings);
    if (!run.ok) return run.error;
    const written = await host.writePlan(run.value.plan, { conflict: 'next-free-name' });
    return written.ok ? null : written.error;
  }
  const signing = importSigningExport({ bytes: bytesOf(e.file) }, source(e.file));
  if (!signing.ok) return signing.error;
  const { qwoater, rec } = exampleYear();
  const options = validateYearOptions({ signing: { mode: 'priced', priceE4: 5_000, unit: 'requests' }, counts: [], distribute: 'computed' });
  if (!options.ok) throw new Error('year options');
  const summary = summariseSigning([signing.value], rec.year, 'requests');
  if (!summary.ok) return summary.error;
  const built = buildYearPlan({ rec, qwoater, options: options.value, invoices: [], signing: summary.value, perEmployer: null, lang: 'nl' });
  if (!built.ok) return built.error;
  const written = await host.writePlan(built.value.plan, { conflict: 'next-free-name' });
  return written.ok ? null : written.error;
}

async function checkPane(e: Entry): Promise<Failure[]> {
  const out: Failure[] = [];
  const fail = (message: string) => out.push({ check: 'pane', message });
  const fake = userWorkbook();
  const before = fake.state();
  const sheetsBefore = fake.sheets.length;
  const host = createOfficeHost(fake, { language: 'nl', now: () => new Date('2025-01-31T10:00:00Z') });
  let shown: string | null = null;
  try {
    if (e.importer === 'loket-dossiers' || e.importer === 'qwoater-pair') {
      const files = e.importer === 'qwoater-pair' ? { current: e.file, previous: e.previous! } : { current: e.file, previous: 'pairs/dossiers-31-12-2023.csv' };
      const { exports, outcome } = await dossierPaneFlow(host, files);
      const slotError = (['current', 'previous'] as const).map((k) => slotItem(exports, k)?.error ?? null).find((n) => n !== null);
      if (slotError) shown = slotError.kind === 'problem' ? slotError.problem.code : slotError.key;
      else if (outcome?.kind === 'failed') shown = outcome.error.code;
      else if (outcome) shown = `no error (${outcome.kind})`;
    } else {
      const p = await otherFlow(e, host);
      shown = p ? p.code : 'no error (written)';
    }
  } catch (thrown) {
    fail(`the flow threw: ${thrown instanceof Error ? thrown.stack : String(thrown)}`);
  }
  if (shown !== e.expectCode) fail(`the pane shows ${shown}, expected ${e.expectCode}`);
  if (fake.syncs !== 0) fail(`${fake.syncs} request(s) reached Excel`);
  if (fake.sheets.length !== sheetsBefore) fail(`${fake.sheets.length - sheetsBefore} sheet(s) added`);
  expectSame(before, fake.state(), fail);
  return out;
}

function expectSame(before: unknown, after: unknown, fail: (m: string) => void): void {
  if (JSON.stringify(before) !== JSON.stringify(after)) fail('the workbook changed');
}

// ── The CLI ──────────────────────────────────────────────────────────────────────────────

const STACK = /\bat .*\.(c?js|ts|mjs):\d+|node:internal|^\s+at /m;

function cliArgs(e: Entry, out: string): string[] {
  const ex = (f: string) => join(EXAMPLES, f);
  switch (e.importer) {
    case 'loket-dossiers':
      return ['spec', '--current', pathOf(e.file), '--previous', join(CORPUS, 'pairs', 'dossiers-31-12-2023.csv'), '--price', '9,85', '--out', join(out, 'spec.xlsx')];
    case 'qwoater-pair':
      return ['spec', '--current', pathOf(e.file), '--previous', pathOf(e.previous!), '--price', '9,85', '--out', join(out, 'spec.xlsx')];
    case 'loket-signing':
      return ['rebill', '--current', ex('loket-dossiers-31-12-2024.csv'), '--previous', ex('loket-dossiers-31-12-2023.csv'), '--price', '9,85', '--signing', pathOf(e.file), '--signing-price', '0,50', '--out', join(out, 'doorbelasting.csv')];
    case 'xpert-suite':
      return ['xpert', '--in', pathOf(e.file), '--rate', '1,25', '--sms-rate', '0,09', '--out', join(out, 'otherside.xlsx')];
  }
}

function checkCli(e: Entry): Failure[] {
  const out: Failure[] = [];
  const fail = (message: string) => out.push({ check: 'cli', message });
  const dir = mkdtempSync(join(tmp, 'cli-'));
  const r = runCli(cliArgs(e, dir));
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  if (r.code !== 2) fail(`exit code ${r.code}, expected 2 (stderr: ${r.stderr.slice(0, 300)})`);
  if (r.stdout !== '') fail(`stdout is not empty: ${r.stdout.slice(0, 200)}`);
  if (lines.length !== 1) fail(`${lines.length} lines on stderr, expected 1: ${r.stderr.slice(0, 300)}`);
  const line = lines[0] ?? '';
  if (!line.startsWith('factuurcheck: ')) fail(`stderr does not start with 'factuurcheck: ': ${line.slice(0, 200)}`);
  for (const f of e.expectFilesNamed ?? [labelOf(e.file)]) if (!line.includes(f)) fail(`stderr does not name ${f}: ${line.slice(0, 300)}`);
  if (e.expectRow !== undefined && !line.includes(`rij ${e.expectRow}`)) fail(`stderr does not say 'rij ${e.expectRow}': ${line.slice(0, 300)}`);
  if (e.expectColumn !== undefined && !new RegExp(`kolom ${e.expectColumn}\\b`).test(line)) fail(`stderr does not say 'kolom ${e.expectColumn}': ${line.slice(0, 300)}`);
  if (STACK.test(r.stderr)) fail(`a stack trace on stderr: ${r.stderr.slice(0, 300)}`);
  const left = readdirSync(dir);
  if (left.length) fail(`files left behind: ${left.join(', ')}`);
  rmSync(dir, { recursive: true, force: true });
  return out;
}

// ── The run ──────────────────────────────────────────────────────────────────────────────

const results = new Map<string, Failure[]>();

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'fc-corpus-'));
  for (const e of manifest) if (e.generate && !paths.has(e.file)) paths.set(e.file, generate(e.generate, e.file));
  buildCli();
}, 120_000);

afterAll(() => {
  const tried = results.size;
  const clean = [...results.values()].filter((f) => f.length === 0).length;
  console.log(`corpus: ${tried} tried, ${clean} handled cleanly`);
  const bugs = [...results].filter(([, f]) => f.length > 0).map(([id]) => id);
  if (bugs.length) console.log(`corpus: not handled cleanly (known bugs, see manifest): ${bugs.join(', ')}`);
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the corpus itself', () => {
  it('has at least 40 inputs across every importer, each file present and listed once', () => {
    expect(manifest.length).toBeGreaterThanOrEqual(40);
    for (const i of IMPORTERS) expect(manifest.filter((e) => e.importer === i).length, i).toBeGreaterThan(0);
    const ids = manifest.map(entryId);
    expect(new Set(ids).size).toBe(ids.length);
    const listed = new Set(manifest.filter((e) => !e.generate).flatMap((e) => [e.file, ...(e.previous ? [e.previous] : [])]));
    const onDisk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? onDisk(join(dir, d.name)) : [relative(CORPUS, join(dir, d.name))]));
    const data = onDisk(CORPUS).filter((f) => f.endsWith('.csv'));
    expect(data.filter((f) => !listed.has(f)), 'files without a manifest entry').toEqual([]);
    expect([...listed].filter((f) => !data.includes(f)), 'manifest entries without a file').toEqual([]);
    for (const e of manifest) {
      expect(e.note, entryId(e)).toBeTruthy();
      if ((e.expect ?? 'error') !== 'success') expect(e.expectCode, entryId(e)).toBeTruthy();
    }
  });

  it('generates the large inputs: a 50 MB file and one of 500,000 employers', () => {
    const big = manifest.find((e) => e.generate === 'dossiers-50mb')!;
    expect(statSync(pathOf(big.file)).size).toBeGreaterThanOrEqual(50_000_000);
    const many = manifest.find((e) => e.generate === 'dossiers-500k')!;
    expect(many.expectEmployers).toBe(500_000);
    const long = manifest.find((e) => e.generate === 'dossiers-long-name')!;
    expect(Math.max(...readFileSync(pathOf(long.file), 'latin1').split('\r\n').map((l) => l.length))).toBeGreaterThan(1 << 20);
  });
});

describe.each(IMPORTERS)('bad input for %s', (importer) => {
  const entries = manifest.filter((e) => e.importer === importer);
  it.each(entries.map((e) => [entryId(e), e] as const))('%s', async (_, e) => {
    const failures: Failure[] = [];
    const imp = await importEntry(e);
    failures.push(...checkImport(e, imp));
    if ((e.expect ?? 'error') === 'error') failures.push(...(await checkPane(e)));
    if (e.cli) failures.push(...checkCli(e));
    results.set(entryId(e), failures);

    if (e.knownBug && !STRICT) {
      const known = e.knownBugChecks ?? (['import', 'pane', 'cli'] as Check[]);
      const explained = failures.filter((f) => known.includes(f.check));
      const other = failures.filter((f) => !known.includes(f.check));
      expect(other, `${e.file}: failures beyond the known bug`).toEqual([]);
      expect(explained.length, `${e.file}: the known bug seems fixed; remove 'knownBug' from the manifest entry (${e.knownBug})`).toBeGreaterThan(0);
    } else {
      expect(failures).toEqual([]);
    }
  });
});
