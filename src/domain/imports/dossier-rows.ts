/**
 * The employer rows of a dossier export, one at a time as they stream in. The hot path
 * (50 000 rows): no per-row closures or records, a regex only when a cell could be a
 * totals label or a date differs from the previous row's.
 *
 * One employer number on several rows: see repeated-rows.ts. The totals row is checked
 * against what is counted: summed rows in, repeats out.
 */
import { error, warning, type Problem } from '../problems';
import { cell, employerId, isBlank, type Locator } from './cells';
import { strayQuoteError } from './input';
import { parseCount, plainCount } from './counts';
import { formatDutchDate, parseDate, parseTwoDigitYearDate } from './dates';
import { checkRowShape, rowShape, type RowShape } from './row-shape';
import { NumberIndex } from './number-index';
import { RepeatedRows, unmappedColumns } from './repeated-rows';
import { employerAfterTotals, saysTotals, TotalsCheck } from './totals-row';
import type { DossierColumnMap, DossierEmployer, DossierExport, IsoDate } from './types';

type CountField = 'employerDossiers' | 'employeeDossiers' | 'inactiveDossiers';

export interface DossierRows {
  employers: DossierEmployer[];
  totals: DossierExport['totals'];
  /** `twoDigitYear`: the cell as written when every date in the column had a two-digit year. */
  columnDate: { date: IsoDate; row: number; twoDigitYear: string | null } | null;
}

// Bound once at load: loaded as CommonJS (tsx, vitest) every call to an imported function
// goes through a getter, which adds up over 50 000 rows of eight cells. Bundles do not care.
const [cellOf, plainOf, parse, idOf, blank] = [cell, plainCount, parseCount, employerId, isBlank];
const [totalsLabel, afterTotals, shapeOf] = [saysTotals, employerAfterTotals, checkRowShape];

/**
 * Reads the rows of one export. A class rather than closures made per export: the engine
 * learns and optimises `add` once for every export a run reads, where closures made anew
 * for the second export were learnt and compiled again from the start.
 */
export class DossierRowReader {
  private readonly N: number;
  private readonly E: number | null;
  private readonly F: number;
  private readonly G: number | null;
  private readonly totals: TotalsCheck<CountField>;
  private readonly shape: RowShape;
  private readonly employers: DossierEmployer[] = [];
  /** Index into `employers` (and `otherCells`) by employer number. */
  private readonly indexOf = new NumberIndex();
  // The cells no field reads (an administration number) tell a repeated page from another
  // administration. Kept per employer as the cell itself (no copy) in the usual layout of one.
  private readonly others: number[];
  private readonly otherCells: string[] = [];
  private readonly repeated = new RepeatedRows();
  private readonly empty = new Map<CountField, { count: number; firstRow: number }>();
  private sumE = 0;
  private sumF = 0;
  private sumG = 0;
  private columnDate: DossierRows['columnDate'] = null;
  private lastDateText = '';
  private activeWarned = false;
  private readonly headerF: string;
  private problem: Problem | null = null;

  /** `widths`: cells in the header row (null without one) and in the most common data row. */
  constructor(
    private readonly loc: Locator,
    private readonly map: DossierColumnMap,
    widths: { header: number | null; data: number },
    private readonly warnings: Problem[],
  ) {
    const [N, E, F, G] = [map.employerNumber, map.employerDossiers, map.employeeDossiers, map.inactiveDossiers];
    [this.N, this.E, this.F, this.G] = [N, E, F, G];
    this.totals = new TotalsCheck<CountField>(
      [{ field: 'employerDossiers', column: E }, { field: 'employeeDossiers', column: F }, { field: 'inactiveDossiers', column: G }],
      loc, 'import.totalsMismatch', warnings,
    );
    const mapped = [N, map.employerName, E, F, G, map.activeDossiers, map.peildatum];
    this.shape = rowShape({ headerWidth: widths.header, dataWidth: widths.data, mapped, primary: F, text: [N, map.employerName], numbered: true });
    this.others = unmappedColumns(mapped, Math.max(widths.header ?? 0, widths.data));
    this.headerF = loc.headers[F] ?? '';
  }

  /** Reads one row (from `line` to `endLine`; see RowVisitor for `strayQuote`); returns the Problem that stops the import, if any. */
  add(row: string[], line: number, endLine: number, strayQuote: number): Problem | null {
    const { N, E, F, G, map, loc, totals } = this;
    const rawNumber = cellOf(row, N);
    // Most rows have a number, which already proves they are not blank.
    if (rawNumber === '' && blank(row)) return null;
    const number = idOf(rawNumber);
    const name = cellOf(row, map.employerName);
    const eText = cellOf(row, E);
    const fText = cellOf(row, F);
    const gText = cellOf(row, G);
    const countsPresent = eText !== '' || fText !== '' || gText !== '';
    const labelled = totalsLabel(row, number, name);

    if (totals.totals) {
      // Footer notes may follow the totals; another employer may not.
      if (afterTotals(number, labelled, fText)) return error('import.rowsAfterTotals', { totalsRow: totals.totals.sourceRow }, loc.at(line, N));
      return null;
    }
    // Before anything is read from it: the row holds the rows a stray quote swallowed.
    if (strayQuote >= 0) return strayQuoteError(loc, line, { column: strayQuote, endLine });
    // A header repeated on every page of a printed-then-converted report.
    if (this.headerF !== '' && fText === this.headerF) return null;
    if (labelled || (number === '' && countsPresent)) {
      const sums = { employerDossiers: this.sumE, employeeDossiers: this.sumF, inactiveDossiers: this.sumG };
      return totals.read(row, line, labelled, sums) ? null : error('import.missingEmployerNumber', {}, loc.at(line, N));
    }
    const misfit = shapeOf(row, this.shape);
    if (misfit && misfit !== 'note') return error(misfit.code, misfit.params, loc.at(line, misfit.column));
    // Notes such as 'Afgedrukt op …' have no counts; a name alone is no employer either.
    if (misfit === 'note' || (!countsPresent && (number === '' || name === ''))) {
      this.warnings.push(warning('import.skippedRow', { text: row.map((c) => c.trim()).filter(Boolean).join(' ') }, loc.at(line)));
      return null;
    }

    const e = this.count(E, eText, 'employerDossiers', line);
    const f = e < 0 ? -1 : this.count(F, fText, 'employeeDossiers', line);
    const g = f < 0 ? -1 : this.count(G, gText, 'inactiveDossiers', line);
    if (g < 0) return this.problem;
    if (g > f) return error('import.inactiveAboveTotal', { inactive: g, total: f }, loc.at(line, G));

    if (map.peildatum !== null) {
      const text = cellOf(row, map.peildatum);
      if (text !== '' && text !== this.lastDateText) {
        const mixed = this.readDate(text, line);
        if (mixed) return mixed;
      }
    }

    const active = map.activeDossiers === null ? undefined : this.readActive(cellOf(row, map.activeDossiers), line);
    // One literal per shape: a property added afterwards would cost every employer a second allocation.
    const employer: DossierEmployer =
      active === undefined
        ? { number, name, employerDossiers: e, employeeDossiers: f, inactiveDossiers: g, sourceRow: line }
        : { number, name, employerDossiers: e, employeeDossiers: f, inactiveDossiers: g, sourceRow: line, activeDossiers: active };
    const at = this.indexOf.find(number);
    if (at !== undefined) {
      const prior = this.employers[at]!;
      const first = { row: prior.sourceRow, fingerprint: () => fingerprintOf(prior, this.otherCells[at]) };
      const verdict = this.repeated.another(number, first, fingerprintOf(employer, this.otherOf(row)), line);
      if (verdict.kind === 'repeat') {
        this.warnings.push(warning('import.duplicateEmployer', { number, firstRow: verdict.firstRow, row: line }, loc.at(line, N)));
        return null;
      }
      addInto(prior, employer);
    } else {
      this.indexOf.add(number);
      this.employers.push(employer);
      if (this.others.length) this.otherCells.push(this.otherOf(row));
    }
    this.sumE += e;
    this.sumF += f;
    this.sumG += g;
    return null;
  }

  done(): DossierRows {
    const { loc, employers } = this;
    const cols: Record<CountField, number | null> = { employerDossiers: this.E, employeeDossiers: this.F, inactiveDossiers: this.G };
    for (const [f, { count: n, firstRow }] of this.empty) {
      this.warnings.push(warning('import.count.emptyAsZero', { count: n, firstRow }, loc.column(cols[f]!)));
    }
    for (const [number, rows] of this.repeated.summed()) employers[this.indexOf.find(number)!]!.sourceRows = rows;
    this.repeated.warnSummed(this.warnings, (number) => number, loc.column(this.N));
    return { employers, totals: this.totals.totals, columnDate: this.columnDate };
  }

  /** A count cell, or -1 with `problem` set; an absent column reads as 0 without a warning. */
  private count(c: number | null, text: string, f: CountField, line: number): number {
    if (c === null) return 0;
    const plain = plainOf(text);
    if (plain >= 0) return plain;
    const parsed = parse(text);
    if (!parsed.ok) {
      this.problem = error(parsed.code, { value: text }, this.loc.at(line, c));
      return -1;
    }
    if (parsed.empty) {
      const seen = this.empty.get(f);
      if (seen) seen.count++;
      else this.empty.set(f, { count: 1, firstRow: line });
    }
    return parsed.value;
  }

  /** A peildatum cell other than the row before's: the Problem when it is no date or another date than the column's. */
  private readDate(text: string, line: number): Problem | null {
    const column = this.map.peildatum!;
    let date = parseDate(text);
    let short: string | null = null;
    if (!date) {
      // '31-12-24' as Excel re-saves it: held against the title and file name later (dossier-peildatum.ts).
      date = parseTwoDigitYearDate(text);
      short = text;
    }
    if (!date) return error('import.peildatumInvalid', { value: text }, this.loc.at(line, column));
    if (!this.columnDate) this.columnDate = { date, row: line, twoDigitYear: short };
    else if (this.columnDate.date !== date) {
      const params = { first: formatDutchDate(this.columnDate.date), firstRow: this.columnDate.row, other: formatDutchDate(date) };
      return error('import.peildatumMixed', params, this.loc.at(line, column));
    }
    // Four digits anywhere settle the century for the whole column.
    if (!short) this.columnDate.twoDigitYear = null;
    this.lastDateText = text;
    return null;
  }

  /** The active column is shown, never used for F or G: an odd cell is left out, said once. */
  private readActive(text: string, line: number): number | undefined {
    const plain = plainOf(text);
    if (plain >= 0) return plain;
    const parsed = parse(text);
    if (parsed.ok) return parsed.empty ? undefined : parsed.value;
    if (!this.activeWarned) {
      this.activeWarned = true;
      this.warnings.push(warning('import.activeUnreadable', { value: text }, this.loc.at(line, this.map.activeDossiers)));
    }
    return undefined;
  }

  private otherOf(row: readonly string[]): string {
    const others = this.others;
    return others.length === 1 ? cellOf(row, others[0]!) : others.map((c) => cellOf(row, c)).join('|');
  }
}

/** What makes two rows of one employer the same row: the counts and the other cells (repeated-rows.ts). */
const fingerprintOf = (x: DossierEmployer, other = ''): string =>
  `${x.employerDossiers}|${x.employeeDossiers}|${x.inactiveDossiers}|${x.activeDossiers ?? ''}|${other}`;

/** Adds a further row's counts to the employer it belongs to; the active column only while every row has one. */
function addInto(into: DossierEmployer, row: DossierEmployer): void {
  into.employerDossiers += row.employerDossiers;
  into.employeeDossiers += row.employeeDossiers;
  into.inactiveDossiers += row.inactiveDossiers;
  if (into.activeDossiers !== undefined && row.activeDossiers !== undefined) into.activeDossiers += row.activeDossiers;
  else delete into.activeDossiers;
}
