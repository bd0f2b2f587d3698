/**
 * The re-billing as a workbook of its own (what Excel opens as a new workbook): the CSV's
 * table cell for cell, numbers as numbers, texts kept as texts.
 */
import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../src/domain/imports/delimited';
import { rebill } from '../../src/domain/billing/rebill';
import { rebillCsvText } from '../../src/domain/spec/rebill-csv';
import { rebillWorkbookPlan } from '../../src/domain/spec/rebill-workbook';
import { cellsOf } from '../../src/domain/spec/plan';
import { writePlanToExcel } from '../../src/office/writer';
import { planProblem } from '../../src/writers/plan-check';
import { FakeExcel } from '../support/fake-excel';
import { exampleYear, unwrap } from './example-year';

describe('the re-billing as a workbook', () => {
  const c = exampleYear();
  const r = unwrap(rebill({ rec: c.rec, settings: c.qwoater.settings, signing: c.signing, signingPlan: c.options.signing }));

  it('holds the CSV table: the same header, the same figures (euros for the CSV’s cents), no formulas', () => {
    const plan = rebillWorkbookPlan(r, 'nl');
    expect(plan.sheets.map((s) => s.name)).toEqual(['Doorbelasting 2024']);
    expect(planProblem(plan)).toBeNull();
    const grid: unknown[][] = [];
    for (const { row, col, value } of cellsOf(plan.sheets[0]!)) (grid[row] ??= [])[col] = value;
    const csv = unwrap(parseDelimited(rebillCsvText(r))).grid;
    expect(grid.length).toBe(csv.length);
    expect(grid[0]).toEqual(csv[0]);
    csv.slice(1).forEach((line, i) => {
      const row = grid[i + 1]!;
      line.forEach((text, j) => {
        const v = row[j];
        if (typeof v === 'number') expect(v, `${i + 2}:${j}`).toBeCloseTo(Number(text.replace(',', '.')), 10);
        else expect(v ?? '', `${i + 2}:${j}`).toBe(text);
      });
    });
    expect(grid.flat().some((v) => typeof v === 'object' && v !== null)).toBe(false);
  });

  it('keeps a name that looks like a formula as text when Excel writes it', async () => {
    const evil = { ...r, shares: r.shares.map((s, i) => (i === 0 ? { ...s, name: '=HYPERLINK("http://x","klik")' } : s)) };
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    const done = await writePlanToExcel(fake.context(), rebillWorkbookPlan(evil, 'nl'), { conflict: 'next-free-name' });
    expect(done.ok).toBe(true);
    expect(fake.cell('Doorbelasting 2024', 'B2')).toBe('=HYPERLINK("http://x","klik")');
    expect(fake.sheet('Doorbelasting 2024').cells.get(16384 + 1)?.formula).toBeUndefined();
  });
});
