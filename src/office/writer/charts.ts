/**
 * Line charts through Office.js. ExcelJS cannot write charts, so this is the only writer
 * that draws the plan's `charts`.
 *
 * Series are built one by one rather than left to `charts.add`'s guess: given a range,
 * Excel decides by itself which cells are headers, categories and series, and the plan's
 * series need not be adjacent. So the chart is added over the first series' values only
 * (one row or column is always exactly one series), then every series gets its name,
 * values and x-axis values set explicitly (ExcelApi 1.7) and, where the plan says so, the
 * secondary axis (ExcelApi 1.8). The manifest requires ExcelApi 1.12, which includes both.
 *
 * A chart is one step among the sheet's others, so it rides in a request that is being sent
 * anyway: charts never add a sync. It lives on its sheet, so a rollback that deletes the
 * temporary sheet takes the chart with it, and when the sheet gets its final name Excel
 * points the series at it, like any formula.
 */
import { a1, a1Range, type ChartPlan, type RangeRef } from '../../domain/spec/plan';
import type { XlWorksheet } from '../api';
import { op, utf8Length, type Step } from './chunking';

/** Every range a chart reads; its step waits while any of them is still to be written. */
export const chartRanges = (c: ChartPlan): RangeRef[] => [c.categories, ...c.series.map((s) => s.values)];

/** 'Rows' for a one-row range of several cells, else 'Columns': either way one series, not one per cell. */
const seriesBy = (r: RangeRef): 'Rows' | 'Columns' => (r.row === r.lastRow && r.col !== r.lastCol ? 'Rows' : 'Columns');

/** Queued actions: add, name, title, position; per series get or add, values, x-axis values; name and axis where set. */
function chartOps(c: ChartPlan, secondary: boolean): number {
  return 4 + c.series.length * 3 + 1 + (secondary ? c.series.filter((s) => s.axis === 'secondary').length : 0);
}

/** A step drawing one chart on the sheet named `sheet` (its temporary name while building). */
export function chartStep(sheet: string, c: ChartPlan): Step {
  // A chart without series never gets here: the plan check refuses it before anything is written.
  // A secondary axis only means something beside a primary one; with every series
  // secondary there is nothing to set apart, so none is moved.
  const secondary = c.series.some((s) => s.axis !== 'secondary');
  const text = utf8Length(c.name + c.title + c.series.map((s) => s.name).join(''));
  return op(chartOps(c, secondary), (env) => drawChart(env.sheet(sheet), c, secondary), text);
}

function drawChart(ws: XlWorksheet, c: ChartPlan, secondary: boolean): void {
  const cells = (r: RangeRef) => ws.getRange(a1Range(r));
  const first = c.series[0]!;
  const chart = ws.charts.add('Line', cells(first.values), seriesBy(first.values));
  chart.name = c.name;
  chart.title.text = c.title;
  c.series.forEach((s, i) => {
    // The first series exists already; the name passed to add() names the others.
    const line = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    if (i === 0) line.name = s.name;
    // Set again for the first series too: Excel may have taken its top cell for a name.
    line.setValues(cells(s.values));
    line.setXAxisValues(cells(c.categories));
    if (secondary && s.axis === 'secondary') line.axisGroup = 'Secondary';
  });
  // Last, so the column widths set before it are the ones the chart is measured against.
  chart.setPosition(a1(c.anchor.row, c.anchor.col), a1(c.anchor.lastRow, c.anchor.lastCol));
}
