/**
 * Reading single cells, and naming where they are. Every message an importer gives names
 * file, row and column the way the user sees them in Excel ('F (Aantalwerknemersdossier)'),
 * so the place is built in one way for all of them.
 */
import { columnLabel, type Location } from '../problems';
import type { Grid } from './types';

/** A cell's text without surrounding spaces; '' for a column the row does not reach or the export lacks. */
export const cell = (row: readonly string[], c: number | null): string => (c === null ? '' : (row[c] ?? '').trim());

export function isBlank(row: readonly string[]): boolean {
  for (const c of row) if (c && c.trim() !== '') return false;
  return true;
}

/**
 * Employer numbers stay text, leading zeros and all. Excel writes ="000123" when it
 * wants a CSV reader to keep the zeros; that wrapper is not part of the number.
 */
export function employerId(text: string): string {
  if (text.charCodeAt(0) !== 61 /* = */) return text;
  const m = /^="(.*)"$/.exec(text);
  return m ? m[1]!.trim() : text;
}

/** Names places in the source: the file, a 1-based row, a 0-based grid column shown as Excel's letter. */
export class Locator {
  /** The header texts, once known, so a column reads 'F (Aantal)' rather than 'F'. */
  headers: string[] = [];

  constructor(
    readonly file: string,
    /** Grid column 0 sits this many columns right of column A (an Excel selection). */
    readonly colOffset = 0,
  ) {}

  label(c: number): string {
    return columnLabel(c + this.colOffset, this.headers[c]);
  }

  /** Just the letter, for a cell outside the header (a title line, a cell beyond the last header). */
  letter(c: number): string {
    return columnLabel(c + this.colOffset);
  }

  at(row?: number, c?: number | null): Location {
    const loc: Location = { file: this.file };
    if (row !== undefined) loc.row = row;
    if (c !== undefined && c !== null) loc.column = this.label(c);
    return loc;
  }

  column(c: number): Location {
    return { file: this.file, column: this.label(c) };
  }
}

/** Headers as a message lists them: 'Nummer', 'Naam', or '(geen)'. */
export const quotedHeaders = (headers: readonly string[]): string =>
  headers.filter((h) => h.trim() !== '').map((h) => `'${h.trim()}'`).join(', ') || '(geen)';

/** Without a recognised header: the widest row near the top, which is most likely the header the user sees. */
export function seenHeaders(grid: Grid): string {
  let widest: string[] = [];
  for (const row of grid.slice(0, 20)) {
    const filled = row.map((c) => c.trim()).filter((c) => c !== '');
    if (filled.length > widest.length) widest = filled;
  }
  return quotedHeaders(widest);
}

/** A title line as one text: 'Peildatum:' and '31-12-2024' may sit in two cells. */
export const lineText = (row: readonly string[]): string => row.filter((c) => c.trim() !== '').join(' ');
