/**
 * The year state ⇄ its stored form. Saving keeps what the user typed, and of each signing
 * report its counts per employer (not the file); restoring hands the typed text back to
 * the same validation as typing. A report kept by an older version as its input (bytes,
 * pasted text, selected cells) goes through the importer again. Dates are stored as ISO
 * dates and shown as typed (dd-mm-jjjj).
 */
import type { SigningExport } from '../../domain/imports/signing-types';
import type { Problem } from '../../domain/problems';
import { bytesFromBase64 } from '../../host/base64';
import type { ImportRequest } from '../imports/import-kinds';
import { itemReady, type ImportItem } from '../imports/import-list';
import { dateFromText, dateText } from '../state/date-text';
import { MAX_STORED_WARNINGS, problemFromStored, problemToStored, storable } from '../state/stored-input';
import { newLineId, type YearForm } from './year-form';
import { hasYearData, type YearState } from './year-state';
import type { SigningInputStored, SigningStored, YearStored } from './year-stored';

export function signingToStored(exp: SigningExport, warnings: readonly Problem[]): SigningStored {
  return {
    kind: 'signing',
    source: exp.source,
    period: exp.period,
    periodFrom: exp.periodFrom,
    headerRow: exp.headerRow,
    headers: exp.headers,
    columns: exp.columns,
    columnsFoundBy: exp.columnsFoundBy,
    employers: exp.employers,
    totals: exp.totals,
    warnings: warnings.filter(storable).slice(0, MAX_STORED_WARNINGS).map(problemToStored),
  };
}

export const signingInputFromStored = (s: SigningInputStored): ImportRequest<'signing'> => ({
  input: s.input.kind === 'bytes' ? { bytes: bytesFromBase64(s.input.base64) } : s.input.kind === 'text' ? { text: s.input.text } : { grid: s.input.grid },
  source: s.source,
  options: s.options.period ? { period: s.options.period } : {},
});

/** A stored report back: its counts as kept, or (kept by an older version) its input to import again. */
export function signingFromStored(s: SigningStored | SigningInputStored): { restored: { exp: SigningExport; warnings: Problem[] } } | { request: ImportRequest<'signing'> } {
  if (s.kind === 'input') return { request: signingInputFromStored(s) };
  const { kind: _kind, warnings, ...exp } = s;
  return { restored: { exp: { kind: 'loket-signing', ...exp }, warnings: warnings.map(problemFromStored) } };
}

/** Undefined when there is nothing to keep, so a workbook without year data stays as it was. */
export function yearToStored(s: YearState, signing: readonly ImportItem<'signing'>[]): YearStored | undefined {
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
    // Only reports that imported: a failed one has no counts to keep, and is read again by choosing the file again.
    signing: signing.flatMap((i) => (itemReady(i) ? [signingToStored(i.last.value, i.last.warnings)] : [])),
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
