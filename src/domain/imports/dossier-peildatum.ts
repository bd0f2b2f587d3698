/**
 * The peildatum of a dossier export: title line, else date column, else file name. A
 * user's choice wins over all of them (that is what the override is for), with a warning
 * when the file says otherwise. A title and a column that disagree are refused: guessing
 * would count on the wrong day.
 */
import { error, fail, ok, warning, type Problem, type Result } from '../problems';
import type { Locator } from './cells';
import { findDateInFileName, formatDutchDate, parseDate } from './dates';
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
  if (title && column && title !== column.date) {
    return fail(error('import.peildatumConflict', { title: formatDutchDate(title), column: formatDutchDate(column.date) }, file));
  }
  const fromName = source.fileName ? findDateInFileName(source.fileName) : null;
  let date: IsoDate | null = title ?? column?.date ?? fromName;
  let from: PeildatumFrom = title ? 'title' : column ? 'column' : fromName ? 'filename' : null;
  if (date && fromName && fromName !== date) {
    warnings.push(warning('import.peildatumFileNameDiffers', { fileDate: formatDutchDate(fromName), found: formatDutchDate(date) }, file));
  }
  if (options.peildatum !== undefined) {
    const user = parseDate(options.peildatum);
    if (!user) return fail(error('import.peildatumOptionInvalid', { value: options.peildatum }, file));
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
