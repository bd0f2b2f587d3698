/**
 * The sheet 'Otherside trend': the monthly totals (employers, employees, SMS, the change
 * from the month before, employers that came and went), a line chart of employees and
 * SMS per month, and a table of employers × months with the change per employer.
 *
 * Every total is a formula over the table, so the user can follow each figure. A change
 * is shown only where the previous calendar month was imported; after a gap the cell
 * stays empty rather than comparing two months apart. Employers that appeared are
 * filled green in the month they appeared, those that left red in the month they left.
 *
 * The chart is part of the plan (`charts`); only the Office writer can draw it. Its
 * anchor's top-left cell holds a note saying so, which the drawn chart covers.
 */
import { monthShort, periodLabel, type Period } from '../xpert/period';
import type { XpertTrend } from '../xpert/trend';
import { a1, NumFmt, range, tableRef, type CellValue, type SheetPlan } from './plan';
import { SheetBuilder } from './sheet-builder';
import { layoutSheet } from './sheet-layout';
import { sheetTexts, under, type SpecLanguage } from './texts/sheet-texts';

const HEADER_FILL = 'DDEBF7';
const APPEARED_FILL = 'C6EFCE';
const LEFT_FILL = 'FFC7CE';
const CHART_ROWS = 16;
const CHART_COLS = 6;

interface MonthColumns {
  period: Period;
  employees: number;
  sms: number;
  /** The Δ columns, when the previous calendar month is in the history. */
  delta: { employees: number; sms: number; previous: number } | null;
}

/** Column positions per month: counts, then the changes where there is a month before. */
function layoutColumns(trend: XpertTrend, firstCol: number): { months: MonthColumns[]; width: number } {
  let c = firstCol;
  const months: MonthColumns[] = [];
  trend.months.forEach((m, i) => {
    const prevIndex = m.previous ? i - 1 : -1;
    const mc: MonthColumns = { period: m.period, employees: c, sms: c + 1, delta: null };
    c += 2;
    if (prevIndex >= 0) {
      mc.delta = { employees: c, sms: c + 1, previous: prevIndex };
      c += 2;
    }
    months.push(mc);
  });
  return { months, width: c };
}

export function buildTrendSheet(trend: XpertTrend, lang: SpecLanguage): SheetPlan {
  const L = sheetTexts(lang);
  const b = new SheetBuilder('xpert-trend', L('otherside.trendSheet'));
  const n = trend.months.length;
  const employers = trend.employers;

  b.row([L('otherside.trendTitle')], { bold: true, size: 14 });
  b.row([L('otherside.trendSubtitle')], { italic: true });
  if (trend.gaps.length) b.row([L('otherside.gapNote', { months: trend.gaps.map((p) => periodLabel(p, lang)).join(', '), count: trend.gaps.length })], { italic: true, fontColor: '9C0006' });

  // Positions first: the employer table comes first, under a frozen header, and the
  // monthly totals and the chart under it are formulas over the table.
  b.skip();
  const tableTotals = b.cursor;
  const tableHeader = tableTotals + 1;
  const first = tableHeader + 1;
  const last = first + Math.max(employers.length, 1) - 1;
  const totalsTitle = last + 2;
  const monthHeader = totalsTitle + 1;
  const firstMonth = monthHeader + 1;
  const lastMonth = firstMonth + n - 1;
  const anchor = range(lastMonth + 2, 0, lastMonth + 1 + CHART_ROWS, CHART_COLS - 1);
  const C = { code: 0, name: 1, test: 2, change: 3 };
  const { months: cols, width } = layoutColumns(trend, 4);
  const TABLE = 'Otherside_trend';
  // Whole table columns by name, so totals follow the table; the header is filled in before any use.
  const header: string[] = [];
  const colRange = (c: number) => tableRef(TABLE, header[c]!);

  // Employers × months.
  if (b.cursor !== tableTotals) throw new Error(`trend sheet: table at row ${b.cursor}, laid out for ${tableTotals}`);
  header.push(L('otherside.col.code'), L('otherside.col.name'), L('otherside.col.test'), L('otherside.col.change'));
  const totals: CellValue[] = [
    L('otherside.total'),
    { f: `COUNTA(${colRange(C.code)})`, r: employers.length },
    { f: `COUNTIF(${colRange(C.test)},"${L('otherside.yes')}")`, r: employers.filter((e) => e.testEmployer).length },
    null,
  ];
  const sumOf = (c: number, r: number) => {
    totals[c] = { f: `SUM(${colRange(c)})`, r };
  };
  trend.months.forEach((m, i) => {
    const mc = cols[i]!;
    const label = `${monthShort(m.period, lang)} ${m.period.slice(0, 4)}`;
    header.push(L('otherside.col.employees', { month: label }), L('otherside.col.sms', { month: label }));
    sumOf(mc.employees, m.employees);
    sumOf(mc.sms, m.sms);
    if (mc.delta) {
      header.push(L('otherside.col.deltaEmployees', { month: label }), L('otherside.col.deltaSms', { month: label }));
      sumOf(mc.delta.employees, m.deltaEmployees ?? 0);
      sumOf(mc.delta.sms, m.deltaSms ?? 0);
    }
  });
  b.row(totals, { bold: true, border: 'bottom' });
  b.row(header, { bold: true, wrap: true });

  const rows = employers.map((e, k): CellValue[] => {
    const r = first + k;
    const changes = [...e.appeared.map((p) => ({ p, t: L('otherside.appearedIn', { month: periodLabel(p, lang) }) })), ...e.disappeared.map((p) => ({ p, t: L('otherside.disappearedIn', { month: periodLabel(p, lang) }) }))]
      .sort((x, y) => (x.p < y.p ? -1 : 1))
      .map((x) => x.t);
    const line: CellValue[] = new Array<CellValue>(width).fill(null);
    line[C.code] = e.code;
    line[C.name] = e.name;
    line[C.test] = e.testEmployer ? L('otherside.yes') : L('otherside.no');
    line[C.change] = changes.length ? changes.join('; ') : null;
    trend.months.forEach((m, i) => {
      const mc = cols[i]!;
      const now = e.months[m.period];
      line[mc.employees] = now?.employees ?? null;
      line[mc.sms] = now?.sms ?? null;
      if (mc.delta) {
        const before = e.months[cols[mc.delta.previous]!.period];
        const delta = (cur: number, prev: number, f: 'employees' | 'sms') => {
          const x = a1(r, cur);
          const y = a1(r, prev);
          const result = now || before ? (now?.[f] ?? 0) - (before?.[f] ?? 0) : '';
          return { f: `IF(COUNT(${x},${y})=0,"",${x}-${y})`, r: result };
        };
        const prev = cols[mc.delta.previous]!;
        line[mc.delta.employees] = delta(mc.employees, prev.employees, 'employees');
        line[mc.delta.sms] = delta(mc.sms, prev.sms, 'sms');
      }
      if (e.appeared.includes(m.period)) b.style(r, mc.employees, r, mc.sms, { fill: APPEARED_FILL });
      if (e.disappeared.includes(m.period)) b.style(r, mc.employees, r, mc.sms, { fill: LEFT_FILL });
    });
    return line;
  });
  b.rows(rows.length ? rows : [[]]);

  b.style(tableTotals, 1, tableTotals, 2, { numFmt: NumFmt.count });
  b.style(first, C.code, last, C.change, { numFmt: NumFmt.text });
  if (width > 4) b.style(tableTotals, 4, last, width - 1, { numFmt: NumFmt.count });
  b.sheet.highlights.push({ range: range(first, C.test, last, C.test), equals: L('otherside.yes'), fill: 'FFEB9C', fontColor: '9C5700' });
  b.sheet.tables.push({
    name: TABLE,
    range: range(tableHeader, 0, last, width - 1),
    columns: header.map((name) => ({ name })),
    style: 'TableStyleMedium2',
  });
  // Monthly totals, under the table.
  b.skip(totalsTitle - b.cursor);
  const mt = under(L, 'otherside.mt');
  b.row([L('otherside.monthTotals')], { bold: true });
  b.style(totalsTitle, 0, totalsTitle, 7, { fill: HEADER_FILL, border: 'bottom' });
  b.row([L('otherside.month'), mt.employers, mt.employees, mt.sms, mt.deltaEmployees, mt.deltaSms, mt.appeared, mt.disappeared], { bold: true, wrap: true });
  const monthRows = trend.months.map((m, i): CellValue[] => {
    const mc = cols[i]!;
    const r = firstMonth + i;
    const line: CellValue[] = [
      periodLabel(m.period, lang),
      { f: `COUNT(${colRange(mc.employees)})`, r: m.employers },
      { f: `SUM(${colRange(mc.employees)})`, r: m.employees },
      { f: `SUM(${colRange(mc.sms)})`, r: m.sms },
    ];
    if (mc.delta && m.deltaEmployees !== null && m.deltaSms !== null && m.appeared !== null && m.disappeared !== null) {
      const prev = cols[mc.delta.previous]!;
      const cur = colRange(mc.employees);
      const before = colRange(prev.employees);
      line.push(
        { f: `${a1(r, 2)}-${a1(r - 1, 2)}`, r: m.deltaEmployees },
        { f: `${a1(r, 3)}-${a1(r - 1, 3)}`, r: m.deltaSms },
        { f: `SUMPRODUCT((${cur}<>"")*(${before}=""))`, r: m.appeared },
        { f: `SUMPRODUCT((${cur}="")*(${before}<>""))`, r: m.disappeared },
      );
    }
    return line;
  });
  b.rows(monthRows);
  if (n) {
    b.style(firstMonth, 0, lastMonth, 0, { numFmt: NumFmt.text });
    b.style(firstMonth, 1, lastMonth, 7, { numFmt: NumFmt.count });
  }

  // The chart's place, with the note a writer without charts leaves visible.
  // One row; the layout wraps it within the printed width, under the chart's place.
  b.sheet.blocks.push({ row: anchor.row, col: 0, cells: [[L('otherside.chartNote')]] });
  b.style(anchor.row, 0, anchor.row, 0, { italic: true, fontColor: '7F7F7F' });
  if (n) {
    b.sheet.charts = [
      {
        kind: 'line',
        name: 'OthersideTrend',
        title: L('otherside.chartTitle'),
        categories: range(firstMonth, 0, lastMonth, 0),
        series: [
          { name: mt.employees, values: range(firstMonth, 2, lastMonth, 2) },
          { name: mt.sms, values: range(firstMonth, 3, lastMonth, 3), axis: 'secondary' },
        ],
        anchor,
      },
    ];
  }

  b.widths(12, 30, 12, 16);
  b.sheet.freeze = { rows: first, cols: 2 };
  b.sheet.print = { titleRows: { first: tableTotals, last: tableHeader } };
  layoutSheet(b.sheet, { lang });
  return b.sheet;
}
