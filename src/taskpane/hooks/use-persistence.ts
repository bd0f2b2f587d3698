/**
 * Keeps the user's settings and exports in the workbook (host.saveState) and brings them
 * back when the pane opens (host.loadState). What comes back is validated by
 * stored-state.ts and the exports go through the importer again; anything odd is dropped
 * with a warning. Saving waits until the restore is done, so opening the pane can never
 * overwrite a good saved state with empty defaults.
 */
import { useEffect, useRef, type Dispatch } from 'react';
import type { WorkbookHost } from '../../host/host';
import type { SlotImporter } from './use-slot-importer';
import { formsFromSettings, validateForms } from '../state/forms';
import { slotBusy, type ImportRequest, type PaneAction, type PaneState, type SlotKey } from '../state/pane-state';
import { defaultSettings, type Settings } from '../../domain/settings';
import type { XpertPersistence } from '../xpert/use-xpert';
import type { YearPersistence } from '../year/use-year';
import {
  base64ToBytes,
  bytesToBase64,
  parseStoredState,
  serializeStoredState,
  type StoredExport,
  type StoredInput,
  type StoredState,
} from '../state/stored-state';

/** Long enough that typing a price does not write to the workbook on every key. */
export const SAVE_DEBOUNCE_MS = 800;

const base64Cache = new WeakMap<Uint8Array, string>();

function toStored(request: ImportRequest): StoredExport {
  let input: StoredInput;
  if ('bytes' in request.input) {
    const bytes = request.input.bytes;
    let b64 = base64Cache.get(bytes);
    if (b64 === undefined) {
      b64 = bytesToBase64(bytes);
      base64Cache.set(bytes, b64);
    }
    input = { kind: 'bytes', base64: b64 };
  } else if ('text' in request.input) input = { kind: 'text', text: request.input.text };
  else input = { kind: 'grid', grid: request.input.grid };
  return { source: request.source, input, options: request.options };
}

export function fromStored(s: StoredExport): ImportRequest {
  const input = s.input.kind === 'bytes' ? { bytes: base64ToBytes(s.input.base64) } : s.input.kind === 'text' ? { text: s.input.text } : { grid: s.input.grid };
  return { input, source: s.source, options: s.options };
}

/**
 * What to save, or null when now is not the time: while the forms are invalid (saved
 * settings must always validate) or while an import runs (its export would be missing).
 */
export function snapshotToSave(state: PaneState): { settings: Settings; exports: StoredState['exports'] } | null {
  const v = validateForms(state.choice, state.price);
  if (!v.ok) return null;
  if (slotBusy(state.slots.current) || slotBusy(state.slots.previous)) return null;
  const exp = (k: SlotKey) => {
    const loaded = state.slots[k].loaded;
    return loaded && state.slots[k].phase === 'loaded' ? toStored(loaded.request) : null;
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
  importers: Record<SlotKey, SlotImporter>,
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
            if (stored) importers[k].run(fromStored(stored));
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
      const fresh = snapshotToSave(state);
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
  }, [state, host, dispatch, lang, xpert, year]);
}
