import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { employerKey } from '../../src/domain/employer-key';

describe('employer key', () => {
  it.each([
    ['000123', '123'],
    ['123', '123'],
    [' 000123 ', '123'],
    ['0', '0'],
    ['000', '0'],
    ['0A12', '0a12'],
    ['AB0012', 'ab0012'],
  ])('%j → %j', (n, key) => expect(employerKey(n)).toBe(key));

  it('agrees with the plain definition: trim, drop leading zeros before a digit, lower case', () => {
    const plain = (n: string) => n.trim().replace(/^0+(?=\d)/, '').toLowerCase();
    fc.assert(
      fc.property(fc.stringMatching(/^[ 0-9A-Za-zÉé]{0,10}$/), (n) => {
        expect(employerKey(n)).toBe(plain(n));
      }),
      { seed: 3, numRuns: 2000 },
    );
  });
});
