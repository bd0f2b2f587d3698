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
 *
 * Which dates contradict what is judged once, in date-findings.ts, which the task pane
 * also asks while the user loads; here the findings become the engine's messages.
 */
import type { DossierExport, IsoDate } from '../imports/types';
import { dateFindings, type DateFinding } from './date-findings';
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
  const findings = dateFindings({
    model: settings.model,
    ...(settings.year !== undefined ? { year: settings.year } : {}),
    ...(agreed ? { agreed } : {}),
    current: { peildatum: current.peildatum, label: current.source.label },
    previous: previous ? { peildatum: previous.peildatum, label: previous.source.label } : null,
  });
  const find = <K extends DateFinding['kind']>(...kinds: K[]) => findings.find((f): f is Extract<DateFinding, { kind: K }> => (kinds as string[]).includes(f.kind));

  const onAgreed = find('agreedOtherYear', 'agreedDiffers');
  if (onAgreed) {
    const params = { agreed: formatDutchDate(onAgreed.agreed), date: formatDutchDate(onAgreed.date), file: onAgreed.file };
    if (onAgreed.kind === 'agreedOtherYear') return fail(error('billing.agreedPeildatumOtherYear', params));
    warnings.push(warning('billing.agreedPeildatumDiffers', params));
  }

  // Two real exports a year apart can hold the same counts; only without distinct dates is it the same file.
  const datesDiffer = Boolean(current.peildatum && previous?.peildatum && current.peildatum !== previous.peildatum);
  if (previous && !datesDiffer && sameContent(current, previous)) {
    return fail(error('billing.sameExportTwice', { current: current.source.label, previous: previous.source.label }));
  }
  if (!cur) warnings.push(warning('billing.peildatumUnknown', { file: current.source.label }));
  if (previous && !prev) warnings.push(warning('billing.peildatumUnknown', { file: previous.source.label }));

  const notBefore = find('previousNotBefore');
  if (notBefore) {
    const params = { previous: formatDutchDate(notBefore.previous), current: formatDutchDate(notBefore.current), previousFile: notBefore.previousFile, currentFile: notBefore.currentFile };
    return fail(error('billing.previousNotBefore', params), warnings);
  }
  if (cur && prev) {
    const days = dayNumber(cur) - dayNumber(prev);
    const oneYear = +cur.slice(0, 4) - +prev.slice(0, 4) === 1 && cur.slice(5) === prev.slice(5);
    if (!oneYear) warnings.push(warning('billing.previousNotOneYear', { days }));
  }
  if (settings.model === 2) {
    for (const d of [cur, prev]) {
      if (d && d.slice(5) !== '12-31') warnings.push(warning('billing.peildatumNot3112', { date: formatDutchDate(d) }));
    }
  }
  const stated = find('yearContradicts', 'yearContradictsPrevious');
  if (stated) return fail(statedYearError(stated), warnings);
  const year = settings.year ?? (cur ? +cur.slice(0, 4) : null);
  if (year === null) return fail(error('billing.yearUnknown'), warnings);
  return ok({ year, current: cur, previous: prev }, warnings);
}

/** The year the user gave is not the year the peildatums say: the message names both. */
function statedYearError(f: Extract<DateFinding, { kind: 'yearContradicts' | 'yearContradictsPrevious' }>): Problem {
  const params = { year: f.year, date: formatDutchDate(f.date), dateYear: f.dateYear, file: f.file };
  if (f.kind === 'yearContradictsPrevious') return error('billing.yearContradictsPrevious', { ...params, expected: `31-12-${f.year - 1}` });
  return error(f.agreed ? 'billing.yearContradictsAgreed' : 'billing.yearContradictsExport', params);
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
