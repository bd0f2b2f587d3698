/**
 * The plan crosses to the xlsx worker as JSON (plan-wire.ts). These pin that nothing a
 * real plan holds changes on the way, and that the one thing JSON would change (a number
 * that is not finite) never arrives unchecked.
 */
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildYearPlan } from '../../src/domain/spec/year-workbook';
import { emptySheet, type WorkbookPlan } from '../../src/domain/spec/plan';
import { planFromWire, planToWire } from '../../src/taskpane/worker/plan-wire';
import { planProblem } from '../../src/writers/plan-check';
import { writeXlsxBuffer } from '../../src/writers/xlsx-writer';
import { exampleYear, unwrap } from '../year/example-year';

/**
 * A copy with every -0 made 0 (JSON has no -0, and String(-0) is '0' for both writers),
 * made without JSON so it keeps holes, undefined properties and everything else as it is.
 */
function withoutNegativeZero<T>(v: T): T {
  if (Object.is(v, -0)) return 0 as T;
  if (Array.isArray(v)) {
    const out = new Array(v.length);
    v.forEach((x, i) => (out[i] = withoutNegativeZero(x)));
    return out as T;
  }
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, withoutNegativeZero(x)])) as T;
  return v;
}

const roundTrip = (plan: WorkbookPlan, checked: boolean) => planFromWire(planToWire(plan, checked));

describe('the plan on its way to the xlsx worker', () => {
  it.each(['nl', 'en'] as const)('arrives as built, to the last property, for a year with every employer sheet (%s)', async (lang) => {
    const plan = unwrap(buildYearPlan({ ...exampleYear(), perEmployer: {}, asOf: '2025-01-15', lang })).plan;
    expect(plan.sheets.length).toBeGreaterThan(5);
    // toStrictEqual also tells an absent property from an undefined one and a hole from null.
    // The one difference allowed: a result of -0 arrives as 0 (both are written as <v>0</v>).
    expect(roundTrip(plan, true)).toStrictEqual(withoutNegativeZero(plan));
    expect(roundTrip(plan, false)).toStrictEqual(withoutNegativeZero(plan));
    expect(JSON.stringify(plan)).toContain('"r":0'); // the example has such results, so the allowance is tested
    // What counts: the worker writes the same workbook, part for part (core.xml holds the time of writing).
    const parts = async (p: WorkbookPlan) => Object.entries(unzipSync(await writeXlsxBuffer(p))).filter(([name]) => name !== 'docProps/core.xml');
    const [sent, built] = [await parts(roundTrip(plan, true)), await parts(plan)];
    expect(sent.map(([n]) => n)).toEqual(built.map(([n]) => n));
    for (let i = 0; i < sent.length; i++) expect(Buffer.from(sent[i]![1]).equals(Buffer.from(built[i]![1])), sent[i]![0]).toBe(true);
  });

  it('keeps texts that look like formulas, euro signs, quotes and line breaks as they are', () => {
    const sheet = emptySheet('t', "Blad 'x'");
    sheet.blocks.push({ row: 0, col: 0, cells: [['=1+1', '+31 6', '-/- € 12,50', '@SUM(A1)', 'regel 1\nregel 2\t"quote"', null, true, 0, { f: 'A1&"€"', r: '€' }]] });
    const plan: WorkbookPlan = { title: 'tekst', sheets: [sheet] };
    expect(roundTrip(plan, true)).toStrictEqual(plan);
  });

  it('refuses a number that is not finite when no plan check ran, instead of writing an empty cell', () => {
    const sheet = emptySheet('t', 'T');
    sheet.blocks.push({ row: 0, col: 0, cells: [[1, Number.NaN]] });
    const plan: WorkbookPlan = { title: 'x', sheets: [sheet] };
    expect(() => planToWire(plan, false)).toThrow(/NaN/);
    // Sent as checked, JSON would make it null: which is why 'checked' means the plan check passed it first.
    expect(roundTrip(plan, true).sheets[0]!.blocks[0]!.cells[0]![1]).toBeNull();
    expect(planProblem(plan)).not.toBeNull();
  });
});
