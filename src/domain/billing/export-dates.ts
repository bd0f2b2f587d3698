/**
 * Checks that the exports fit the price model in time: for model 2 the previous export
 * is dated before the current one, normally exactly one year (31-12 to 31-12). Swapped
 * files are the most common mistake, so that is an error; an odd distance only warns.
 *
 * What the user states outright must agree with the exports, or nothing is computed: a
 * year (CLI --year, the pane's year field) is the year of the current export's peildatum
 * (model 2: one more than the previous export's, when only that one is dated), and model
 * 1's agreed peildatum lies in the year of the export's own peildatum. Otherwise the sheet
 * would be titled one year over the counts of another, and an advance of that year would
 * be checked against them. A different day within the same year only warns: the
 * agreement says which day counts, and the export may be a few days off.
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
  const agreed = settings.model === 1 ? (settings.peildatum ?? null) : null;
  const cur = agreed ?? current.peildatum;
  const prev = previous?.peildatum ?? null;
  if (agreed && current.peildatum && agreed !== current.peildatum) {
    const params = { agreed: formatDutchDate(agreed), date: formatDutchDate(current.peildatum), file: current.source.label };
    if (agreed.slice(0, 4) !== current.peildatum.slice(0, 4)) return fail(error('billing.agreedPeildatumOtherYear', params));
    warnings.push(warning('billing.agreedPeildatumDiffers', params));
  }

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
  const stated = statedYear(settings.year, cur, agreed !== null, current, previous);
  if (stated) return fail(stated, warnings);
  const year = settings.year ?? (cur ? +cur.slice(0, 4) : null);
  if (year === null) return fail(error('billing.yearUnknown'), warnings);
  return ok({ year, current: cur, previous: prev }, warnings);
}

/** An error when the year the user gave is not the year the peildatums say; null when they agree or say nothing. */
function statedYear(year: number | undefined, cur: IsoDate | null, agreed: boolean, current: DossierExport, previous: DossierExport | null): Problem | null {
  if (year === undefined) return null;
  if (cur) {
    if (+cur.slice(0, 4) === year) return null;
    const params = { year, date: formatDutchDate(cur), dateYear: +cur.slice(0, 4), file: current.source.label };
    return error(agreed ? 'billing.yearContradictsAgreed' : 'billing.yearContradictsExport', params);
  }
  const prev = previous?.peildatum;
  if (!prev || +prev.slice(0, 4) === year - 1) return null;
  return error('billing.yearContradictsPrevious', { year, date: formatDutchDate(prev), dateYear: +prev.slice(0, 4) + 1, expected: `31-12-${year - 1}`, file: previous!.source.label });
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
