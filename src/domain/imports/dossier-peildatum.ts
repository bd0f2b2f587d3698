/**
 * The peildatum of a dossier export: title line, else date column, else file name. A
 * user's choice wins over all of them (that is what the override is for), with a warning
 * when the file says otherwise. A title and a column that disagree are refused: guessing
 * would count on the wrong day. A column with two-digit years ('31-12-24', as Excel
 * re-saves it) agrees when the title, file name or user's date has the same day and the
 * same last two digits of the year; it contradicts the title or file name otherwise, and
 * with nothing to hold it against it is read as 20jj, with a warning.
 */
import { error, fail, ok, warning, type Problem, type Result } from '../problems';
import type { Locator } from './cells';
import { findDateInFileName, formatDutchDate, parseDate, sameDay } from './dates';
import type { DossierRows } from './dossier-rows';
import { peildatumInTitle } from './title-dates';
import type { DossierExport, DossierImportOptions, Grid, IsoDate, SourceInfo } from './types';

type PeildatumFrom = DossierExport['peildatumFrom'];

export function resolvePeildatum(
  loc: Locator,
  source: SourceInfo,
  titleRows: Grid,
  titleLines: readonly number[],
  column: DossierRows['columnDate'],
  options: DossierImportOptions,
  warnings: Problem[],
): Result<{ date: IsoDate | null; from: PeildatumFrom }> {
  const file = loc.at();
  const inTitle = peildatumInTitle(titleRows, titleLines, loc);
  if (!inTitle.ok) return inTitle;
  const title = inTitle.value;
  const short = column?.twoDigitYear ?? null;
  if (title && column && !sameDay(title, column.date, short !== null)) {
    return fail(error('import.peildatumConflict', { title: formatDutchDate(title), column: short ?? formatDutchDate(column.date) }, file));
  }
  const fromName = source.fileName ? findDateInFileName(source.fileName) : null;
  const user = options.peildatum === undefined ? null : parseDate(options.peildatum);
  if (options.peildatum !== undefined && !user) return fail(error('import.peildatumOptionInvalid', { value: options.peildatum }, file));
  let columnDate = column?.date ?? null;
  if (column && short !== null && !title) {
    // A two-digit year counts when a four-digit date agrees; the file name may refute it, unless the user settles it.
    const confirmed = [fromName, user].find((d) => d && sameDay(d, column.date, true));
    if (confirmed) columnDate = confirmed;
    else if (fromName && !user) return fail(error('import.peildatumTwoDigitConflict', { column: short, fileDate: formatDutchDate(fromName) }, file));
    else if (!user) warnings.push(warning('import.peildatumTwoDigitYear', { column: short, read: formatDutchDate(column.date) }, loc.at(column.row)));
  }
  let date: IsoDate | null = title ?? columnDate ?? fromName;
  let from: PeildatumFrom = title ? 'title' : column ? 'column' : fromName ? 'filename' : null;
  if (date && fromName && fromName !== date) {
    warnings.push(warning('import.peildatumFileNameDiffers', { fileDate: formatDutchDate(fromName), found: formatDutchDate(date) }, file));
  }
  if (user) {
    if (date && date !== user) {
      warnings.push(warning('import.peildatumOverridden', { user: formatDutchDate(user), found: formatDutchDate(date) }, file));
    }
    if (date !== user) {
      date = user;
      from = 'user';
    }
  }
  return ok({ date, from });
}
