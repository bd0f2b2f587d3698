/**
 * Keeps the user's settings and imports in the workbook (host.saveState) and brings them
 * back when the pane opens (host.loadState). What is kept is the counts per employer, not
 * the files (stored-state.ts), packed by state-codec.ts; what comes back is validated, and
 * anything odd is dropped with a warning. Saving waits until the restore is done, so
 * opening the pane can never overwrite a good saved state with empty defaults.
 *
 * A save that fails is not tried again until something worth saving changes, and says so
 * once; a later save that succeeds takes the warning back. The pane also says what the
 * workbook keeps, and lets the user remove it (remove()).
 */
import { useCallback, useEffect, useRef, useState, type Dispatch } from 'react';
import type { WorkbookHost } from '../../host/host';
import type { DossierExport } from '../../domain/imports/types';
import { formsFromSettings, validateForms } from '../state/forms';
import type { PaneAction, PaneState, SlotKey } from '../state/pane-state';
import type { ImportRequest } from '../imports/import-kinds';
import { itemBusy, slotItem } from '../imports/import-list';
import type { Importer } from '../imports/use-importer';
import { loadedExport, type DossierList } from '../state/exports';
import { defaultSettings, type Settings } from '../../domain/settings';
import type { XpertPersistence } from '../xpert/use-xpert';
import type { YearPersistence } from '../year/use-year';
import { bytesFromBase64 } from '../../host/base64';
import { dossiersFromStored, dossiersToStored } from '../state/stored-dossiers';
import { decodeState, encodeState } from '../state/state-codec';
import { parseStoredState, serializeStoredState, type RestoreOutcome, type StoredInputExport, type StoredState } from '../state/stored-state';

/** Long enough that typing a price does not write to the workbook on every key. */
export const SAVE_DEBOUNCE_MS = 800;
/** The id of the 'could not save' notice, so a later good save can take it back. */
const SAVE_FAILED = 'state.saveFailed';

/** An export kept by an older version as its input, back as a request for the importer. */
export function fromStored(s: StoredInputExport): ImportRequest<'dossiers'> {
  const input = s.input.kind === 'bytes' ? { bytes: bytesFromBase64(s.input.base64) } : s.input.kind === 'text' ? { text: s.input.text } : { grid: s.input.grid };
  return { input, source: s.source, options: s.options };
}

/** What the workbook keeps of the imports, for the pane to say (and offer to remove). */
export interface Kept {
  employers: number;
  signingReports: number;
  months: number;
}

export interface Persistence {
  /** What the last good save (or the restore) left in the workbook; null when it keeps no imported counts. */
  kept: Kept | null;
  /** Removes the imported counts from the workbook and from the pane; settings and typed lines stay. */
  remove(): Promise<boolean>;
}

type QwoaterSnapshot = { settings: Settings; exports: StoredState['exports'] };

/**
 * When to save and what to say about it. A state is saved when it differs from the last
 * one tried, good or failed: a failed save is not retried until something worth saving
 * changes. A run of failures is said once; the save that succeeds after it takes that back.
 */
export class SaveGate {
  private last: string | null = null;
  private failing = false;

  /** What is in the workbook now (just restored), so it is not written back. */
  settled(key: string): void {
    this.last = key;
  }

  /** True when `key` should be saved now; remembers it as tried. */
  shouldSave(key: string): boolean {
    if (key === this.last) return false;
    this.last = key;
    return true;
  }

  /** After a save: 'warn' for the first failure of a run, 'clear' for the first success after one, else null. */
  after(ok: boolean): 'warn' | 'clear' | null {
    const was = this.failing;
    this.failing = !ok;
    if (!ok) return was ? null : 'warn';
    return was ? 'clear' : null;
  }
}

/** One number per imported export, so the change check does not have to compare 50,000 employers. */
const exportIds = new WeakMap<DossierExport, number>();
let exportSeq = 0;
const exportId = (exp: DossierExport) => {
  let id = exportIds.get(exp);
  if (id === undefined) exportIds.set(exp, (id = ++exportSeq));
  return id;
};

/**
 * What to save, or null when now is not the time: while the forms are invalid (saved
 * settings must always validate) or while an import runs (its export would be missing).
 * `key` changes exactly when what would be saved changes.
 */
export function snapshotToSave(state: PaneState, exports: DossierList): { snapshot: QwoaterSnapshot; key: string } | null {
  const v = validateForms(state.choice, state.price);
  if (!v.ok) return null;
  if (itemBusy(slotItem(exports, 'current')) || itemBusy(slotItem(exports, 'previous'))) return null;
  // Model 1 has no previous export; a leftover one is not kept.
  const slots: SlotKey[] = state.choice.model === 2 ? ['current', 'previous'] : ['current'];
  const loaded = (k: SlotKey) => (slots.includes(k) ? loadedExport(exports, k) : null);
  const current = loaded('current');
  const previous = loaded('previous');
  const stored = (l: typeof current) => (l ? dossiersToStored(l.exp, l.warnings, l.options) : null);
  const ids = [current, previous].slice(0, slots.length).map((l) => (l ? [exportId(l.exp), l.options] : null));
  return {
    // The employers are turned into columns only when the snapshot is really saved.
    get snapshot() {
      return { settings: v.settings, exports: { current: stored(current), previous: stored(previous) } };
    },
    key: JSON.stringify([v.settings, ids]),
  };
}

const keptOf = (exports: StoredState['exports'], signingReports: number, months: number): Kept | null => {
  // An export an older version kept as its file is counted once it is imported again and saved as counts.
  const employers = [exports.current, exports.previous].reduce((n, e) => n + (e?.kind === 'dossiers' ? e.employers.number.length : 0), 0);
  return employers || signingReports || months ? { employers, signingReports, months } : null;
};

export function usePersistence(
  host: WorkbookHost,
  state: PaneState,
  dispatch: Dispatch<PaneAction>,
  importer: Importer<'dossiers'>,
  lang: 'nl' | 'en',
  xpert?: XpertPersistence,
  year?: YearPersistence,
): Persistence {
  const restored = useRef(false);
  const gate = useRef(new SaveGate()).current;
  const [kept, setKept] = useState<Kept | null>(null);
  // The Qwoater part last saved or restored: kept when the Otherside part changes while the Qwoater form is incomplete.
  const lastQwoater = useRef<{ key: string; get: () => QwoaterSnapshot } | null>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      const loaded = await host.loadState();
      if (!live) return;
      if (!loaded.ok) {
        dispatch({ type: 'notice.add', notice: { kind: 'message', severity: 'warning', key: 'state.loadFailed', params: { reason: loaded.error[lang] } } });
        restored.current = true;
        return;
      }
      let outcome: RestoreOutcome;
      try {
        outcome = parseStoredState(loaded.value === null ? null : await decodeState(loaded.value));
      } catch {
        outcome = { ok: false, reason: 'corrupt', message: 'state.ignored.corrupt', params: {} };
      }
      if (!live) return;
      // The Otherside part first: it says whether the Qwoater settings beside it are only a stand-in.
      const xp = outcome.ok ? xpert?.restore(outcome.state.xpert) : undefined;
      if (outcome.ok) {
        const s = outcome.state;
        const qwoaterKey = xp?.qwoaterPlaceholder ? null : restoreQwoater(s);
        // What was just restored need not be written back.
        gate.settled(JSON.stringify([qwoaterKey, xp?.key ?? '', s.year ?? null]));
        setKept(keptOf(xp?.qwoaterPlaceholder ? { current: null, previous: null } : s.exports, s.year?.signing.length ?? 0, xp?.months ?? 0));
      } else if (outcome.reason !== 'empty') {
        dispatch({ type: 'notice.add', notice: { kind: 'message', severity: 'warning', key: outcome.message, params: outcome.params } });
      }
      restored.current = true;
    })();

    /**
     * Puts the Qwoater part back: settings into the forms, each export as kept, the year's
     * part. Returns the change key snapshotToSave will give for it, so it is not written back;
     * an export kept as its input gets a new key once imported, and is then saved as counts.
     */
    function restoreQwoater(s: StoredState): string {
      const forms = formsFromSettings(s.settings, lang);
      dispatch({ type: 'restore', choice: forms.choice, price: forms.price });
      const ids = (['current', 'previous'] as const).map((k) => {
        const e = s.exports[k];
        if (!e) return null;
        // Kept by an older version as the input: it goes through the importer again.
        if (e.kind === 'input') {
          importer.restore(fromStored(e), k);
          return 'input';
        }
        const restoredExport = dossiersFromStored(e);
        importer.restoreResult(restoredExport.exp, restoredExport.warnings, restoredExport.options, k);
        return [exportId(restoredExport.exp), restoredExport.options];
      });
      // The year's lines go through validation again, its signing reports as kept.
      if (s.year) year?.restore(s.year);
      dispatch({ type: 'notice.add', notice: { kind: 'message', severity: 'info', key: 'state.restored' } });
      const key = JSON.stringify([s.settings, s.settings.model === 2 ? ids : [ids[0]]]);
      lastQwoater.current = { key, get: () => ({ settings: s.settings, exports: s.exports }) };
      return key;
    }
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
      if (fresh) lastQwoater.current = { key: fresh.key, get: () => fresh.snapshot };
      const qwoater = lastQwoater.current;
      // The stored state needs valid Qwoater settings; Otherside months are saved even before those exist.
      if (qwoater === null && (!xpert || xpert.empty)) return;
      const key = JSON.stringify([qwoater?.key ?? null, xpert?.key ?? '', year?.stored ?? null]);
      // Unchanged since the last save, good or failed: a failed save waits for a real change.
      if (!gate.shouldSave(key)) return;
      const snapshot = qwoater?.get() ?? { settings: defaultSettings(state.choice.model), exports: { current: null, previous: null } };
      const parts = { ...(xpert ? { xpert: xpert.part(qwoater === null) } : {}), ...(year?.stored ? { year: year.stored } : {}) };
      void (async () => {
        const r = await host.saveState(await encodeState(serializeStoredState(snapshot.settings, snapshot.exports, undefined, parts)));
        const say = gate.after(r.ok);
        if (say === 'warn' && !r.ok) dispatch({ type: 'notice.add', notice: { kind: 'message', severity: 'warning', key: 'state.saveFailed', params: { reason: r.error[lang] }, id: SAVE_FAILED } });
        if (say === 'clear') dispatch({ type: 'notice.remove', id: SAVE_FAILED });
        if (r.ok) setKept(keptOf(snapshot.exports, year?.stored?.signing.length ?? 0, xpert?.months ?? 0));
      })();
    }, SAVE_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [state, importer.list, host, dispatch, lang, xpert, year, gate]);

  const remove = useCallback(async () => {
    const r = await host.clearState();
    if (!r.ok) {
      dispatch({ type: 'notice.add', notice: { kind: 'message', severity: 'warning', key: 'state.removeFailed', params: { reason: r.error[lang] } } });
      return false;
    }
    // The pane lets go of them too, or the next save would put them back; the next save keeps settings only.
    importer.clear();
    year?.forget();
    xpert?.forget();
    lastQwoater.current = null;
    setKept(null);
    dispatch({ type: 'notice.add', notice: { kind: 'message', severity: 'info', key: 'state.removed' } });
    return true;
  }, [host, dispatch, lang, importer, year, xpert]);

  return { kept, remove };
}
