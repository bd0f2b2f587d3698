/**
 * Properties of the split per employer, over random years: random counts (negative
 * differences included), flat and tiered prices, minimums, signing with employers Loket
 * does not know, and an invoiced total to distribute. Fixed seeds, so a failure replays.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { SigningSummary } from '../../src/domain/billing/advances';
import { reconcileQwoater } from '../../src/domain/billing/qwoater';
import { rebill, type Rebill, type RebillInput } from '../../src/domain/billing/rebill';
import { settingsSchema } from '../../src/domain/settings';
import { dossierExport, type Row } from '../support/dossier-export';

interface Case {
  employers: { n: number; wg: number; f: number; fPrev: number; g: number; inCurrent: boolean; inPrevious: boolean; signing: [number, number, number, number] }[];
  extraSigners: { n: number; signing: [number, number, number, number] }[];
  pricing: { kind: 'flat'; priceE4: number } | { kind: 'graduated' | 'volume'; tiers: { from: number; priceE4: number }[] };
  minimumCents: number;
  signingPriceE4: number | null;
  target: number | null;
}

const quarters = fc.tuple(fc.nat(40), fc.nat(40), fc.nat(40), fc.nat(40));
const price = fc.integer({ min: 0, max: 300_000 });
const pricing = fc.oneof(
  price.map((priceE4) => ({ kind: 'flat' as const, priceE4 })),
  fc
    .tuple(fc.constantFrom('graduated' as const, 'volume' as const), fc.uniqueArray(fc.integer({ min: 2, max: 400 }), { maxLength: 3 }), fc.array(price, { minLength: 4, maxLength: 4 }))
    .map(([kind, starts, prices]) => ({ kind, tiers: [1, ...starts.sort((a, b) => a - b)].map((from, i) => ({ from, priceE4: prices[i]! })) })),
);
const caseArb: fc.Arbitrary<Case> = fc.record({
  employers: fc.uniqueArray(
    fc.record({
      n: fc.integer({ min: 1, max: 9_999 }),
      wg: fc.nat(1),
      f: fc.nat(300),
      fPrev: fc.nat(300),
      g: fc.nat(300),
      inCurrent: fc.boolean(),
      inPrevious: fc.boolean(),
      signing: quarters,
    }),
    { minLength: 1, maxLength: 30, selector: (e) => e.n },
  ),
  extraSigners: fc.array(fc.record({ n: fc.integer({ min: 10_000, max: 10_050 }), signing: quarters }), { maxLength: 3 }),
  pricing,
  minimumCents: fc.oneof(fc.constant(63_600), fc.nat(2_000_000)),
  signingPriceE4: fc.option(fc.integer({ min: 0, max: 20_000 })),
  target: fc.option(fc.nat(5_000_000)),
});

const num = (n: number) => String(n).padStart(6, '0');

/** A case as the engine sees it, the employers in the order given. */
function inputOf(c: Case, order: (xs: Case['employers']) => Case['employers'] = (x) => x): RebillInput | null {
  const employers = order(c.employers).map((e) => ({ ...e, inCurrent: e.inCurrent || !e.inPrevious }));
  const current: Row[] = employers.filter((e) => e.inCurrent).map((e) => [num(e.n), `Werkgever ${e.n}`, e.wg, e.f, 0]);
  const previous: Row[] = employers.filter((e) => e.inPrevious).map((e) => [num(e.n), `Werkgever ${e.n}`, 1, Math.max(e.fPrev, e.g), e.g]);
  const settings = settingsSchema.parse({ model: 2, pricing: c.pricing, minimumCents: c.minimumCents });
  const rec = reconcileQwoater({ current: dossierExport('c.csv', '2024-12-31', current), previous: dossierExport('p.csv', '2023-12-31', previous), settings });
  if (!rec.ok) return null; // the same counts twice: refused as the same file, tested elsewhere
  const rows = [...employers.map((e) => ({ n: e.n, signing: e.signing })), ...c.extraSigners.filter((x, i, all) => all.findIndex((y) => y.n === x.n) === i)];
  const signingEmployers = rows
    .map((e) => ({ number: num(e.n), name: `Werkgever ${e.n}`, quarters: e.signing, total: e.signing.reduce((a, b) => a + b, 0) }))
    .filter((e) => e.total > 0)
    .sort((a, b) => (a.number < b.number ? -1 : 1));
  const perQuarter = [0, 1, 2, 3].map((q) => signingEmployers.reduce((s, e) => s + e.quarters[q]!, 0)) as [number, number, number, number];
  const signing: SigningSummary = { year: 2024, unit: 'requests', perQuarter, total: perQuarter.reduce((a, b) => a + b, 0), employers: signingEmployers, sources: [] };
  return {
    rec: rec.value,
    settings,
    signing,
    signingPlan: c.signingPriceE4 === null ? { mode: 'included', unit: 'requests' } : { mode: 'priced', priceE4: c.signingPriceE4, unit: 'requests' },
    targetExclCents: c.target,
  };
}

const MONEY = ['listCents', 'negativeOffsetCents', 'discountCents', 'topUpCents', 'signingCents', 'adjustmentCents', 'totalExclCents', 'vatCents', 'totalInclCents'] as const;

/** How many generated cases reached a split, so a generator that skips most cannot pass vacuously. */
let split = 0;

function splitOf(c: Case, order?: (xs: Case['employers']) => Case['employers']): Rebill | null {
  const input = inputOf(c, order);
  if (!input) return null;
  const r = rebill(input);
  // Nothing to share (no positive weight) is an error value, never a wrong split.
  if (!r.ok) {
    expect(r.error.code).toBe('rebill.nothingToShare');
    return null;
  }
  split++;
  return r.value;
}

const assertMostRan = (runs: number, before: number) => expect(split - before).toBeGreaterThan(runs * 0.6);

describe('the split per employer (properties)', () => {
  it('every column sums exactly to its total, and the total is what is distributed', () => {
    const before = split;
    fc.assert(
      fc.property(caseArb, (c) => {
        const r = splitOf(c);
        if (!r) return;
        for (const k of MONEY) expect(r.shares.reduce((a, s) => a + s[k], 0), k).toBe(r.totals[k]);
        expect(r.totals.totalExclCents).toBe(c.target ?? r.computedExclCents);
        expect(r.totals.listCents + r.totals.negativeOffsetCents - r.totals.discountCents).toBe(r.totals.staffelCents);
        for (const s of r.shares) {
          expect(s.listCents + s.negativeOffsetCents - s.discountCents + s.topUpCents + s.signingCents + s.adjustmentCents).toBe(s.totalExclCents);
          expect(s.totalExclCents + s.vatCents).toBe(s.totalInclCents);
        }
      }),
      { seed: 20_240_101, numRuns: 400 },
    );
    assertMostRan(400, before);
  });

  it('no employer is charged a negative amount', () => {
    const before = split;
    fc.assert(
      fc.property(caseArb, (c) => {
        const r = splitOf(c);
        if (!r) return;
        for (const s of r.shares) {
          expect(s.totalExclCents).toBeGreaterThanOrEqual(0);
          expect(s.vatCents).toBeGreaterThanOrEqual(0);
          expect(s.totalInclCents).toBeGreaterThanOrEqual(0);
          expect(s.listCents + s.negativeOffsetCents - s.discountCents).toBeGreaterThanOrEqual(0);
          expect(s.topUpCents).toBeGreaterThanOrEqual(0);
          expect(s.signingCents).toBeGreaterThanOrEqual(0);
          // Without dossiers to count, an employer pays for its signing at most.
          if (s.weight === 0) expect(s.totalExclCents - s.adjustmentCents).toBe(s.signingCents);
        }
      }),
      { seed: 20_240_402, numRuns: 400 },
    );
    assertMostRan(400, before);
  });

  it('a permutation of the employers gives each the same share', () => {
    const before = split;
    fc.assert(
      fc.property(caseArb, fc.nat(), (c, seed) => {
        const a = splitOf(c);
        if (!a) return;
        // A deterministic shuffle from the seed (Fisher–Yates with a small LCG).
        let x = seed || 1;
        const shuffle = <T>(xs: T[]) => {
          const out = [...xs];
          for (let i = out.length - 1; i > 0; i--) {
            x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
            const j = x % (i + 1);
            [out[i], out[j]] = [out[j]!, out[i]!];
          }
          return out;
        };
        const b = splitOf(c, shuffle)!;
        const byNumber = (r: Rebill) => new Map(r.shares.map((s) => [s.number, MONEY.map((k) => s[k])]));
        expect(byNumber(b)).toEqual(byNumber(a));
      }),
      { seed: 20_240_703, numRuns: 300 },
    );
    assertMostRan(300, before);
  });
});
