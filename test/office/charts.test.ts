/**
 * Charts through Office.js: drawn on the final sheet with the plan's ranges, riding in
 * requests that are sent anyway (no extra sync), and undone with their sheet on failure.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { a1, quoteSheet, range, type WorkbookPlan } from '../../src/domain/spec/plan';
import { OWNER_KEY, writePlanToExcel, type OfficeWriteOptions } from '../../src/office/writer';
import { FakeContext, FakeExcel, type FakeChart } from '../support/fake-excel';
import { CHART_NOTE, perEmployerPlan, SUMMARY, TREND, trendPlan, trendSheet } from './synthetic-plans';

const write = (fake: FakeExcel, plan: WorkbookPlan, options: Partial<OfficeWriteOptions> = {}) =>
  writePlanToExcel(fake.context(), plan, { conflict: 'replace-own', runId: 'r1', ...options });

function fresh(): FakeExcel {
  const fake = new FakeExcel();
  fake.addSheet('Blad1', { A1: 'eigen werk' });
  return fake;
}

/** The chart the trend plan of 6 months should leave on a sheet named `sheet`. */
function expectedChart(sheet: string): Omit<FakeChart, 'source' | 'seriesBy'> & { sheet: string } {
  const ref = (r: string) => `${quoteSheet(sheet)}!${r}`;
  return {
    sheet,
    type: 'Line',
    name: 'OthersideTrend',
    title: 'Medewerkers en SMS per maand',
    series: [
      { name: 'Medewerkers', values: ref('C3:C8'), xValues: ref('A3:A8'), axisGroup: 'Primary' },
      { name: 'SMS', values: ref('D3:D8'), xValues: ref('A3:A8'), axisGroup: 'Secondary' },
    ],
    position: { from: 'A10', to: 'F25' },
  };
}

afterEach(() => vi.restoreAllMocks());

describe('office writer: charts', () => {
  it('draws the line chart on the final sheet, its ranges following the rename from the temporary name', async () => {
    const fake = fresh();
    const result = await write(fake, trendPlan());
    expect(result.ok, JSON.stringify(!result.ok && result.error)).toBe(true);
    expect(fake.charts()).toEqual([expect.objectContaining(expectedChart(TREND))]);
    // Nothing points at a temporary sheet any more.
    expect(JSON.stringify(fake.charts())).not.toContain('~fc-tmp');
    // Added over the first series' cells only, as one series, then every series set explicitly.
    expect(fake.charts()[0]).toMatchObject({ source: `${quoteSheet(TREND)}!C3:C8`, seriesBy: 'Columns' });
  });

  it("follows a '(2)' name too, when a sheet of the user's holds the planned one", async () => {
    const fake = fresh();
    fake.addSheet(TREND, { A1: 'van de gebruiker' });
    const result = await write(fake, trendPlan());
    expect(result.ok && result.value.sheetNames['xpert-trend']).toBe(`${TREND} (2)`);
    expect(fake.charts()).toEqual([expect.objectContaining(expectedChart(`${TREND} (2)`))]);
    expect(fake.sheet(TREND).charts).toEqual([]);
  });

  it('keeps the anchor note in the top-left cell the chart covers, outside every range the chart reads', async () => {
    const fake = fresh();
    const plan = trendPlan();
    await write(fake, plan);
    const chart = plan.sheets[1]!.charts![0]!;
    expect(fake.cell(TREND, a1(chart.anchor.row, chart.anchor.col))).toBe(CHART_NOTE);
    expect(fake.charts()[0]!.position?.from).toBe(a1(chart.anchor.row, chart.anchor.col));
    const reads = [chart.categories, ...chart.series.map((s) => s.values)];
    expect(reads.some((r) => r.row <= chart.anchor.row && chart.anchor.row <= r.lastRow && r.col <= chart.anchor.col && chart.anchor.col <= r.lastCol)).toBe(false);
  });

  it('creates the chart after the values it shows and after the column widths', async () => {
    const log: string[] = [];
    const enqueue = FakeContext.prototype.enqueue;
    vi.spyOn(FakeContext.prototype, 'enqueue').mockImplementation(function (this: FakeContext, desc, run) {
      const d = desc as { o?: string; p?: string; t?: string };
      if (d.o === 'charts.add') log.push('chart');
      else if (d.p === 'values' || d.p === 'formulas') log.push(`cells ${d.t}`);
      else if (d.p === 'columnWidth') log.push('width');
      return enqueue.call(this, desc, run);
    });
    await write(fresh(), trendPlan());
    const chart = log.indexOf('chart');
    expect(chart).toBeGreaterThan(0);
    expect(log.slice(chart + 1)).toEqual([]);
    expect(log.filter((l) => l.startsWith('cells'))).toHaveLength(5); // A1, months, note, table; summary
  });

  it('a row of values makes one series too', async () => {
    const fake = fresh();
    const plan = trendPlan();
    const sheet = plan.sheets[1]!;
    // Categories along the table's header row (C27:F27), values along a row below the table.
    sheet.blocks.push({ row: 30, col: 0, cells: [[1, 2, 3, 4]] });
    sheet.charts!.push({ kind: 'line', name: 'Rij', title: 'Rij', categories: range(26, 2, 26, 5), series: [{ name: 'R', values: range(30, 0, 30, 3) }], anchor: range(40, 0, 50, 4) });
    await write(fake, plan);
    const row = fake.charts().find((c) => c.name === 'Rij');
    expect(row).toMatchObject({ seriesBy: 'Rows', series: [{ name: 'R', values: `${quoteSheet(TREND)}!A31:D31`, xValues: `${quoteSheet(TREND)}!C27:F27` }] });
  });

  it('a chart over formulas that name a later sheet waits for that sheet, and still lands right', async () => {
    const fake = fresh();
    // The chart sits on the first sheet; its values are formulas over the trend sheet, which comes second.
    const plan = trendPlan();
    const summary = plan.sheets[0]!;
    summary.blocks.push({ row: 10, col: 0, cells: [['a', { f: `${quoteSheet(TREND)}!C3`, r: 30 }], ['b', { f: `${quoteSheet(TREND)}!C4`, r: 31 }]] });
    summary.charts = [{ kind: 'line', name: 'Vooruit', title: 'Vooruit', categories: range(10, 0, 11, 0), series: [{ name: 'Medewerkers', values: range(10, 1, 11, 1) }], anchor: range(14, 0, 24, 5) }];
    const result = await write(fake, plan);
    expect(result.ok, JSON.stringify(!result.ok && result.error)).toBe(true);
    expect(fake.cell(SUMMARY, 'B11')).toBe(`=${quoteSheet(TREND)}!C3`);
    expect(fake.charts().find((c) => c.name === 'Vooruit')).toMatchObject({
      sheet: SUMMARY,
      series: [{ values: `${SUMMARY}!B11:B12`, xValues: `${SUMMARY}!A11:A12` }],
    });
  });

  it('puts no series on a secondary axis when there is no primary one to set it against', async () => {
    const fake = fresh();
    const plan = trendPlan();
    for (const s of plan.sheets[1]!.charts![0]!.series) s.axis = 'secondary';
    await write(fake, plan);
    expect(fake.charts()[0]!.series.map((s) => s.axisGroup)).toEqual(['Primary', 'Primary']);
  });

  it('refuses a chart without series before touching the workbook', async () => {
    const fake = fresh();
    const before = fake.state();
    const plan = trendPlan();
    plan.sheets[1]!.charts![0]!.series = [];
    const result = await write(fake, plan);
    expect(result.ok).toBe(false);
    expect(fake.syncs).toBe(0);
    expect(fake.state()).toEqual(before);
  });
});

describe('office writer: charts cost no syncs', () => {
  const syncs = async (plan: WorkbookPlan, options: Partial<OfficeWriteOptions> = {}) => {
    const fake = fresh();
    const result = await write(fake, plan, options);
    expect(result.ok, JSON.stringify(!result.ok && result.error)).toBe(true);
    return fake.syncs;
  };

  it('the trend plan takes as many syncs with its chart as without', async () => {
    expect(await syncs(trendPlan(24, true))).toBe(await syncs(trendPlan(24, false)));
    expect(await syncs(trendPlan(24, true))).toBe(2);
  });

  it('1,000 sheets with a chart each take as many syncs as without', async () => {
    const charted = (withChart: boolean) => {
      const plan = perEmployerPlan(1000);
      plan.sheets.slice(1).forEach((s) => {
        if (withChart) s.charts = [{ kind: 'line', name: 'Grafiek', title: s.name, categories: range(2, 0, 4, 0), series: [{ name: 'Aantallen', values: range(2, 1, 4, 1) }], anchor: range(8, 0, 20, 5) }];
      });
      return plan;
    };
    const without = await syncs(charted(false));
    expect(await syncs(charted(true))).toBe(without);
    expect(without).toBeLessThanOrEqual(Math.ceil(1000 / 50) + 2);
  }, 60_000);
});

describe('office writer: charts and atomicity', () => {
  /** The user's sheet, and our trend sheet from an earlier run with its chart, which a new run replaces. */
  function seeded(): FakeExcel {
    const fake = fresh();
    const old = fake.addSheet(TREND, { A1: 'oude trend', C3: 1, A3: 'jan' }, { [OWNER_KEY]: JSON.stringify({ v: 1, run: 'old', key: 'xpert-trend' }) });
    const ref = (r: string) => `${quoteSheet(TREND)}!${r}`;
    old.charts.push({
      type: 'Line', name: 'OthersideTrend', title: 'oud', source: ref('C3'), seriesBy: 'Columns',
      series: [{ name: 'Medewerkers', values: ref('C3'), xValues: ref('A3'), axisGroup: 'Primary' }], position: { from: 'A10', to: 'F25' },
    });
    fake.addTable(TREND, 'Otherside_trend', 'A27:B28');
    return fake;
  }
  const content = (state: unknown) => {
    const { sheets, tables, parts } = state as { sheets: unknown; tables: unknown; parts: unknown };
    return { sheets, tables, parts };
  };

  it.each([
    { label: 'default requests', options: {} },
    { label: 'tiny requests', options: { maxRequestBytes: 1200, sheetsPerSync: 1 } },
  ])('a failure at every sync, after every number of actions, leaves the workbook unchanged ($label)', async ({ options }) => {
    const clean = seeded();
    expect((await write(clean, trendPlan(), options)).ok).toBe(true);
    // The old chart went with the old sheet; the new one is on the sheet that took its name and place.
    expect(clean.charts()).toEqual([expect.objectContaining(expectedChart(TREND))]);
    expect(clean.sheets.map((s) => s.name)).toEqual(['Blad1', TREND, SUMMARY]); // in the old one's place; the summary is new
    const after = clean.state();
    const actions = clean.requests.map((r) => r.actions);

    let rolledBack = 0;
    for (let k = 1; k <= clean.syncs; k++) {
      for (let a = 0; a <= actions[k - 1]!; a++) {
        const fake = seeded();
        const before = fake.state();
        fake.failAt(k, a);
        const result = await write(fake, trendPlan(), options);
        if (result.ok) {
          // Only past the commit point: complete, chart included.
          expect(content(fake.state()), `sync ${k}, action ${a}`).toEqual(content(after));
        } else {
          rolledBack++;
          expect(fake.state(), `sync ${k}, action ${a}`).toEqual(before);
        }
        expect(fake.sheets.some((s) => s.name.startsWith('~'))).toBe(false);
      }
    }
    expect(rolledBack).toBeGreaterThan(0);
  }, 120_000);

  // The fake refuses series values that are not one row or column; whether Excel does is not
  // verified, the point is a refusal in the middle of a request that has already added sheets.
  it('a refused chart call mid-request rolls the whole write back', async () => {
    const fake = seeded();
    const before = fake.state();
    const plan = trendPlan();
    plan.sheets[1]!.charts![0]!.series[1]!.values = range(2, 2, 7, 3);
    const result = await write(fake, plan);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('office.invalidArgument');
    expect(fake.state()).toEqual(before);
  });

  it('the trend sheet alone, with its chart, written twice: the second run replaces the first, one chart left', async () => {
    const fake = fresh();
    const plan: WorkbookPlan = { title: 't', sheets: [trendSheet(3)] };
    expect((await write(fake, plan, { runId: 'one' })).ok).toBe(true);
    expect((await write(fake, plan, { runId: 'two' })).ok).toBe(true);
    expect(fake.charts()).toHaveLength(1);
    expect(fake.charts()[0]).toMatchObject({ sheet: TREND, series: [{ values: `${quoteSheet(TREND)}!C3:C5` }, { values: `${quoteSheet(TREND)}!D3:D5` }] });
  });
});
