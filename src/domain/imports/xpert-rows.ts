/**
 * The employer rows of an Xpert report: counts, the month or peildatum a row names, the
 * report's own rate and amounts (a cross-check, never used to bill), and the totals row
 * as a checksum.
 */
import { error, fail, ok, warning, type Problem, type Result } from '../problems';
import { parseCents, parsePriceE4 } from '../money';
import { parseMonth, periodLabel, periodOfDate, type Period } from '../xpert/period';
import { cell, employerId, isBlank, type Locator } from './cells';
import { parseCount, plainCount } from './counts';
import { formatDutchDate, parseDate, parseTwoDigitYearDate } from './dates';
import { strayQuoteError, type StrayQuote } from './input';
import { checkRowShape, rowShape, typicalWidth } from './row-shape';
import { employerAfterTotals, saysTotals, TotalsCheck } from './totals-row';
import type { Grid, IsoDate } from './types';
import { classifyXpertHeader } from './xpert-columns';
import type { XpertColumnMap, XpertEmployerRow, XpertReport } from './xpert-types';
import { employerKey } from '../employer-key';

/** Employers are matched across months the same way as across Loket exports. */
export { employerKey };

export interface XpertRows {
  employers: XpertEmployerRow[];
  totals: XpertReport['totals'];
  periodColumn: { period: Period; row: number } | null;
  /** `twoDigitYear`: the cell as written when every date in the column had a two-digit year (see dates.ts). */
  peildatumColumn: { date: IsoDate; row: number; twoDigitYear: string | null } | null;
}

export interface XpertRowsInput {
  grid: Grid;
  lines: readonly number[];
  /** Rows with a stray quote (see RowVisitor), by grid index. */
  strayQuotes: ReadonlyMap<number, StrayQuote>;
  start: number;
  /** Null when the report has no header row (the user chose the columns). */
  headerWidth: number | null;
  columns: XpertColumnMap;
}

export function readXpertRows(loc: Locator, input: XpertRowsInput, warnings: Problem[]): Result<XpertRows> {
  const { grid, lines, columns } = input;
  const employers: XpertEmployerRow[] = [];
  const seen = new Map<string, XpertEmployerRow>();
  const totals = new TotalsCheck<'employees' | 'sms'>(
    [{ field: 'employees', column: columns.employees }, { field: 'sms', column: columns.sms }], loc, 'xpert.totalsMismatch', warnings,
  );
  const all = [columns.employerCode, columns.employerName, columns.employees, columns.sms, columns.period, columns.peildatum, columns.rate, columns.amount, columns.smsAmount];
  const dataWidth = typicalWidth(grid, input.start);
  const text = [columns.employerCode, columns.employerName];
  const shape = rowShape({ headerWidth: input.headerWidth, dataWidth, mapped: all, primary: columns.employees, text, numbered: columns.employerCode !== null });
  const idColumn = columns.employerCode ?? columns.employerName!;
  let periodColumn: XpertRows['periodColumn'] = null;
  let peildatumColumn: XpertRows['peildatumColumn'] = null;
  const empties = new Map<number, { count: number; firstRow: number }>();
  const unreadable = new Set<number>();
  const sums = { employees: 0, sms: 0 };

  const count = (row: readonly string[], line: number, c: number | null, f: 'employees' | 'sms'): Result<number> => {
    if (c === null) return ok(0);
    const parsed = parseCount(cell(row, c));
    if (!parsed.ok) return fail(error('xpert.countInvalid', { value: cell(row, c), field: f, reason: parsed.code }, loc.at(line, c)));
    if (parsed.empty) {
      const e = empties.get(c);
      if (e) e.count++;
      else empties.set(c, { count: 1, firstRow: line });
    }
    return ok(parsed.value);
  };
  /** Rate and amount columns are only a cross-check: an odd cell is skipped, once said. */
  const money = (row: readonly string[], line: number, c: number | null, f: 'rate' | 'amount', parse: (s: string) => number | null): number | null => {
    const text = cell(row, c);
    if (c === null || text === '') return null;
    const v = parse(text);
    if (v === null && !unreadable.has(c)) {
      unreadable.add(c);
      warnings.push(warning('xpert.reportValueUnreadable', { value: text, field: f }, loc.at(line, c)));
    }
    return v;
  };

  for (let r = input.start; r < grid.length; r++) {
    const row = grid[r]!;
    if (isBlank(row)) continue;
    const line = lines[r]!;
    const code = employerId(cell(row, columns.employerCode));
    const name = cell(row, columns.employerName);
    const employeesText = cell(row, columns.employees);
    // A header repeated on every printed page is not data (checked cheaply, on one cell).
    if (employeesText !== '' && plainCount(employeesText) < 0 && classifyXpertHeader(employeesText) === 'employees') continue;
    const labelled = saysTotals(row, code, name);

    if (totals.totals) {
      if (employerAfterTotals(code || name, labelled, employeesText)) {
        return fail(error('xpert.rowsAfterTotals', { totalsRow: totals.totals.sourceRow }, loc.at(line, idColumn)));
      }
      continue;
    }
    // Before anything is read from it: the row holds the rows a stray quote swallowed.
    const stray = input.strayQuotes.get(r);
    if (stray) return fail(strayQuoteError(loc, line, stray));
    if (labelled || (!code && !name && (employeesText !== '' || cell(row, columns.sms) !== ''))) {
      // An unlabelled row is a totals row only when it adds up; otherwise it lacks its employer.
      if (!totals.read(row, line, labelled, sums)) return fail(error('xpert.missingEmployer', {}, loc.at(line)));
      continue;
    }
    const misfit = checkRowShape(row, shape);
    if (misfit && misfit !== 'note') return fail(error(misfit.code, misfit.params, loc.at(line, misfit.column)));
    if (misfit === 'note' || (!code && !name)) {
      const filled = row.filter((c) => c.trim() !== '');
      if (misfit === 'note' || filled.length > 1) warnings.push(warning('xpert.skippedRow', { text: filled.join(' | ').slice(0, 80) }, loc.at(line)));
      continue;
    }
    if (columns.employerCode !== null && !code) return fail(error('xpert.missingEmployer', {}, loc.at(line, columns.employerCode)));

    const employees = count(row, line, columns.employees, 'employees');
    if (!employees.ok) return employees;
    const sms = count(row, line, columns.sms, 'sms');
    if (!sms.ok) return sms;

    const monthText = cell(row, columns.period);
    if (monthText) {
      const p = parseMonth(monthText);
      if (!p) return fail(error('xpert.periodCellInvalid', { value: monthText }, loc.at(line, columns.period)));
      if (!periodColumn) periodColumn = { period: p, row: line };
      else if (periodColumn.period !== p) {
        const params = { first: periodLabel(periodColumn.period), firstRow: periodColumn.row, other: periodLabel(p) };
        return fail(error('xpert.periodMixed', params, loc.at(line, columns.period)));
      }
    }
    const dateText = cell(row, columns.peildatum);
    if (dateText) {
      const full = parseDate(dateText);
      // '31-01-24' as Excel re-saves it: held against the title and file name in xpert-month.ts.
      const d = full ?? parseTwoDigitYearDate(dateText);
      if (!d) return fail(error('xpert.periodCellInvalid', { value: dateText }, loc.at(line, columns.peildatum)));
      if (!peildatumColumn) peildatumColumn = { date: d, row: line, twoDigitYear: full ? null : dateText };
      else if (periodOfDate(peildatumColumn.date) !== periodOfDate(d)) {
        const params = { first: formatDutchDate(peildatumColumn.date), firstRow: peildatumColumn.row, other: formatDutchDate(d) };
        return fail(error('xpert.periodMixed', params, loc.at(line, columns.peildatum)));
      }
      if (full) peildatumColumn.twoDigitYear = null;
    }

    const amount = money(row, line, columns.amount, 'amount', parseCents);
    const smsAmount = money(row, line, columns.smsAmount, 'amount', parseCents);
    const employer: XpertEmployerRow = {
      code: code || name,
      name: name || code,
      employees: employees.value,
      sms: sms.value,
      reportedRateE4: money(row, line, columns.rate, 'rate', parsePriceE4),
      reportedAmountCents: amount === null && smsAmount === null ? null : (amount ?? 0) + (smsAmount ?? 0),
      sourceRow: line,
    };
    const key = employerKey(employer.code);
    const before = seen.get(key);
    if (before) {
      const params = { code: employer.code, firstRow: before.sourceRow };
      if (before.employees !== employer.employees || before.sms !== employer.sms) return fail(error('xpert.duplicateEmployerConflict', params, loc.at(line, idColumn)));
      warnings.push(warning('xpert.duplicateEmployer', params, loc.at(line, idColumn)));
      continue;
    }
    seen.set(key, employer);
    employers.push(employer);
    sums.employees += employer.employees;
    sums.sms += employer.sms;
  }

  for (const [c, e] of empties) warnings.push(warning('import.count.emptyAsZero', { count: e.count, firstRow: e.firstRow }, loc.column(c)));
  return ok({ employers, totals: totals.totals, periodColumn, peildatumColumn });
}
