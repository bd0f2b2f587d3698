/**
 * Guarantee 2 of the trust issue, the npm-test part: a fixed seed and a few hundred
 * near-valid exports (generators and the independent reference in bench/fuzz.ts, which runs
 * ≥ 10,000 cases for the benchmark). The engine either matches the reference totals or
 * returns a typed error; it never throws and never returns NaN.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseArb, DESTRUCTIVE, KNOWN_BUG_MUTATIONS, PRESERVING, measureFuzz, qwoaterCaseArb, qwoaterReference, runCase, xpertCaseArb, type FuzzCase, type MutationKind } from '../../bench/fuzz';

const SEED = 20_241_231;
const RUNS = 400;
const STRICT = process.env.FC_STRICT_KNOWN_BUGS === '1';

const mutationsOf = (c: FuzzCase) => (c.kind === 'qwoater' ? [...c.current.mutations, ...c.previous.mutations] : c.report.mutations);

describe('fuzzing near-valid exports (fixed seed)', () => {
  it('the reference is our own arithmetic: a hand-worked pair', () => {
    // (1 + 1) employer dossiers + (10 + 5) F − 3 G = 14 dossiers × € 9,85 = € 137,90; top-up to € 636,00; 21 % VAT.
    const ref = qwoaterReference([[1, 10, 2], [1, 5, 0]], [[1, 9, 3]], 98_500);
    expect(ref).toEqual({ employerDossiers: 2, employeeDossiers: 15, inactivePrevious: 3, billableDossiers: 14, amountCents: 13_790, minimumTopUpCents: 49_810, vatCents: 13_356, totalInclVatCents: 76_956 });
  });

  it('never throws, never returns NaN, and either matches the reference or returns a typed error', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const o = runCase(c);
        if (o.kind === 'failure') throw new Error(o.detail);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('exercises both engines, every mutation, and mostly ends in a checked total', () => {
    const samples = fc.sample(caseArb, { seed: SEED, numRuns: RUNS });
    const kinds = new Set<MutationKind>(samples.flatMap((c) => mutationsOf(c).map((m) => m.kind)));
    expect([...kinds].sort()).toEqual([...PRESERVING, ...DESTRUCTIVE].sort());
    expect(samples.some((c) => c.kind === 'qwoater')).toBe(true);
    expect(samples.some((c) => c.kind === 'xpert')).toBe(true);
    const outcomes = samples.map(runCase);
    const equal = outcomes.filter((o) => o.kind === 'equal').length;
    const errors = outcomes.filter((o) => o.kind === 'typedError').length;
    // A generator that only produced refusals would prove nothing about the totals.
    expect(equal / RUNS).toBeGreaterThan(0.4);
    expect(errors).toBeGreaterThan(0);
    // Unmutated files are valid: every one must be read, and match the reference, also when last
    // year's inactive dossiers exceed this year's (the dated file names settle the order).
    samples.forEach((c, i) => {
      if (mutationsOf(c).length) return;
      const o = outcomes[i]!;
      expect(o.kind, JSON.stringify(o)).toBe('equal');
    });
    console.log(`fuzz: ${RUNS} cases (seed ${SEED}): ${equal} equal to the reference, ${errors} typed errors, ${outcomes.filter((o) => o.kind === 'knownBug').length} silently wrong in known-bug classes, 0 failures`);
  });

  it.skipIf(STRICT)('the known-bug mutation classes still produce silently wrong totals (drop a class from KNOWN_BUG_MUTATIONS once fixed)', () => {
    // Over more cases than the fixed run, so each class shows up often enough to judge.
    const samples = [...fc.sample(qwoaterCaseArb, { seed: SEED + 1, numRuns: 400 }), ...fc.sample(xpertCaseArb, { seed: SEED + 2, numRuns: 400 })];
    const seen = new Map<string, { cases: number; wrong: number }>();
    for (const c of samples) {
      const o = runCase(c);
      for (const kind of new Set(mutationsOf(c).map((m) => m.kind))) {
        if (!(kind in KNOWN_BUG_MUTATIONS)) continue;
        const s = seen.get(`${c.kind}:${kind}`) ?? { cases: 0, wrong: 0 };
        s.cases++;
        if (o.kind === 'knownBug') s.wrong++;
        seen.set(`${c.kind}:${kind}`, s);
      }
    }
    const classes = Object.keys(KNOWN_BUG_MUTATIONS) as MutationKind[];
    const fixed = classes.filter((k) => (['qwoater', 'xpert'] as const).every((e) => (seen.get(`${e}:${k}`)?.wrong ?? 0) === 0));
    expect(fixed, `no silently wrong total left for these classes: ${JSON.stringify(Object.fromEntries(seen))}`).toEqual([]);
  });

  it('bench/fuzz.ts measureFuzz counts cases and failures', () => {
    const s = measureFuzz(50, SEED);
    expect(s.fuzzCases).toBe(50);
    expect(s.fuzzFailures).toBe(0);
    expect(s.fuzzEqual + s.fuzzTypedErrors + s.fuzzKnownBug + s.fuzzFailures).toBe(50);
    expect(s.fuzzMs).toBeGreaterThanOrEqual(0);
  });
});
