/**
 * The Otherside flow's state and the one reducer that changes it. Adding months runs the
 * engine's addReports inside the reducer (it is pure), so a month is always added to the
 * history as it is at that moment, never to a stale copy held by an async callback.
 */
// Not the domain/xpert front door: it would bring the Otherside workbook builders into the pane's first chunk.
import { addReports, emptyHistory, removeMonth, type ReplaceCandidate, type XpertHistory } from '../../domain/xpert/history';
import type { Period } from '../../domain/xpert/period';
import type { XpertReport } from '../../domain/imports/xpert-types';
import type { Notice } from '../state/notice';
import { defaultXpertForm, type XpertRatesForm } from './xpert-forms';
import type { XpertPart, XpertSource } from './xpert-stored';

/** What happened to a file's month in the history. */
export type EntryOutcome = 'added' | 'replaced' | 'unchanged' | 'kept';

export interface PendingReplace {
  candidates: ReplaceCandidate[];
  items: { id: number; report: XpertReport }[];
}

export interface XpertState {
  source: XpertSource;
  history: XpertHistory;
  form: XpertRatesForm;
  /** Per import item (imports/import-list.ts), what its month did to the history. */
  outcomes: Record<number, EntryOutcome>;
  /** Months already in the history that an import would change: the dialog asks first. */
  pending: PendingReplace | null;
  notices: Notice[];
  /** Grows on every change that alters the overview, so an old result card can tell it is stale. */
  revision: number;
  /** Set by the restore: the Qwoater settings beside the stored part are a stand-in. */
  qwoaterPlaceholder: boolean;
}

export const initialXpertState = (lang: 'nl' | 'en'): XpertState => ({
  source: 'qwoater',
  history: emptyHistory(),
  form: defaultXpertForm(lang),
  outcomes: {},
  pending: null,
  notices: [],
  revision: 0,
  qwoaterPlaceholder: false,
});

export type XpertAction =
  | { type: 'source'; source: XpertSource }
  | { type: 'form'; patch: Partial<XpertRatesForm> }
  | { type: 'months.add'; items: { id: number; report: XpertReport }[]; now: Date; confirm?: readonly Period[]; sameFileReplaces?: boolean }
  | { type: 'months.replace'; now: Date }
  | { type: 'months.keep'; now: Date }
  | { type: 'month.remove'; period: Period }
  /** Every month gone: the user removed what the workbook kept. */
  | { type: 'history.clear' }
  | { type: 'restore'; part: XpertPart; form: XpertRatesForm | null; notices: Notice[] }
  | { type: 'notice.add'; notice: Notice }
  | { type: 'notice.dismiss'; index: number };

const setOutcome = (outcomes: Record<number, EntryOutcome>, ids: Map<number, EntryOutcome>): Record<number, EntryOutcome> => ({ ...outcomes, ...Object.fromEntries(ids) });

function addMonths(state: XpertState, items: { id: number; report: XpertReport }[], now: Date, confirm: readonly Period[]): XpertState {
  const result = addReports(state.history, items.map((i) => i.report), { confirmReplace: confirm, now });
  if (!result.ok) {
    // Two files for one month in one import: nothing is added, the message names both.
    return { ...state, pending: null, notices: [...state.notices, { kind: 'problem', problem: result.error }] };
  }
  const value = result.value;
  if (value.status === 'needsConfirmation') return { ...state, pending: { candidates: value.months, items } };
  const byPeriod = (ps: readonly Period[], o: EntryOutcome) => items.filter((i) => ps.includes(i.report.period)).map((i) => [i.id, o] as const);
  const outcomes = new Map<number, EntryOutcome>([...byPeriod(value.added, 'added'), ...byPeriod(value.replaced, 'replaced'), ...byPeriod(value.unchanged, 'unchanged')]);
  return { ...state, history: value.history, pending: null, outcomes: setOutcome(state.outcomes, outcomes), revision: state.revision + 1 };
}

export function xpertReducer(state: XpertState, action: XpertAction): XpertState {
  switch (action.type) {
    case 'source':
      return { ...state, source: action.source };
    case 'form':
      return { ...state, form: { ...state.form, ...action.patch }, revision: state.revision + 1 };
    case 'months.add': {
      // Re-reading a file with other columns replaces the month that file gave, without asking again.
      const confirm = [...(action.confirm ?? [])];
      if (action.sameFileReplaces) {
        for (const { report } of action.items) if (state.history.months[report.period]?.source.label === report.source.label) confirm.push(report.period);
      }
      return addMonths(state, action.items, action.now, confirm);
    }
    case 'months.replace':
      if (!state.pending) return state;
      return addMonths({ ...state, pending: null }, state.pending.items, action.now, state.pending.candidates.map((c) => c.period));
    case 'months.keep': {
      // 'Keep what is there': the months asked about stay; the other months of the import go in.
      if (!state.pending) return state;
      const asked = state.pending.candidates.map((c) => c.period);
      const keptIds = new Map(state.pending.items.filter((i) => asked.includes(i.report.period)).map((i) => [i.id, 'kept' as const]));
      const rest = state.pending.items.filter((i) => !asked.includes(i.report.period));
      const cleared: XpertState = { ...state, pending: null, outcomes: setOutcome(state.outcomes, keptIds) };
      return rest.length ? addMonths(cleared, rest, action.now, []) : cleared;
    }
    case 'month.remove':
      return { ...state, history: removeMonth(state.history, action.period), revision: state.revision + 1 };
    case 'history.clear':
      return { ...state, history: emptyHistory(), revision: state.revision + 1 };
    case 'restore':
      return {
        ...state,
        source: action.part.source,
        history: action.part.history,
        form: action.form ?? state.form,
        qwoaterPlaceholder: action.part.qwoaterPlaceholder,
        notices: [...state.notices, ...action.notices],
        revision: state.revision + 1,
      };
    case 'notice.add':
      return { ...state, notices: [...state.notices, action.notice] };
    case 'notice.dismiss':
      return { ...state, notices: state.notices.filter((_, i) => i !== action.index) };
  }
}
