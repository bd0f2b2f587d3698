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

const WATCHED = new Set([...FUTURE, ...SPILLING]);

/** A letter, digit, '_' or '.': what a function's name is made of (the look-behind of the patterns above). */
const isNameChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46;

/** Whether a name before a '(' is one of the watched functions: a linear first look, cheaper than the patterns above. */
function callsWatched(f: string): boolean {
  for (let i = f.indexOf('('); i >= 0; i = f.indexOf('(', i + 1)) {
    let j = i;
    while (j > 0 && isNameChar(f.charCodeAt(j - 1))) j--;
    if (j < i && WATCHED.has(f.slice(j, i).toUpperCase())) return true;
  }
  return false;
}

export function fileFormula(f: string): string {
  // Most formulas use none of these functions: skip the quote-aware walk for them.
  if (!callsWatched(f)) return f;
  return outsideQuotes(f, (code) => {
    const spill = SPILLING_RE.exec(code);
    if (spill) throw new Error(`xlsx writer: ${spill[1]!.toUpperCase()} spills, which the plan cannot express: ${f}`);
    return code.replace(FUTURE_RE, (_, name: string) => `_xlfn.${name.toUpperCase()}(`);
  });
}

/** Inverse of fileFormula, for reading a file back into plan syntax. */
export const planFormula = (f: string): string => f.replace(/^=/, '').replace(/_xlfn\.(_xlws\.)?/g, '');
