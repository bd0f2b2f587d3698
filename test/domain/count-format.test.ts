/**
 * Counts and their plural forms are written out by hand for whole numbers (so a run that
 * only counts never loads ICU); Intl is the oracle they must match character for character.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { form, formatCount } from '../../src/domain/messages/define';

const LOCALES = { nl: 'nl-NL', en: 'en-GB' } as const;
const intlCount = (v: number, lang: 'nl' | 'en') => new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 0 }).format(v);
const intlForm = (v: number, lang: 'nl' | 'en') => (new Intl.PluralRules(LOCALES[lang]).select(v) === 'one' ? 'one' : 'other');

// Every length of digits is as likely as every other, so each grouping (1, 2 or 3 in front) is met often.
const wholeNumber = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.integer({ min: 0, max: 15 }).chain((e) => fc.integer({ min: -(10 ** e), max: 10 ** e })),
  fc.constantFrom(0, -0, 1, -1, 999, 1000, -1000, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER),
);

describe('formatCount', () => {
  it('by hand, examples worked out', () => {
    expect(formatCount(1985, 'nl')).toBe('1.985');
    expect(formatCount(1985, 'en')).toBe('1,985');
    expect(formatCount(-1234567, 'nl')).toBe('-1.234.567');
    expect(formatCount(999, 'en')).toBe('999');
    expect(formatCount(100000, 'nl')).toBe('100.000');
  });

  it('writes every safe integer as Intl does, in both languages', () => {
    fc.assert(
      fc.property(wholeNumber, fc.constantFrom('nl' as const, 'en' as const), (v, lang) => {
        expect(formatCount(v, lang)).toBe(intlCount(v, lang));
      }),
      { numRuns: 5_000 },
    );
  });

  it('leaves other numbers to Intl (fractions rounded, beyond 2^53 as Intl groups them)', () => {
    for (const v of [2.5, -2.5, 1.4999, 2 ** 60, Number.MAX_SAFE_INTEGER + 2]) {
      for (const lang of ['nl', 'en'] as const) expect(formatCount(v, lang)).toBe(intlCount(v, lang));
    }
  });
});

describe('the plural form of a count', () => {
  it('is the form Intl.PluralRules picks, for whole numbers, fractions and text', () => {
    const values = fc.oneof(wholeNumber, fc.double({ noNaN: false, min: -3, max: 3 }), fc.constantFrom(1.0, 1.5, 0.5, NaN));
    fc.assert(
      fc.property(values, fc.constantFrom('nl' as const, 'en' as const), (v, lang) => {
        expect(form({ count: v }, 'count', lang, 'one', 'other')).toBe(intlForm(v, lang));
        expect(form({ count: String(v) }, 'count', lang, 'one', 'other')).toBe(intlForm(Number(String(v)), lang));
      }),
      { numRuns: 3_000 },
    );
  });
});
