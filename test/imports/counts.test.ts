import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_COUNT, parseCount, plainCount } from '../../src/domain/imports/counts';

describe('parseCount', () => {
  it.each([
    ['0', 0],
    ['7', 7],
    ['007', 7],
    ['1234', 1234],
    ['1.234', 1234],
    ['12.345.678', 12345678],
    [' 42 ', 42],
    ['\u00a01.204\u00a0', 1204],
    ['999.999.999', 999999999],
  ])('%j → %d', (text, value) => expect(parseCount(text)).toEqual({ ok: true, value, empty: false }));

  it('reads an empty cell as 0 and says it was empty', () => {
    expect(parseCount('')).toEqual({ ok: true, value: 0, empty: true });
    expect(parseCount('   ')).toEqual({ ok: true, value: 0, empty: true });
  });

  it.each([
    ['1,5', 'import.count.decimal'],
    ['1.5', 'import.count.decimal'],
    ['12.50', 'import.count.decimal'],
    ['1,000', 'import.count.decimal'], // Loket's comma is the decimal mark
    ['1.000,00', 'import.count.decimal'], // an amount, not a count: probably the wrong column
    ['-3', 'import.count.negative'],
    ['\u22123', 'import.count.negative'],
    ['3-', 'import.count.negative'],
    ['(3)', 'import.count.negative'],
    ['-1.204', 'import.count.negative'],
    ['1e3', 'import.count.exponent'],
    ['1,2E+03', 'import.count.exponent'],
    ['-1e3', 'import.count.exponent'],
    ['12a', 'import.count.notNumber'],
    ['abc', 'import.count.notNumber'],
    ['€ 12', 'import.count.notNumber'],
    ['+5', 'import.count.notNumber'],
    ['1 234', 'import.count.notNumber'],
    ['-', 'import.count.notNumber'],
    ['1.23.456', 'import.count.grouping'],
    ['1234.567', 'import.count.grouping'],
    ['1,000,000', 'import.count.grouping'],
    ['1000000000', 'import.count.tooLarge'],
    ['1.000.000.000', 'import.count.tooLarge'],
  ])('refuses %j with %s', (text, code) => expect(parseCount(text)).toEqual({ ok: false, code }));

  it('reads back every count, with and without thousands separators (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_COUNT }), fc.boolean(), (n, dots) => {
        const text = dots ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.') : String(n);
        expect(parseCount(text)).toEqual({ ok: true, value: n, empty: false });
        expect(plainCount(text)).toBe(n);
      }),
    );
  });

  it('has a fast path that agrees with the full rules on any short text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...'0123456789.,- e'), { maxLength: 12 }).map((cs) => cs.join('')), (text) => {
        const fast = plainCount(text);
        const full = parseCount(text);
        // The fast path may pass (-1) where the full rules accept, but never disagree.
        if (fast >= 0) expect(full).toEqual({ ok: true, value: fast, empty: false });
        else if (full.ok && !full.empty && text === text.trim()) expect(text).toMatch(/^\d{10,}$|^$/);
      }),
      { numRuns: 2000 },
    );
  });
});
