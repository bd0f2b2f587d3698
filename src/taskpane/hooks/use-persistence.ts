/**
 * Keeps the user's settings and exports in the workbook (host.saveState) and brings them
 * back when the pane opens (host.loadState). What comes back is validated by
 * stored-state.ts and the exports go through the importer again; anything odd is dropped
 * with a warning. Saving waits until the restore is done, so opening the pane can never
 * overwrite a good saved state with empty defaults.
 */
import { useEffect, useRef, type Dispatch } from 'react';
import type { WorkbookHost } from '../../host/host';
import { formsFromSettings, validateForms } from '../state/forms';
import type { PaneAction, PaneState, SlotKey } from '../state/pane-state';
import { defaultSettings, type Settings } from '../../domain/settings';
import type { ImportRequest } from '../imports/import-kinds';
import { itemBusy, slotItem } from '../imports/import-list';
import type { Importer } from '../imports/use-importer';
import type { DossierList } from '../state/exports';
import { loadedExport } from '../state/exports';
import type { XpertPersistence } from '../xpert/use-xpert';
import type { YearPersistence } from '../year/use-year';
import { inputOfStored, storedInputOf } from '../state/stored-input';
import { parseStoredState, serializeStoredState, type StoredExport, type StoredState } from '../state/stored-state';

/** Long enough that typing a price does not write to the workbook on every key. */
export const SAVE_DEBOUNCE_MS = 800;

const toStored = (request: ImportRequest<'dossiers'>): StoredExport => ({ source: request.source, input: storedInputOf(request.input), options: request.options });

export const fromStored = (s: StoredExport): ImportRequest<'dossiers'> => ({ input: inputOfStored(s.input), source: s.source, options: s.options });

/**
 * What to save, or null when now is not the time: while the forms are invalid (saved
 * settings must always validate) or while an import runs (its export would be missing).
 */
export function snapshotToSave(state: PaneState, exports: DossierList): { settings: Settings; exports: StoredState['exports'] } | null {
  const v = validateForms(state.choice, state.price);
  if (!v.ok) return null;
  if (itemBusy(slotItem(exports, 'current')) || itemBusy(slotItem(exports, 'previous'))) return null;
  const exp = (k: SlotKey) => {
    const loaded = loadedExport(exports, k);
    return loaded ? toStored(loaded.request) : null;
  };
  // Model 1 has no previous export; a leftover one is not kept.
  return { settings: v.settings, exports: { current: exp('current'), previous: state.choice.model === 2 ? exp('previous') : null } };
}

/** Compares snapshots without the time stamp, so an unchanged state is not written again. */
const snapshotKey = (s: { settings: Settings; exports: StoredState['exports'] }, xpertKey = '', year?: StoredState['year']) => JSON.stringify([s.settings, s.exports, xpertKey, year ?? null]);

export function usePersistence(
  host: WorkbookHost,
  state: PaneState,
  dispatch: Dispatch<PaneAction>,
  importer: Importer<'dossiers'>,
  lang: 'nl' | 'en',
  xpert?: XpertPersistence,
  year?: YearPersistence,
): void {
  const restored = useRef(false);
  const lastSaved = useRef<string | null>(null);
  // The Qwoater part last saved or restored: kept when the Otherside part changes while the Qwoater form is incomplete.
  const lastQwoater = useRef<{ settings: Settings; exports: StoredState['exports'] } | null>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      const loaded = await host.loadState();
      if (!live) return;
      if (!loaded.ok) {
        dispatch({ type: 'notice.add', notice: { kind: 'message', severity: 'warning', key: 'state.loadFailed', params: { reason: loaded.error[lang] } } });
      } else {
        const outcome = parseStoredState(loaded.value);
        // The Otherside part first: it says whether the Qwoater settings beside it are only a stand-in.
        const xp = outcome.ok ? xpert?.restore(outcome.state.xpert) : undefined;
        if (outcome.ok && xp?.qwoaterPlaceholder) {
          lastSaved.current = snapshotKey(outcome.state, xp.key);
        } else if (outcome.ok) {
          lastQwoater.current = { settings: outcome.state.settings, exports: outcome.state.exports };
          const forms = formsFromSettings(outcome.state.settings, lang);
          dispatch({ type: 'restore', choice: forms.choice, price: forms.price });
          for (const k of ['current', 'previous'] as const) {
            const stored = outcome.state.exports[k];
            if (stored) importer.restore(fromStored(stored), k);
          }
          // The year's lines and signing exports go through validation and the importer again.
          if (outcome.state.year) year?.restore(outcome.state.year);
          dispatch({ type: 'notice.add', notice: { kind: 'message', severity: 'info', key: 'state.restored' } });
          // What was just restored need not be written back.
          lastSaved.current = snapshotKey(outcome.state, xp?.key, outcome.state.year);
        } else if (outcome.reason !== 'empty') {
          dispatch({ type: 'notice.add', notice: { kind: 'message', severity: 'warning', key: outcome.message, params: outcome.params } });
        }
      }
      restored.current = true;
    })();
    return () => {
      live = false;
    };
    // Restore once, when the pane opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!restored.current) return;
    const timer = setTimeout(() => {
      const fresh = snapshotToSave(state, importer.list);
      if (fresh) lastQwoater.current = fresh;
      const qwoater = fresh ?? lastQwoater.current;
      // The stored state needs valid Qwoater settings; Otherside months are saved even before those exist.
      if (qwoater === null && (!xpert || xpert.empty)) return;
      const snapshot = qwoater ?? { settings: defaultSettings(state.choice.model), exports: { current: null, previous: null } };
      const key = snapshotKey(snapshot, xpert?.key, year?.stored);
      if (key === lastSaved.current) return;
      lastSaved.current = key;
      void host.saveState(serializeStoredState(snapshot.settings, snapshot.exports, undefined, { ...(xpert ? { xpert: xpert.part(qwoater === null) } : {}), ...(year?.stored ? { year: year.stored } : {}) })).then((r) => {
        if (!r.ok) {
          lastSaved.current = null;
          dispatch({ type: 'notice.add', notice: { kind: 'message', severity: 'warning', key: 'state.saveFailed', params: { reason: r.error[lang] } } });
        }
      });
    }, SAVE_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [state, importer.list, host, dispatch, lang, xpert, year]);
}
