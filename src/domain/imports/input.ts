/**
 * What every importer accepts (file bytes, pasted text or an Excel range) → rows of cell
 * texts with the source line each starts on. Decoding is text.ts, splitting delimited.ts;
 * this module only joins them, so the three importers cannot differ in how they read.
 *
 * What lives in src/domain/imports/: every report's reading from rows to a typed export, with
 * precise errors: text.ts/delimited.ts (decoding and splitting), loket-dossiers.ts,
 * loket-signing.ts and xpert-suite.ts (one importer a report, with their column, row and
 * period helpers), pdf-*.ts (positioned PDF text → the grid its CSV would hold), types.ts.
 */
import { error, fail, ok, type Problem, type Result } from '../problems';
import type { Locator } from './cells';
import { visitDelimited, type Delimiter, type RowVisitor } from './delimited';
import { decodeBytes, type TextEncoding } from './text';
import type { Grid, SourceInfo } from './types';

export type ImportInput = { bytes: Uint8Array } | { text: string } | { grid: Grid };

/** How well a row reads as the report's header (header-row.ts, headerScorer). */
export type HeaderScore = (cells: readonly string[]) => number;

/** How text input was read, for the user to check when names look garbled. */
export interface ReadInfo {
  encoding?: TextEncoding;
  delimiter?: Delimiter;
}

/** Office.js may hand over numbers or nulls despite the type; cells are text here. */
export function cellsAsText(grid: Grid): Grid {
  const clean = grid.every((row) => row.every((c) => typeof c === 'string'));
  return clean ? grid : grid.map((row) => row.map((c: unknown) => (typeof c === 'string' ? c : c == null ? '' : String(c))));
}

/**
 * Streams the rows to `visit` (which may stop early by returning false). Decoding warnings
 * go into `warnings`. Fails on bytes that are no text, or on a quote that never closes.
 * `headerScore` tells the separator sniffing what the report's header looks like (delimited.ts).
 */
export function visitInput(input: ImportInput, source: SourceInfo, warnings: Problem[], visit: RowVisitor, headerScore?: HeaderScore): Result<ReadInfo> {
  if ('grid' in input) {
    const first = source.gridOrigin?.row ?? 1;
    const grid = cellsAsText(input.grid);
    // A line break typed in an Excel cell (Alt+Enter) is the cell's own text, never a quote gone astray.
    for (let r = 0; r < grid.length; r++) if (!visit(grid[r]!, first + r, first + r, -1)) break;
    return ok({});
  }
  let text: string;
  let encoding: TextEncoding | undefined;
  if ('bytes' in input) {
    const decoded = decodeBytes(input.bytes, source);
    warnings.push(...decoded.warnings);
    if (!decoded.ok) return fail(decoded.error);
    text = decoded.value.text;
    encoding = decoded.value.encoding;
  } else {
    text = input.text;
  }
  const read = visitDelimited(text, { source, ...(headerScore ? { headerScore } : {}) }, visit);
  if (!read.ok) return fail(read.error);
  return ok({ ...(encoding ? { encoding } : {}), delimiter: read.value.delimiter });
}

export interface InputGrid extends ReadInfo {
  grid: Grid;
  /** 1-based source line (or sheet row) of each grid row. */
  lines: number[];
  /** Rows (by grid index) with a stray quote: the field it opened and the line it closed on (see RowVisitor). */
  strayQuotes: Map<number, StrayQuote>;
}

export interface StrayQuote {
  column: number;
  endLine: number;
}

/**
 * The refusal of a row with a stray quote (see RowVisitor), at the cell where it opened: one
 * that ran on to a later line took whole rows in, one that closed on its own line two cells.
 */
export const strayQuoteError = (loc: Locator, line: number, stray: StrayQuote): Problem =>
  stray.endLine > line
    ? error('import.quoteSpansRows', { line: stray.endLine }, loc.at(line, stray.column))
    : error('import.quoteSwallowsSeparator', {}, loc.at(line, stray.column));

/** The whole input as a grid, for importers whose files are small enough to keep. */
export function readInput(input: ImportInput, source: SourceInfo, warnings: Problem[], headerScore?: HeaderScore): Result<InputGrid> {
  const grid: Grid = [];
  const lines: number[] = [];
  const strayQuotes = new Map<number, StrayQuote>();
  const read = visitInput(input, source, warnings, (cells, line, endLine, stray) => {
    if (stray >= 0) strayQuotes.set(grid.length, { column: stray, endLine });
    grid.push(cells);
    lines.push(line);
    return true;
  }, headerScore);
  return read.ok ? ok({ grid, lines, strayQuotes, ...read.value }) : fail(read.error);
}
