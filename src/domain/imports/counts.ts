/**
 * A count cell: a whole number ≥ 0, as Loket prints it ('1204' or '1.204').
 * Anything else is refused with the reason, because a non-count in a count column
 * almost always means the wrong column was mapped, and the user should see that
 * rather than a rounded number.
 *
 * An empty cell counts as 0. The official check in the seed is "the sum of column F",
 * which a user does with SUM in Excel, and SUM reads a blank as 0; an export that
 * leaves a zero blank must give the same total here. The importer warns once per
 * column, so a blank is never silent.
 */

export type CountProblemCode =
  | 'import.count.negative'
  | 'import.count.decimal'
  | 'import.count.exponent'
  | 'import.count.grouping'
  | 'import.count.notNumber'
  | 'import.count.tooLarge';

export type CountParse = { ok: true; value: number; empty: boolean } | { ok: false; code: CountProblemCode };

/** Far beyond any bureau, and small enough that a sum of 50 000 rows stays exact. */
export const MAX_COUNT = 999_999_999;

export function parseCount(text: string): CountParse {
  const plain = plainCount(text);
  if (plain >= 0) return { ok: true, value: plain, empty: false };
  const s = text.trim();
  if (s === '') return { ok: true, value: 0, empty: true };
  if (/^\d+$/.test(s)) return bounded(Number(s));
  if (/^\d{1,3}(?:\.\d{3})+$/.test(s)) return bounded(Number(s.replace(/\./g, '')));
  return { ok: false, code: classify(s) };
}

/**
 * The common cases without allocating: '1234' or '1.234', at most 999.999.999, no spaces.
 * Returns -1 for anything else, which then takes the full route. An importer calls this
 * 150 000 times for a large file, so it avoids regexes and temporary strings.
 */
export function plainCount(text: string): number {
  const n = text.length;
  if (n === 0 || n > 11) return -1;
  let v = 0;
  let digits = 0; // in the current group
  let dots = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 /* . */) {
      // A dot closes the first group (1–3 digits) or a later one (exactly 3).
      if (digits === 0 || digits > 3 || (dots > 0 && digits !== 3)) return -1;
      dots++;
      digits = 0;
      continue;
    }
    const d = c - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
    digits++;
  }
  if (dots > 0 ? digits !== 3 : digits > 9) return -1;
  return v;
}

function bounded(value: number): CountParse {
  return value <= MAX_COUNT ? { ok: true, value, empty: false } : { ok: false, code: 'import.count.tooLarge' };
}

const NUMBERISH = /^[\d.,]*\d[\d.,]*$/;

function classify(s: string): CountProblemCode {
  // '-3', '−3' (Unicode minus), '3-' and '(3)' are all how accounts write a negative.
  const unsigned = s.replace(/^[-\u2212\u2013]\s*|-$/g, '').replace(/^\((.*)\)$/, '$1');
  if (unsigned !== s && NUMBERISH.test(unsigned)) return 'import.count.negative';
  if (/^[+-]?\d+(?:[.,]\d+)?e[+-]?\d+$/i.test(s)) return 'import.count.exponent';
  if (!NUMBERISH.test(s)) return 'import.count.notNumber';
  if (s.includes(',')) {
    // In Loket's format the comma is the decimal mark ('1,5', '1.000,00'); only a
    // run of comma groups ('1,000,000') is clearly English thousands.
    return /^\d{1,3}(?:,\d{3}){2,}$/.test(s) ? 'import.count.grouping' : 'import.count.decimal';
  }
  // Only dots: one dot with other than three digits after it is a decimal point ('1.5');
  // otherwise the dots are thousands separators in the wrong places ('12.34.567').
  const parts = s.split('.');
  if (parts.length === 2 && parts[1]!.length !== 3) return 'import.count.decimal';
  return 'import.count.grouping';
}
