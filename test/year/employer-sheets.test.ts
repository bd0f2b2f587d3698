import { describe, expect, it } from 'vitest';
import { rebill } from '../../src/domain/billing/rebill';
import { reconcileQwoater } from '../../src/domain/billing/qwoater';
import { settingsSchema } from '../../src/domain/settings';
import { buildEmployerSheets, employerSheetCount, employerSheetName, EMPLOYER_SHEETS_CONFIRM_ABOVE } from '../../src/domain/spec/employer-sheets';
import { sheetTexts } from '../../src/domain/spec/texts/sheet-texts';
import { a1, cellsOf, isFormula, type SheetPlan } from '../../src/domain/spec/plan';
import { isValidSheetName } from '../../src/domain/spec/sheet-names';
import { buildYearPlan } from '../../src/domain/spec/year-workbook';
import { dossierExport, type Row } from '../support/dossier-export';
import { exampleYear, unwrap } from './example-year';

const L = sheetTexts('nl');
const valueAt = (sheet: SheetPlan, label: string) => {
  const cells = [...cellsOf(sheet)];
  const row = cells.find((c) => c.col === 0 && c.value === label)?.row;
  return cells.find((c) => c.row === row && c.col === 1)?.value;
};

function bigYear(n: number, names: (i: number) => string) {
  const rows: Row[] = Array.from({ length: n }, (_, i) => [String(1_000 + i).padStart(6, '0'), names(i), 1, 3 + (i % 7), 0]);
  const settings = settingsSchema.parse({ model: 1, pricing: { kind: 'flat', priceE4: 98_500 } });
  const rec = unwrap(reconcileQwoater({ current: dossierExport('c.csv', '2024-10-01', rows), settings }));
  return { rec, split: unwrap(rebill({ rec, settings, signing: null, signingPlan: { mode: 'unknown', unit: 'requests' } })) };
}

describe('one sheet per employer', () => {
  const c = exampleYear();
  const wb = unwrap(buildYearPlan({ ...c, perEmployer: {}, asOf: '2025-01-15' }));
  const sheets = wb.plan.sheets.filter((s) => s.key.startsWith('employer:'));
  const zon = sheets.find((s) => s.name === '000101 Bakkerij De Zon')!;

  it('says whose it is and of when: number and name, amounts as of a date, the source year, the model', () => {
    expect(valueAt(zon, L('yearSheet.employerNumber'))).toBe('000101');
    expect(valueAt(zon, L('yearSheet.employerName'))).toBe('Bakkerij De Zon');
    expect(valueAt(zon, L('yearSheet.sourceYear'))).toBe(2024);
    // A real date: 15-01-2025 is Excel's day 45672.
    expect(valueAt(zon, L('yearSheet.amountsOf'))).toBe(45_672);
    expect(valueAt(zon, L('yearSheet.model'))).toBe('2 (actieve dossiers)');
    const texts = [...cellsOf(zon)].map((c) => c.value);
    expect(texts).toContain('000101 Bakkerij De Zon');
    expect(texts).toContain('Bedragen van 15-01-2025, uit de doorbelasting van Qwoater 2024');
  });

  it('lists counts, price and amounts that add up to the employer’s share', () => {
    // 27 × 9,85 = 265,95 − 9,02 (negative counts of others) + 34,12 top-up + 35 requests × 0,50 = 17,50 → 308,55
    expect(valueAt(zon, L('yearSheet.counted'))).toEqual({ f: 'MAX(0,B16)', r: 27 });
    expect(valueAt(zon, L('yearSheet.listPrice'))).toBe(9.85);
    expect(valueAt(zon, L('yearSheet.listAmount'))).toMatchObject({ r: 265.95 });
    expect(valueAt(zon, L('yearSheet.offsetShare'))).toBe(-9.02);
    expect(valueAt(zon, L('yearSheet.topUpShare'))).toBe(34.12);
    expect(valueAt(zon, L('yearSheet.signingAmount'))).toMatchObject({ r: 17.5 });
    expect(valueAt(zon, L('yearSheet.rounding'))).toBe(0);
    expect(valueAt(zon, L('yearSheet.excl'))).toMatchObject({ r: 308.55 });
    // VAT on the employer's own amount at the sheet's own rate: 21 % of 308,55 = 64,7955 → 64,80.
    expect(valueAt(zon, L('yearSheet.vatRate'))).toBe(0.21);
    expect(valueAt(zon, L('yearSheet.vat'))).toMatchObject({ r: 64.8 });
    expect(valueAt(zon, L('yearSheet.incl'))).toMatchObject({ r: 373.35 });
    const share = wb.rebill.shares.find((s) => s.number === '000101')!;
    expect(share.totalInclCents).toBe(37_335);
    // Computed, not invoiced, is distributed: there is no difference with the invoice to show.
    expect(valueAt(zon, L('yearSheet.adjustmentShare'))).toBeUndefined();
  });

  it('prints on one A4 page across, with a header and a footer', () => {
    const last = Math.max(...[...cellsOf(zon)].map((c) => c.row));
    expect(zon.print).toEqual({
      area: { row: 0, col: 0, lastRow: last, lastCol: 1 },
      paper: 'A4',
      landscape: false,
      fitToWidth: true,
      titleRows: { first: 0, last: 0 },
      header: { center: [{ field: 'sheet' }] },
      footer: { left: ['Qwoater 2024 — werkgever 000101'], right: ['pagina ', { field: 'page' }, ' van ', { field: 'pages' }] },
    });
  });

  it('refers only to its own cells', () => {
    for (const s of sheets) for (const { value } of cellsOf(s)) if (isFormula(value)) expect(value.f).toMatch(/^[A-Z0-9(),+\-*:.]+$/);
  });

  it('names sheets after the employer, valid and unique, and never like an existing sheet', () => {
    const { rec, split } = bigYear(4, (i) => ['Bakkerij [Oost]: filiaal 1/2', 'Bakkerij [Oost]: filiaal 1/2', '', 'Specificatie 2024'][i]!);
    const made = unwrap(buildEmployerSheets({ rec, rebill: split, signing: null, selection: {}, taken: ['001003 Specificatie 2024'], asOf: '2025-01-15' }, 'nl'));
    // The number tells two employers of one name apart, within 31 characters; only a name already in the workbook gets '(2)'.
    expect(made.map((s) => s.name)).toEqual(['001000 Bakkerij Oost filiaal 1', '001001 Bakkerij Oost filiaal 1', '001002', '001003 Specificatie 2024 (2)']);
    for (const s of made) expect(isValidSheetName(s.name)).toBe(true);
  });

  it('builds a chosen few, and refuses a number not in the count', () => {
    const few = unwrap(buildEmployerSheets({ rec: c.rec, rebill: wb.rebill, signing: c.signing, selection: { numbers: ['000104', '101'] }, taken: [], asOf: '2025-01-15' }, 'nl'));
    expect(few.map((s) => s.name)).toEqual(['000101 Bakkerij De Zon', '000104 Nieuw BV']);
    const bad = buildEmployerSheets({ rec: c.rec, rebill: wb.rebill, signing: c.signing, selection: { numbers: ['000999'] }, taken: [], asOf: '2025-01-15' }, 'nl');
    expect(!bad.ok && bad.error.nl).toBe('Werkgever 000999 staat niet in de telling.');
  });

  it(`asks before more than ${EMPLOYER_SHEETS_CONFIRM_ABOVE} sheets, and exposes the count`, () => {
    const { rec, split } = bigYear(251, (i) => `Werkgever ${i}`);
    expect(unwrap(employerSheetCount(split, {}))).toBe(251);
    expect(unwrap(employerSheetCount(split, { numbers: ['001000', '001001'] }))).toBe(2);
    const refused = buildEmployerSheets({ rec, rebill: split, signing: null, selection: {}, taken: [], asOf: '2025-01-15' }, 'nl');
    expect(!refused.ok && refused.error).toMatchObject({ code: 'year.tooManySheets', params: { count: 251, limit: 250 } });
    const yes = buildEmployerSheets({ rec, rebill: split, signing: null, selection: { confirmedMany: true }, taken: [], asOf: '2025-01-15' }, 'nl');
    expect(yes.ok && yes.value).toHaveLength(251);
  });

  it('model 1 sheets count all stored dossiers', () => {
    const { rec, split } = bigYear(1, () => 'Eén');
    const [sheet] = unwrap(buildEmployerSheets({ rec, rebill: split, signing: null, selection: {}, taken: [], asOf: '2025-01-15' }, 'nl'));
    expect(valueAt(sheet!, L('yearSheet.billable'))).toEqual({ f: `${a1(11, 1)}+${a1(12, 1)}`, r: 4 });
    expect(valueAt(sheet!, L('yearSheet.model'))).toBe('1 (alle opgeslagen dossiers)');
  });
});

describe("an employer sheet's name", () => {
  it('is number and name within 31 characters, and in the workbook\'s language when neither can name it', () => {
    expect(employerSheetName({ number: '000123', name: 'Bakkerij [De Korenaar]: filiaal Utrecht-Noord' }, sheetTexts('nl'))).toBe('000123 Bakkerij De Korenaar fil');
    expect(employerSheetName({ number: '', name: '[]*?' }, sheetTexts('nl'))).toBe('Werkgever');
    expect(employerSheetName({ number: '', name: '[]*?' }, sheetTexts('en'))).toBe('Employer');
  });
});
