/**
 * Checks that the exports fit the price model in time: for model 2 the previous export
 * is dated before the current one, normally exactly one year (31-12 to 31-12). Swapped
 * files are the most common mistake, so that is an error; an odd distance only warns.
 */
import type { DossierExport, IsoDate } from '../imports/types';
import { error, fail, ok, warning, type Problem, type Result } from '../problems';
import type { Settings } from '../settings';

export interface ExportDates {
  year: number;
  current: IsoDate | null;
  previous: IsoDate | null;
}

const dayNumber = (iso: IsoDate): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
export const formatDutchDate = (iso: IsoDate): string => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

export function checkExportDates(
  current: DossierExport,
  previous: DossierExport | null,
  settings: Settings,
): Result<ExportDates> {
  const warnings: Problem[] = [];
  const cur = settings.model === 1 && settings.peildatum ? settings.peildatum : current.peildatum;
  const prev = previous?.peildatum ?? null;

  // Two real exports a year apart can hold the same counts; only without distinct dates is it the same file.
  const datesDiffer = Boolean(current.peildatum && previous?.peildatum && current.peildatum !== previous.peildatum);
  if (previous && !datesDiffer && sameContent(current, previous)) {
    return fail(error('billing.sameExportTwice', { current: current.source.label, previous: previous.source.label }));
  }
  if (!cur) warnings.push(warning('billing.peildatumUnknown', { file: current.source.label }));
  if (previous && !prev) warnings.push(warning('billing.peildatumUnknown', { file: previous.source.label }));

  if (cur && prev) {
    if (prev >= cur) {
      return fail(
        error('billing.previousNotBefore', {
          previous: formatDutchDate(prev),
          current: formatDutchDate(cur),
          previousFile: previous!.source.label,
          currentFile: current.source.label,
        }),
        warnings,
      );
    }
    const days = dayNumber(cur) - dayNumber(prev);
    const oneYear = +cur.slice(0, 4) - +prev.slice(0, 4) === 1 && cur.slice(5) === prev.slice(5);
    if (!oneYear) warnings.push(warning('billing.previousNotOneYear', { days }));
  }
  if (settings.model === 2) {
    for (const d of [cur, prev]) {
      if (d && d.slice(5) !== '12-31') warnings.push(warning('billing.peildatumNot3112', { date: formatDutchDate(d) }));
    }
  }
  const year = settings.year ?? (cur ? +cur.slice(0, 4) : null);
  if (year === null) return fail(error('billing.yearUnknown'), warnings);
  return ok({ year, current: cur, previous: prev }, warnings);
}

/** The same file given twice: same employers with the same counts. */
function sameContent(a: DossierExport, b: DossierExport): boolean {
  if (a.employers.length !== b.employers.length || a.employers.length === 0) return false;
  return a.employers.every((e, i) => {
    const o = b.employers[i]!;
    return (
      e.number === o.number &&
      e.employerDossiers === o.employerDossiers &&
      e.employeeDossiers === o.employeeDossiers &&
      e.inactiveDossiers === o.inactiveDossiers
    );
  });
}
