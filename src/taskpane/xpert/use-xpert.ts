/**
 * The Otherside flow's state, held by App (not by the flow's screen) so that switching to
 * Qwoater and back keeps it, and so that the pane's persistence can save and restore it
 * beside the Qwoater part of the stored state. Its reports come in through the pane's one
 * importer; the months of one import go into the history together (addReports, in the
 * reducer), which asks before it replaces a month that is already there.
 */
import { useCallback, useMemo, useReducer, type Dispatch } from 'react';
import type { WorkbookHost } from '../../host/host';
import type { I18n } from '../i18n/i18n-context';
import { useImporter, type Importer } from '../imports/use-importer';
import type { Notice } from '../state/notice';
import type { ImportRunner } from '../worker/import-client';
import { validateXpertForm, xpertFormFromSettings, type XpertFormValidation } from './xpert-forms';
import { initialXpertState, xpertReducer, type XpertAction, type XpertState } from './xpert-state';
import { readXpertPart, toStoredPart, type XpertPart, type XpertStored } from './xpert-stored';

/** What use-persistence needs: the part to save, and where to put a restored one. */
export interface XpertPersistence {
  /** Changes only when something worth saving changes (not on every keystroke of a bad rate). */
  part(qwoaterPlaceholder: boolean): XpertStored;
  /**
   * Called once with the stored part (or undefined). Says whether the Qwoater settings
   * beside it are a stand-in, and the key of what was restored, so it is not written back.
   */
  restore(raw: XpertStored | undefined): { qwoaterPlaceholder: boolean; key: string; months: number };
  /** Changes whenever part() would give something else; for the save's change check. */
  key: string;
  /** No months and no rates: nothing that needs a save of its own. */
  empty: boolean;
  /** Months in the history: what the workbook keeps of Otherside's counts. */
  months: number;
  /** Drops the monthly history (the user removed what the workbook keeps). */
  forget(): void;
}

export interface XpertFlowModel {
  state: XpertState;
  dispatch: Dispatch<XpertAction>;
  importer: Importer<'xpert'>;
  validation: XpertFormValidation;
  persistence: XpertPersistence;
  /** The replace question's answer: replace the months asked about, or keep them. */
  answerReplace(replace: boolean): void;
}

const partKey = (p: Omit<XpertPart, 'qwoaterPlaceholder'>) => JSON.stringify(toStoredPart({ ...p, qwoaterPlaceholder: false }));

export function useXpert(host: WorkbookHost, i18n: I18n, lang: 'nl' | 'en', makeRunner: () => ImportRunner): XpertFlowModel {
  const [state, dispatch] = useReducer(xpertReducer, lang, initialXpertState);
  const importer = useImporter({
    kind: 'xpert',
    placement: 'all',
    makeRunner,
    host,
    i18n,
    // Re-reading a file with other columns replaces the month that file gave, without asking again.
    onSettled: (good, rerun) => dispatch({ type: 'months.add', items: good.map((g) => ({ id: g.id, report: g.value })), now: new Date(), sameFileReplaces: rerun }),
  });
  const validation = useMemo(() => validateXpertForm(state.form), [state.form]);

  const settings = validation.ok ? validation.settings : null;
  const base = useMemo(() => ({ source: state.source, history: state.history, settings }), [state.source, state.history, settings]);
  const part = useCallback((qwoaterPlaceholder: boolean) => toStoredPart({ ...base, qwoaterPlaceholder }), [base]);
  const key = useMemo(() => partKey(base), [base]);
  const empty = Object.keys(state.history.months).length === 0 && settings === null;

  const restore = useCallback(
    (raw: XpertStored | undefined) => {
      const read = readXpertPart(raw);
      const notices: Notice[] = read.warnings.map((problem) => ({ kind: 'problem', problem }));
      if (read.settingsDropped) notices.push({ kind: 'message', severity: 'warning', key: 'xpert.restore.settingsDropped' });
      const months = Object.keys(read.part.history.months).length;
      if (months) notices.push({ kind: 'counted', severity: 'info', key: 'xpert.restore.months', count: months });
      dispatch({ type: 'restore', part: read.part, form: read.part.settings ? xpertFormFromSettings(read.part.settings, lang) : null, notices });
      return { qwoaterPlaceholder: read.part.qwoaterPlaceholder, key: partKey(read.part), months };
    },
    [lang],
  );

  const answerReplace = useCallback((replace: boolean) => dispatch({ type: replace ? 'months.replace' : 'months.keep', now: new Date() }), []);
  const months = Object.keys(state.history.months).length;
  const forget = useCallback(() => {
    importer.clear();
    dispatch({ type: 'history.clear' });
  }, [importer]);
  const persistence = useMemo(() => ({ part, restore, key, empty, months, forget }), [part, restore, key, empty, months, forget]);
  return { state, dispatch, importer, validation, persistence, answerReplace };
}
