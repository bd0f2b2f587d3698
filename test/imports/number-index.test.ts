import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ascends, NumberIndex, strictlyAscending } from '../../src/domain/imports/number-index';

describe('rows by employer number', () => {
  it('finds what a map finds, whether the numbers come sorted, sorted then not, or in any order', () => {
    const numbers = fc.array(fc.stringMatching(/^0{0,2}[0-9]{1,3}$/), { maxLength: 60 });
    const orders = numbers.chain((ns) => fc.constantFrom(ns, [...ns].sort((a, b) => (ascends(a, b) ? -1 : ascends(b, a) ? 1 : 0)), [...ns].sort().reverse()));
    fc.assert(
      fc.property(orders, (ns) => {
        const index = new NumberIndex();
        const map = new Map<string, number>();
        for (const n of ns) {
          expect(index.find(n)).toBe(map.get(n));
          if (!map.has(n)) {
            index.add(n);
            map.set(n, map.size);
          }
        }
        for (const n of ns) expect(index.find(n)).toBe(map.get(n));
      }),
      { seed: 77, numRuns: 500 },
    );
  });

  it('holds numbers to one total order: shorter first, then by character', () => {
    expect(['9', '10', 'AB', 'ab', '101', '0101'].every((x, i, a) => i === 0 || ascends(a[i - 1]!, x))).toBe(true);
    expect(ascends('10', '9')).toBe(false);
    expect(ascends('5', '5')).toBe(false);
    expect(strictlyAscending(['1', '2', '2'])).toBe(false);
    expect(strictlyAscending(['000009', '000101'])).toBe(true);
    expect(strictlyAscending([])).toBe(true);
  });
});
