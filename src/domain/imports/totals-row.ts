/**
 * The totals row that may close a report. It is a checksum, never an employer: its
 * figures are compared with the sum of the rows above (a difference is a warning, and the
 * rows win, since the invoice follows them), and a row without an employer is taken for
 * the totals only when it says so or adds up. Otherwise it is an employer whose number
 * got lost, which the importer refuses.
 */
import { warning, type Problem } from '../problems';
import type { MessageCode } from '../messages';
import { cell, type Locator } from './cells';
import { parseCount } from './counts';

/** 'Totaal', 'Totalen', 'Eindtotaal:', 'Subtotaal', 'Grand total' — but not 'Totaalbouw B.V.', a real employer. */
const TOTALS_LABEL = /^\s*(?:eind|generaal\s*|grand\s*|sub)?tota(?:a)?l(?:en|s)?(?:\b|$)/i;
/** A name cell that is only the word: 'Totaal Techniek B.V.' with no number is an employer, not a total. */
const TOTALS_ALONE = /^\s*(?:eind|generaal\s*|grand\s*|sub)?tota(?:a)?l(?:en|s)?\s*:?\s*$/i;

/** Labels start with t, e, g or s; employer numbers with a digit, so most rows skip the regex. */
const mayBeLabel = (s: string): boolean => {
  const c = s.charCodeAt(0) | 0x20;
  return c === 0x74 /* t */ || c === 0x65 /* e */ || c === 0x67 /* g */ || c === 0x73 /* s */;
};

/** For a trimmed cell. */
export const isTotalsLabel = (s: string): boolean => mayBeLabel(s) && TOTALS_LABEL.test(s);

/**
 * Does the row call itself the totals row? By the employer number or code cell; without a
 * number, by a name cell holding only the word; with neither, by the row's first text.
 */
export function saysTotals(row: readonly string[], id: string, name: string): boolean {
  if (id !== '') return isTotalsLabel(id);
  if (name !== '') return mayBeLabel(name) && TOTALS_ALONE.test(name);
  for (const c of row) {
    const t = c.trim();
    if (t !== '') return isTotalsLabel(t);
  }
  return false;
}

/** After the totals only notes may follow; an employer with a count there means a second list in the file. */
export const employerAfterTotals = (id: string, labelled: boolean, countText: string): boolean =>
  id !== '' && !labelled && countText !== '' && parseCount(countText).ok;

export interface CountColumn<F extends string> {
  field: F;
  column: number | null;
}

export type Totals<F extends string> = { sourceRow: number } & Partial<Record<F, number>>;

/**
 * Checks the totals row against the sums of the rows above it. The importer keeps the
 * sums itself (plain local numbers in its hot loop) and hands them over when a candidate
 * totals row comes along.
 */
export class TotalsCheck<F extends string> {
  totals: Totals<F> | null = null;

  constructor(
    private readonly counts: readonly CountColumn<F>[],
    private readonly loc: Locator,
    /** import.totalsMismatch, signing.totalsMismatch or xpert.totalsMismatch: each names its own fields. */
    private readonly mismatchCode: MessageCode,
    private readonly warnings: Problem[],
  ) {}

  /**
   * A row that is labelled as the totals, or has counts but no employer. Returns false
   * for an unlabelled row that does not add up: that is an employer without a number.
   */
  read(row: readonly string[], line: number, labelled: boolean, sums: Readonly<Record<F, number>>): boolean {
    const t = { sourceRow: line } as Totals<F>;
    const unreadable: Problem[] = [];
    let stated = 0;
    let matches = true;
    for (const { field, column } of this.counts) {
      const text = cell(row, column);
      if (column === null || text === '') continue;
      const parsed = parseCount(text);
      if (!parsed.ok) {
        unreadable.push(warning('import.totalsUnreadable', { value: text }, this.loc.at(line, column)));
        continue;
      }
      (t as Record<string, number>)[field] = parsed.value;
      stated++;
      if (parsed.value !== sums[field]) matches = false;
    }
    if (!labelled && (stated === 0 || !matches)) return false;
    this.warnings.push(...unreadable);
    for (const { field, column } of this.counts) {
      const v = (t as Partial<Record<F, number>>)[field];
      if (v !== undefined && v !== sums[field]) {
        this.warnings.push(warning(this.mismatchCode, { field, file: v, computed: sums[field] }, this.loc.at(line, column)));
      }
    }
    this.totals = t;
    return true;
  }
}
