/**
 * One employer number on several rows of a Loket report (the dossier count, the signing
 * requests). The invoice follows the column sums, so rows that differ (one row per
 * administration, say) are added up into one employer; a row that repeats an earlier one
 * (a page printed twice) counts once. Both are said: the repeat at its row, the sum once
 * per employer with all its rows. A row is a repeat when its fingerprint (its counts and
 * the cells no field reads, such as an administration number; not the name, which a page
 * pasted in another encoding can garble) equals one already seen for that employer.
 */
import { warning, type Location, type Problem } from '../problems';

export type RowVerdict = { kind: 'repeat'; firstRow: number } | { kind: 'more' };
const MORE: RowVerdict = { kind: 'more' };

/** Past this many employers summed from several rows, the rest are counted in one warning (their rows are on the sheets). */
const SUMMED_WARNINGS = 20;

/**
 * Asked only for a row whose employer was seen before, so a 50 000-row export without
 * repeats pays nothing per row. The first row's fingerprint is asked for once, when its
 * employer gets a second row (before anything is added to it).
 */
export class RepeatedRows {
  /** Employers on more than one row: each distinct row. */
  private readonly multi = new Map<string, { row: number; fingerprint: string }[]>();

  /** A further row of `key`: a repeat of an earlier row, or one more to add up. */
  another(key: string, first: { row: number; fingerprint: () => string }, fingerprint: string, row: number): RowVerdict {
    const seen = this.multi.get(key) ?? [{ row: first.row, fingerprint: first.fingerprint() }];
    const repeated = seen.find((x) => x.fingerprint === fingerprint);
    if (repeated) return { kind: 'repeat', firstRow: repeated.row };
    seen.push({ row, fingerprint });
    this.multi.set(key, seen);
    return MORE;
  }

  /** Per employer added up from several rows: its rows, in file order. */
  summed(): Map<string, number[]> {
    return new Map([...this.multi].map(([key, rows]) => [key, rows.map((r) => r.row)]));
  }

  /** One warning per employer summed (its number, from `numberOf`, and its rows); past 20, one that counts the rest. */
  warnSummed(warnings: Problem[], numberOf: (key: string) => string, at: Location): void {
    let said = 0;
    for (const [key, rows] of this.summed()) {
      if (said++ < SUMMED_WARNINGS) warnings.push(warning('import.employerRowsSummed', { number: numberOf(key), rows: rows.join(', ') }, at));
    }
    if (said > SUMMED_WARNINGS) warnings.push(warning('import.employerRowsSummedMore', { count: said - SUMMED_WARNINGS }, at));
  }
}

/** Columns of a row that no field reads, so their cells can tell two rows of one employer apart. */
export function unmappedColumns(mapped: readonly (number | null)[], width: number): number[] {
  const used = new Set(mapped.filter((c): c is number => c !== null));
  const out: number[] = [];
  for (let c = 0; c < width; c++) if (!used.has(c)) out.push(c);
  return out;
}
