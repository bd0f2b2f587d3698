/**
 * Passing the year's costs on to each employer, so the shares add up to the invoice to
 * the cent. Allocation semantics (the 'Doorbelasting' sheet must give the same cents):
 *
 * Distributing the computed year (the default). Each component is split on its own by the
 * largest-remainder method (money.ts: every part the floor of its exact share, the cents
 * left over one each to the largest remainders, ties by employer key), so every column
 * sums exactly, a column whose total is 0 is 0 for everyone, reordering the employers
 * changes nobody's share, and an employer's total is the sum of its columns. All dossier
 * parts go pro rata by the dossiers counted (the billable count when positive, else 0):
 *   list amount                 counted dossiers × list price (the flat price or the first band)
 *   negative counts             model 2 bills ΣF − ΣG, so an employer with more inactive
 *                               dossiers (G) than dossiers (F) lowers the invoice; that
 *                               saving is shared by the others, as nobody is charged a
 *                               negative amount
 *   staffel discount            list amount of the billed count − the staffel amount
 *   minimum top-up              up to the minimum fee
 *   signing                     pro rata by signing units: the requests made in the year's
 *                               four quarters, whichever invoice bills them (Q4 is on the
 *                               Q1 invoice of the next year; Q4 of last year is not here)
 *   VAT                         not split: a bureau that passes costs on charges VAT on each
 *                               employer's own amount, ROUND(excl × rate) per employer. Their
 *                               sum may differ a few cents from the supplier's VAT on the
 *                               total (`supplierVatCents`); the sheet shows that difference.
 *
 * Distributing what was invoiced (`targetExclCents`). Each employer's total excl. VAT is
 * the largest remainder of the invoiced total over the employer's exact share of the
 * computed year: (staffel + top-up) × counted dossiers / Σ counted + signing × units / Σ
 * units, kept as a fraction over a common denominator (BigInt), never rounded first. The
 * components are split as above, and the 'difference with invoice' column is what is left:
 * the employer's total − its components. So € 640,00 over shares 1 : 2 : 4 gives
 * 91,43 / 182,86 / 365,71, where adding separately rounded parts could give 182,85 / 365,72.
 *
 * Every amount stays within money.ts's range (€ 1 miljard excl. VAT): beyond it the split
 * is refused with billing.beyondRange, never rounded.
 */
import { allocateLargestRemainder, amountCents, exactAmountCents, percentOf, type Cents, type PriceE4, type Share } from '../money';
import { beyondRange } from './range';
import { error, fail, ok, warning, type Problem, type Result } from '../problems';
import type { Settings } from '../settings';
import { signingBeyondRange, signingCents, type SigningPlan, type SigningSummary } from './advances';
import type { Reconciliation } from './types';
import { employerKey } from '../employer-key';
import { textPair } from '../messages';

export interface RebillInput {
  rec: Reconciliation;
  settings: Settings;
  signing: SigningSummary | null;
  signingPlan: SigningPlan;
  /** Distribute this total excl. VAT instead of the computed one (the invoice lines' sum). */
  targetExclCents?: Cents | null;
}

export interface RebillNote {
  code: string;
  nl: string;
  en: string;
}

export interface RebillShare {
  number: string;
  name: string;
  /** The reconciled billable dossiers, as counted (may be negative); null when the employer is not in the count. */
  billableDossiers: number | null;
  /** The dossiers the share is based on: the count when positive, else 0. */
  weight: number;
  signingUnits: number;
  /** Counted dossiers at the list price. */
  listCents: Cents;
  /** Share of what other employers' negative counts take off the invoice (≤ 0). */
  negativeOffsetCents: Cents;
  /** Share of the staffel discount (list − staffel amount); positive lowers the charge. */
  discountCents: Cents;
  topUpCents: Cents;
  signingCents: Cents;
  /** Share of the difference between what was invoiced and what we compute. */
  adjustmentCents: Cents;
  totalExclCents: Cents;
  vatCents: Cents;
  totalInclCents: Cents;
  notes: RebillNote[];
}

export interface RebillTotals {
  billableDossiers: number;
  weight: number;
  signingUnits: number;
  listCents: Cents;
  negativeOffsetCents: Cents;
  discountCents: Cents;
  staffelCents: Cents;
  topUpCents: Cents;
  signingCents: Cents;
  adjustmentCents: Cents;
  totalExclCents: Cents;
  /** Σ of the VAT per employer. */
  vatCents: Cents;
  totalInclCents: Cents;
  /** The VAT on the distributed total, as the supplier's invoice charges it. */
  supplierVatCents: Cents;
}

export interface Rebill {
  year: number;
  model: 1 | 2;
  listPriceE4: PriceE4;
  vatBasisPoints: number;
  signingPlan: SigningPlan;
  computedExclCents: Cents;
  /** What is distributed: the computed total, or the invoiced one when given. */
  distributed: 'computed' | 'invoiced';
  totals: RebillTotals;
  shares: RebillShare[];
  warnings: Problem[];
}


const NOTES = {
  negative: { code: 'negative', ...textPair('note.negative') },
  signingOnly: { code: 'signingOnly', ...textPair('note.signingOnly') },
} as const;

/** The price a dossier has before any staffel discount: the flat price, or the first band's. */
export const listPrice = (s: Settings): PriceE4 => (s.pricing.kind === 'flat' ? s.pricing.priceE4 : s.pricing.tiers[0]!.priceE4);

/** Splits a signed total; a negative one is split as its size and negated, so shares keep its sign. */
function split(total: Cents, shares: readonly Share[]): Map<string, Cents> {
  if (total >= 0) return allocateLargestRemainder(total, shares);
  const parts = allocateLargestRemainder(-total, shares);
  for (const [k, v] of parts) parts.set(k, v === 0 ? 0 : -v);
  return parts;
}

export function rebill(input: RebillInput): Result<Rebill> {
  const { rec, settings, signingPlan } = input;
  const warnings: Problem[] = [];
  const t = rec.totals;

  // Employers of the count first, in its order; then those that only signed.
  const rows: { key: string; number: string; name: string; billable: number | null; notes: RebillNote[]; units: number }[] = [];
  const byKey = new Map<string, (typeof rows)[number]>();
  for (const e of rec.employers) {
    const row = { key: employerKey(e.number), number: e.number, name: e.name, billable: e.billableDossiers, notes: [...e.notes] as RebillNote[], units: 0 };
    rows.push(row);
    byKey.set(row.key, row);
  }
  let signingOnly = 0;
  let signingOnlyExample = '';
  for (const s of input.signing?.employers ?? []) {
    const key = employerKey(s.number);
    const row = byKey.get(key);
    if (row) {
      row.units += s.total;
      continue;
    }
    signingOnly++;
    signingOnlyExample ||= `${s.number} ${s.name}`.trim();
    const added = { key, number: s.number, name: s.name, billable: null, notes: [NOTES.signingOnly], units: s.total };
    rows.push(added);
    byKey.set(key, added);
  }

  const weight = (b: number | null) => Math.max(0, b ?? 0);
  let excluded = 0;
  for (const r of rows) {
    if (r.billable === null || r.billable < 0) {
      if (r.billable !== null) r.notes.push(NOTES.negative);
      excluded++;
    }
  }
  const byDossiers = rows.map((r) => ({ key: r.key, weight: weight(r.billable) }));
  const bySigning = rows.map((r) => ({ key: r.key, weight: r.units }));

  const staffel = t.amountCents;
  const topUp = t.minimumTopUpCents;
  const price = listPrice(settings);
  const sumW = byDossiers.reduce((s, x) => s + x.weight, 0);
  const units = input.signing?.perQuarter ?? [0, 0, 0, 0];
  // The counted dossiers at list price can exceed the billed ones (model 2's negative counts).
  const beyond = beyondRange('list', exactAmountCents(sumW, price)) ?? signingBeyondRange(units, signingPlan) ?? beyondRange('invoiced', input.targetExclCents ?? 0);
  if (beyond) return fail(beyond, warnings);
  const list = amountCents(sumW, price);
  const listBilled = amountCents(Math.max(0, t.billableDossiers), price);
  const offset = listBilled - list;
  const discount = listBilled - staffel;
  // Signing is invoiced per quarter, each rounded on its own invoice.
  const signing = units.reduce((s, u) => s + (signingCents(u, signingPlan) ?? 0), 0);
  const computed = staffel + topUp + signing;
  const computedBeyond = beyondRange('year', computed);
  if (computedBeyond) return fail(computedBeyond, warnings);
  const target = input.targetExclCents ?? computed;
  if (target < 0) return fail(error('rebill.targetNegative', { amount: String(target) }), warnings);

  const sumU = bySigning.reduce((s, x) => s + x.weight, 0);
  if ((staffel + topUp > 0 && sumW === 0) || (signing > 0 && sumU === 0)) {
    return fail(error('rebill.nothingToShare', { amount: String(staffel + topUp + signing) }), warnings);
  }
  const Lst = split(list, byDossiers);
  const O = split(offset, byDossiers);
  let D = split(discount, byDossiers);
  const net = (k: string) => Lst.get(k)! + O.get(k)! - D.get(k)!;
  if (rows.some((r) => net(r.key) < 0)) {
    // Only with prices of a cent or so can three roundings push a share below 0; then
    // the net amount is split itself and the discount follows from it.
    const A = split(staffel, byDossiers);
    D = new Map(rows.map((r) => [r.key, Lst.get(r.key)! + O.get(r.key)! - A.get(r.key)!]));
  }
  const T = split(topUp, byDossiers);
  const S = split(signing, bySigning);
  const subtotal = (k: string) => net(k) + T.get(k)! + S.get(k)!;
  const adjustment = target - computed;
  let excl = subtotal;
  if (input.targetExclCents != null) {
    const shares = exactShares(rows, byDossiers, bySigning, BigInt(staffel + topUp), sumW, BigInt(signing), sumU);
    if (target > 0 && shares.every((s) => s.weight === 0n)) {
      return fail(error('rebill.nothingToShare', { amount: String(target) }), warnings);
    }
    const totals = allocateLargestRemainder(target, shares);
    excl = (k: string) => totals.get(k)!;
  }
  const V = new Map(rows.map((r) => [r.key, percentOf(excl(r.key), settings.vatBasisPoints)]));
  const vatTotal = [...V.values()].reduce((s, v) => s + v, 0);

  const shares: RebillShare[] = rows.map((r) => {
    const totalExclCents = excl(r.key);
    return {
      number: r.number,
      name: r.name,
      billableDossiers: r.billable,
      weight: weight(r.billable),
      signingUnits: r.units,
      listCents: Lst.get(r.key)!,
      negativeOffsetCents: O.get(r.key)!,
      discountCents: D.get(r.key)!,
      topUpCents: T.get(r.key)!,
      signingCents: S.get(r.key)!,
      adjustmentCents: totalExclCents - subtotal(r.key),
      totalExclCents,
      vatCents: V.get(r.key)!,
      totalInclCents: totalExclCents + V.get(r.key)!,
      notes: r.notes,
    };
  });

  if (excluded - signingOnly > 0) warnings.push(warning('rebill.excluded', { count: excluded - signingOnly }));
  if (signingOnly) warnings.push(warning('signing.unknownToLoketDossiers', { count: signingOnly, example: signingOnlyExample }));
  return ok(
    {
      year: rec.year,
      model: rec.model,
      listPriceE4: price,
      vatBasisPoints: settings.vatBasisPoints,
      signingPlan,
      computedExclCents: computed,
      distributed: input.targetExclCents == null ? 'computed' : 'invoiced',
      totals: {
        billableDossiers: t.billableDossiers,
        weight: sumW,
        signingUnits: sumU,
        listCents: list,
        negativeOffsetCents: offset,
        discountCents: discount,
        staffelCents: staffel,
        topUpCents: topUp,
        signingCents: signing,
        adjustmentCents: adjustment,
        totalExclCents: target,
        vatCents: vatTotal,
        totalInclCents: target + vatTotal,
        supplierVatCents: percentOf(target, settings.vatBasisPoints),
      },
      shares,
      warnings,
    },
    warnings,
  );
}

/**
 * Each employer's exact share of the computed year as the numerator of a fraction over
 * W × U: (staffel + top-up) × w × U + signing × u × W, with W and U the sums of the
 * dossier and signing weights (a sum of 0 drops out of the denominator). BigInt: these
 * products pass 2^53 long before a bureau does.
 */
function exactShares(rows: readonly { key: string }[], byDossiers: readonly { weight: number }[], bySigning: readonly { weight: number }[], dossierCents: bigint, sumW: number, signing: bigint, sumU: number): Share[] {
  const W = BigInt(sumW);
  const U = BigInt(sumU);
  return rows.map((r, i) => {
    const dossiers = W === 0n ? 0n : dossierCents * BigInt(byDossiers[i]!.weight) * (U === 0n ? 1n : U);
    const signed = U === 0n ? 0n : signing * BigInt(bySigning[i]!.weight) * (W === 0n ? 1n : W);
    return { key: r.key, weight: dossiers + signed };
  });
}
