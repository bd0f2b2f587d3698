/**
 * What the exports' peildatums say against each other and against what the user stated (a
 * year, or model 1's agreed peildatum), as facts rather than messages, so the engine and
 * the task pane judge alike: the engine refuses on them (export-dates.ts), the pane says
 * them while the user is still loading, with the fix at hand.
 *
 *  - agreedOtherYear   model 1's agreed peildatum lies in another year than the export's own;
 *  - agreedDiffers     …in the same year but on another day (only a warning: the export may be a few days off);
 *  - previousNotBefore last year's export is not older than this year's (swapped, when it is newer);
 *  - yearContradicts   the stated year is not the year of this year's peildatum (or of the agreed one);
 *  - yearContradictsPrevious  only last year's export is dated, and not 31-12 of the year before.
 *
 * In the engine's order: the first error among them is the one the engine reports.
 */
import type { IsoDate } from '../imports/types';

export interface DatedExport {
  peildatum: IsoDate | null;
  /** The file (or 'geplakte tekst'), for messages. */
  label: string;
}

export interface DateFacts {
  model: 1 | 2;
  /** The year the user stated (model 2's year field, the CLI's --year). */
  year?: number;
  /** Model 1's agreed peildatum. */
  agreed?: IsoDate;
  current: DatedExport;
  previous: DatedExport | null;
}

export type DateFinding =
  | { kind: 'agreedOtherYear' | 'agreedDiffers'; agreed: IsoDate; date: IsoDate; file: string }
  | { kind: 'previousNotBefore'; previous: IsoDate; current: IsoDate; previousFile: string; currentFile: string; swapped: boolean }
  | { kind: 'yearContradicts'; year: number; date: IsoDate; dateYear: number; file: string; agreed: boolean }
  | { kind: 'yearContradictsPrevious'; year: number; date: IsoDate; dateYear: number; file: string };

const yearOf = (iso: IsoDate): number => Number(iso.slice(0, 4));

export function dateFindings(facts: DateFacts): DateFinding[] {
  const out: DateFinding[] = [];
  const agreed = facts.model === 1 ? (facts.agreed ?? null) : null;
  const own = facts.current.peildatum;
  if (agreed && own && agreed !== own) {
    out.push({ kind: yearOf(agreed) !== yearOf(own) ? 'agreedOtherYear' : 'agreedDiffers', agreed, date: own, file: facts.current.label });
  }
  const cur = agreed ?? own;
  const prev = facts.previous?.peildatum ?? null;
  if (cur && prev && prev >= cur) {
    out.push({ kind: 'previousNotBefore', previous: prev, current: cur, previousFile: facts.previous!.label, currentFile: facts.current.label, swapped: prev > cur });
  }
  const year = facts.year;
  if (year !== undefined) {
    if (cur) {
      if (yearOf(cur) !== year) out.push({ kind: 'yearContradicts', year, date: cur, dateYear: yearOf(cur), file: facts.current.label, agreed: agreed !== null });
    } else if (prev && yearOf(prev) !== year - 1) {
      out.push({ kind: 'yearContradictsPrevious', year, date: prev, dateYear: yearOf(prev) + 1, file: facts.previous!.label });
    }
  }
  return out;
}

/** Only 'agreedDiffers' lets the engine go on; every other finding stops it. */
export const isDateError = (f: DateFinding): boolean => f.kind !== 'agreedDiffers';
