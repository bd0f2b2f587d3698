/**
 * The year state ⇄ its stored form. Saving keeps the user's input (typed text, file
 * bytes, pasted text, selected cells); restoring hands that input back to the same
 * validation and importer a user's typing and loading go through. Dates are stored as
 * ISO dates and shown as typed (dd-mm-jjjj).
 */
import { dateFromText, dateText } from '../state/date-text';
import { inputOfStored, storedInputOf } from '../state/stored-input';
import type { ImportRequest } from '../imports/import-kinds';
import { newLineId, type YearForm } from './year-form';
import { hasYearData, type YearState } from './year-state';
import type { SigningStored, YearStored } from './year-stored';

type SigningRequest = ImportRequest<'signing'>;

function signingToStored(r: SigningRequest): SigningStored {
  const { period, columns } = r.options;
  return {
    source: r.source,
    input: storedInputOf(r.input),
    options: { ...(period ? { period: { from: period.from, to: period.to } } : {}), ...(columns ? { columns: { ...columns } } : {}) },
  };
}

export const signingFromStored = (s: SigningStored): SigningRequest => ({
  input: inputOfStored(s.input),
  source: s.source,
  options: { ...(s.options.period ? { period: s.options.period } : {}), ...(s.options.columns ? { columns: s.options.columns } : {}) },
});

/** Undefined when there is nothing to keep, so a workbook without year data stays as it was. */
export function yearToStored(s: YearState, signing: readonly SigningRequest[]): YearStored | undefined {
  const f = s.form;
  if (!hasYearData(s, signing.length) && f.toleranceAbs === '' && f.tolerancePct === '' && f.signingMode === 'unknown') return undefined;
  return {
    lines: f.lines.map(({ id: _id, ...rest }) => ({
      ...rest,
      // A date that is no date yet is not kept: the stored form holds real dates only.
      date: dateFromText(rest.date) ?? '',
      period: rest.period.slice(0, 60),
      count: rest.count.slice(0, 60),
      price: rest.price.slice(0, 60),
      amount: rest.amount.slice(0, 60),
    })),
    toleranceAbs: f.toleranceAbs.slice(0, 60),
    tolerancePct: f.tolerancePct.slice(0, 60),
    signingMode: f.signingMode,
    signingPrice: f.signingPrice.slice(0, 60),
    employers: { ...f.employers, numbers: f.employers.numbers.slice(0, 200_000) },
    signing: signing.map(signingToStored),
  };
}

export function formFromStored(s: YearStored): YearForm {
  return {
    lines: s.lines.map((l) => ({ ...l, date: dateText(l.date || null), id: newLineId() })),
    toleranceAbs: s.toleranceAbs,
    tolerancePct: s.tolerancePct,
    signingMode: s.signingMode,
    signingPrice: s.signingPrice,
    employers: s.employers,
  };
}
