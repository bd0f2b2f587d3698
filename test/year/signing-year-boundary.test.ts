/**
 * Issue #11 item 8: signing billed in arrears across the year boundary. The requests of
 * Q4 2023 are billed on the Q1 invoice of 2024. Given that quarter's report and that
 * invoice line, the check of 2024 checks the line against its report (it used to skip it
 * as 'another year'); the re-billing of 2024 passes on the requests made in 2024's four
 * quarters, so Q4 2023 stays with 2023 and Q4 2024 (billed in 2025) is in 2024, and its
 * sheet says so in words.
 *
 * Hand-worked: Q4 2023 has 30 + 10 = 40 requests × € 0,50 = € 20,00; the year's example
 * (example-year.ts) has Q1 40 and Q2 16 requests, € 28,00 in 2024.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkYear, summariseSigning } from '../../src/domain/billing/advances';
import { parseInvoiceText } from '../../src/domain/billing/invoice-text';
import { rebill } from '../../src/domain/billing/rebill';
import { importSigningExport } from '../../src/domain/imports/loket-signing';
import { sheetTexts } from '../../src/domain/spec/texts/sheet-texts';
import { a1, cellsOf } from '../../src/domain/spec/plan';
import { buildYearPlan } from '../../src/domain/spec/year-workbook';
import { writeXlsxFile } from '../../src/writers/xlsx-file-writer';
import { buildCli, ROOT, runCli } from '../support/cli';
import { assertFormulasMatchPlan, recalcWithLibreOffice } from '../support/libreoffice';
import { requireTool } from '../support/system-tools';
import { exampleYear, INVOICES, SIGNING_Q1, SIGNING_Q2, unwrap } from './example-year';

const SIGNING_Q4_2023 = `Ondertekenverzoeken per werkgever
Periode: 01-10-2023 t/m 31-12-2023
Werkgeversnummer;Naam werkgever;Aantal ondertekenverzoeken
000101;Bakkerij De Zon;30
000102;Café Het Hoekje;10
`;
const Q4_LINE = '15-01-2024 Digitaal ondertekenen Q4 2023 40 x € 0,50 € 20,00\n';

function yearWithQ4(withReport = true) {
  const c = exampleYear();
  const reports = [SIGNING_Q1, SIGNING_Q2, ...(withReport ? [SIGNING_Q4_2023] : [])].map((t, i) => unwrap(importSigningExport({ text: t }, { label: `ondertekenen-${i}.csv` })));
  const summary = summariseSigning(reports, 2024, 'requests');
  const signing = unwrap(summary);
  const invoices = unwrap(parseInvoiceText(Q4_LINE + INVOICES, { year: 2024 }));
  return { ...c, signing, invoices, summaryWarnings: summary.warnings };
}

describe('the check of 2024 with the Q4 2023 signing line', () => {
  it('checks the line against the Q4 2023 report: 40 requests, € 20,00, OK', () => {
    const c = yearWithQ4();
    const check = unwrap(checkYear({ rec: c.rec, settings: c.qwoater.settings, options: c.options, invoices: c.invoices, signing: c.signing }));
    const line = check.lines.find((l) => l.line.kind === 'signing' && l.line.year === 2023)!;
    expect(line).toBeDefined();
    expect(line).toMatchObject({ expectedCount: 40, expectedCents: 2_000, differenceCents: 0, status: 'ok' });
    const codes = check.warnings.map((w) => w.code);
    expect(codes).not.toContain('year.otherYear');
    expect(codes).not.toContain('year.signingNotInArrears');
    expect(codes).not.toContain('year.duplicateLine');
  });

  it('says the Q4 2023 report counts for that line only, not as outside the year', () => {
    const c = yearWithQ4();
    expect(c.summaryWarnings.map((w) => w.code)).not.toContain('signing.outsideYear');
    expect(c.signing.previousQ4).toBe(40);
  });

  it('without the Q4 2023 report, names what is missing instead of skipping the line silently', () => {
    const c = yearWithQ4(false);
    const check = unwrap(checkYear({ rec: c.rec, settings: c.qwoater.settings, options: c.options, invoices: c.invoices, signing: c.signing }));
    expect(check.lines.some((l) => l.line.year === 2023)).toBe(false);
    const w = check.warnings.find((x) => x.code === 'year.previousQ4SigningNoReport')!;
    expect(w.nl).toMatch(/Q4 2023/);
    expect(w.nl).toMatch(/Q1 2024/);
  });
});

describe('the re-billing of 2024', () => {
  it('passes on the requests of 2024’s quarters only: Q4 2023 stays with 2023', () => {
    const c = yearWithQ4();
    const r = unwrap(rebill({ rec: c.rec, settings: c.qwoater.settings, signing: c.signing, signingPlan: c.options.signing }));
    // (40 + 16) × € 0,50 = € 28,00, not (40 + 40 + 16) × € 0,50.
    expect(r.totals.signingCents).toBe(2_800);
    expect(r.totals.signingUnits).toBe(56);
  });

  it('and its sheet says so in words', () => {
    const L = sheetTexts('nl');
    const texts = (lang: 'nl' | 'en') => [sheetTexts(lang)('yearSheet.basisComputed'), sheetTexts(lang)('yearSheet.basisInvoiced')].join(' ');
    expect(texts('nl')).toMatch(/kwartaal waarin de verzoeken zijn gedaan/);
    expect(texts('en')).toMatch(/quarter in which the requests were made/);
    const c = yearWithQ4();
    const wb = unwrap(buildYearPlan({ ...c, perEmployer: null }));
    const sheet = wb.plan.sheets.find((s) => s.key === 'rebill')!;
    expect([...cellsOf(sheet)].some((x) => x.value === L('yearSheet.basisComputed'))).toBe(true);
  });
});

describe('Factuurcontrole with the Q4 2023 line', () => {
  it('shows Q4 2023 in the signing block and points the line’s expectation at it', () => {
    const c = yearWithQ4();
    const wb = unwrap(buildYearPlan({ ...c, perEmployer: null }));
    const sheet = wb.plan.sheets.find((s) => s.key === 'invoice-check')!;
    const cells = new Map([...cellsOf(sheet)].map((x) => [a1(x.row, x.col), x.value]));
    const labelRow = [...cells].find(([addr, v]) => addr.startsWith('A') && v === 'Q4 2023' && Number(addr.slice(1)) > 15)?.[0];
    expect(labelRow).toBeDefined();
    const row = Number(labelRow!.slice(1));
    expect(cells.get(`B${row}`)).toBe(40);
    expect(cells.get(`D${row}`)).toBe('Q1 2024');
    const L = sheetTexts('nl');
    // The first table row is the Q4 2023 line, its year in the table's Jaar column. Its expected
    // count and amount are the table's calculated columns, which read that row for Q4 of last year.
    const table = sheet.tables[0]!;
    const at = (name: string) => cells.get(a1(table.range.row + 1, table.range.col + table.columns.findIndex((c) => c.name === name)));
    expect(at(L('yearSheet.col.year'))).toBe(2023);
    expect(at(L('yearSheet.col.quarter'))).toBe(4);
    expect(at(L('yearSheet.col.expectedCount'))).toMatchObject({ r: 40 });
    expect((at(L('yearSheet.col.expectedCount')) as { f: string }).f).toContain(`=2023,Factuurcontrole_2024[[#This Row],[Kwartaal]]=4),$B$${row},`);
    expect(at(L('yearSheet.col.expectedAmount'))).toMatchObject({ r: 20 });
    expect((at(L('yearSheet.col.expectedAmount')) as { f: string }).f).toContain(`=4),$C$${row},`);
  });

  const soffice = requireTool('soffice', 'LibreOffice recalculates the check with a Q4 line of last year');
  it.skipIf(!soffice)('and LibreOffice agrees with every formula', async () => {
    const c = yearWithQ4();
    const wb = unwrap(buildYearPlan({ ...c, perEmployer: null }));
    const file = join(mkdtempSync(join(tmpdir(), 'fc-q4-')), 'q4.xlsx');
    await writeXlsxFile(wb.plan, file);
    expect(await assertFormulasMatchPlan(wb.plan, await recalcWithLibreOffice(file))).toBeGreaterThan(20);
  });
});

describe('factuurcheck rebill with the Q4 2023 report and line', () => {
  let dir: string;
  beforeAll(() => {
    buildCli();
    dir = mkdtempSync(join(tmpdir(), 'fc-q4-cli-'));
  });

  it('checks the line as OK and re-bills 2024’s signing only', () => {
    const q4 = join(dir, 'ondertekenen-2023-Q4.csv');
    writeFileSync(q4, SIGNING_Q4_2023.replace(/000101;Bakkerij De Zon/, '000101;Café De Gouden Leeuw').replace(/000102;Café Het Hoekje/, '000102;Bakkerij Müller'));
    const invoices = join(dir, 'facturen.txt');
    writeFileSync(invoices, Q4_LINE + 'Digitaal ondertekenen Q1 2024 82 x € 0,50 € 41,00\n');
    const ex = (f: string) => join(ROOT, 'examples', f);
    const r = runCli([
      'rebill', '--model', '2', '--current', ex('loket-dossiers-31-12-2024.csv'), '--previous', ex('loket-dossiers-31-12-2023.csv'), '--price', '9,85',
      '--signing', q4, ex('loket-signing-2024-Q1.csv'), '--signing-price', '0,50', '--invoices', invoices, '--out', join(dir, 'd.csv'), '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.invoiceCheck.map((l: { year: number; quarter: number; status: string; expectedCents: number }) => [l.year, l.quarter, l.status, l.expectedCents])).toEqual([
      [2023, 4, 'ok', 2_000],
      [2024, 1, 'ok', 4_100],
    ]);
    expect(json.totals.signingCents).toBe(4_100);
  });
});
