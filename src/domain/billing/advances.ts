/**
 * The year in invoices: what each line Qwoater sends should say (seed 003).
 *   advance Q      = price(latest count available at the start of Q) / 4
 *   correction Q   = Q/4 × price(count at the start of Q+1) − what was already invoiced
 *                    for Q1..Q (advances up to Q, corrections before Q)
 *   final          = the year's amount incl. the minimum top-up − all advances and corrections
 *   signing Q      = units in Q × signing price, on the invoice of Q+1; nothing when included
 * The minimum applies only at the final settlement ("op de eindafrekening wordt alles
 * verrekend"). 'Already invoiced' is what the user's lines say, not what we expected,
 * because Qwoater corrects against its own invoices. Each figure rounds once, half up,
 * like the formulas on the check sheet.
 */
import '../zod-config';
import { _default, array, discriminatedUnion, enum as enumOf, gte, int, literal, lte, maxLength, number, regex, strictObject, string, type input, type output } from 'zod/mini';
import { formatDutchDate } from '../imports/dates';
import { formatPeriod, quarterOf } from '../imports/signing-periods';
import type { SigningExport, SigningUnit } from '../imports/signing-types';
import type { IsoDate } from '../imports/types';
import { amountCents, divRoundHalfUp, exactAmountCents, type Cents } from '../money';
import { error, fail, ok, warning, type Problem, type Result } from '../problems';
import type { Settings } from '../settings';
import type { InvoiceKind, InvoiceLine, Quarter } from './invoices';
import { knownCause, type KnownCauseCode } from './known-causes';
import { charge, exactExclCents, priceDossiers } from './pricing';
import { beyondRange } from './range';
import type { Reconciliation } from './types';
import { employerKey } from '../employer-key';
import { validated } from '../settings-problem';

const isoDate = string().check(regex(/^\d{4}-\d{2}-\d{2}$/, 'datum als jjjj-mm-dd'));
const unit = _default(enumOf(['requests', 'signers']), 'requests');

export const signingPlanSchema = discriminatedUnion('mode', [
  strictObject({ mode: literal('priced'), priceE4: number().check(int(), gte(0)), unit }),
  strictObject({ mode: literal('included'), unit }),
  /** No price given: counts are shown, amounts are not checked. */
  strictObject({ mode: literal('unknown'), unit }),
]);

/** A count known on a date (a Loket export, a previous invoice): what an estimate can be based on. */
export const countPointSchema = strictObject({ date: isoDate, count: number().check(int()), label: _default(string().check(maxLength(200)), '') });

export const yearOptionsSchema = strictObject({
  signing: _default(signingPlanSchema, { mode: 'unknown', unit: 'requests' }),
  counts: _default(array(countPointSchema), []),
  /** A shortfall up to this share of the expected count is 'small' (destroyed dossiers), basis points. */
  smallDifferenceBasisPoints: _default(number().check(int(), gte(0), lte(10_000)), 200),
  /** What re-billing distributes: the year as we compute it, or what the entered invoice lines add up to. */
  distribute: _default(enumOf(['computed', 'invoiced']), 'computed'),
});

export type SigningPlan = output<typeof signingPlanSchema>;
export type CountPoint = output<typeof countPointSchema>;
export type YearOptions = output<typeof yearOptionsSchema>;
export type YearOptionsInput = input<typeof yearOptionsSchema>;

/** Options from the pane or a file → checked options, or the first bad field. */
export function validateYearOptions(input: unknown): Result<YearOptions> {
  return validated(yearOptionsSchema, input, 'year.invalid');
}

// ─── Signing per quarter ───────────────────────────────────────────────────────

export type Quarters = [number, number, number, number];

export interface SigningEmployerYear {
  number: string;
  name: string;
  quarters: Quarters;
  total: number;
}

export interface SigningSummary {
  year: number;
  unit: SigningUnit;
  perQuarter: Quarters;
  total: number;
  /** Sorted by employer number. */
  employers: SigningEmployerYear[];
  sources: string[];
  /**
   * Units of Q4 of the year before, when a report covers it: billed on the Q1 invoice of
   * this year, so the check of this year checks that line; re-billed with last year.
   * Absent or null: no report of that quarter.
   */
  previousQ4?: number | null;
}

/**
 * Signing units per employer per quarter of `year`, from one or more reports (per quarter,
 * per month, or with a period per row). A period must lie within one quarter, because
 * that is how it is invoiced; two rows of one employer with overlapping periods would
 * count twice, so that is refused. Q4 of the year before is billed on this year's Q1
 * invoice: its units are kept apart (previousQ4), for checking that line only.
 */
export function summariseSigning(exports: readonly SigningExport[], year: number, unitChoice: SigningUnit): Result<SigningSummary> {
  const warnings: Problem[] = [];
  const byNumber = new Map<string, SigningEmployerYear>();
  const periodsOf = new Map<string, { from: IsoDate; to: IsoDate; where: string }[]>();
  let outside = 0;
  let outsideExample = '';
  let previousQ4: number | null = null;
  for (const exp of exports) {
    const file = exp.source.label;
    if (unitChoice === 'signers' && exp.columns.signers === null) return fail(error('signing.noSignersColumn', { file }, { file }), warnings);
    for (const e of exp.employers) {
      const at = { file, row: e.sourceRow };
      if (!e.period) return fail(error('signing.periodUnknown', { file }, at), warnings);
      const q = quarterOf(e.period);
      if (!q) return fail(error('signing.periodSpansQuarters', { period: formatPeriod(e.period) }, at), warnings);
      const lastQ4 = q.year === year - 1 && q.quarter === 4;
      if (q.year !== year && !lastQ4) {
        outside++;
        outsideExample ||= formatPeriod(e.period);
        continue;
      }
      const key = employerKey(e.number);
      const seen = periodsOf.get(key) ?? [];
      const clash = seen.find((s) => s.from <= e.period!.to && e.period!.from <= s.to);
      if (clash) {
        return fail(error('signing.overlap', { number: e.number, a: `${formatPeriod(clash)} (${clash.where})`, b: formatPeriod(e.period) }, at), warnings);
      }
      seen.push({ ...e.period, where: `${file}, rij ${e.sourceRow}` });
      periodsOf.set(key, seen);
      const units = unitChoice === 'signers' ? (e.signers ?? 0) : e.requests;
      if (lastQ4) {
        previousQ4 = (previousQ4 ?? 0) + units;
        continue;
      }
      const row = byNumber.get(key) ?? { number: e.number, name: e.name, quarters: [0, 0, 0, 0] as Quarters, total: 0 };
      row.quarters[q.quarter - 1] = row.quarters[q.quarter - 1]! + units;
      row.total += units;
      if (!row.name && e.name) row.name = e.name;
      byNumber.set(key, row);
    }
  }
  if (outside) warnings.push(warning('signing.outsideYear', { count: outside, year, period: outsideExample }));
  if (previousQ4 !== null) warnings.push(warning('signing.previousQ4', { count: previousQ4, period: `Q4 ${year - 1}`, invoice: `Q1 ${year}`, year: year - 1 }));
  const employers = [...byNumber.values()].sort((a, b) => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0));
  const perQuarter = [0, 1, 2, 3].map((i) => employers.reduce((s, e) => s + e.quarters[i]!, 0)) as Quarters;
  return ok(
    { year, unit: unitChoice, perQuarter, total: perQuarter.reduce((a, b) => a + b, 0), employers, sources: exports.map((e) => e.source.label), previousQ4 },
    warnings,
  );
}

/** billing.beyondRange when signing, quarter by quarter, would pass the supported range. */
export function signingBeyondRange(units: readonly number[], plan: SigningPlan): Problem | null {
  if (plan.mode !== 'priced') return null;
  return beyondRange('signing', units.reduce((sum, u) => sum + exactAmountCents(u, plan.priceE4), 0n));
}

/** The signing charge of `units` under the plan: null when the price is unknown. */
export function signingCents(units: number, plan: SigningPlan): Cents | null {
  if (plan.mode === 'included') return 0;
  if (plan.mode === 'unknown') return null;
  return amountCents(units, plan.priceE4);
}

// ─── Estimates at the start of each quarter ───────────────────────────────────

export interface QuarterEstimate {
  /** 1–4: the start of that quarter; 5: the end of the year (the specification's count). */
  point: 1 | 2 | 3 | 4 | 5;
  /** The first day of the quarter (for 5: 31-12 of the year). */
  start: IsoDate;
  count: number;
  /** Where the count comes from: a count point, or the year's specification. */
  from: 'count' | 'year';
  date: IsoDate | null;
  label: string;
  /** price(count) for a whole year, before any minimum. */
  yearAmountCents: Cents;
  /** A quarter of it: the advance. */
  advanceCents: Cents;
}

const quarterStart = (year: number, q: number): IsoDate => `${year}-${String(3 * q - 2).padStart(2, '0')}-01`;

/**
 * The count each advance is based on: the latest count dated before the quarter starts.
 * Without one, the year's own count stands in; the check sheet shows it as an input, so
 * a user who knows Qwoater's estimate can type it.
 */
export function quarterEstimates(rec: Reconciliation, settings: Settings, counts: readonly CountPoint[]): QuarterEstimate[] {
  const sorted = [...counts].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const estimate = (point: QuarterEstimate['point'], start: IsoDate, c: CountPoint | undefined): QuarterEstimate => {
    const count = c ? c.count : rec.totals.billableDossiers;
    const yearAmountCents = priceDossiers(count, settings.pricing);
    return { point, start, count, from: c ? 'count' : 'year', date: c?.date ?? null, label: c?.label ?? '', yearAmountCents, advanceCents: divRoundHalfUp(yearAmountCents, 4) };
  };
  const out: QuarterEstimate[] = [];
  for (const q of [1, 2, 3, 4] as const) {
    const start = quarterStart(rec.year, q);
    out.push(estimate(q, start, sorted.filter((c) => c.date < start).pop()));
  }
  out.push(estimate(5, `${rec.year}-12-31`, undefined));
  return out;
}

// ─── The check, line by line ──────────────────────────────────────────────────

export type LineStatus = 'ok' | 'check' | 'included' | 'unknown';

export interface CheckedLine {
  line: InvoiceLine;
  expectedCount: number | null;
  /** Null when it cannot be known (signing without a price). */
  expectedCents: Cents | null;
  /** Invoiced − expected. */
  differenceCents: Cents | null;
  status: LineStatus;
  cause: KnownCauseCode | null;
}

export interface YearCheck {
  year: number;
  estimates: QuarterEstimate[];
  /** `previousQ4`: Q4 of the year before, billed on this year's Q1 invoice, when its report was given. */
  signing: { plan: SigningPlan; units: Quarters; cents: (Cents | null)[]; previousQ4: { units: number; cents: Cents | null } | null };
  /** The year's amount incl. the minimum top-up, excl. VAT: what the final settlement completes. */
  yearTotalExclCents: Cents;
  /** The lines of this year, and the signing of Q4 of the year before when its report was given, in the order entered. */
  lines: CheckedLine[];
  warnings: Problem[];
}

export interface YearCheckInput {
  rec: Reconciliation;
  settings: Settings;
  options: YearOptions;
  invoices: readonly InvoiceLine[];
  signing: SigningSummary | null;
}

/** |difference| within the larger of the absolute tolerance and the percentage of the invoiced amount. */
export function withinTolerance(differenceCents: Cents, invoicedCents: Cents, s: Pick<Settings, 'toleranceCents' | 'toleranceBasisPoints'>): boolean {
  return Math.abs(differenceCents) * 10_000 <= Math.max(s.toleranceCents * 10_000, s.toleranceBasisPoints * Math.abs(invoicedCents));
}

export function checkYear(input: YearCheckInput): Result<YearCheck> {
  const { rec, settings, options } = input;
  const warnings: Problem[] = [];
  const year = rec.year;
  // Signing of Q4 of last year is on this year's Q1 invoice: checked here when its report was given.
  const previousQ4Units = input.signing?.previousQ4 ?? null;
  const lastQ4 = (l: InvoiceLine) => l.kind === 'signing' && l.year === year - 1 && l.quarter === 4;
  const lines = input.invoices.filter((l) => l.year === year || (previousQ4Units !== null && lastQ4(l)));
  const unreported = previousQ4Units === null ? input.invoices.filter(lastQ4).length : 0;
  if (unreported) warnings.push(warning('year.previousQ4SigningNoReport', { period: `Q4 ${year - 1}`, invoice: `Q1 ${year}` }));
  const other = input.invoices.length - lines.length - unreported;
  if (other) warnings.push(warning('year.otherYear', { count: other, year }));

  const units: Quarters = input.signing ? input.signing.perQuarter : [0, 0, 0, 0];
  const plan = options.signing;
  // A count typed for an estimate, or the signing, can be what passes the range; the year's own count was checked before.
  for (const c of options.counts) {
    const beyond = beyondRange('year', exactExclCents(c.count, { pricing: settings.pricing, minimumCents: 0 }));
    if (beyond) return fail(beyond, warnings);
  }
  const signingBeyond = signingBeyondRange([...units, previousQ4Units ?? 0], plan);
  if (signingBeyond) return fail(signingBeyond, warnings);
  const estimates = quarterEstimates(rec, settings, options.counts);
  const previousQ4 = previousQ4Units === null ? null : { units: previousQ4Units, cents: signingCents(previousQ4Units, plan) };
  const signing = { plan, units, cents: units.map((u) => signingCents(u, plan)), previousQ4 };
  const yearTotalExclCents = charge(rec.totals.billableDossiers, settings).totalExclVatCents;

  const invoiced = (kind: InvoiceKind, upTo: number) =>
    lines.filter((l) => l.kind === kind && (l.quarter ?? 0) <= upTo).reduce((s, l) => s + l.amountCents, 0);

  const checked: CheckedLine[] = lines.map((line) => {
    const q = line.quarter ?? 0;
    let expectedCount: number | null = null;
    let expectedCents: Cents | null = null;
    switch (line.kind) {
      case 'advance': {
        const e = estimates[q - 1]!;
        expectedCount = e.count;
        expectedCents = e.advanceCents;
        break;
      }
      case 'correction': {
        const e = estimates[q]!;
        expectedCount = e.count;
        expectedCents = divRoundHalfUp(q * e.yearAmountCents, 4) - invoiced('advance', q) - invoiced('correction', q - 1);
        break;
      }
      case 'final':
        expectedCount = rec.totals.billableDossiers;
        expectedCents = yearTotalExclCents - invoiced('advance', 4) - invoiced('correction', 4);
        break;
      case 'signing':
        if (line.year !== year) {
          expectedCount = previousQ4!.units;
          expectedCents = previousQ4!.cents;
        } else {
          expectedCount = units[q - 1]!;
          expectedCents = signing.cents[q - 1]!;
        }
        break;
    }
    const differenceCents = expectedCents === null ? null : line.amountCents - expectedCents;
    let status: LineStatus;
    if (line.kind === 'signing' && plan.mode === 'included') status = line.amountCents === 0 ? 'included' : 'check';
    else if (differenceCents === null) status = 'unknown';
    else status = withinTolerance(differenceCents, line.amountCents, settings) ? 'ok' : 'check';
    const cause = knownCause({
      kind: line.kind,
      invoicedCount: line.count,
      expectedCount,
      invoicedCents: line.amountCents,
      signingIncluded: plan.mode === 'included',
      smallBasisPoints: options.smallDifferenceBasisPoints,
    });
    return { line, expectedCount, expectedCents, differenceCents, status, cause };
  });

  warnings.push(...completeness(lines.filter((l) => l.year === year), signing.units, plan));
  for (const l of lines) {
    // Signing of Q is invoiced in arrears, on the invoice of Q+1; a date elsewhere suggests a wrong quarter.
    if (l.kind !== 'signing' || !l.date || !l.quarter) continue;
    const next = l.quarter === 4 ? { y: l.year + 1, q: 1 } : { y: l.year, q: l.quarter + 1 };
    const y = Number(l.date.slice(0, 4));
    const q = Math.ceil(Number(l.date.slice(5, 7)) / 3);
    if (y !== next.y || q !== next.q) {
      warnings.push(warning('year.signingNotInArrears', { period: `Q${l.quarter} ${l.year}`, expected: `Q${next.q} ${next.y}`, date: formatDutchDate(l.date) }));
    }
  }
  return ok({ year, estimates, signing, yearTotalExclCents, lines: checked, warnings }, warnings);
}

/** Lines a user probably forgot, or entered twice: said once each, never blocking. */
function completeness(lines: readonly InvoiceLine[], units: Quarters, plan: SigningPlan): Problem[] {
  const out: Problem[] = [];
  // Nothing entered yet is a choice (the check sheet then shows what to expect), not a gap.
  if (lines.length === 0) return out;
  const count = (kind: InvoiceKind, q: Quarter | null) => lines.filter((l) => l.kind === kind && l.quarter === q).length;
  const period = (q: Quarter | null) => (q ? `Q${q}` : '');
  const check = (kind: InvoiceKind, q: Quarter | null, expected: boolean) => {
    const n = count(kind, q);
    if (n === 0 && expected) out.push(warning('year.missingLine', { kind, period: period(q) }));
    if (n > 1) out.push(warning('year.duplicateLine', { kind, period: period(q), count: n }));
  };
  for (const q of [1, 2, 3, 4] as const) {
    check('advance', q, true);
    check('correction', q, false);
    check('signing', q, plan.mode === 'priced' && units[q - 1]! > 0);
  }
  check('final', null, true);
  if (plan.mode === 'unknown' && lines.some((l) => l.kind === 'signing')) out.push(warning('year.signingPriceUnknown'));
  return out;
}
