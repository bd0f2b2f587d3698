import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinByKey } from '../../src/domain/billing/employer-join';
import { dossierExport, type Row } from '../support/dossier-export';

/** The plain definition of matching (see employer-key.test.ts), pairs found by search. */
const key = (n: string) => n.trim().replace(/^0+(?=\d)/, '').toLowerCase();
function oracle(cur: string[], prev: string[]) {
  const previousOf = cur.map((c) => prev.findIndex((p) => key(p) === key(c)));
  const onlyPrevious = prev.map((_, j) => j).filter((j) => !cur.some((c) => key(c) === key(prev[j]!)));
  return { previousOf, onlyPrevious };
}

const rows = (numbers: string[]): Row[] => numbers.map((n, i) => [n, `W${i}`, 1, 10, 1]);
const join = (cur: string[], prev: string[]) => {
  const r = joinByKey(dossierExport('c.csv', '2024-12-31', rows(cur)), dossierExport('p.csv', '2023-12-31', rows(prev)));
  if (!r.ok) throw new Error(r.error.nl);
  return { previousOf: [...r.value.previousOf], onlyPrevious: r.value.onlyPrevious };
};

/** Distinct employers (by key), written with or without leading zeros, in the order given. */
const employers = fc
  .uniqueArray(fc.integer({ min: 1, max: 3000 }), { maxLength: 40 })
  .chain((ns) => fc.tuple(fc.constant(ns), fc.array(fc.boolean(), { minLength: ns.length, maxLength: ns.length })));
const written = ([ns, padded]: [number[], boolean[]]) => ns.map((n, i) => (padded[i] ? String(n).padStart(6, '0') : String(n)));

describe('joining two exports by employer key', () => {
  it('pairs sorted exports (as Loket prints them) as the plain definition does', () => {
    const sorted = employers.map(([ns, padded]) => [[...ns].sort((a, b) => a - b), padded] as [number[], boolean[]]);
    fc.assert(
      fc.property(sorted, sorted, (c, p) => {
        expect(join(written(c), written(p))).toEqual(oracle(written(c), written(p)));
      }),
      { seed: 1231, numRuns: 500 },
    );
  });

  it('pairs exports in any order as the plain definition does', () => {
    fc.assert(
      fc.property(employers, employers, (c, p) => {
        expect(join(written(c), written(p))).toEqual(oracle(written(c), written(p)));
      }),
      { seed: 1232, numRuns: 500 },
    );
  });

  it('pairs letters without case and numbers without leading zeros, sorted or not', () => {
    const sorted = join(['9', '000101', 'AB1'], ['0009', '077', '101', 'ab1']);
    expect(sorted).toEqual({ previousOf: [0, 2, 3], onlyPrevious: [1] });
    expect(join(['101', '9'], ['9', '0101', '5'])).toEqual({ previousOf: [1, 0], onlyPrevious: [2] });
  });
});
