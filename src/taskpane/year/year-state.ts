/**
 * The year step's own state and reducer, apart from the pane's: the year is optional,
 * and keeping it here means the pane's reducer (and its tests) do not change with it.
 * Its signing reports are imports like any other (imports/import-list.ts).
 * Pure, so every transition is unit-tested without React.
 */
import { defaultYearForm, emptyLine, type EmployerChoice, type LineForm, type YearForm } from './year-form';

export interface YearState {
  /** The step is folded away until the user opens it (or a restore brings year data). */
  open: boolean;
  form: YearForm;
  /** Grows on every change, so a result made before it can tell it is stale. */
  revision: number;
}

export const initialYearState = (): YearState => ({ open: false, form: defaultYearForm(), revision: 0 });

type FormPatch = Partial<Pick<YearForm, 'toleranceAbs' | 'tolerancePct' | 'signingMode' | 'signingPrice'>>;

export type YearAction =
  | { type: 'open'; open: boolean }
  | { type: 'line.add'; period: string }
  | { type: 'line.change'; id: string; patch: Partial<Omit<LineForm, 'id'>> }
  | { type: 'line.remove'; id: string }
  | { type: 'lines.append'; lines: LineForm[] }
  | { type: 'form'; patch: FormPatch }
  | { type: 'employers'; patch: Partial<EmployerChoice> }
  | { type: 'restore'; form: YearForm };

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
    case 'restore':
      return bump(state, { open: true, form: action.form });
  }
}

/** Whether the user entered anything for the year; without it 'Maak specificatie' runs as before. */
export const hasYearData = (s: YearState, signingReports: number): boolean => s.form.lines.length > 0 || signingReports > 0 || s.form.employers.on;
