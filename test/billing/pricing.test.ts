import { describe, expect, it } from 'vitest';
import { charge, priceDossiers, unitsPerBand } from '../../src/domain/billing/pricing';
import type { Pricing } from '../../src/domain/settings';

const base = { minimumCents: 63_600, vatBasisPoints: 2_100 };

describe('staffel', () => {
  const tiers = [
    { from: 1, priceE4: 120_000 }, // € 12,00 for dossiers 1–100
    { from: 101, priceE4: 100_000 }, // € 10,00 for 101–500
    { from: 501, priceE4: 80_000 }, // € 8,00 from 501
  ];

  it('graduated: each band at its own price', () => {
    // 650 dossiers: 100 × 12 + 400 × 10 + 150 × 8 = 1 200 + 4 000 + 1 200 = € 6.400,00
    expect(unitsPerBand(650, tiers)).toEqual([100, 400, 150]);
    expect(priceDossiers(650, { kind: 'graduated', tiers })).toBe(640_000);
  });

  it('volume: one price for all, by the band of the total', () => {
    // 650 dossiers fall in the band from 501: 650 × 8 = € 5.200,00
    expect(priceDossiers(650, { kind: 'volume', tiers })).toBe(520_000);
    // 100 is still the first band: 100 × 12 = € 1.200,00; 101 the second: 101 × 10 = € 1.010,00
    expect(priceDossiers(100, { kind: 'volume', tiers })).toBe(120_000);
    expect(priceDossiers(101, { kind: 'volume', tiers })).toBe(101_000);
  });

  it('graduated rounds once, after summing the bands', () => {
    // 3 dossiers at € 0,0050 and 0 in the next band: 0,015 → € 0,02 (rounding per band would give the same here,
    // so add a second band: 1 at 0,0050 + 1 at 0,0050 → 0,010 exactly, never 0,01+0,01)
    const p: Pricing = { kind: 'graduated', tiers: [{ from: 1, priceE4: 50 }, { from: 2, priceE4: 50 }] };
    expect(priceDossiers(2, p)).toBe(1);
    expect(priceDossiers(3, p)).toBe(2);
  });
});

describe('minimum and VAT', () => {
  it('tops up to € 636 when the dossiers stay below it', () => {
    // 40 dossiers × € 9,85 = € 394,00; top-up € 242,00; VAT 21 % of € 636 = € 133,56
    expect(charge(40, { ...base, pricing: { kind: 'flat', priceE4: 98_500 } })).toEqual({
      amountCents: 39_400,
      minimumTopUpCents: 24_200,
      totalExclVatCents: 63_600,
      vatCents: 13_356,
      totalInclVatCents: 76_956,
    });
  });

  it('adds nothing above the minimum', () => {
    // 1 139 × € 9,85 = € 11.219,15; VAT 21 % = 2 356,0215 → € 2.356,02
    const c = charge(1139, { ...base, pricing: { kind: 'flat', priceE4: 98_500 } });
    expect(c.minimumTopUpCents).toBe(0);
    expect(c.vatCents).toBe(235_602);
    expect(c.totalInclVatCents).toBe(1_121_915 + 235_602);
  });

  it('prices a negative count as nothing, then tops up', () => {
    expect(charge(-3, { ...base, pricing: { kind: 'flat', priceE4: 98_500 } }).amountCents).toBe(0);
  });
});
