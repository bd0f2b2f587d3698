/**
 * The employer rows of a signing export: counts, the row's own period, statuses, and the
 * totals row as a checksum. The same employer on several rows in one period is added up,
 * or counted once when a row repeats another (repeated-rows.ts); in another period it is
 * history, kept.
 */
import { error, fail, ok, warning, type Problem, type Result } from '../problems';
import { cell, employerId, isBlank, type Locator } from './cells';
import { parseCount } from './counts';
import { parseDate } from './dates';
import { strayQuoteError, type StrayQuote } from './input';
import { RepeatedRows, unmappedColumns } from './repeated-rows';
import { checkRowShape, rowShape, typicalWidth } from './row-shape';
import { parsePeriod } from './signing-periods';
import type { Period, SigningColumnMap, SigningEmployer, SigningExport } from './signing-types';
import { employerAfterTotals, saysTotals, TotalsCheck } from './totals-row';
import type { Grid } from './types';

export interface SigningRows {
  employers: SigningEmployer[];
  totals: SigningExport['totals'];
}

export interface SigningRowsInput {
  grid: Grid;
  lines: readonly number[];
  /** Rows with a stray quote (see RowVisitor), by grid index. */
  strayQuotes: ReadonlyMap<number, StrayQuote>;
  /** Grid index of the first row below the header. */
  start: number;
  /** Cells in the header row; null for a grid from Excel (see ShapeInput). */
  headerWidth: number | null;
  map: SigningColumnMap;
  /** The report's period, for rows without one of their own. */
  reportPeriod: Period | null;
}

export function readSigningRows(loc: Locator, input: SigningRowsInput, warnings: Problem[]): Result<SigningRows> {
  const { grid, lines, map, reportPeriod } = input;
  const N = map.employerNumber;
  const employers: SigningEmployer[] = [];
  const seen = new Map<string, SigningEmployer>();
  const totals = new TotalsCheck<'requests' | 'signers'>(
    [{ field: 'requests', column: map.requests }, { field: 'signers', column: map.signers }], loc, 'signing.totalsMismatch', warnings,
  );
  const mapped = [N, map.employerName, map.period, map.periodFrom, map.periodTo, map.requests, map.signers, ...map.statuses];
  const dataWidth = typicalWidth(grid, input.start);
  const others = unmappedColumns(mapped, Math.max(input.headerWidth ?? 0, dataWidth));
  const repeated = new RepeatedRows();
  const fingerprints = new Map<string, string>();
  const shape = rowShape({ headerWidth: input.headerWidth, dataWidth, mapped, primary: map.requests, text: [N, map.employerName], numbered: true });
  const sums = { requests: 0, signers: 0 };
  let empty: { count: number; firstRow: number } | null = null;
  const headerRequests = loc.headers[map.requests] ?? '';
  const count = (line: number, c: number, text: string): Result<number> => {
    const parsed = parseCount(text);
    return parsed.ok ? ok(parsed.value) : fail(error('signing.badCount', { value: text, reason: parsed.code }, loc.at(line, c)));
  };

  for (let r = input.start; r < grid.length; r++) {
    const row = grid[r]!;
    if (isBlank(row)) continue;
    const line = lines[r]!;
    const number = employerId(cell(row, N));
    const name = cell(row, map.employerName);
    const reqText = cell(row, map.requests);
    const labelled = saysTotals(row, number, name);
    if (totals.totals) {
      if (employerAfterTotals(number, labelled, reqText)) return fail(error('import.rowsAfterTotals', { totalsRow: totals.totals.sourceRow }, loc.at(line, N)));
      continue;
    }
    // Before anything is read from it: the row holds the rows a stray quote swallowed.
    const stray = input.strayQuotes.get(r);
    if (stray) return fail(strayQuoteError(loc, line, stray));
    // A header repeated on every page of a printed-then-converted report.
    if (headerRequests !== '' && reqText === headerRequests) continue;
    if (labelled || (number === '' && (reqText !== '' || cell(row, map.signers) !== ''))) {
      if (!totals.read(row, line, labelled, sums)) return fail(error('import.missingEmployerNumber', {}, loc.at(line, N)));
      continue;
    }
    const misfit = checkRowShape(row, shape);
    if (misfit && misfit !== 'note') return fail(error(misfit.code, misfit.params, loc.at(line, misfit.column)));
    if (misfit === 'note' || (reqText === '' && (number === '' || name === ''))) {
      warnings.push(warning('import.skippedRow', { text: row.map((c) => c.trim()).filter(Boolean).join(' ') }, loc.at(line)));
      continue;
    }

    const requests = parseCount(reqText);
    if (!requests.ok) return fail(error('signing.badCount', { value: reqText, reason: requests.code }, loc.at(line, map.requests)));
    if (requests.empty) {
      if (empty) empty.count++;
      else empty = { count: 1, firstRow: line };
    }
    let signers: number | null = null;
    if (map.signers !== null) {
      const parsed = count(line, map.signers, cell(row, map.signers));
      if (!parsed.ok) return parsed;
      signers = parsed.value;
    }
    const statuses: Record<string, number> = {};
    for (const c of map.statuses) {
      const parsed = count(line, c, cell(row, c));
      if (!parsed.ok) return parsed;
      statuses[loc.headers[c] || loc.letter(c)] = parsed.value;
    }
    const period = rowPeriod(loc, line, row, map);
    if (!period.ok) return period;

    const employer: SigningEmployer = { number, name, period: period.value ?? reportPeriod, requests: requests.value, signers, statuses, sourceRow: line };
    // Rows of one employer in one period are a repeat or more rows to add up (repeated-rows.ts); in another period they are history.
    const key = `${number}|${employer.period?.from ?? ''}|${employer.period?.to ?? ''}`;
    // Counts, statuses and the cells no field reads tell a repeated page from another administration.
    const fingerprint = [employer.requests, employer.signers ?? '', ...[...map.statuses, ...others].map((c) => cell(row, c))].join('|');
    const prior = seen.get(key);
    if (prior) {
      const verdict = repeated.another(key, { row: prior.sourceRow, fingerprint: () => fingerprints.get(key)! }, fingerprint, line);
      if (verdict.kind === 'repeat') {
        warnings.push(warning('import.duplicateEmployer', { number, firstRow: verdict.firstRow, row: line }, loc.at(line, N)));
        continue;
      }
      addInto(prior, employer);
    } else {
      seen.set(key, employer);
      fingerprints.set(key, fingerprint);
      employers.push(employer);
    }
    sums.requests += employer.requests;
    sums.signers += employer.signers ?? 0;
  }
  if (empty) warnings.push(warning('import.count.emptyAsZero', { count: empty.count, firstRow: empty.firstRow }, loc.column(map.requests)));
  repeated.warnSummed(warnings, (key) => seen.get(key)!.number, loc.column(N));
  return ok({ employers, totals: totals.totals });
}

/** Adds a further row of the employer in the same period: requests, signers (while every row has them) and statuses. */
function addInto(into: SigningEmployer, row: SigningEmployer): void {
  into.requests += row.requests;
  into.signers = into.signers === null || row.signers === null ? null : into.signers + row.signers;
  for (const [k, v] of Object.entries(row.statuses)) into.statuses[k] = (into.statuses[k] ?? 0) + v;
}

/** The row's own period: one column, or a from and a to column. */
function rowPeriod(loc: Locator, line: number, row: readonly string[], map: SigningColumnMap): Result<Period | null> {
  if (map.period !== null) {
    const text = cell(row, map.period);
    if (text === '') return ok(null);
    const p = parsePeriod(text);
    return p ? ok(p) : fail(error('signing.periodInvalid', { value: text }, loc.at(line, map.period)));
  }
  if (map.periodFrom === null && map.periodTo === null) return ok(null);
  const fromText = cell(row, map.periodFrom);
  const toText = cell(row, map.periodTo);
  if (fromText === '' && toText === '') return ok(null);
  const from = parseDate(fromText);
  if (!from) return fail(error('signing.periodInvalid', { value: fromText }, loc.at(line, map.periodFrom ?? map.periodTo)));
  const to = map.periodTo === null ? from : parseDate(toText);
  if (!to) return fail(error('signing.periodInvalid', { value: toText }, loc.at(line, map.periodTo)));
  if (to < from) return fail(error('signing.periodInvalid', { value: `${fromText} – ${toText}` }, loc.at(line, map.periodTo)));
  return ok({ from, to });
}
