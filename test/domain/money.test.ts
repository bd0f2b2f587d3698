import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  allocateLargestRemainder,
  amountCents,
  divRoundHalfUp,
  formatEuro,
  formatPrice,
  parseCents,
  parsePriceE4,
  percentOf,
} from '../../src/domain/money';

describe('rounding half up on integers', () => {
  it('rounds halves away from zero and the rest to nearest', () => {
    expect(divRoundHalfUp(5, 10)).toBe(1); // 0.5 → 1
    expect(divRoundHalfUp(4, 10)).toBe(0);
    expect(divRoundHalfUp(15, 10)).toBe(2); // 1.5 → 2 (not banker's 2 by luck: check 2.5)
    expect(divRoundHalfUp(25, 10)).toBe(3); // 2.5 → 3, banker's rounding would give 2
    expect(divRoundHalfUp(-25, 10)).toBe(-3);
    expect(divRoundHalfUp(-24, 10)).toBe(-2);
  });

  it('prices a count once: 1 139 dossiers × € 9,85 = € 11.219,15', () => {
    // 1139 × 9.85 = 11219.15 exactly
    expect(amountCents(1139, 98_500)).toBe(1_121_915);
  });

  it('rounds a sub-cent price half up: 3 × € 0,0050 = € 0,015 → € 0,02', () => {
    expect(amountCents(3, 50)).toBe(2);
  });

  it('VAT 21 % of € 636,00 is € 133,56', () => {
    expect(percentOf(63_600, 2_100)).toBe(13_356);
  });

  it('VAT rounds half up: 21 % of € 0,50 = € 0,105 → € 0,11', () => {
    expect(percentOf(50, 2_100)).toBe(11);
  });
});

describe('amounts people type', () => {
  it.each([
    ['9,85', 98_500],
    ['9.85', 98_500],
    ['€ 9,855', 98_550],
    ['9.855', 98_550],
    ['10', 100_000],
    ['0,0001', 1],
    ['9,8500', 98_500],
  ])('price %s', (text, e4) => expect(parsePriceE4(text)).toBe(e4));

  it.each([
    ['636', 63_600],
    ['636,00', 63_600],
    ['€ 1.234,56', 123_456],
    ['1,234.56', 123_456],
    ['1.000', 100_000],
    ['1 234,5', 123_450],
  ])('amount %s', (text, cents) => expect(parseCents(text)).toBe(cents));

  it.each(['', 'abc', '-5', '1,2,3,4', '9,855', '1.2.3', '12,3456,7', '1e3'])('rejects %j as an amount', (text) => {
    expect(parseCents(text)).toBeNull();
  });

  it('formats for Dutch and English readers', () => {
    expect(formatEuro(123_456)).toBe('€ 1.234,56');
    expect(formatEuro(-5)).toBe('-€ 0,05');
    expect(formatEuro(123_456, 'en')).toBe('€1,234.56');
    expect(formatPrice(98_550)).toBe('€ 9,855');
    expect(formatPrice(98_500)).toBe('€ 9,85');
  });
});

describe('allocation by largest remainder', () => {
  it('splits € 1,00 over three equal shares as 34 + 33 + 33, the extra cent by key', () => {
    const m = allocateLargestRemainder(100, [
      { key: 'b', weight: 1 },
      { key: 'a', weight: 1 },
      { key: 'c', weight: 1 },
    ]);
    expect([m.get('a'), m.get('b'), m.get('c')]).toEqual([34, 33, 33]);
  });

  const shares = fc.uniqueArray(fc.record({ key: fc.string({ minLength: 1, maxLength: 6 }), weight: fc.integer({ min: -5, max: 10_000 }) }), {
    selector: (s) => s.key,
    minLength: 1,
    maxLength: 40,
  });

  it('always adds up to the total exactly, with no negative part', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), shares, (total, list) => {
        const m = allocateLargestRemainder(total, list);
        const parts = [...m.values()];
        const anyPositive = list.some((s) => s.weight > 0);
        expect(parts.every((p) => p >= 0 && Number.isInteger(p))).toBe(true);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(anyPositive ? total : 0);
        for (const s of list) if (s.weight <= 0) expect(m.get(s.key)).toBe(0);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('gives every key the same part whatever the order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), shares, fc.nat(), (total, list, seed) => {
        const shuffled = [...list].sort((a, b) => ((a.key.charCodeAt(0) * 31 + seed) % 7) - ((b.key.charCodeAt(0) * 31 + seed) % 7));
        const x = allocateLargestRemainder(total, list);
        const y = allocateLargestRemainder(total, shuffled);
        for (const s of list) expect(y.get(s.key)).toBe(x.get(s.key));
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
