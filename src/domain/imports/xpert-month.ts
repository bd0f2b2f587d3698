/**
 * The billing month of an Xpert report. A stated period (title or column) wins over the
 * peildatum, which wins over the file name; the user's choice wins over all. A title and
 * a column that disagree are an error: guessing would bill the wrong month. So is an
 * impossible peildatum in the title ('31-02-2024'): "no date found" would be untrue.
 */
import { error, fail, ok, warning, type Problem, type Result } from '../problems';
import { findMonthInFileName, findMonthInTitle, isPeriod, periodLabel, periodOfDate, type Period } from '../xpert/period';
import { lineText, type Locator } from './cells';
import { formatDutchDate, sameDay } from './dates';
import { peildatumInTitle } from './title-dates';
import type { Grid, IsoDate } from './types';
import type { XpertRows } from './xpert-rows';
import type { XpertImportOptions, XpertReport } from './xpert-types';

export interface ResolvedMonth {
  period: Period;
  from: XpertReport['periodFrom'];
  peildatum: IsoDate | null;
}

export function resolveMonth(
  loc: Locator,
  fileName: string | undefined,
  titleRows: Grid,
  titleLines: readonly number[],
  rows: XpertRows,
  options: XpertImportOptions,
  warnings: Problem[],
): Result<ResolvedMonth> {
  const file = loc.at();
  const titleMonth = titleRows.map(lineText).map(findMonthInTitle).find((p) => p !== null) ?? null;
  const inTitle = peildatumInTitle(titleRows, titleLines, loc);
  if (!inTitle.ok) return inTitle;
  const titleDate = inTitle.value;
  const columnMonth = rows.periodColumn?.period ?? null;
  const short = rows.peildatumColumn?.twoDigitYear ?? null;
  let columnDate = rows.peildatumColumn?.date ?? null;
  const fileMonth = fileName ? findMonthInFileName(fileName) : null;

  if (titleMonth && columnMonth && titleMonth !== columnMonth) {
    return fail(error('xpert.periodConflict', { title: periodLabel(titleMonth), column: periodLabel(columnMonth) }, file));
  }
  if (titleDate && columnDate && !sameDay(titleDate, columnDate, short !== null)) {
    return fail(error('import.peildatumConflict', { title: formatDutchDate(titleDate), column: short ?? formatDutchDate(columnDate) }, file));
  }
  if (columnDate && short !== null) {
    // A two-digit year takes its century from a date or month that agrees; with none, it is 20jj, said once.
    const month = columnDate.slice(2, 7);
    const agreeing = titleDate ?? [columnMonth, titleMonth, options.period, fileMonth].find((m) => m && m.slice(2) === month);
    if (agreeing) columnDate = `${agreeing.slice(0, 4)}${columnDate.slice(4)}`;
    else warnings.push(warning('import.peildatumTwoDigitYear', { column: short, read: formatDutchDate(columnDate) }, loc.at(rows.peildatumColumn!.row)));
  }
  const peildatum = columnDate ?? titleDate;
  let found: { period: Period; from: ResolvedMonth['from'] } | null = null;
  if (columnMonth) found = { period: columnMonth, from: 'column' };
  else if (titleMonth) found = { period: titleMonth, from: 'title' };
  else if (peildatum) found = { period: periodOfDate(peildatum), from: 'peildatum' };

  if (options.period !== undefined) {
    if (!isPeriod(options.period)) return fail(error('xpert.periodOptionInvalid', { value: options.period }));
    if (found && found.period !== options.period) {
      warnings.push(warning('xpert.periodOverridden', { user: periodLabel(options.period), found: periodLabel(found.period) }, file));
    }
    return ok({ period: options.period, from: 'user', peildatum });
  }
  if (found) {
    if (fileMonth && fileMonth !== found.period) {
      warnings.push(warning('xpert.periodFileNameDiffers', { fileMonth: periodLabel(fileMonth), found: periodLabel(found.period) }, file));
    }
    return ok({ ...found, peildatum });
  }
  if (fileMonth) return ok({ period: fileMonth, from: 'filename', peildatum });
  return fail(error('xpert.periodUnknown', {}, file));
}
