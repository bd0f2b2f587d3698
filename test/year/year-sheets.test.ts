import { describe, expect, it } from 'vitest';
import { yearLabels } from '../../src/domain/spec/labels-year';
import { specLabels } from '../../src/domain/spec/labels';
import { a1, cellsOf, isFormula, type SheetPlan } from '../../src/domain/spec/plan';
import { buildYearPlan, specRefs } from '../../src/domain/spec/year-workbook';
import { buildQwoaterWorkbook } from '../../src/domain/spec/qwoater-workbook';
import { exampleYear, unwrap } from './example-year';

const L = yearLabels('nl');
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
    expect(t.columns.map((x) => x.name)).toEqual(Object.values(L.col));
    expect(sheet.freeze).toEqual({ rows: 4, cols: 0 });
  });

  it('expects each line through formulas over the specification and the blocks below', () => {
    // Row 5: the Q1 advance → the estimate block; row 6: the Q1 correction → SUMIFS over the table.
    expect(g.get('J5')).toMatchObject({ f: '$F$25', r: 128.05 });
    const correction = g.get('J6') as { f: string; r: number };
    expect(correction.f).toBe('ROUND(1*$E$26/4,2)-SUMIFS($H$5:$H$14,$B$5:$B$14,"Voorschot",$D$5:$D$14,"<=1")-SUMIFS($H$5:$H$14,$B$5:$B$14,"Correctie",$D$5:$D$14,"<1")');
    expect(correction.r).toBe(4.93);
    expect(g.get('J14')).toMatchObject({ f: '$B$21-SUMIFS($H$5:$H$14,$B$5:$B$14,"Voorschot")-SUMIFS($H$5:$H$14,$B$5:$B$14,"Correctie")', r: 84.4 });
    // The year amount is the specification's 'Totaal excl. btw', incl. the top-up to 636,00.
    const link = (g.get('B21') as { f: string }).f;
    expect(link).toMatch(/^'Specificatie 2024'!\$B\$\d+$/);
    const spec = grid(wb.plan.sheets[0]!);
    const row = link.replace(/.*\$B\$/, '');
    expect(spec.get(`A${row}`)).toBe(specLabels('nl').totalExcl);
    expect(spec.get(`B${row}`)).toMatchObject({ r: 636 });
    expect(g.get('M14')).toMatchObject({ r: 'OK' });
    expect(g.get('N14')).toMatchObject({ r: 'Vernietigde dossiers (bewaartermijn)' });
  });

  it('colours statuses and explains the rules and causes in words', () => {
    expect(sheet.highlights.map((h) => h.equals)).toEqual(['OK', 'inbegrepen', 'controleren']);
    const texts = [...cellsOf(sheet)].map((c) => c.value).filter((v): v is string => typeof v === 'string');
    expect(texts).toEqual(expect.arrayContaining(L.ruleLines));
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
  const texts = [...cellsOf(sheet)].map((x) => x.value).filter((v): v is string => typeof v === 'string');

  it('states the rounding rule and the rule for negative counts on the sheet', () => {
    expect(texts).toContain(L.roundingRule);
    expect(texts).toContain(L.negativeRule);
    expect(texts).toContain(L.basisComputed);
  });

  it('sums each column and shows a difference of 0,00 against what is distributed', () => {
    const g = grid(sheet);
    expect(g.get('M6')).toEqual({ f: 'SUM(M10:M14)', r: 664 });
    expect(g.get('M7')).toBe(664);
    expect(g.get('M8')).toEqual({ f: 'ROUND(M6-M7,2)', r: 0 });
    expect(g.get('D12')).toEqual({ f: 'MAX(0,C12)', r: 0 });
    expect(g.get('E10')).toEqual({ f: 'IF($D$6=0,0,D10/$D$6)', r: 27 / 59 });
    for (const { value } of cellsOf(sheet)) if (isFormula(value)) expect(value.f).not.toContain('!');
    expect(sheet.tables[0]).toMatchObject({ name: 'Doorbelasting_2024', range: { row: 8, col: 0, lastRow: 13, lastCol: 15 } });
  });
});
