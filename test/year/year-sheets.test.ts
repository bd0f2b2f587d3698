import { describe, expect, it } from 'vitest';
import { sheetTexts, under } from '../../src/domain/spec/texts/sheet-texts';
import { a1, cellsOf, isFormula, type SheetPlan } from '../../src/domain/spec/plan';
import { buildYearPlan, specRefs } from '../../src/domain/spec/year-workbook';
import { buildQwoaterWorkbook } from '../../src/domain/spec/qwoater-workbook';
import { exampleYear, unwrap } from './example-year';

const L = sheetTexts('nl');
const grid = (sheet: SheetPlan) => {
  const m = new Map<string, unknown>();
  for (const { row, col, value } of cellsOf(sheet)) m.set(a1(row, col), value);
  return m;
};

describe('Factuurcontrole', () => {
  const c = exampleYear();
  const wb = unwrap(buildYearPlan({ ...c, perEmployer: null }));
  const sheet = wb.plan.sheets.find((s) => s.key === 'invoice-check')!;
  const g = grid(sheet);

  it('has one table row per invoice line, filterable, under a frozen header', () => {
    expect(sheet.name).toBe('Factuurcontrole 2024');
    expect(sheet.tables).toHaveLength(1);
    const t = sheet.tables[0]!;
    expect(t.range.lastRow - t.range.row).toBe(c.invoices.length);
    expect(t.columns.map((x) => x.name)).toEqual(Object.values(under(L, 'yearSheet.col')));
    expect(sheet.freeze).toEqual({ rows: 4, cols: 0 });
  });

  it('expects each line through calculated columns: one formula per column, the same in every row', () => {
    const t = sheet.tables[0]!;
    const calculated = t.columns.filter((x) => x.formula !== undefined).map((x) => x.name);
    expect(calculated).toEqual([L('yearSheet.col.expectedCount'), L('yearSheet.col.expectedAmount'), L('yearSheet.col.difference'), L('yearSheet.col.differencePct'), L('yearSheet.col.status'), L('yearSheet.col.cause')]);
    t.columns.forEach((column, j) => {
      if (column.formula === undefined) return;
      // Each row reads its own kind and quarter, never another row's cells.
      expect(column.formula).toContain('Factuurcontrole_2024[[#This Row],');
      for (let r = t.range.row + 1; r <= t.range.lastRow; r++) expect(g.get(a1(r, t.range.col + j))).toMatchObject({ f: column.formula });
    });
    // What was already invoiced is read from whole table columns, so an added line counts too.
    const expected = t.columns.find((x) => x.name === L('yearSheet.col.expectedAmount'))!.formula!;
    expect(expected).toContain('SUMIFS(Factuurcontrole_2024[Bedrag factuur],Factuurcontrole_2024[Soort],"Voorschot",Factuurcontrole_2024[Kwartaal],"<="&Factuurcontrole_2024[[#This Row],[Kwartaal]])');
  });

  it('carries the engine’s figures as the formulas’ results (worked out in full-year.test.ts)', () => {
    const col = (name: string) => sheet.tables[0]!.columns.findIndex((x) => x.name === name);
    const at = (line: number, name: string) => g.get(a1(4 + line, col(name))) as { r: unknown };
    expect(at(0, L('yearSheet.col.expectedAmount')).r).toBe(128.05); // Q1 advance: 52 × 9,85 / 4
    expect(at(1, L('yearSheet.col.expectedAmount')).r).toBe(4.93); // Q1 correction
    expect(at(9, L('yearSheet.col.expectedAmount')).r).toBe(84.4); // final settlement
    expect(at(9, L('yearSheet.col.status')).r).toBe('OK');
    expect(at(9, L('yearSheet.col.cause')).r).toBe('Vernietigde dossiers (bewaartermijn)');
    // Inputs are values: a real date (15-01-2025 is day 45672) and the quarter as a number shown as Q1.
    expect(at(9, L('yearSheet.col.date'))).toBe(45_672);
    expect(at(0, L('yearSheet.col.quarter'))).toBe(1);
    // The year amount is the specification's 'Totaal excl. btw', incl. the top-up to 636,00.
    const link = [...cellsOf(sheet)].find((x) => x.col === 0 && x.value === L('yearSheet.yearAmount'))!;
    const cell = g.get(a1(link.row, 1)) as { f: string; r: number };
    expect(cell.f).toMatch(/^'Specificatie 2024'!\$B\$\d+$/);
    const spec = grid(wb.plan.sheets[0]!);
    const row = cell.f.replace(/.*\$B\$/, '');
    expect(spec.get(`A${row}`)).toBe(L('spec.totalExcl'));
    expect(spec.get(`B${row}`)).toMatchObject({ r: 636 });
  });

  it('offers an input rule with a prompt on every input column', () => {
    const rules = sheet.validations ?? [];
    const on = (name: string) => rules.find((v) => v.range.col === sheet.tables[0]!.columns.findIndex((x) => x.name === name) && v.range.row === 4);
    expect(on(L('yearSheet.col.kind'))?.rule).toEqual({ kind: 'list', items: ['Voorschot', 'Correctie', 'Eindafrekening', 'Ondertekenen'] });
    expect(on(L('yearSheet.col.quarter'))?.rule).toEqual({ kind: 'whole', min: 1, max: 4 });
    expect(on(L('yearSheet.col.date'))?.rule).toEqual({ kind: 'date' });
    expect(on(L('yearSheet.col.price'))?.rule).toEqual({ kind: 'decimal', min: 0 });
    // An invoiced amount may be a credit, so it is any number.
    expect(on(L('yearSheet.col.amount'))?.rule).toEqual({ kind: 'decimal' });
    for (const v of rules) expect(v.prompt.message).toMatch(/[a-z]/);
  });

  it('colours statuses and explains the rules and causes in words', () => {
    expect(sheet.highlights.map((h) => h.equals)).toEqual(['OK', 'inbegrepen', 'controleren']);
    const texts = [...cellsOf(sheet)].map((c) => c.value).filter((v): v is string => typeof v === 'string');
    expect(texts).toEqual(expect.arrayContaining((['advance', 'correction', 'final', 'signing', 'status'] as const).map((rule) => L(`yearSheet.ruleLines.${rule}`))));
    expect(texts.some((t) => t.startsWith('QwoaterDirect of gekoppeld systeem: '))).toBe(true);
  });

  it('finds the specification cells it needs for every price model', () => {
    for (const pricing of [
      { kind: 'flat' as const, priceE4: 98_500 },
      { kind: 'volume' as const, tiers: [{ from: 1, priceE4: 1 }, { from: 9, priceE4: 2 }] },
      { kind: 'graduated' as const, tiers: [{ from: 1, priceE4: 1 }, { from: 9, priceE4: 2 }] },
    ]) {
      const d = exampleYear({ pricing });
      const { summary } = buildQwoaterWorkbook(d.rec, d.qwoater, 'en');
      const refs = specRefs(summary, pricing);
      expect(refs.billable).toMatch(/^'Specification 2024'!\$B\$\d+$/);
      expect(refs.yearAmount('C9')).toMatch(/^ROUND\(/);
    }
  });
});

describe('Doorbelasting', () => {
  const c = exampleYear();
  const wb = unwrap(buildYearPlan({ ...c, perEmployer: null }));
  const sheet = wb.plan.sheets.find((s) => s.key === 'rebill')!;
  const cellsAt = grid(sheet);
  const g = (row: number, col: number) => cellsAt.get(a1(row, col));
  const texts = [...cellsOf(sheet)].map((x) => x.value).filter((v): v is string => typeof v === 'string');

  it('states the rounding rule and the rule for negative counts on the sheet', () => {
    expect(texts).toContain(L('yearSheet.roundingRule'));
    expect(texts).toContain(L('yearSheet.negativeRule'));
    expect(texts).toContain(L('yearSheet.basisComputed'));
  });

  it('sums whole table columns, and shows what is distributed and a difference of 0,00', () => {
    const t = sheet.tables[0]!;
    expect(t.name).toBe('Doorbelasting_2024');
    const excl = t.columns.findIndex((x) => x.name === L('yearSheet.rcol.excl'));
    expect(excl).toBeGreaterThan(0);
    const total = (label: string) => [...cellsOf(sheet)].find((x) => x.col === 0 && x.value === label)!.row;
    // 636,00 + 28,00 signing (full-year.test.ts)
    expect(g(total(L('yearSheet.total')), excl)).toEqual({ f: 'SUM(Doorbelasting_2024[Totaal excl. btw])', r: 664 });
    expect(g(total(L('yearSheet.invoice')), excl)).toMatchObject({ r: 664 });
    expect(g(total(L('yearSheet.check')), excl)).toMatchObject({ r: 0 });
    // Σ VAT per employer 139,45 against the supplier's 139,44.
    expect(g(total(L('yearSheet.vatDifference')), excl + 1)).toMatchObject({ r: 0.01 });
  });

  it('is a living model: each part a formula of the specification, the tables and the check sheet', () => {
    const formulas = [...cellsOf(sheet)].flatMap(({ value }) => (isFormula(value) ? [value.f] : []));
    expect(formulas.some((f) => f.includes('Prijs'))).toBe(true);
    expect(formulas.some((f) => f.includes('BtwTarief'))).toBe(true);
    expect(formulas.some((f) => f.includes("'Specificatie 2024'!"))).toBe(true);
    expect(formulas.some((f) => f.includes('Dossiers_2024[Te factureren]'))).toBe(true);
    expect(formulas.some((f) => f.includes('Factuurcontrole_2024[Bedrag factuur]'))).toBe(true);
    // No money figure is a typed value: every cell of a part column is a formula.
    const t = sheet.tables[0]!;
    for (const name of [L('yearSheet.rcol.list'), L('yearSheet.rcol.offset'), L('yearSheet.rcol.discount'), L('yearSheet.rcol.topUp'), L('yearSheet.rcol.signing'), L('yearSheet.rcol.excl'), L('yearSheet.rcol.vat'), L('yearSheet.rcol.incl')]) {
      const j = t.columns.findIndex((x) => x.name === name);
      for (let r = t.range.row + 1; r <= t.range.lastRow; r++) expect(isFormula(g(r, j) as never), `${name} row ${r}`).toBe(true);
    }
  });
});
