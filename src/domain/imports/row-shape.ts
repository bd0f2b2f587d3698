/**
 * Does an employer row line up with the header? Columns are read by position, so a row
 * with a cell too many or too few is read shifted: a name lands in a count, a count in
 * another count, and the total is wrong without a word. A row is refused when
 *  - it has a value beyond the header's last column (an unquoted separator in a name, a
 *    doubled cell), or more cells than the header and the other rows even if the extra
 *    ones are empty (a doubled cell in a file whose last column is empty): the message
 *    names the first cell beyond the header. Rows that all end in an empty cell the
 *    header lacks (a separator at the end of each data line) are fine;
 *  - it stops before a column we read: cut off, split by another separator than the rest
 *    of the file ('000102,Bakkerij,…' is one cell in a ';' file), or a cell short.
 *    Excel leaves empty cells off the end of a row, but only after the last one with a
 *    value, so a row may stop early only past the last mapped column;
 *  - a cell we would write holds more than Excel's 32,767 characters.
 * The one short row that is no employer is a note ('Let op: voorlopige cijfers'); see isNote.
 */
import type { MessageParams } from '../messages';
import { isBlank } from './cells';

/** Excel's limit per cell; a longer name could never reach a workbook. */
export const MAX_CELL = 32_767;

export interface RowShape {
  /** Cells in the header row; null when there is none (columns by letter or by the user). */
  headerWidth: number | null;
  /** Cells a row may have when those beyond the header are empty: the header's, or the most common data row's. */
  allowedWidth: number;
  /** The mapped columns, ascending. A row must reach the last of them. */
  mapped: readonly number[];
  /** The main count column, named when a row stops before it (F, the requests, the employees). */
  primary: number;
  /** Text columns that end up in a workbook cell (number, name). */
  text: readonly number[];
  /** Employers have a number or code, so a short row of words can be a note (see isNote). */
  numbered: boolean;
}

export interface ShapeInput {
  /**
   * Cells in the header row; null without one, and for a grid from Excel: cells there do
   * not shift (there are no separators), so a value beside the table is only a note.
   */
  headerWidth: number | null;
  /** The most common number of cells of the data rows (see typicalWidth). */
  dataWidth: number;
  /** Every mapped column; null for fields the export lacks. */
  mapped: readonly (number | null)[];
  primary: number;
  text: readonly (number | null)[];
  numbered: boolean;
}

export function rowShape(s: ShapeInput): RowShape {
  const cols = [...new Set(s.mapped.filter((c): c is number => c !== null))].sort((a, b) => a - b);
  const allowedWidth = Math.max(s.headerWidth ?? 0, s.dataWidth);
  const text = s.text.filter((c): c is number => c !== null);
  return { headerWidth: s.headerWidth, allowedWidth, mapped: cols, primary: s.primary, text, numbered: s.numbered };
}

/**
 * The most common number of cells among the first data rows (blank rows left out): what a
 * normal row looks like. A tie goes to the narrower width: rows that end in an empty cell
 * the header lacks pass for trailing separators only when they are more than the rows that
 * do not; half and half, one of them may be a row with a doubled cell read shifted, and a
 * wrong total said nothing about is worse than a refusal that names the row.
 */
export function typicalWidth(rows: readonly (readonly string[])[], from: number, to = rows.length): number {
  const freq = new Map<number, number>();
  let best = 0;
  let bestFreq = 0;
  for (let r = from; r < Math.min(to, from + 1000); r++) {
    const row = rows[r]!;
    if (isBlank(row)) continue;
    const f = (freq.get(row.length) ?? 0) + 1;
    freq.set(row.length, f);
    if (f > bestFreq || (f === bestFreq && row.length < best)) {
      best = row.length;
      bestFreq = f;
    }
  }
  return best;
}

export type ShapeCode = 'import.rowTooShort' | 'import.rowTooLong' | 'import.cellTooLong';

export interface ShapeProblem {
  code: ShapeCode;
  params: MessageParams;
  /** Grid column to name. */
  column: number;
}

/**
 * The first way the row does not fit, 'note' for a short row that is a note (to skip
 * with a warning), or null. Cheap for a row that fits: it runs on every row of 50 000.
 */
export function checkRowShape(row: readonly string[], shape: RowShape): ShapeProblem | 'note' | null {
  const n = row.length;
  const { mapped, headerWidth } = shape;
  if (n <= mapped[mapped.length - 1]!) {
    if (isNote(row, shape.numbered, shape.primary)) return 'note';
    // The main count if the row stops before it, else the first mapped column it lacks.
    const column = n <= shape.primary ? shape.primary : mapped.find((c) => c >= n)!;
    return { code: 'import.rowTooShort', params: { cells: n }, column };
  }
  if (headerWidth !== null && n > headerWidth) {
    for (let c = headerWidth; c < n; c++) {
      if (row[c]!.trim() !== '') return { code: 'import.rowTooLong', params: { cells: n, width: headerWidth }, column: c };
    }
    // Only empty cells past the end: a trailing separator if other rows have it too, a shift if not.
    if (n > shape.allowedWidth) return { code: 'import.rowTooLong', params: { cells: n, width: headerWidth }, column: headerWidth };
  }
  for (const c of shape.text) {
    if (row[c]!.length <= MAX_CELL) continue;
    const length = row[c]!.trim().length;
    if (length > MAX_CELL) return { code: 'import.cellTooLong', params: { length, max: MAX_CELL }, column: c };
  }
  return null;
}

/**
 * Is a row that stops before the counts a note, to be skipped with a warning? Only a
 * single cell of words ('Afgedrukt op 02-01-2025') in a report whose employers have a
 * number or code: a number is one token, and a row cut off or split by another separator
 * has more cells, or the other separator in its one cell. Where employers are known by
 * name only, no short row can be told from a cut-off employer, so none is a note.
 */
export function isNote(row: readonly string[], employersHaveNumbers: boolean, primary: number): boolean {
  let text = '';
  for (const c of row) {
    const t = c.trim();
    if (t === '') continue;
    if (text !== '') return false;
    text = t;
  }
  // Only unreadable characters: what is left of a cut-off UTF-16 file, of which the decoder warned.
  if (/^\ufffd+$/.test(text)) return true;
  return employersHaveNumbers && /\s/.test(text) && !splitByOther(text, primary);
}

/** Does one cell hold enough ',', TAB or ';' to have been a whole row under another separator? */
export function splitByOther(text: string, cellsBefore: number): boolean {
  const need = Math.max(1, cellsBefore);
  for (const d of [',', '\t', ';']) {
    let n = 0;
    for (let i = text.indexOf(d); i !== -1 && n < need; i = text.indexOf(d, i + 1)) n++;
    if (n >= need) return true;
  }
  return false;
}
