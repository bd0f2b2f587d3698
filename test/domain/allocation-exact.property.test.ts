/**
 * Issue #11 item 3: allocation by largest remainder is exact for totals up to € 1 miljard
 * (10^11 cents) and weights whose products with the total pass 2^53. The oracle is the
 * definition, worked in BigInt here and independently of the implementation:
 *   - every part is the floor of its exact share total × w / Σw, or one cent more;
 *   - the parts add up to the total;
 *   - a part that got the extra cent has a remainder at least as large as any that did
 *     not (ties broken by key).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocateLargestRemainder, MAX_AMOUNT_CENTS, type Share } from '../../src/domain/money';

const big = (n: number | bigint) => BigInt(n);

function checkAgainstDefinition(total: number, shares: readonly Share[], parts: Map<string, number>): void {
  const positive = shares.filter((s) => big(s.weight) > 0n);
  const sumW = positive.reduce((a, s) => a + big(s.weight), 0n);
  let sum = 0n;
  const got: { key: string; rem: bigint; extra: boolean }[] = [];
  for (const s of shares) {
    const part = parts.get(s.key);
    expect(Number.isSafeInteger(part)).toBe(true);
    sum += big(part!);
    if (big(s.weight) <= 0n || sumW === 0n) {
      expect(part).toBe(0);
      continue;
    }
    const n = big(total) * big(s.weight);
    const floor = n / sumW;
    const extra = big(part!) - floor;
    expect(extra === 0n || extra === 1n, `${s.key}: ${part} vs floor ${floor}`).toBe(true);
    got.push({ key: s.key, rem: n % sumW, extra: extra === 1n });
  }
  expect(sum).toBe(sumW === 0n ? 0n : big(total));
  const lowestWithExtra = got.filter((g) => g.extra);
  for (const a of lowestWithExtra) {
    for (const b of got.filter((g) => !g.extra)) {
      expect(a.rem > b.rem || (a.rem === b.rem && a.key < b.key), `${a.key} got the cent before ${b.key}`).toBe(true);
    }
  }
}

const keys = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 30 });

describe('largest remainder, exact beyond 2^53', () => {
  it('number weights: totals up to € 1 miljard, weights up to 10^12 cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_AMOUNT_CENTS }), keys, fc.array(fc.integer({ min: -5, max: 1_000_000_000_000 }), { minLength: 30, maxLength: 30 }), (total, ks, ws) => {
        const shares = ks.map((key, i) => ({ key, weight: ws[i]! }));
        checkAgainstDefinition(total, shares, allocateLargestRemainder(total, shares));
      }),
      { seed: 11_03, numRuns: 500 },
    );
  });

  it('bigint weights (exact shares as fractions over a common denominator): up to 10^30', () => {
    const weight = fc.bigInt({ min: 0n, max: 10n ** 30n });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_AMOUNT_CENTS }), keys, fc.array(weight, { minLength: 30, maxLength: 30 }), (total, ks, ws) => {
        const shares = ks.map((key, i) => ({ key, weight: ws[i]! }));
        checkAgainstDefinition(total, shares, allocateLargestRemainder(total, shares));
      }),
      { seed: 11_04, numRuns: 500 },
    );
  });

  it('hand-worked: € 1 miljard over 1 : 2 : 4 is € 142.857.142,86 / € 285.714.285,71 / € 571.428.571,43', () => {
    // 10^11 cents / 7 = 14 285 714 285,714…; ×2 = 28 571 428 571,428…; ×4 = 57 142 857 142,857…
    // The floors add to 99 999 999 998: the two cents left go to the remainders ,857 (c) and ,714 (a).
    const m = allocateLargestRemainder(MAX_AMOUNT_CENTS, [
      { key: 'a', weight: 1 },
      { key: 'b', weight: 2 },
      { key: 'c', weight: 4 },
    ]);
    expect([m.get('a'), m.get('b'), m.get('c')]).toEqual([14_285_714_286, 28_571_428_571, 57_142_857_143]);
  });

  it('the VAT of € 2,1 million over its excl. amounts, whose product passed 2^53', () => {
    // 44 100 000 × 210 000 000 ≈ 9,26 · 10^15 > 2^53.
    const m = allocateLargestRemainder(44_100_000, [
      { key: 'a', weight: 100_000_000 },
      { key: 'b', weight: 60_000_000 },
      { key: 'c', weight: 50_000_000 },
    ]);
    expect([m.get('a'), m.get('b'), m.get('c')]).toEqual([21_000_000, 12_600_000, 10_500_000]);
  });

  it('refuses a total that is not a safe integer, rather than round it', () => {
    expect(() => allocateLargestRemainder(2 ** 53, [{ key: 'a', weight: 1 }])).toThrow(RangeError);
  });
});
