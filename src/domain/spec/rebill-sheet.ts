/**
 * 'Doorbelasting <jaar>': one row per employer with their share of each part of the
 * year's invoice. The shares are the engine's largest-remainder split, so they are
 * values; what a user can check are formulas: each row's totals, the column sums, and a
 * 'Verschil' row against the amount distributed that must read 0,00. The rounding rule
 * is written on the sheet, as the issue asks.
 */
import type { Rebill, RebillShare } from '../billing/rebill';
import { centsToEuros } from '../money';
import type { SpecLanguage } from './labels';
import type { YearLabels } from './labels-year';
import { a1, NumFmt, range, type CellValue } from './plan';
import { SheetBuilder } from './sheet-builder';

const C = { number: 0, name: 1, billable: 2, weight: 3, share: 4, units: 5, list: 6, offset: 7, discount: 8, topUp: 9, signing: 10, adjustment: 11, excl: 12, vat: 13, incl: 14, note: 15 } as const;
const MONEY_FIRST = C.list;
const MONEY_LAST = C.incl;
const TOTALS_ROW = 5;
const TARGET_ROW = 6;
const CHECK_ROW = 7;
const HEADER_ROW = 8;
const FIRST = 9;

export function buildRebillSheet(r: Rebill, L: YearLabels, lang: SpecLanguage) {
  const b = new SheetBuilder('rebill', L.rebillSheet(r.year));
  const n = r.shares.length;
  const last = FIRST + n - 1;
  const col = (c: number, row: number) => a1(row, c);
  const sum = (c: number, result: number) => ({ f: `SUM(${col(c, FIRST)}:${col(c, last)})`, r: result });
  const t = r.totals;
  const eur = centsToEuros;

  b.row([L.rebillTitle(r.year, r.model)], { bold: true, size: 14 });
  b.row([L.roundingRule], { italic: true });
  b.row([L.negativeRule], { italic: true });
  b.row([r.distributed === 'invoiced' ? L.basisInvoiced : L.basisComputed], { italic: true });
  b.skip();

  // Sums above the header, so they stay in view under the frozen panes (as on the dossier sheet).
  const moneyTotals: Record<number, number> = {
    [C.list]: eur(t.listCents),
    [C.offset]: eur(t.negativeOffsetCents),
    [C.discount]: eur(-t.discountCents),
    [C.topUp]: eur(t.topUpCents),
    [C.signing]: eur(t.signingCents),
    [C.adjustment]: eur(t.adjustmentCents),
    [C.excl]: eur(t.totalExclCents),
    [C.vat]: eur(t.vatCents),
    [C.incl]: eur(t.totalInclCents),
  };
  const totals: CellValue[] = [L.total, null, sum(C.billable, sumOf(r.shares, (s) => s.billableDossiers ?? 0)), sum(C.weight, t.weight), null, sum(C.units, t.signingUnits)];
  for (let c = MONEY_FIRST; c <= MONEY_LAST; c++) totals.push(sum(c, moneyTotals[c]!));
  b.row(totals, { bold: true });
  // What is distributed, as values; the row under it must show 0,00 everywhere.
  const target: CellValue[] = [L.invoice, null, t.billableDossiers, null, null, null];
  for (let c = MONEY_FIRST; c <= MONEY_LAST; c++) target.push(moneyTotals[c]!);
  b.row(target, { italic: true });
  const check: CellValue[] = [L.check, null, null, null, null, null];
  for (let c = MONEY_FIRST; c <= MONEY_LAST; c++) check.push({ f: `ROUND(${col(c, TOTALS_ROW)}-${col(c, TARGET_ROW)},2)`, r: 0 });
  b.row(check, { italic: true, border: 'bottom' });

  const rc = L.rcol;
  const header = [rc.number, rc.name, rc.billable, rc.weight, rc.share, r.signingPlan.unit === 'signers' ? rc.unitsSigners : rc.units, rc.list, rc.offset, rc.discount, rc.topUp, rc.signing, rc.adjustment, rc.excl, rc.vat, rc.incl, rc.note];
  b.row(header, { bold: true, wrap: true });
  const weightTotal = a1(TOTALS_ROW, C.weight, true);
  b.rows(r.shares.map((s, i) => shareRow(s, FIRST + i, t.weight, weightTotal, lang)));

  b.style(TOTALS_ROW, C.billable, last, C.weight, { numFmt: NumFmt.count });
  b.style(TOTALS_ROW, C.units, last, C.units, { numFmt: NumFmt.count });
  b.style(FIRST, C.share, last, C.share, { numFmt: NumFmt.percent });
  b.style(TOTALS_ROW, MONEY_FIRST, last, MONEY_LAST, { numFmt: NumFmt.euro });
  b.style(FIRST, C.number, last, C.name, { numFmt: NumFmt.text });
  b.style(FIRST, C.note, last, C.note, { numFmt: NumFmt.text, italic: true });
  b.style(TOTALS_ROW, C.excl, last, C.excl, { bold: true });
  b.style(TOTALS_ROW, C.incl, last, C.incl, { bold: true });
  b.widths(18, 34, 14, 14, 12, 16, 18, 18, 16, 16, 16, 16, 18, 14, 18, 44);
  b.sheet.freeze = { rows: FIRST, cols: 2 };
  b.sheet.tables.push({ name: `Doorbelasting_${r.year}`, range: range(HEADER_ROW, 0, last, C.note), columns: header.map((name) => ({ name })), style: 'TableStyleMedium2' });
  return b.sheet;
}

function shareRow(s: RebillShare, row: number, weightSum: number, weightTotal: string, lang: SpecLanguage): CellValue[] {
  const cell = (c: number) => a1(row, c);
  const eur = centsToEuros;
  return [
    s.number,
    s.name,
    s.billableDossiers,
    // Negative or missing counts weigh nothing: the formula says so where a user can see it.
    { f: `MAX(0,${cell(C.billable)})`, r: s.weight },
    { f: `IF(${weightTotal}=0,0,${cell(C.weight)}/${weightTotal})`, r: weightSum === 0 ? 0 : s.weight / weightSum },
    s.signingUnits,
    eur(s.listCents),
    eur(s.negativeOffsetCents),
    eur(-s.discountCents),
    eur(s.topUpCents),
    eur(s.signingCents),
    eur(s.adjustmentCents),
    { f: `SUM(${cell(C.list)}:${cell(C.adjustment)})`, r: eur(s.totalExclCents) },
    eur(s.vatCents),
    { f: `${cell(C.excl)}+${cell(C.vat)}`, r: eur(s.totalInclCents) },
    s.notes.map((x) => x[lang]).join('; '),
  ];
}

const sumOf = (shares: RebillShare[], f: (s: RebillShare) => number) => shares.reduce((a, s) => a + f(s), 0);
