/**
 * The exports' dates against the year or agreed peildatum of step 1 and against each
 * other, while the user is still loading: the engine's own judgement (dateFindings), fed
 * with what the pane has so far.
 */
import { dateFindings, isDateError, type DateFinding } from '../../domain/billing/date-findings';
import { dateFromText } from './date-text';
import { loadedExport, type DossierList } from './exports';
import type { ChoiceForm } from './forms';

/** The typed year when it is one; what validateForms accepts. */
export function typedYear(text: string): number | undefined {
  const t = text.trim();
  const n = /^\d{4}$/.test(t) ? Number(t) : NaN;
  return n >= 2000 && n <= 2100 ? n : undefined;
}

export function paneDateFindings(choice: ChoiceForm, exports: DossierList): DateFinding[] {
  const current = loadedExport(exports, 'current');
  const previous = choice.model === 2 ? loadedExport(exports, 'previous') : null;
  if (!current && !previous) return [];
  const year = choice.model === 2 ? typedYear(choice.year) : undefined;
  const agreed = choice.model === 1 ? (dateFromText(choice.peildatum) ?? undefined) : undefined;
  const findings = dateFindings({
    model: choice.model,
    ...(year !== undefined ? { year } : {}),
    ...(agreed !== undefined ? { agreed } : {}),
    current: { peildatum: current?.exp.peildatum ?? null, label: current?.exp.source.label ?? '' },
    previous: previous ? { peildatum: previous.exp.peildatum, label: previous.exp.source.label } : null,
  });
  // Exports the wrong way round say nothing yet about the year: swapping them is the fix
  // to offer, and the year is judged again afterwards, as the engine does.
  const swapped = findings.some((f) => f.kind === 'previousNotBefore' && f.swapped);
  return swapped ? findings.filter((f) => f.kind !== 'yearContradicts' && f.kind !== 'yearContradictsPrevious') : findings;
}

export const datesDisagree = (findings: readonly DateFinding[]): boolean => findings.some(isDateError);
