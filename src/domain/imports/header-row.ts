/**
 * Finding the header row by its content and mapping columns to fields. None of the
 * reports has a published layout (DOMAIN.md), so each importer brings a classifier that
 * names what a header text means; this module does the rest the same way for all:
 *  - the header is the row near the top with the most recognised texts (title lines
 *    above it say little, data rows below it say nothing);
 *  - the user's column choices come first, so a guess never takes a column they assigned;
 *  - then the headers, one field at a time, never a column twice; a second candidate is
 *    named in a warning so the user can check the choice.
 * Columns whose header says something else (an 'Actieve …' column, an SMS rate) carry a
 * role of their own, so they are never free for a field they must not fill.
 */
import { error, warning, type Problem } from '../problems';
import type { MessageCode } from '../messages';
import type { Locator } from './cells';
import type { Grid } from './types';

/** How far down title lines may push a header; Loket prints three or four. */
export const HEADER_SEARCH_ROWS = 100;

/** Case, spaces, accents and punctuation do not matter in a header. */
export const normalizeHeader = (s: string): string =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');

export interface HeaderRow<R> {
  /** Index into the grid. */
  index: number;
  /** The role of each cell of the header row, null where the text means nothing to us. */
  roles: (R | null)[];
}

export interface HeaderSearch<R> {
  /** Only rows for which this holds can be the header (Xpert: a row with a count column). */
  accept?: (roles: (R | null)[]) => boolean;
  /** Count each role once, so 'Aantal' twice does not outweigh a code and a name. */
  distinct?: boolean;
}

/** The best-recognised row among the first HEADER_SEARCH_ROWS; at least two texts must be recognised. */
export function findHeaderRow<R>(grid: Grid, classify: (text: string) => R | null, search: HeaderSearch<R> = {}): HeaderRow<R> | null {
  let best: HeaderRow<R> | null = null;
  let bestScore = 1;
  const limit = Math.min(grid.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const roles = grid[r]!.map((h) => classify(h ?? ''));
    const score = scoreOf(roles, search);
    if (score > bestScore) {
      best = { index: r, roles };
      bestScore = score;
    }
  }
  return best;
}

/** How well a row's texts read as a header: the texts recognised (each role once if `distinct`), 0 for a row `accept` refuses. */
function scoreOf<R>(roles: (R | null)[], search: HeaderSearch<R>): number {
  if (search.accept && !search.accept(roles)) return 0;
  const known = roles.filter((x): x is R => x !== null);
  return search.distinct ? new Set(known).size : known.length;
}

/**
 * A row's score as findHeaderRow counts it, 0 below the two texts a header needs: for the
 * separator sniffing (delimited.ts), which prefers the separator under which the file has
 * a header of the report being read.
 */
export const headerScorer =
  <R>(classify: (text: string) => R | null, search: HeaderSearch<R> = {}) =>
  (cells: readonly string[]): number => {
    const score = scoreOf(cells.map((h) => classify(h ?? '')), search);
    return score > 1 ? score : 0;
  };

/** Role → the columns whose header has it, left to right. */
export function columnsByRole<R>(roles: readonly (R | null)[]): Map<R, number[]> {
  const byRole = new Map<R, number[]>();
  roles.forEach((role, i) => {
    if (role !== null) byRole.set(role, [...(byRole.get(role) ?? []), i]);
  });
  return byRole;
}

export type FoundHow = 'header' | 'letter' | 'values' | 'user';

/** Each importer keeps its own message codes (and so its own field names in the text). */
export interface MappingCodes {
  twice: MessageCode;
  outOfRange: MessageCode;
  ambiguous: MessageCode;
}

/** Fields → columns, built from the user's choices, then headers (or letters, or values). */
export class ColumnMap<F extends string> {
  readonly columns: Record<F, number | null>;
  readonly foundBy: Partial<Record<F, FoundHow>> = {};
  private readonly used = new Map<number, F>();

  constructor(
    fields: readonly F[],
    private readonly loc: Locator,
    private readonly codes: MappingCodes,
    private readonly warnings: Problem[],
  ) {
    this.columns = Object.fromEntries(fields.map((f) => [f, null])) as Record<F, number | null>;
  }

  isUsed(c: number): boolean {
    return this.used.has(c);
  }

  /** Assigns a column; a column already taken by another field is the user's mistake, named as such. */
  take(f: F, c: number, how: FoundHow): Problem | null {
    const prior = this.used.get(c);
    if (prior !== undefined) {
      return error(this.codes.twice, { column: this.loc.label(c), first: prior, second: f }, this.loc.column(c));
    }
    this.columns[f] = c;
    this.foundBy[f] = how;
    this.used.set(c, f);
    return null;
  }

  /**
   * The user's choices. `null` says "this export has no such column", except for the
   * fields in `nullMeansGuess`, which cannot be absent: there it asks us to guess.
   */
  applyUser(choices: Partial<Record<F, number | null>>, order: readonly F[], width: number, nullMeansGuess: readonly F[] = []): Problem | null {
    for (const f of order) {
      const c = choices[f];
      if (c === undefined) continue;
      if (c === null) {
        if (!nullMeansGuess.includes(f)) this.foundBy[f] = 'user';
        continue;
      }
      if (!Number.isInteger(c) || c < 0 || c >= width) {
        const column = Number.isInteger(c) && c >= 0 ? this.loc.label(c) : String(c);
        return error(this.codes.outOfRange, { field: f, column, width }, { file: this.loc.file, column });
      }
      const clash = this.take(f, c, 'user');
      if (clash) return clash;
    }
    return null;
  }

  /** The first free candidate, unless the field is settled; a second free one is named in a warning. */
  fromCandidates(f: F, candidates: readonly number[] | undefined, how: FoundHow = 'header'): void {
    if (this.foundBy[f]) return;
    const free = (candidates ?? []).filter((c) => !this.used.has(c));
    const [first, second] = free;
    if (first === undefined) return;
    this.take(f, first, how);
    if (second !== undefined) {
      const params = { field: f, chosen: this.loc.label(first), other: this.loc.label(second) };
      this.warnings.push(warning(this.codes.ambiguous, params, this.loc.column(second)));
    }
  }
}

/** The widest row of a grid: the range a user's column choice must fall in. */
export const gridWidth = (grid: Grid): number => grid.reduce((w, row) => Math.max(w, row.length), 0);
