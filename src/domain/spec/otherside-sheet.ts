/**
 * The sheet 'Otherside <jaar>': a table with one row per employer (per month the
 * employees, the SMS and the amount as a formula over the rates) under a frozen header,
 * and under the table the parameters (rates, VAT, tolerance), an invoice comparison per
 * month (ours as formulas, the invoice's figures typed in the yellow cells, the
 * difference to the cent and a status), the sources and the notes. The sheet refers to
 * no other sheet, so a user can copy it into their own billing workbook and it keeps
 * working.
 *
 * The table comes first so its header can stay in view while scrolling; a frozen pane
 * over the comparison and parameters would fill the screen. The totals row sits above
 * the header (as on the Qwoater dossier sheet), sums whole table columns by name and uses
 * SUM, so filtering the table never changes the comparison.
 */
import { centsToEuros, priceToEuros } from '../money';
import { employerKey } from '../employer-key';
import { monthShort, periodLabel } from '../xpert/period';
import type { EmployerAmount, MonthBilling } from '../xpert/rules';
import type { XpertSettings } from '../xpert/settings';
import { detectTestEmployer } from '../xpert/test-employers';
import { fileName, withoutPaths } from './file-name';
import { inputRule, type InputKind } from './input-rules';
import { a1, dateSerial, NumFmt, range, tableRef, type CellValue, type SheetPlan } from './plan';
import { SheetBuilder } from './sheet-builder';
import { layoutSheet } from './sheet-layout';
import { sheetTexts, under, type SheetText, type SpecLanguage } from './texts/sheet-texts';

export interface OthersideSheetInput {
  year: number;
  /** The year's months, in calendar order. */
  months: MonthBilling[];
  settings: XpertSettings;
  /** Warnings in the chosen language, listed under the notes. */
  warnings: string[];
}

const INPUT_FILL = 'FFF2CC';
const HEADER_FILL = 'DDEBF7';
const TEST_FILL = 'FFEB9C';
const TEST_FONT = '9C5700';

interface YearEmployer {
  code: string;
  name: string;
  test: boolean;
  byPeriod: Map<string, EmployerAmount>;
}

/** The year's employers, one per code, with the latest code and name, sorted by code. */
function yearEmployers(months: MonthBilling[]): YearEmployer[] {
  const byKey = new Map<string, YearEmployer>();
  for (const m of months) {
    for (const e of m.employers) {
      const key = employerKey(e.code);
      const y = byKey.get(key) ?? { code: e.code, name: e.name, test: false, byPeriod: new Map() };
      y.code = e.code;
      y.name = e.name;
      y.byPeriod.set(m.period, e);
      byKey.set(key, y);
    }
  }
  const list = [...byKey.values()];
  for (const y of list) y.test = detectTestEmployer(y.name, y.code) !== null;
  return list.sort((a, b) => a.code.localeCompare(b.code, 'nl', { numeric: true }));
}

export function buildOthersideSheet(input: OthersideSheetInput, lang: SpecLanguage): SheetPlan {
  const { months, settings, year } = input;
  const L = sheetTexts(lang);
  const b = new SheetBuilder(`otherside:${year}`, L('otherside.othersideSheet', { year }));
  const section = (title: string, lastCol = 4) => {
    b.skip();
    const r = b.row([title], { bold: true });
    b.style(r, 0, r, lastCol, { fill: HEADER_FILL, border: 'bottom' });
  };

  b.row([L('otherside.title', { year })], { bold: true, size: 14 });
  b.row([`${L('otherside.subtitle')} ${L('otherside.belowTable')}`], { italic: true });
  b.skip();

  // The employer table first, under a frozen header; it reads the rates by their cells,
  // which are laid out below it, so their rows are fixed before the table is written.
  const employers = yearEmployers(months);
  const tableRows = Math.max(employers.length, 1);
  const totalsRow = b.cursor;
  const firstData = totalsRow + 2;
  const lastData = firstData + tableRows - 1;
  const paramRows = { section: lastData + 2 };
  const rateRow = paramRows.section + 1;
  const rates = { rate: a1(rateRow, 1, true), smsRate: a1(rateRow + 1, 1, true) };
  const table = buildEmployerTable(b, input, employers, L, lang, rates);

  // ── Parameters: the only cells a user is meant to change ──
  section(L('otherside.parameters'));
  if (b.cursor !== rateRow) throw new Error(`otherside sheet: parameters at row ${b.cursor}, laid out for ${rateRow}`);
  const param = (label: string, value: number, numFmt: string, kind: InputKind) => {
    const r = b.row([label, value]);
    b.style(r, 1, r, 1, { numFmt, input: true, fill: INPUT_FILL });
    b.validate(inputRule(kind, range(r, 1), lang));
    return a1(r, 1, true);
  };
  param(L('otherside.rate'), priceToEuros(settings.rateE4), NumFmt.price, 'price');
  param(L('otherside.smsRate'), priceToEuros(settings.smsRateE4), NumFmt.price, 'price');
  const vat = param(L('otherside.vat'), settings.vatBasisPoints / 10_000, NumFmt.percent, 'rate');
  const tolAbs = param(L('otherside.toleranceAbs'), centsToEuros(settings.toleranceCents), NumFmt.euro, 'amount');
  const tolPct = param(L('otherside.tolerancePct'), settings.toleranceBasisPoints / 10_000, NumFmt.percent, 'rate');

  // ── Comparison with the monthly invoices ──
  section(L('otherside.comparison'), 10);
  const c = under(L, 'otherside.cmp');
  b.row([L('otherside.month'), c.employees, c.sms, c.excl, c.vat, c.incl, c.invEmployees, c.invSms, c.invExcl, c.difference, c.status], { bold: true, wrap: true });
  const firstCmp = b.cursor;
  months.forEach((m, i) => {
    const r = firstCmp + i;
    const at = (col: number) => a1(r, col);
    const t = m.totals;
    const okTest = `AND(OR(${at(6)}="",${at(6)}=${at(1)}),OR(${at(7)}="",${at(7)}=${at(2)}),OR(${at(8)}="",ABS(${at(8)}-${at(3)})<=MAX(${tolAbs},${tolPct}*ABS(${at(8)}))))`;
    b.row([
      periodLabel(m.period, lang),
      { f: table.totals.employees[i]!, r: t.employees },
      { f: table.totals.sms[i]!, r: t.sms },
      { f: table.totals.amount[i]!, r: centsToEuros(t.amountCents) },
      { f: `ROUND(${at(3)}*${vat},2)`, r: centsToEuros(t.vatCents) },
      { f: `${at(3)}+${at(4)}`, r: centsToEuros(t.totalInclVatCents) },
      null,
      null,
      null,
      { f: `IF(${at(8)}="","",ROUND(${at(8)}-${at(3)},2))`, r: '' },
      { f: `IF(AND(${at(6)}="",${at(7)}="",${at(8)}=""),"${L('otherside.statusEmpty')}",IF(${okTest},"${L('otherside.statusOk')}","${L('otherside.statusCheck')}"))`, r: L('otherside.statusEmpty') },
    ]);
  });
  if (months.length) {
    const last = firstCmp + months.length - 1;
    b.style(firstCmp, 0, last, 0, { numFmt: NumFmt.text });
    b.style(firstCmp, 1, last, 2, { numFmt: NumFmt.count });
    b.style(firstCmp, 3, last, 5, { numFmt: NumFmt.euro });
    b.style(firstCmp, 6, last, 7, { numFmt: NumFmt.count, input: true, fill: INPUT_FILL });
    b.style(firstCmp, 8, last, 8, { numFmt: NumFmt.euro, input: true, fill: INPUT_FILL });
    b.validate(inputRule('count', range(firstCmp, 6, last, 7), lang));
    b.validate(inputRule('amount', range(firstCmp, 8, last, 8), lang));
    b.style(firstCmp, 9, last, 9, { numFmt: NumFmt.euro });
    const status = range(firstCmp, 10, last, 10);
    b.sheet.highlights.push(
      { range: status, equals: L('otherside.statusOk'), fill: 'C6EFCE', fontColor: '006100' },
      { range: status, equals: L('otherside.statusCheck'), fill: 'FFC7CE', fontColor: '9C0006' },
    );
  }

  // ── Sources: file names (never a path) and real dates ──
  section(L('otherside.sources'));
  b.row([L('otherside.month'), L('otherside.file'), L('otherside.peildatum')], { bold: true });
  const firstSource = b.rows(months.map((m) => [periodLabel(m.period, lang), fileName(m.source.label), m.peildatum ? dateSerial(m.peildatum) : L('otherside.unknown')]));
  if (months.length) {
    b.style(firstSource, 0, firstSource + months.length - 1, 1, { numFmt: NumFmt.text });
    b.style(firstSource, 2, firstSource + months.length - 1, 2, { numFmt: NumFmt.date, hAlign: 'right' });
  }

  section(L('otherside.explanation'));
  for (const line of [L('otherside.explainAmounts'), L('otherside.explainRounding'), L('otherside.explainTest')]) b.row([line]);
  section(L('otherside.warnings'));
  const labels = months.map((m) => m.source.label);
  const warnings = input.warnings.length ? input.warnings.map((w) => withoutPaths(w, labels)) : [L('otherside.none')];
  const firstWarning = b.rows(warnings.map((w) => [w]));
  b.style(firstWarning, 0, firstWarning + warnings.length - 1, 0, { numFmt: NumFmt.text });

  b.widths(14, 30, 12);
  b.sheet.freeze = { rows: firstData, cols: 2 };
  b.sheet.print = { titleRows: { first: totalsRow, last: totalsRow + 1 } };
  return layoutSheet(b.sheet, { lang });
}

interface TableRefs {
  /** Per month (in input order), the totals-row cell of each column. */
  totals: { employees: string[]; sms: string[]; amount: string[] };
}

/** The employer table: totals row, header, one row per employer. */
function buildEmployerTable(b: SheetBuilder, input: OthersideSheetInput, employers: YearEmployer[], L: SheetText, lang: SpecLanguage, rates: { rate: string; smsRate: string }): TableRefs {
  const { months, year } = input;
  const n = employers.length;
  const col = { code: 0, name: 1, test: 2, employees: (i: number) => 3 + 3 * i, sms: (i: number) => 4 + 3 * i, amount: (i: number) => 5 + 3 * i };
  const yearCol = 3 + 3 * months.length;

  const totalsRow = b.cursor;
  const headerRow = totalsRow + 1;
  const first = headerRow + 1;
  const last = first + Math.max(n, 1) - 1;
  const tableName = `Otherside_${year}`;
  const sum = (cc: number, r: number): CellValue => ({ f: `SUM(${tableRef(tableName, header[cc]!)})`, r });

  const header = [L('otherside.col.code'), L('otherside.col.name'), L('otherside.col.test')];
  for (const m of months) {
    const short = monthShort(m.period, lang);
    header.push(L('otherside.col.employees', { month: short }), L('otherside.col.sms', { month: short }), L('otherside.col.amount', { month: short }));
  }
  header.push(L('otherside.col.yearAmount', { year }));

  const totals: CellValue[] = [
    L('otherside.total'),
    { f: `COUNTA(${tableRef(tableName, L('otherside.col.code'))})`, r: n },
    { f: `COUNTIF(${tableRef(tableName, L('otherside.col.test'))},"${L('otherside.yes')}")`, r: employers.filter((e) => e.test).length },
  ];
  months.forEach((m, i) => totals.push(sum(col.employees(i), m.totals.employees), sum(col.sms(i), m.totals.sms), sum(col.amount(i), centsToEuros(m.totals.amountCents))));
  totals.push(sum(yearCol, centsToEuros(months.reduce((s, m) => s + m.totals.amountCents, 0))));
  b.row(totals, { bold: true, border: 'bottom' });
  b.row(header, { bold: true, wrap: true });

  const rows = employers.map((e, k) => {
    const r = first + k;
    const line: CellValue[] = [e.code, e.name, e.test ? L('otherside.yes') : L('otherside.no')];
    let yearCents = 0;
    months.forEach((m, i) => {
      const x = e.byPeriod.get(m.period);
      const emp = a1(r, col.employees(i));
      const sms = a1(r, col.sms(i));
      yearCents += x?.amountCents ?? 0;
      line.push(x ? x.employees : null, x ? x.sms : null, {
        f: `IF(COUNT(${emp}:${sms})=0,"",ROUND(${emp}*${rates.rate},2)+ROUND(${sms}*${rates.smsRate},2))`,
        r: x ? centsToEuros(x.amountCents) : '',
      });
    });
    line.push({ f: `SUM(${months.map((_, i) => a1(r, col.amount(i))).join(',')})`, r: centsToEuros(yearCents) });
    return line;
  });
  // A table needs a data row; a year without employers cannot happen (a month has at least one).
  b.rows(rows.length ? rows : [[]]);

  b.style(totalsRow, 1, totalsRow, 2, { numFmt: NumFmt.count });
  b.style(first, col.code, last, col.test, { numFmt: NumFmt.text });
  months.forEach((_, i) => {
    b.style(totalsRow, col.employees(i), last, col.sms(i), { numFmt: NumFmt.count });
    b.style(totalsRow, col.amount(i), last, col.amount(i), { numFmt: NumFmt.euro });
    // The report's counts; a user who corrects one types a whole number.
    b.validate(inputRule('count', range(first, col.employees(i), last, col.sms(i)), lang));
  });
  b.style(totalsRow, yearCol, last, yearCol, { numFmt: NumFmt.euro, bold: true });
  b.sheet.highlights.push({ range: range(first, col.test, last, col.test), equals: L('otherside.yes'), fill: TEST_FILL, fontColor: TEST_FONT });
  b.sheet.tables.push({
    name: tableName,
    range: range(headerRow, 0, last, yearCol),
    columns: header.map((name) => ({ name })),
    style: 'TableStyleMedium2',
  });
  const ref = (cc: number) => a1(totalsRow, cc);
  return {
    totals: {
      employees: months.map((_, i) => ref(col.employees(i))),
      sms: months.map((_, i) => ref(col.sms(i))),
      amount: months.map((_, i) => ref(col.amount(i))),
    },
  };
}
