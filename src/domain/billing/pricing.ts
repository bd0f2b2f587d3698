/**
 * From a number of dossiers to money: the staffel (flat, graduated or volume), then the
 * minimum top-up, then VAT. Integer arithmetic throughout; each step rounds once.
 */
import { amountCents, divRoundHalfUp, exactAmountCents, percentOf, type Cents, type PriceE4 } from '../money';
import type { Pricing, Settings, Tier } from '../settings';

export interface Charge {
  amountCents: Cents;
  minimumTopUpCents: Cents;
  totalExclVatCents: Cents;
  vatCents: Cents;
  totalInclVatCents: Cents;
}

/** Units that fall in each band of a graduated staffel; the last band is open-ended. */
export function unitsPerBand(count: number, tiers: readonly Tier[]): number[] {
  return tiers.map((t, i) => {
    const next = tiers[i + 1];
    const upTo = next ? next.from - 1 : Infinity;
    return Math.max(0, Math.min(count, upTo) - t.from + 1);
  });
}

/** The band a total falls in (volume staffel): the last band whose start is ≤ the count. */
export function volumeTier(count: number, tiers: readonly Tier[]): Tier {
  let chosen = tiers[0]!;
  for (const t of tiers) if (t.from <= Math.max(count, 1)) chosen = t;
  return chosen;
}

/** The price of `count` dossiers before the minimum; a negative count is priced as 0. */
export function priceDossiers(count: number, pricing: Pricing): Cents {
  const n = Math.max(0, count);
  switch (pricing.kind) {
    case 'flat':
      return amountCents(n, pricing.priceE4);
    case 'volume':
      return amountCents(n, volumeTier(n, pricing.tiers).priceE4);
    case 'graduated': {
      // Sum the exact band amounts in 1/10 000 euro, then round once, as the formula does.
      const units = unitsPerBand(n, pricing.tiers);
      const e4 = units.reduce((sum, u, i) => sum + u * pricing.tiers[i]!.priceE4, 0);
      return divRoundHalfUp(e4, 100);
    }
  }
}

/** The effective price per dossier for display; graduated staffels have none. */
export function effectiveUnitPrice(count: number, pricing: Pricing): PriceE4 | null {
  if (pricing.kind === 'flat') return pricing.priceE4;
  if (pricing.kind === 'volume') return volumeTier(Math.max(0, count), pricing.tiers).priceE4;
  return null;
}

/**
 * The amount excl. VAT of `count` dossiers, minimum included, computed exactly in BigInt:
 * what the range check holds against MAX_AMOUNT_CENTS before charge() computes it in
 * plain numbers. Absurd counts (a column of amounts mapped as counts, say) must become a
 * message, not a crash or a silently rounded bill.
 */
export function exactExclCents(count: number, settings: Pick<Settings, 'pricing' | 'minimumCents'>): bigint {
  const n = Math.max(0, count);
  const p = settings.pricing;
  let amount: bigint;
  if (p.kind === 'graduated') {
    const e4 = unitsPerBand(n, p.tiers).reduce((sum, u, i) => sum + BigInt(u) * BigInt(p.tiers[i]!.priceE4), 0n);
    amount = (e4 + 50n) / 100n;
  } else {
    amount = exactAmountCents(n, p.kind === 'flat' ? p.priceE4 : volumeTier(n, p.tiers).priceE4);
  }
  const minimum = BigInt(settings.minimumCents);
  return amount > minimum ? amount : minimum;
}

export function charge(count: number, settings: Pick<Settings, 'pricing' | 'minimumCents' | 'vatBasisPoints'>): Charge {
  const amount = priceDossiers(count, settings.pricing);
  const topUp = Math.max(0, settings.minimumCents - amount);
  const excl = amount + topUp;
  const vat = percentOf(excl, settings.vatBasisPoints);
  return {
    amountCents: amount,
    minimumTopUpCents: topUp,
    totalExclVatCents: excl,
    vatCents: vat,
    totalInclVatCents: excl + vat,
  };
}
