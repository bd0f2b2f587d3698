/**
 * Qwoater's counting rules.
 *  Model 1: billable = Σ Werkgeversdossier + Σ F on the one export (peildatum as agreed).
 *  Model 2: billable = Σ Werkgeversdossier (current) + Σ F (current, 31-12 of the year)
 *           − Σ G (previous, 31-12 of the year before), joined per employer.
 * The invoice follows the sums, so per-employer differences may be negative; the total
 * is exactly ΣF − ΣG and rows only explain it. A total below zero (a large client left)
 * is shown as it is and billed as 0 dossiers, with a warning, once the peildatums settle
 * that the exports are not swapped; without them it is refused as possibly swapped.
 *
 * What lives in src/domain/billing/: the rules, each a pure function of typed exports and
 * settings: qwoater.ts (counts per model), pricing.ts (flat and staffel, minimum, VAT),
 * advances.ts (quarterly advances, corrections, settlement), invoices.ts and invoice-pdf.ts
 * (invoice lines), known-causes.ts, rebill.ts (re-billing per employer), types.ts (outcomes).
 */
import type { DossierExport } from '../imports/types';
import { error, ok, fail, warning, type Problem, type Result } from '../problems';
import type { Settings } from '../settings';
import { charge, exactExclCents } from './pricing';
import { beyondRange } from './range';
import type { EmployerLine, Reconciliation, Totals } from './types';
import { checkExportDates, formatDutchDate } from './export-dates';
import { textPair, type MessageParams } from '../messages';
import { joinByKey } from './employer-join';

export interface QwoaterInput {
  current: DossierExport;
  previous?: DossierExport | null;
  settings: Settings;
}


/** A note beside an employer, by its code, in both languages (catalogue area messages/notes). */
const note = (code: 'onlyInPrevious' | 'onlyInCurrent' | 'negativeActive' | 'summedRows' | 'summedRowsPrevious' | 'renamed', params?: MessageParams) => ({
  code,
  ...textPair(`note.${code}`, params),
});

const rowNotes = { onlyPrevious: note('onlyInPrevious'), onlyCurrent: note('onlyInCurrent'), negative: note('negativeActive') } as const;

/** The rows of an export that were added up into this employer (imports/dossier-rows.ts). */
const summedNote = (rows: readonly number[], previous: boolean) => note(previous ? 'summedRowsPrevious' : 'summedRows', { rows: rows.join(', ') });

export function reconcileQwoater(input: QwoaterInput): Result<Reconciliation> {
  const { current, settings } = input;
  const previous = settings.model === 2 ? (input.previous ?? null) : null;
  const warnings: Problem[] = [];

  if (settings.model === 2) {
    if (!previous) return fail(error('billing.previousMissing'));
    if (!previous.hasInactiveColumn) return fail(error('billing.previousHasNoInactive', { file: previous.source.label }));
  }
  const dates = checkExportDates(current, previous, settings);
  if (!dates.ok) return dates;
  warnings.push(...dates.warnings);
  const year = dates.value.year;

  const joined = joinByKey(current, previous);
  if (!joined.ok) return joined;
  const { previousOf, onlyPrevious: gone } = joined.value;

  const employers: EmployerLine[] = [];
  let negative = 0;
  let onlyCurrent = 0;
  let renamed = 0;
  let renamedExample = '';
  // Most rows have no note: they share one empty list instead of allocating 50 000 of them.
  const noNotes: EmployerLine['notes'] = Object.freeze([]) as unknown as EmployerLine['notes'];
  current.employers.forEach((e, i) => {
    const j = previousOf[i]!;
    const prev = j >= 0 ? previous!.employers[j] : undefined;
    const inactive = settings.model === 2 ? (prev?.inactiveDossiers ?? 0) : 0;
    const active = e.employeeDossiers - inactive;
    let notes = noNotes;
    if (previous && !prev) {
      onlyCurrent++;
      notes = [rowNotes.onlyCurrent];
    }
    if (active < 0) {
      negative++;
      notes = [...notes, rowNotes.negative];
    }
    if (e.sourceRows) notes = [...notes, summedNote(e.sourceRows, false)];
    if (prev?.sourceRows) notes = [...notes, summedNote(prev.sourceRows, true)];
    if (prev && prev.name !== e.name && normaliseName(prev.name) !== normaliseName(e.name)) {
      renamed++;
      renamedExample ||= `${e.number}: '${prev.name}' → '${e.name}'`;
      notes = [...notes, note('renamed', { name: prev.name })];
    }
    employers.push({
      number: e.number,
      name: e.name,
      employerDossiers: e.employerDossiers,
      employeeDossiers: e.employeeDossiers,
      inactivePrevious: inactive,
      activeEmployeeDossiers: active,
      billableDossiers: e.employerDossiers + active,
      inCurrent: true,
      inPrevious: Boolean(prev),
      notes,
    });
  });
  const onlyPrevious = gone.length;
  if (previous) {
    for (const j of gone) {
      const p = previous.employers[j]!;
      // Gone this year: its inactive dossiers still count against ΣF, as on the invoice.
      const active = -p.inactiveDossiers;
      if (active < 0) negative++;
      employers.push({
        number: p.number,
        name: p.name,
        employerDossiers: 0,
        employeeDossiers: 0,
        inactivePrevious: p.inactiveDossiers,
        activeEmployeeDossiers: active,
        billableDossiers: active,
        inCurrent: false,
        inPrevious: true,
        notes: [rowNotes.onlyPrevious, ...(active < 0 ? [rowNotes.negative] : []), ...(p.sourceRows ? [summedNote(p.sourceRows, true)] : [])],
      });
    }
  }

  let employeeDossiers = 0;
  let inactivePrevious = 0;
  let employerDossiers = 0;
  for (const l of employers) {
    employeeDossiers += l.employeeDossiers;
    inactivePrevious += l.inactivePrevious;
    employerDossiers += l.employerDossiers;
  }
  const activeEmployeeDossiers = employeeDossiers - inactivePrevious;
  // No negative number of dossiers can be billed; the count below zero is shown, and counts as 0.
  const billableDossiers = Math.max(0, employerDossiers + activeEmployeeDossiers);
  if (activeEmployeeDossiers < 0) {
    // Swapped exports look the same, unless both peildatums are known (and then in order, or checkExportDates refused them).
    const { current: cur, previous: prev } = dates.value;
    if (!cur || !prev) return fail(error('billing.negativeTotal', { inactive: inactivePrevious, total: employeeDossiers }), warnings);
    warnings.unshift(
      warning('billing.negativeTotalCounted', {
        inactive: inactivePrevious,
        total: employeeDossiers,
        active: activeEmployeeDossiers,
        billable: billableDossiers,
        previous: formatDutchDate(prev),
        current: formatDutchDate(cur),
        minimum: settings.minimumCents,
      }),
    );
  }
  const beyond = beyondRange('year', exactExclCents(billableDossiers, settings));
  if (beyond) return fail(beyond, warnings);
  const money = charge(billableDossiers, settings);
  const totals: Totals = {
    employers: employers.length,
    employerDossiers,
    employeeDossiers,
    inactivePrevious,
    activeEmployeeDossiers,
    billableDossiers,
    ...money,
  };

  if (onlyCurrent) warnings.push(warning('billing.onlyInCurrent', { count: onlyCurrent }));
  if (onlyPrevious) warnings.push(warning('billing.onlyInPrevious', { count: onlyPrevious }));
  if (negative) warnings.push(warning('billing.negativeActive', { count: negative }));
  if (renamed) warnings.push(warning('billing.renamed', { count: renamed, example: renamedExample }));

  return ok(
    {
      model: settings.model,
      year,
      currentPeildatum: dates.value.current,
      previousPeildatum: dates.value.previous,
      employers,
      totals,
      warnings,
    },
    warnings,
  );
}

const normaliseName = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
