/**
 * 'Factuurcontrole <jaar>': a table with one row per invoice line, and under it the
 * parameters, the count behind each quarter's estimate and the signing requests per
 * quarter.
 *
 * The table's expectation columns are calculated columns: one formula per column, the
 * same in every row, reading the row's own kind, quarter and year (Table[[#This Row],[…]]) and
 * the blocks below. So a line the user adds in Excel gets its expected count and amount,
 * difference, status and known cause filled in by Excel itself, and a user who changes a
 * count, a price or an invoiced amount sees everything follow. 'Already invoiced' is read
 * with SUMIFS over whole table columns, so added lines count too. The engine's figure
 * rides along as each formula's result.
 */
import { formatDutchDate } from '../billing/export-dates';
import type { CheckedLine, QuarterEstimate, YearCheck } from '../billing/advances';
import { KNOWN_CAUSE_CODES, type KnownCauseCode } from '../billing/known-causes';
import { text } from '../messages';
import type { YearOptions } from '../billing/advances';
import type { Reconciliation } from '../billing/types';
import { centsToEuros, priceToEuros } from '../money';
import type { Settings } from '../settings';
import { inputRule } from './input-rules';
import { a1, dateSerial, NumFmt, range, tableRef, type CellValue, type FormulaCell } from './plan';
import { SheetBuilder } from './sheet-builder';
import { layoutSheet } from './sheet-layout';
import { sheetTexts, under, type SheetText, type SpecLanguage } from './texts/sheet-texts';

/** Where the specification keeps what the check needs, as absolute references ('Specificatie 2024'!$B$20). */
export interface SpecRefs {
  sheetName: string;
  /** Any cell of the specification (A1 on that sheet) as an absolute reference from another sheet. */
  at: (cell: string) => string;
  billable: string;
  totalExcl: string;
  toleranceAbs: string;
  tolerancePct: string;
  /** price(count) for a year, before the minimum, as a formula over the specification's price or staffel. */
  yearAmount: (countCell: string) => string;
  /** 'tiers' when yearAmount has a term per staffel tier (graduated pricing). */
  yearAmountGrows?: 'tiers';
}

export interface CheckSheetInput {
  rec: Reconciliation;
  settings: Settings;
  options: YearOptions;
  check: YearCheck;
  spec: SpecRefs;
  /** Warnings in the chosen language, listed at the bottom. */
  warnings: string[];
}

/** What the re-billing reads from this sheet. */
export interface CheckRefs {
  sheetName: string;
  table: string;
  /** The invoiced amount column's name, for SUM(Table[column]). */
  amountColumn: string;
  /** Signing per quarter (absolute, on this sheet): the four amounts. */
  signingAmounts: string;
}

const INPUT_FILL = 'FFF2CC';
const HEADER_FILL = 'DDEBF7';
const OK = { fill: 'C6EFCE', fontColor: '006100' };
const BAD = { fill: 'FFC7CE', fontColor: '9C0006' };

// Table columns, by role.
// The description comes first: the line as the invoice words it, then what it says, then what we expect.
const C = { description: 0, kind: 1, quarter: 2, year: 3, date: 4, count: 5, price: 6, amount: 7, expCount: 8, expAmount: 9, diff: 10, diffPct: 11, status: 12, cause: 13 } as const;
const LAST_COL = C.cause;
const HEADER_ROW = 3;
const FIRST_LINE = 4;

const str = (s: string) => `"${s.replace(/"/g, '""')}"`;

export function buildInvoiceCheckSheet(input: CheckSheetInput, lang: SpecLanguage): { sheet: SheetBuilder['sheet']; refs: CheckRefs } {
  const { rec, check, spec, settings } = input;
  const L = sheetTexts(lang);
  const b = new SheetBuilder('invoice-check', L('yearSheet.checkSheet', { year: rec.year }));
  const lines = check.lines;
  const lastQ4 = check.signing.previousQ4;
  const layout = layoutOf(lines.length, `Factuurcontrole_${rec.year}`, L, lang, lastQ4 !== null);
  const { P, E, S, refs } = layout;
  // The table's formulas already point at these rows; a drift would be a builder bug.
  const expectRow = (row: number) => {
    if (b.cursor !== row) throw new Error(`invoice check sheet: writing row ${b.cursor}, laid out for ${row}`);
  };

  b.row([L('yearSheet.checkTitle', { year: rec.year, model: rec.model })], { bold: true, size: 14 });
  b.row([lines.length > 0 ? L('yearSheet.checkIntro', { sheet: spec.sheetName }) : L('yearSheet.noLines')], { italic: true });
  b.skip();
  invoiceTable(b, input, layout, L);

  // ─── Parameters ───
  while (b.cursor < P.section) b.skip();
  expectRow(P.section);
  section(b, L('yearSheet.parameters'), 5);
  const plan = input.options.signing;
  const priceLabel = plan.unit === 'signers' ? L('yearSheet.signingPriceSigners') : L('yearSheet.signingPrice');
  const priceValue: CellValue = plan.mode === 'priced' ? priceToEuros(plan.priceE4) : plan.mode === 'included' ? L('yearSheet.included') : null;
  b.row([priceLabel, priceValue]);
  // Included in the subscription: nothing to price, so no input cell either.
  if (plan.mode !== 'included') {
    b.style(P.signingPrice, 1, P.signingPrice, 1, { numFmt: NumFmt.price, input: true, fill: INPUT_FILL });
    b.validate(inputRule('price', range(P.signingPrice, 1), lang));
  }
  b.row([L('yearSheet.smallDifference'), input.options.smallDifferenceBasisPoints / 10_000]);
  b.style(P.small, 1, P.small, 1, { numFmt: NumFmt.percent, input: true, fill: INPUT_FILL });
  b.validate(inputRule('rate', range(P.small, 1), lang));
  b.row([L('yearSheet.toleranceAbs'), { f: spec.toleranceAbs, r: centsToEuros(settings.toleranceCents) }]);
  b.style(P.tolAbs, 1, P.tolAbs, 1, { numFmt: NumFmt.euro });
  b.row([L('yearSheet.tolerancePct'), { f: spec.tolerancePct, r: settings.toleranceBasisPoints / 10_000 }]);
  b.style(P.tolPct, 1, P.tolPct, 1, { numFmt: NumFmt.percent });
  b.row([L('yearSheet.yearAmount'), { f: spec.totalExcl, r: centsToEuros(check.yearTotalExclCents) }]);
  b.style(P.yearAmount, 1, P.yearAmount, 1, { numFmt: NumFmt.euro });

  // ─── Estimates per quarter ───
  b.skip();
  expectRow(E.section);
  section(b, L('yearSheet.estimates'), 5);
  // The source last: a word or two that may run on, without widening a column of the table above.
  b.row([L('yearSheet.estCol.moment'), L('yearSheet.estCol.date'), L('yearSheet.estCol.count'), L('yearSheet.estCol.yearAmount'), L('yearSheet.estCol.advance'), L('yearSheet.estCol.source')], { bold: true, wrap: true });
  for (const e of check.estimates) estimateRow(b, e, spec, L);
  b.style(E.first, 1, E.first + 4, 1, { numFmt: NumFmt.date });
  b.style(E.first, 2, E.first + 3, 2, { numFmt: NumFmt.count, input: true, fill: INPUT_FILL });
  b.validate(inputRule('count', range(E.first, 2, E.first + 3, 2), lang));
  b.style(E.first + 4, 2, E.first + 4, 2, { numFmt: NumFmt.count });
  b.style(E.first, 3, E.first + 4, 4, { numFmt: NumFmt.euro });

  // ─── Signing per quarter ───
  b.skip();
  expectRow(S.section);
  section(b, L('yearSheet.signingBlock'), 5);
  b.row([L('yearSheet.signingCol.quarter'), plan.unit === 'signers' ? L('yearSheet.signingColSigners') : L('yearSheet.signingCol.units'), L('yearSheet.signingCol.amount'), L('yearSheet.signingCol.invoicedOn')], { bold: true, wrap: true });
  /** The signing amount of the units in column B of row r, as the plan prices it. */
  const signingAmount = (r: number, cents: number | null): CellValue => {
    if (plan.mode === 'priced') return { f: `ROUND(${a1(r, 1)}*${refs.signingPrice},2)`, r: centsToEuros(cents ?? 0) };
    if (plan.mode === 'included') return 0;
    return { f: `IF(ISNUMBER(${refs.signingPrice}),ROUND(${a1(r, 1)}*${refs.signingPrice},2),"")`, r: '' };
  };
  for (const q of [1, 2, 3, 4] as const) {
    const r = S.first + q - 1;
    const units = check.signing.units[q - 1]!;
    const next = q === 4 ? L('yearSheet.quarter', { quarter: 1, year: rec.year + 1 }) : L('yearSheet.quarter', { quarter: q + 1, year: rec.year });
    b.row([L('yearSheet.quarter', { quarter: q, year: rec.year }), units, signingAmount(r, check.signing.cents[q - 1] ?? null), next]);
  }
  // Q4 of last year is on this year's Q1 invoice: a row of its own, after the year's four, when its report was given.
  if (lastQ4) b.row([L('yearSheet.quarter', { quarter: 4, year: rec.year - 1 }), lastQ4.units, signingAmount(S.first + 4, lastQ4.cents), L('yearSheet.quarter', { quarter: 1, year: rec.year })]);
  const lastSigningRow = S.first + (lastQ4 ? 4 : 3);
  b.style(S.first, 1, lastSigningRow, 1, { numFmt: NumFmt.count, input: true, fill: INPUT_FILL });
  b.validate(inputRule('count', range(S.first, 1, lastSigningRow, 1), lang));
  b.style(S.first, 2, lastSigningRow, 2, { numFmt: NumFmt.euro });

  // ─── Rules, causes, warnings: one per row, wrapped by the layout ───
  b.skip();
  section(b, L('yearSheet.rules'), 5);
  for (const rule of ['advance', 'correction', 'final', 'signing', 'status'] as const) b.row([L(`yearSheet.ruleLines.${rule}`)]);
  b.skip();
  section(b, L('yearSheet.causes'), 5);
  for (const cause of KNOWN_CAUSE_CODES) b.row([`${text(lang, `cause.${cause}.short`)}: ${text(lang, `cause.${cause}.long`)}`]);
  if (input.warnings.length) {
    b.skip();
    section(b, L('yearSheet.warnings'), 5);
    const first = b.rows(input.warnings.map((w) => [w]));
    b.style(first, 0, first + input.warnings.length - 1, 0, { numFmt: NumFmt.text });
  }

  b.widths(30, 14, 10, 11, 9, 10, 12);
  b.sheet.freeze = { rows: FIRST_LINE, cols: 0 };
  b.sheet.print = { titleRows: { first: HEADER_ROW, last: HEADER_ROW } };
  layoutSheet(b.sheet, { lang });
  return {
    sheet: b.sheet,
    refs: { sheetName: b.sheet.name, table: layout.table, amountColumn: L('yearSheet.col.amount'), signingAmounts: `${a1(S.first, 2, true)}:${a1(S.first + 3, 2, true)}` },
  };
}

/**
 * Where everything sits. The blocks under the table come after its last row, and the
 * table's formulas point at them, so their rows are fixed before anything is written.
 * Without invoice lines the table still has one empty row to type the first line in.
 */
function layoutOf(n: number, table: string, L: SheetText, lang: SpecLanguage, withLastQ4: boolean) {
  const lastLine = FIRST_LINE + Math.max(n, 1) - 1;
  const below = lastLine + 2;
  const P = { section: below, signingPrice: below + 1, small: below + 2, tolAbs: below + 3, tolPct: below + 4, yearAmount: below + 5 };
  const E = { section: P.yearAmount + 2, header: P.yearAmount + 3, first: P.yearAmount + 4 };
  const S = { section: E.first + 6, header: E.first + 7, first: E.first + 8 };
  const abs = (row: number, col: number) => a1(row, col, true);
  const column = (row: number, col: number, rows: number) => `${abs(row, col)}:${abs(row + rows - 1, col)}`;
  return {
    table,
    lastLine,
    P,
    E,
    S,
    /** The five estimate points (1–4: start of a quarter, 5: year end). */
    estCounts: column(E.first, 2, 5),
    estYearAmounts: column(E.first, 3, 5),
    estAdvances: column(E.first, 4, 5),
    units: column(S.first, 1, 4),
    signingAmounts: column(S.first, 2, 4),
    /** Q4 of the year before (on this year's Q1 invoice): its row after the four, when its report was given. */
    lastQ4: withLastQ4 ? { units: abs(S.first + 4, 1), amount: abs(S.first + 4, 2) } : null,
    col: (name: string) => tableRef(table, name),
    here: (name: string) => tableRef(table, name, true),
    names: under(L, 'yearSheet.col'),
    kinds: under(L, 'yearSheet.kinds'),
    lang,
    refs: {
      small: abs(P.small, 1),
      tolAbs: abs(P.tolAbs, 1),
      tolPct: abs(P.tolPct, 1),
      yearAmount: abs(P.yearAmount, 1),
      signingPrice: abs(P.signingPrice, 1),
    },
  };
}
type Layout = ReturnType<typeof layoutOf>;

/** The calculated columns' formulas: one per column, the same for every row. */
function columnFormulas(input: CheckSheetInput, x: Layout, L: SheetText) {
  const k = x.names;
  const kind = x.here(k.kind);
  const q = x.here(k.quarter);
  const inv = x.here(k.amount);
  const exp = x.here(k.expectedAmount);
  const diff = x.here(k.difference);
  const K = { adv: str(L('yearSheet.kinds.advance')), cor: str(L('yearSheet.kinds.correction')), fin: str(L('yearSheet.kinds.final')), sig: str(L('yearSheet.kinds.signing')) };
  const invoiced = (kindText: string, criterion: string | null) =>
    `SUMIFS(${x.col(k.amount)},${x.col(k.kind)},${kindText}${criterion ? `,${x.col(k.quarter)},${criterion}` : ''})`;
  // A quarter-bound kind needs a quarter 1–4; the final settlement has none.
  const byQuarter = (adv: string, cor: string, sig: string) =>
    `IF(AND(ISNUMBER(${q}),${q}>=1,${q}<=4),IF(${kind}=${K.adv},${adv},IF(${kind}=${K.cor},${cor},IF(${kind}=${K.sig},${sig},""))),"")`;
  // A line of another year (an empty year is this year's) is only expected as the signing of
  // Q4 of last year, which is on this year's Q1 invoice, when that quarter's report was given.
  const year = input.rec.year;
  const yr = x.here(k.year);
  const otherYear = (lastQ4: string) => {
    const expected = x.lastQ4 ? `IF(AND(${kind}=${K.sig},${yr}=${year - 1},${q}=4),${lastQ4},"")` : '""';
    return (thisYear: string) => `IF(AND(${yr}<>"",${yr}<>${year}),${expected},${thisYear})`;
  };
  const countOf = otherYear(x.lastQ4?.units ?? '');
  const amountOf = otherYear(x.lastQ4?.amount ?? '');
  const expCount = countOf(`IF(${kind}=${K.fin},${input.spec.billable},${byQuarter(`INDEX(${x.estCounts},${q})`, `INDEX(${x.estCounts},${q}+1)`, `INDEX(${x.units},${q})`)})`);
  const correction = `ROUND(ROUND(${q}*INDEX(${x.estYearAmounts},${q}+1)/4,2)-${invoiced(K.adv, `"<="&${q}`)}-${invoiced(K.cor, `"<"&${q}`)},2)`;
  const expAmount = amountOf(
    `IF(${kind}=${K.fin},ROUND(${x.refs.yearAmount}-${invoiced(K.adv, null)}-${invoiced(K.cor, null)},2),${byQuarter(`INDEX(${x.estAdvances},${q})`, correction, `INDEX(${x.signingAmounts},${q})`)})`,
  );
  const difference = `IF(OR(${exp}="",${inv}=""),"",ROUND(${inv}-${exp},2))`;
  const differencePct = `IF(OR(${exp}="",${exp}=0,${diff}=""),"",${diff}/ABS(${exp}))`;
  const st = under(L, 'yearSheet.status');
  const okTest = `ABS(${diff})<=MAX(${x.refs.tolAbs},${x.refs.tolPct}*ABS(${inv}))`;
  const judged = `IF(${exp}="",${str(st.unknown)},IF(${inv}="","",IF(${okTest},${str(st.ok)},${str(st.check)})))`;
  const status =
    input.options.signing.mode === 'included'
      ? `IF(${kind}="","",IF(${kind}=${K.sig},IF(${inv}=0,${str(st.included)},${str(st.check)}),${judged}))`
      : `IF(${kind}="","",${judged})`;
  return { expCount, expAmount, difference, differencePct, status, cause: causeFormula(input, x) };
}

function invoiceTable(b: SheetBuilder, input: CheckSheetInput, x: Layout, L: SheetText): void {
  const lines = input.check.lines;
  const last = x.lastLine;
  const k = x.names;
  const header = [k.description, k.kind, k.quarter, k.year, k.date, k.count, k.price, k.amount, k.expectedCount, k.expectedAmount, k.difference, k.differencePct, k.status, k.cause];
  const F = columnFormulas(input, x, L);
  b.row(header, { bold: true, wrap: true });
  const empty: CellValue[] = [null, null, null, null, null, null, null, null, { f: F.expCount, r: '' }, { f: F.expAmount, r: '' }, { f: F.difference, r: '' }, { f: F.differencePct, r: '' }, { f: F.status, r: '' }, { f: F.cause, r: '' }];
  b.rows(lines.length ? lines.map((l) => lineRow(l, F, L, x.lang)) : [empty]);

  b.style(FIRST_LINE, C.kind, last, C.kind, { numFmt: NumFmt.text, input: true, fill: INPUT_FILL });
  b.style(FIRST_LINE, C.quarter, last, C.quarter, { numFmt: NumFmt.quarter, input: true, fill: INPUT_FILL, hAlign: 'center' });
  b.style(FIRST_LINE, C.year, last, C.year, { numFmt: NumFmt.year, input: true, fill: INPUT_FILL, hAlign: 'center' });
  b.style(FIRST_LINE, C.date, last, C.date, { numFmt: NumFmt.date, input: true, fill: INPUT_FILL });
  b.style(FIRST_LINE, C.count, last, C.count, { numFmt: NumFmt.count, input: true, fill: INPUT_FILL });
  b.style(FIRST_LINE, C.price, last, C.price, { numFmt: NumFmt.price, input: true, fill: INPUT_FILL });
  b.style(FIRST_LINE, C.amount, last, C.amount, { numFmt: NumFmt.euro, input: true, fill: INPUT_FILL });
  b.style(FIRST_LINE, C.expCount, last, C.expCount, { numFmt: NumFmt.count });
  b.style(FIRST_LINE, C.expAmount, last, C.diff, { numFmt: NumFmt.euro });
  b.style(FIRST_LINE, C.diffPct, last, C.diffPct, { numFmt: NumFmt.percent });
  b.style(FIRST_LINE, C.description, last, C.description, { numFmt: NumFmt.text, input: true, fill: INPUT_FILL });
  const kinds = [L('yearSheet.kinds.advance'), L('yearSheet.kinds.correction'), L('yearSheet.kinds.final'), L('yearSheet.kinds.signing')];
  const lang = x.lang;
  b.validate(inputRule('invoiceKind', range(FIRST_LINE, C.kind, last, C.kind), lang, kinds));
  b.validate(inputRule('quarter', range(FIRST_LINE, C.quarter, last, C.quarter), lang));
  b.validate(inputRule('year', range(FIRST_LINE, C.year, last, C.year), lang));
  b.validate(inputRule('date', range(FIRST_LINE, C.date, last, C.date), lang));
  b.validate(inputRule('signedCount', range(FIRST_LINE, C.count, last, C.count), lang));
  b.validate(inputRule('price', range(FIRST_LINE, C.price, last, C.price), lang));
  b.validate(inputRule('signedAmount', range(FIRST_LINE, C.amount, last, C.amount), lang));
  b.validate(inputRule('description', range(FIRST_LINE, C.description, last, C.description), lang));
  const statusRange = range(FIRST_LINE, C.status, last, C.status);
  b.sheet.highlights.push(
    { range: statusRange, equals: L('yearSheet.status.ok'), ...OK },
    { range: statusRange, equals: L('yearSheet.status.included'), ...OK },
    { range: statusRange, equals: L('yearSheet.status.check'), ...BAD },
  );
  const calculated: Record<number, string> = {
    [C.expCount]: F.expCount,
    [C.expAmount]: F.expAmount,
    [C.diff]: F.difference,
    [C.diffPct]: F.differencePct,
    [C.status]: F.status,
    [C.cause]: F.cause,
  };
  b.sheet.tables.push({
    name: x.table,
    range: range(HEADER_ROW, 0, last, LAST_COL),
    columns: header.map((name, j) => ({ name, ...(calculated[j] ? { formula: calculated[j] } : {}) })),
    style: 'TableStyleMedium2',
  });
}

/** One invoice line: what it says (inputs), and the calculated columns with the engine's results. */
function lineRow(c: CheckedLine, F: ReturnType<typeof columnFormulas>, L: SheetText, lang: SpecLanguage): CellValue[] {
  const l = c.line;
  const diffPct = c.differenceCents === null || !c.expectedCents ? '' : c.differenceCents / Math.abs(c.expectedCents);
  return [
    l.description,
    L(`yearSheet.kinds.${l.kind}`),
    l.quarter,
    l.year,
    l.date ? dateSerial(l.date) : null,
    l.count,
    l.priceE4 === null ? null : priceToEuros(l.priceE4),
    centsToEuros(l.amountCents),
    { f: F.expCount, r: c.expectedCount ?? '' },
    { f: F.expAmount, r: c.expectedCents === null ? '' : centsToEuros(c.expectedCents) },
    { f: F.difference, r: c.differenceCents === null ? '' : centsToEuros(c.differenceCents) },
    { f: F.differencePct, r: diffPct },
    { f: F.status, r: L(`yearSheet.status.${c.status}`) },
    { f: F.cause, r: c.cause ? text(lang, `cause.${c.cause}.short`) : '' },
  ];
}

function section(b: SheetBuilder, title: string, lastCol: number): void {
  const r = b.row([title], { bold: true, fill: HEADER_FILL, border: 'bottom' });
  b.style(r, 0, r, lastCol, { fill: HEADER_FILL, border: 'bottom' });
}

function estimateRow(b: SheetBuilder, e: QuarterEstimate, spec: SpecRefs, L: SheetText): void {
  const r = b.cursor;
  const countCell = a1(r, 2);
  const yearAmount: FormulaCell = { f: spec.yearAmount(countCell), r: centsToEuros(e.yearAmountCents), ...(spec.yearAmountGrows ? { grows: spec.yearAmountGrows } : {}) };
  if (e.point === 5) {
    b.row([L('yearSheet.yearEnd'), null, { f: spec.billable, r: e.count }, yearAmount, null, L('yearSheet.fromSpec')]);
    return;
  }
  // Without a count of its own the year's count stands in, as a link the user can overwrite.
  const count: CellValue = e.from === 'count' ? e.count : { f: spec.billable, r: e.count };
  const source = e.from === 'count' ? e.label || L('yearSheet.countSource', { date: e.date ? formatDutchDate(e.date) : '', count: e.count }) : L('yearSheet.fromSpec');
  b.row([L('yearSheet.startOf', { quarter: e.point }), e.date ? dateSerial(e.date) : null, count, yearAmount, { f: `ROUND(${a1(r, 3)}/4,2)`, r: centsToEuros(e.advanceCents) }, source]);
}

/**
 * The known cause as a formula over the row's counts, mirroring known-causes.ts. The
 * small-difference test compares whole numbers (basis points), as the engine does, so
 * a boundary case cannot tip differently through a float. One formula for every row:
 * the kind decides which rule applies.
 */
function causeFormula(input: CheckSheetInput, x: Layout): string {
  const k = x.names;
  const causeText = (code: KnownCauseCode) => str(text(x.lang, `cause.${code}.short`));
  const kind = x.here(k.kind);
  const inv = x.here(k.count);
  const exp = x.here(k.expectedCount);
  const missing = `OR(${inv}="",${exp}="")`;
  const K = { cor: str(x.kinds.correction), sig: str(x.kinds.signing) };
  const unknownSigners = `IF(${missing},"",IF(${inv}>${exp},${causeText('signingUnknownEmployers')},""))`;
  const signing = input.options.signing.mode === 'included' ? `IF(${x.here(k.amount)}<>0,${causeText('signingIncluded')},${unknownSigners})` : unknownSigners;
  const dossiers = `IF(${missing},"",IF(${inv}>${exp},${causeText('linkedSystems')},IF(AND(${inv}<${exp},(${exp}-${inv})*10000<=ROUND(${x.refs.small}*10000,0)*${exp}),${causeText('destroyedDossiers')},"")))`;
  return `IF(${kind}=${K.cor},"",IF(${kind}=${K.sig},${signing},${dossiers}))`;
}
