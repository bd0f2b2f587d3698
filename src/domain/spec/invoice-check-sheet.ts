/**
 * 'Factuurcontrole <jaar>': one row per invoice line, with what we expect as formulas
 * over the specification sheet and two blocks under the table (the count behind each
 * quarter's estimate, and the signing requests per quarter). A user who changes a count,
 * a price or an invoiced amount sees every expectation, difference, status and known
 * cause follow, because each is a formula; the engine's figure rides along as its result.
 */
import { formatDutchDate } from '../billing/export-dates';
import type { CheckedLine, QuarterEstimate, YearCheck } from '../billing/advances';
import { KNOWN_CAUSES } from '../billing/known-causes';
import type { YearOptions } from '../billing/advances';
import type { Reconciliation } from '../billing/types';
import { centsToEuros, priceToEuros } from '../money';
import type { Settings } from '../settings';
import type { SpecLanguage } from './labels';
import type { YearLabels } from './labels-year';
import { a1, NumFmt, range, type CellValue, type FormulaCell } from './plan';
import { SheetBuilder } from './sheet-builder';

/** Where the specification keeps what the check needs, as absolute references ('Specificatie 2024'!$B$20). */
export interface SpecRefs {
  sheetName: string;
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

const INPUT_FILL = 'FFF2CC';
const HEADER_FILL = 'DDEBF7';
const OK = { fill: 'C6EFCE', fontColor: '006100' };
const BAD = { fill: 'FFC7CE', fontColor: '9C0006' };

// Table columns, by role.
const C = { nr: 0, kind: 1, period: 2, quarter: 3, date: 4, count: 5, price: 6, amount: 7, expCount: 8, expAmount: 9, diff: 10, diffPct: 11, status: 12, cause: 13, description: 14 } as const;
const LAST_COL = C.description;
const HEADER_ROW = 3;
const FIRST_LINE = 4;

const str = (s: string) => `"${s.replace(/"/g, '""')}"`;

export function buildInvoiceCheckSheet(input: CheckSheetInput, L: YearLabels, lang: SpecLanguage) {
  const { rec, check, spec, settings } = input;
  const b = new SheetBuilder('invoice-check', L.checkSheet(rec.year));
  const lines = check.lines;
  const layout = layoutOf(lines.length);
  const { P, E, S, refs } = layout;
  // The table's formulas already point at these rows; a drift would be a builder bug.
  const expectRow = (row: number) => {
    if (b.cursor !== row) throw new Error(`invoice check sheet: writing row ${b.cursor}, laid out for ${row}`);
  };

  b.row([L.checkTitle(rec.year, rec.model)], { bold: true, size: 14 });
  b.row([lines.length > 0 ? L.checkIntro(spec.sheetName) : L.noLines], { italic: true });
  b.skip();
  if (lines.length > 0) invoiceTable(b, input, layout, L, lang);

  // ─── Parameters ───
  while (b.cursor < P.section) b.skip();
  expectRow(P.section);
  section(b, L.parameters, 5);
  const plan = input.options.signing;
  const priceLabel = plan.unit === 'signers' ? L.signingPriceSigners : L.signingPrice;
  const priceValue: CellValue = plan.mode === 'priced' ? priceToEuros(plan.priceE4) : plan.mode === 'included' ? L.included : null;
  b.row([priceLabel, priceValue]);
  b.style(P.signingPrice, 1, P.signingPrice, 1, { numFmt: NumFmt.price, input: true, fill: INPUT_FILL });
  b.row([L.smallDifference, input.options.smallDifferenceBasisPoints / 10_000]);
  b.style(P.small, 1, P.small, 1, { numFmt: NumFmt.percent, input: true, fill: INPUT_FILL });
  b.row([L.toleranceAbs, { f: spec.toleranceAbs, r: centsToEuros(settings.toleranceCents) }]);
  b.style(P.tolAbs, 1, P.tolAbs, 1, { numFmt: NumFmt.euro });
  b.row([L.tolerancePct, { f: spec.tolerancePct, r: settings.toleranceBasisPoints / 10_000 }]);
  b.style(P.tolPct, 1, P.tolPct, 1, { numFmt: NumFmt.percent });
  b.row([L.yearAmount, { f: spec.totalExcl, r: centsToEuros(check.yearTotalExclCents) }]);
  b.style(P.yearAmount, 1, P.yearAmount, 1, { numFmt: NumFmt.euro });

  // ─── Estimates per quarter ───
  b.skip();
  expectRow(E.section);
  section(b, L.estimates, 5);
  b.row([L.estCol.moment, L.estCol.date, L.estCol.count, L.estCol.source, L.estCol.yearAmount, L.estCol.advance], { bold: true });
  for (const e of check.estimates) estimateRow(b, e, spec, L);
  b.style(E.first, 1, E.first + 4, 1, { numFmt: NumFmt.text });
  b.style(E.first, 2, E.first + 3, 2, { numFmt: NumFmt.count, input: true, fill: INPUT_FILL });
  b.style(E.first + 4, 2, E.first + 4, 2, { numFmt: NumFmt.count });
  b.style(E.first, 4, E.first + 4, 5, { numFmt: NumFmt.euro });

  // ─── Signing per quarter ───
  b.skip();
  expectRow(S.section);
  section(b, L.signingBlock, 5);
  b.row([L.signingCol.quarter, plan.unit === 'signers' ? L.signingColSigners : L.signingCol.units, L.signingCol.amount, L.signingCol.invoicedOn], { bold: true });
  /** The signing amount of the units in column B of row r, as the plan prices it. */
  const signingAmount = (r: number, cents: number | null): CellValue => {
    if (plan.mode === 'priced') return { f: `ROUND(${a1(r, 1)}*${refs.signingPrice},2)`, r: centsToEuros(cents ?? 0) };
    if (plan.mode === 'included') return 0;
    return { f: `IF(ISNUMBER(${refs.signingPrice}),ROUND(${a1(r, 1)}*${refs.signingPrice},2),"")`, r: '' };
  };
  for (const q of [1, 2, 3, 4] as const) {
    const r = S.first + q - 1;
    const units = check.signing.units[q - 1]!;
    const amount = signingAmount(r, check.signing.cents[q - 1] ?? null);
    const next = q === 4 ? L.quarter(1, rec.year + 1) : L.quarter(q + 1, rec.year);
    b.row([L.quarter(q, rec.year), units, amount, next]);
  }
  // Q4 of last year is on this year's Q1 invoice: a row of its own, after the year's four, when its report was given.
  const lastQ4 = check.signing.previousQ4;
  if (lastQ4) {
    const r = S.first + 4;
    b.row([L.quarter(4, rec.year - 1), lastQ4.units, signingAmount(r, lastQ4.cents), L.quarter(1, rec.year)]);
  }
  const lastSigningRow = S.first + (lastQ4 ? 4 : 3);
  b.style(S.first, 1, lastSigningRow, 1, { numFmt: NumFmt.count, input: true, fill: INPUT_FILL });
  b.style(S.first, 2, lastSigningRow, 2, { numFmt: NumFmt.euro });

  // ─── Rules, causes, warnings ───
  b.skip();
  section(b, L.rules, 5);
  for (const line of L.ruleLines) b.row([line]);
  b.skip();
  section(b, L.causes, 5);
  for (const cause of Object.values(KNOWN_CAUSES)) b.row([`${cause.short[lang]}: ${cause.long[lang]}`]);
  if (input.warnings.length) {
    b.skip();
    section(b, L.warnings, 5);
    const first = b.rows(input.warnings.map((w) => [w]));
    b.style(first, 0, first + input.warnings.length - 1, 0, { numFmt: NumFmt.text });
  }

  b.widths(14, 18, 14, 16, 12, 14, 16, 16, 16, 18, 14, 12, 14, 34, 44);
  return b.sheet;
}

/**
 * Where everything sits. The blocks under the table come after its last line, and the
 * table's formulas point at them, so their rows are fixed before anything is written.
 */
function layoutOf(n: number) {
  const lastLine = FIRST_LINE + n - 1;
  const below = n > 0 ? lastLine + 2 : FIRST_LINE + 1;
  const P = { section: below, signingPrice: below + 1, small: below + 2, tolAbs: below + 3, tolPct: below + 4, yearAmount: below + 5 };
  const E = { section: P.yearAmount + 2, header: P.yearAmount + 3, first: P.yearAmount + 4 };
  const S = { section: E.first + 6, header: E.first + 7, first: E.first + 8 };
  const abs = (row: number, col: number) => a1(row, col, true);
  return {
    lastLine,
    P,
    E,
    S,
    /** Per estimate point (1–4: start of a quarter, 5: year end): the count, the year amount, the advance. */
    estCount: (point: number) => abs(E.first + point - 1, 2),
    estYearAmount: (point: number) => abs(E.first + point - 1, 4),
    estAdvance: (point: number) => abs(E.first + point - 1, 5),
    /** Per row of the signing block: 1–4 the year's quarters, 5 Q4 of the year before. */
    units: (q: number) => abs(S.first + q - 1, 1),
    signingAmount: (q: number) => abs(S.first + q - 1, 2),
    column: (c: number) => `${abs(FIRST_LINE, c)}:${abs(lastLine, c)}`,
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

function invoiceTable(b: SheetBuilder, input: CheckSheetInput, layout: Layout, L: YearLabels, lang: SpecLanguage): void {
  const lines = input.check.lines;
  const last = layout.lastLine;
  const header = [L.col.nr, L.col.kind, L.col.period, L.col.quarter, L.col.date, L.col.count, L.col.price, L.col.amount, L.col.expectedCount, L.col.expectedAmount, L.col.difference, L.col.differencePct, L.col.status, L.col.cause, L.col.description];
  b.row(header, { bold: true, wrap: true });
  b.rows(lines.map((l, i) => lineRow(l, FIRST_LINE + i, i, input, layout, L, lang)));

  b.style(FIRST_LINE, C.kind, last, C.period, { numFmt: NumFmt.text });
  b.style(FIRST_LINE, C.date, last, C.date, { numFmt: NumFmt.text });
  b.style(FIRST_LINE, C.count, last, C.count, { numFmt: NumFmt.count, input: true, fill: INPUT_FILL });
  b.style(FIRST_LINE, C.price, last, C.price, { numFmt: NumFmt.price, input: true, fill: INPUT_FILL });
  b.style(FIRST_LINE, C.amount, last, C.amount, { numFmt: NumFmt.euro, input: true, fill: INPUT_FILL });
  b.style(FIRST_LINE, C.expCount, last, C.expCount, { numFmt: NumFmt.count });
  b.style(FIRST_LINE, C.expAmount, last, C.diff, { numFmt: NumFmt.euro });
  b.style(FIRST_LINE, C.diffPct, last, C.diffPct, { numFmt: NumFmt.percent });
  b.style(FIRST_LINE, C.description, last, C.description, { numFmt: NumFmt.text });
  const statusRange = range(FIRST_LINE, C.status, last, C.status);
  b.sheet.highlights.push(
    { range: statusRange, equals: L.status.ok, ...OK },
    { range: statusRange, equals: L.status.included, ...OK },
    { range: statusRange, equals: L.status.check, ...BAD },
  );
  b.sheet.tables.push({ name: `Factuurcontrole_${input.rec.year}`, range: range(HEADER_ROW, 0, last, LAST_COL), columns: header.map((name) => ({ name })), style: 'TableStyleMedium2' });
  b.sheet.freeze = { rows: FIRST_LINE, cols: 0 };
}

/** One invoice line: what it says, what we expect (formulas), the difference, status and known cause. */
function lineRow(c: CheckedLine, r: number, i: number, input: CheckSheetInput, x: Layout, L: YearLabels, lang: SpecLanguage): CellValue[] {
  const l = c.line;
  const q = l.quarter ?? 0;
  // What was invoiced for some kind (and quarters), from the table itself: corrections follow the invoices.
  const invoiced = (kind: string, criterion: string | null) =>
    `SUMIFS(${x.column(C.amount)},${x.column(C.kind)},${str(kind)}${criterion ? `,${x.column(C.quarter)},${str(criterion)}` : ''})`;
  const countR = c.expectedCount ?? '';
  const amountR = c.expectedCents === null ? '' : centsToEuros(c.expectedCents);
  let expCount: FormulaCell;
  let expAmount: FormulaCell;
  switch (l.kind) {
    case 'advance':
      expCount = { f: x.estCount(q), r: countR };
      expAmount = { f: x.estAdvance(q), r: amountR };
      break;
    case 'correction':
      expCount = { f: x.estCount(q + 1), r: countR };
      expAmount = { f: `ROUND(${q}*${x.estYearAmount(q + 1)}/4,2)-${invoiced(L.kinds.advance, `<=${q}`)}-${invoiced(L.kinds.correction, `<${q}`)}`, r: amountR };
      break;
    case 'final':
      expCount = { f: input.spec.billable, r: countR };
      expAmount = { f: `${x.refs.yearAmount}-${invoiced(L.kinds.advance, null)}-${invoiced(L.kinds.correction, null)}`, r: amountR };
      break;
    case 'signing': {
      // Q4 of last year (on this year's Q1 invoice) has its row after the year's four quarters.
      const block = l.year === input.rec.year ? q : 5;
      expCount = { f: x.units(block), r: countR };
      expAmount = { f: x.signingAmount(block), r: amountR };
      break;
    }
  }
  const inv = a1(r, C.amount);
  const exp = a1(r, C.expAmount);
  const diff = a1(r, C.diff);
  const diffPct = c.differenceCents === null || !c.expectedCents ? '' : c.differenceCents / Math.abs(c.expectedCents);
  const st = L.status;
  const okTest = `ABS(${diff})<=MAX(${x.refs.tolAbs},${x.refs.tolPct}*ABS(${inv}))`;
  const statusF =
    l.kind === 'signing' && input.options.signing.mode === 'included'
      ? `IF(${inv}=0,${str(st.included)},${str(st.check)})`
      : `IF(${exp}="",${str(st.unknown)},IF(${okTest},${str(st.ok)},${str(st.check)}))`;
  return [
    i + 1,
    L.kinds[l.kind],
    l.quarter ? L.quarter(l.quarter, l.year) : L.year(l.year),
    l.quarter,
    l.date ? formatDutchDate(l.date) : null,
    l.count,
    l.priceE4 === null ? null : priceToEuros(l.priceE4),
    centsToEuros(l.amountCents),
    expCount,
    expAmount,
    { f: `IF(${exp}="","",ROUND(${inv}-${exp},2))`, r: c.differenceCents === null ? '' : centsToEuros(c.differenceCents) },
    { f: `IF(OR(${exp}="",${exp}=0),"",${diff}/ABS(${exp}))`, r: diffPct },
    { f: statusF, r: st[c.status] },
    causeCell(c, r, lang, input.options, x.refs.small),
    l.description,
  ];
}

function section(b: SheetBuilder, title: string, lastCol: number): void {
  const r = b.row([title], { bold: true, fill: HEADER_FILL, border: 'bottom' });
  b.style(r, 0, r, lastCol, { fill: HEADER_FILL, border: 'bottom' });
}

function estimateRow(b: SheetBuilder, e: QuarterEstimate, spec: SpecRefs, L: YearLabels): void {
  const r = b.cursor;
  const countCell = a1(r, 2);
  const yearAmount: FormulaCell = { f: spec.yearAmount(countCell), r: centsToEuros(e.yearAmountCents), ...(spec.yearAmountGrows ? { grows: spec.yearAmountGrows } : {}) };
  if (e.point === 5) {
    b.row([L.yearEnd, null, { f: spec.billable, r: e.count }, L.fromSpec, yearAmount, null]);
    return;
  }
  // Without a count of its own the year's count stands in, as a link the user can overwrite.
  const count: CellValue = e.from === 'count' ? e.count : { f: spec.billable, r: e.count };
  const source = e.from === 'count' ? e.label || L.estCol.count : L.fromSpec;
  b.row([L.startOf(e.point), e.date ? formatDutchDate(e.date) : null, count, source, yearAmount, { f: `ROUND(${a1(r, 4)}/4,2)`, r: centsToEuros(e.advanceCents) }]);
}

/**
 * The known cause as a formula over the row's counts, mirroring known-causes.ts. The
 * small-difference test compares whole numbers (basis points), as the engine does, so
 * a boundary case cannot tip differently through a float.
 */
function causeCell(c: CheckedLine, r: number, lang: SpecLanguage, options: YearOptions, smallCell: string): CellValue {
  const text = (code: keyof typeof KNOWN_CAUSES) => str(KNOWN_CAUSES[code].short[lang]);
  const result = c.cause ? KNOWN_CAUSES[c.cause].short[lang] : '';
  const inv = a1(r, C.count);
  const exp = a1(r, C.expCount);
  const missing = `OR(${inv}="",${exp}="")`;
  switch (c.line.kind) {
    case 'correction':
      return null;
    case 'signing': {
      const unknown = `IF(${missing},"",IF(${inv}>${exp},${text('signingUnknownEmployers')},""))`;
      if (options.signing.mode === 'included') return { f: `IF(${a1(r, C.amount)}<>0,${text('signingIncluded')},${unknown})`, r: result };
      return { f: unknown, r: result };
    }
    default:
      return {
        f: `IF(${missing},"",IF(${inv}>${exp},${text('linkedSystems')},IF(AND(${inv}<${exp},(${exp}-${inv})*10000<=ROUND(${smallCell}*10000,0)*${exp}),${text('destroyedDossiers')},"")))`,
        r: result,
      };
  }
}
