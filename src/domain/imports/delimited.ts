/**
 * Text → rows of cell texts. RFC 4180 quoting (doubled quotes, quoted line breaks),
 * any of CRLF / LF / CR, and the separator sniffed among ';' ',' and TAB. Cells stay
 * text: '000123' must survive, and counts are converted later with their own rules.
 * One pass with charCodeAt and indexOf, no regex per character. Rows can be streamed
 * to a visitor, so a 50 000-row import need not keep every cell alive at once (on a
 * small machine the garbage collector, not the scanning, is what costs time).
 */
import { columnLetter, error, fail, ok, type Result } from '../problems';
import type { Grid, SourceInfo } from './types';

export type Delimiter = ';' | ',' | '\t';
export const DELIMITERS: readonly Delimiter[] = [';', '\t', ','];

export interface DelimitedText {
  grid: Grid;
  /** 1-based line on which each grid row starts; differs from index + 1 after a quoted line break. */
  lines: number[];
  delimiter: Delimiter;
}

export interface DelimitedOptions {
  /** Skip sniffing, e.g. when the user chose the separator. */
  delimiter?: Delimiter;
  source?: SourceInfo;
  /** How well a row reads as the header of the report being read (header-row.ts, headerScorer); 0 when not at all. */
  headerScore?: (cells: readonly string[]) => number;
}

/**
 * Receives each row with its 1-based starting line, the line it ends on (later only when a
 * quoted field holds a line break) and `strayQuote`: the index of a quoted field that closed
 * with text after the quote and had run over a line break or taken in a separator, else -1.
 * Correct quoting never does that; a quote that opens in the wrong place does, closing at
 * the opening quote of a later field: rows further on, and the rows in between are then
 * inside that field, or on the same line, and two cells are one and the rest shifts left.
 * Returns false to stop reading.
 */
export type RowVisitor = (cells: string[], line: number, endLine: number, strayQuote: number) => boolean;

const QUOTE = 34;
const LF = 10;
const CR = 13;

export function parseDelimited(text: string, options: DelimitedOptions = {}): Result<DelimitedText> {
  const grid: Grid = [];
  const lines: number[] = [];
  const read = visitDelimited(text, options, (cells, line) => {
    grid.push(cells);
    lines.push(line);
    return true;
  });
  return read.ok ? ok({ grid, lines, delimiter: read.value.delimiter }) : fail(read.error);
}

/**
 * Streams rows to `visit`. Fails only on a quote that never closes (naming the line
 * where it opened); a row cut off by that quote is not visited.
 */
export function visitDelimited(text: string, options: DelimitedOptions, visit: RowVisitor): Result<{ delimiter: Delimiter }> {
  // Trailing line breaks are not rows. The text itself is never sliced: charCodeAt on
  // a sliced string is markedly slower than on the flat original.
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === LF || text.charCodeAt(end - 1) === CR)) end--;
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let firstLine = 1;
  let delimiter = options.delimiter;
  // Excel honours a first line 'sep=;' and writes one on request; it is not data.
  const sep = /^sep=(.)(\r\n|\n|\r|$)/.exec(text.slice(start, Math.min(end, start + 7)));
  if (sep && isDelimiter(sep[1]!)) {
    delimiter ??= sep[1];
    start += sep[0].length;
    firstLine = 2;
  }
  delimiter ??= sniffFrom(text, start, end, options.headerScore);

  const open = scan(text, start, end, delimiter.charCodeAt(0), firstLine, visit);
  if (open) {
    const file = options.source?.label;
    const location = { ...(file ? { file } : {}), row: open.line, column: columnLetter(open.field) };
    return fail(error('import.unterminatedQuote', { line: open.line }, location));
  }
  return ok({ delimiter });
}

export function sniffDelimiter(text: string): Delimiter {
  return sniffFrom(text, 0, text.length);
}

const SNIFF_ROWS = 100;

/**
 * Picks the separator under which the report's header reads best (`headerScore`, when the
 * importer gives one): a file whose data lines are written with another separator than its
 * header then splits its header, and each data line is refused where it does not fit,
 * instead of the header becoming a title and the columns being guessed by letter. Without
 * a header under any separator: the separator that gives the most rows the same number of
 * fields (at least 2). Title lines above the header have one field whatever the separator,
 * so they do not vote. Ties go to more fields (a decimal comma splits a ';' file into fewer
 * pieces), then to the separator that splits an earlier row (the header comes before the
 * data, so in a tiny file with one line written otherwise the header's separator wins),
 * then to ';', Loket's own choice.
 */
function sniffFrom(text: string, start: number, end: number, headerScore?: (cells: readonly string[]) => number): Delimiter {
  let best: Delimiter = ';';
  let bestHeader = 0;
  let bestFreq = 0;
  let bestWidth = 0;
  let bestFirst = Infinity;
  for (const d of DELIMITERS) {
    const freq = new Map<number, { count: number; first: number }>();
    let header = 0;
    let n = 0;
    scan(text, start, end, d.charCodeAt(0), 1, (cells) => {
      if (cells.length >= 2) {
        const seen = freq.get(cells.length);
        if (seen) seen.count++;
        else freq.set(cells.length, { count: 1, first: n });
        if (headerScore) header = Math.max(header, headerScore(cells));
      }
      return ++n < SNIFF_ROWS;
    });
    for (const [width, { count: f, first }] of freq) {
      const better =
        header !== bestHeader ? header > bestHeader : f > bestFreq || (f === bestFreq && (width > bestWidth || (width === bestWidth && first < bestFirst)));
      if (better) {
        best = d;
        bestHeader = header;
        bestFreq = f;
        bestWidth = width;
        bestFirst = first;
      }
    }
  }
  return best;
}

function isDelimiter(s: string): s is Delimiter {
  return s === ';' || s === ',' || s === '\t';
}

/**
 * The scanner. A quote opens a quoted field only as the field's first character, as in
 * Excel; a quote elsewhere is literal, and text after a closing quote is kept. That
 * leniency matters when sniffing, where the wrong separator puts quotes mid-field.
 * Returns where an unclosed quote opened, or null.
 */
function scan(
  text: string,
  start: number,
  end: number,
  delim: number,
  firstLine: number,
  visit: RowVisitor,
): { line: number; field: number } | null {
  let i = start;
  let line = firstLine;
  while (i < end) {
    const row: string[] = [];
    const rowLine = line;
    let endLine = line;
    let stray = -1;
    for (;;) {
      let value: string;
      if (i < end && text.charCodeAt(i) === QUOTE) {
        const openLine = line;
        const open = i;
        value = '';
        let seg = i + 1;
        for (;;) {
          const q = text.indexOf('"', seg);
          if (q === -1 || q >= end) return { line: openLine, field: row.length };
          line += countBreaks(text, seg, q);
          if (q + 1 < end && text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(seg, q + 1);
            seg = q + 2;
            continue;
          }
          value += text.slice(seg, q);
          i = q + 1;
          break;
        }
        const k = fieldEnd(text, i, end, delim);
        if (k > i) {
          const after = text.slice(i, k);
          value += after;
          if (stray < 0 && (line > openLine || (after.trim() !== '' && holds(text, open + 1, i - 1, delim)))) stray = row.length;
        }
        i = k;
      } else {
        const k = fieldEnd(text, i, end, delim);
        value = text.slice(i, k);
        i = k;
      }
      row.push(value);
      endLine = line;
      if (i >= end) break;
      const c = text.charCodeAt(i++);
      if (c === delim) continue;
      if (c === CR && i < end && text.charCodeAt(i) === LF) i++;
      line++;
      break;
    }
    if (!visit(row, rowLine, endLine, stray)) return null;
  }
  return null;
}

function fieldEnd(text: string, from: number, end: number, delim: number): number {
  let k = from;
  while (k < end) {
    const c = text.charCodeAt(k);
    if (c === delim || c === LF || c === CR) break;
    k++;
  }
  return k;
}

/** Does text[from, to) hold the separator? Asked only of a quoted field with text after its closing quote. */
function holds(text: string, from: number, to: number, delim: number): boolean {
  const at = text.indexOf(String.fromCharCode(delim), from);
  return at !== -1 && at < to;
}

/** Line breaks inside a quoted field, so later rows keep their true line numbers. */
function countBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === LF || (c === CR && text.charCodeAt(k + 1) !== LF)) n++;
  }
  return n;
}
