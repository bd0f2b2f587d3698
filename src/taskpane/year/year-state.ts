/**
 * The year step's own state and reducer, apart from the pane's: the year is optional,
 * and keeping it here means the pane's reducer (and its tests) do not change with it.
 * Pure, so every transition is unit-tested without React.
 */
import type { SigningExport, SigningImportOptions, SigningInput } from '../../domain/imports/signing-types';
import type { SourceInfo } from '../../domain/imports/types';
import type { Problem } from '../../domain/problems';
import type { Notice } from '../state/pane-state';
import { defaultYearForm, emptyLine, type EmployerChoice, type LineForm, type YearForm } from './year-form';

export interface SigningRequest {
  input: SigningInput;
  source: SourceInfo;
  options: Pick<SigningImportOptions, 'period'>;
}

/** One imported 'Ondertekenverzoeken per werkgever', with the input it came from (for a re-import with a period). */
export interface SigningSource {
  id: string;
  /** The file name or 'geplakte tekst', as the user knows it. */
  label: string;
  /** Null for a report restored from the workbook, which keeps its counts but not the file. */
  request: SigningRequest | null;
  result: { ok: true; exp: SigningExport; warnings: Problem[] } | { ok: false; error: Notice; warnings: Problem[] };
}

export interface YearState {
  /** The step is folded away until the user opens it (or a restore brings year data). */
  open: boolean;
  form: YearForm;
  signing: SigningSource[];
  /** Grows on every change, so a result made before it can tell it is stale. */
  revision: number;
}

export const initialYearState = (): YearState => ({ open: false, form: defaultYearForm(), signing: [], revision: 0 });

type FormPatch = Partial<Pick<YearForm, 'toleranceAbs' | 'tolerancePct' | 'signingMode' | 'signingPrice'>>;

export type YearAction =
  | { type: 'open'; open: boolean }
  | { type: 'line.add'; period: string }
  | { type: 'line.change'; id: string; patch: Partial<Omit<LineForm, 'id'>> }
  | { type: 'line.remove'; id: string }
  | { type: 'lines.append'; lines: LineForm[] }
  | { type: 'form'; patch: FormPatch }
  | { type: 'employers'; patch: Partial<EmployerChoice> }
  | { type: 'signing.add'; source: SigningSource }
  | { type: 'signing.remove'; id: string }
  /** A re-import (another period) takes the old one's place in the list. */
  | { type: 'signing.replace'; id: string; source: SigningSource }
  | { type: 'restore'; form: YearForm; signing: SigningSource[] };

const bump = (s: YearState, next: Partial<YearState>): YearState => ({ ...s, ...next, revision: s.revision + 1 });

export function yearReducer(state: YearState, action: YearAction): YearState {
  const form = state.form;
  switch (action.type) {
    case 'open':
      return { ...state, open: action.open };
    case 'line.add':
      return bump(state, { form: { ...form, lines: [...form.lines, emptyLine('advance', action.period)] } });
    case 'line.change':
      return bump(state, { form: { ...form, lines: form.lines.map((l) => (l.id === action.id ? { ...l, ...action.patch } : l)) } });
    case 'line.remove':
      return bump(state, { form: { ...form, lines: form.lines.filter((l) => l.id !== action.id) } });
    case 'lines.append':
      return bump(state, { form: { ...form, lines: [...form.lines, ...action.lines] } });
    case 'form':
      return bump(state, { form: { ...form, ...action.patch } });
    case 'employers':
      return bump(state, { form: { ...form, employers: { ...form.employers, ...action.patch } } });
    case 'signing.add':
      return bump(state, { signing: [...state.signing, action.source] });
    case 'signing.remove':
      return bump(state, { signing: state.signing.filter((s) => s.id !== action.id) });
    case 'signing.replace':
      return bump(state, { signing: state.signing.map((s) => (s.id === action.id ? action.source : s)) });
    case 'restore':
      return bump(state, { open: true, form: action.form, signing: action.signing });
  }
}

/** Whether the user entered anything for the year; without it 'Maak specificatie' runs as before. */
export const hasYearData = (s: YearState): boolean => s.form.lines.length > 0 || s.signing.length > 0 || s.form.employers.on;
