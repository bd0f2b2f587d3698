/**
 * Plan formulas → the text an .xlsx file stores.
 *
 * Office.js accepts `IFS(...)` as typed, but the file format stores functions newer than
 * Excel 2007 with a `_xlfn.` prefix; without it Excel shows #NAME? until the user edits
 * the cell. Only the prefix differs: the plan stays in Office.js syntax.
 */

/** Scalar functions added after Excel 2007 that a specification might plausibly use. */
const FUTURE = [
  'AGGREGATE', 'CEILING.MATH', 'CONCAT', 'DAYS', 'FLOOR.MATH', 'IFNA', 'IFS', 'ISOWEEKNUM',
  'MAXIFS', 'MINIFS', 'NUMBERVALUE', 'SWITCH', 'TEXTJOIN', 'XLOOKUP', 'XMATCH',
  'STDEV.S', 'STDEV.P', 'VAR.S', 'VAR.P', 'RANK.EQ', 'RANK.AVG', 'PERCENTILE.INC', 'PERCENTILE.EXC',
];
/** Spilling functions need array metadata the plan cannot express; refuse them loudly. */
const SPILLING = ['FILTER', 'SORT', 'SORTBY', 'UNIQUE', 'SEQUENCE', 'RANDARRAY', 'LET', 'LAMBDA'];

const escape = (s: string): string => s.replace(/\./g, '\\.');
const FUTURE_RE = new RegExp(`(?<![A-Za-z0-9_.])(${FUTURE.map(escape).join('|')})\\(`, 'gi');
const SPILLING_RE = new RegExp(`(?<![A-Za-z0-9_.])(${SPILLING.join('|')})\\(`, 'i');

/** Applies `fn` to the parts of a formula outside "strings" and 'sheet names'. */
function outsideQuotes(f: string, fn: (code: string) => string): string {
  let out = '';
  let i = 0;
  while (i < f.length) {
    const q = f[i];
    if (q === '"' || q === "'") {
      // A doubled quote inside a quoted part is an escaped quote, not the end.
      let j = i + 1;
      while (j < f.length && !(f[j] === q && f[j + 1] !== q)) j += f[j] === q ? 2 : 1;
      out += f.slice(i, j + 1);
      i = j + 1;
    } else {
      let j = i;
      while (j < f.length && f[j] !== '"' && f[j] !== "'") j++;
      out += fn(f.slice(i, j));
      i = j;
    }
  }
  return out;
}

/** Every name called in a formula (and what a string holds that looks like a call): a cheap first look. */
const CALL = /[A-Za-z0-9_.]+(?=\()/g;
const WATCHED = new Set([...FUTURE, ...SPILLING]);

export function fileFormula(f: string): string {
  // Most formulas use none of these functions: skip the quote-aware walk for them. A name
  // that is not called, or is preceded by a letter, digit, _ or ., is no call of one.
  const calls = f.match(CALL);
  if (!calls?.some((name) => WATCHED.has(name.toUpperCase()))) return f;
  return outsideQuotes(f, (code) => {
    const spill = SPILLING_RE.exec(code);
    if (spill) throw new Error(`xlsx writer: ${spill[1]!.toUpperCase()} spills, which the plan cannot express: ${f}`);
    return code.replace(FUTURE_RE, (_, name: string) => `_xlfn.${name.toUpperCase()}(`);
  });
}

/** Inverse of fileFormula, for reading a file back into plan syntax. */
export const planFormula = (f: string): string => f.replace(/^=/, '').replace(/_xlfn\.(_xlws\.)?/g, '');
