/**
 * Everything that brings a report of one kind in, for every card and step of the pane:
 * files (read from disk with progress, many at once where the kind allows), pasted text,
 * the Excel selection, a re-read with other columns or another period or peildatum, a
 * restore from the workbook, and cancel. Every read goes through the import worker.
 *
 * A batch (the files chosen together, or one re-read) is reported to `onSettled` once
 * every item of it has an answer, with the items that read well: Otherside adds the months
 * of one import together, so it can ask once before replacing any.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { Problem } from '../../domain/problems';
import type { WorkbookHost } from '../../host/host';
import type { I18n } from '../i18n/i18n-context';
import type { Notice } from '../state/notice';
import { selectionOrigin } from '../state/selection-origin';
import type { ImportRunner } from '../worker/import-client';
import type { ImportJob } from '../worker/import-protocol';
import type { ImportKind, ImportRequest, KindOptions, KindValue } from './import-kinds';
import { emptyImportList, importListReducer, itemRequest, type ImportAction, type ImportList, type ItemOrigin, type Placement } from './import-list';
import { preloadColumnMapping } from '../components/lazy-parts';

/** Larger than any report (a Loket export is about 60 bytes per employer); protects the tab's memory. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export interface Importer<K extends ImportKind> {
  kind: K;
  list: ImportList<K>;
  loadFiles(files: readonly File[], slot?: string): void;
  loadText(text: string, slot?: string): void;
  loadSelection(slot?: string): Promise<void>;
  /** Reads an item again with other options; it keeps its figures until the new ones are in. */
  rerun(id: number, options: KindOptions<K>): void;
  /** Reads a stored input again (a workbook saved by a version that kept files). */
  restore(request: ImportRequest<K>, slot?: string): void;
  /** Puts back a result the workbook kept, without its file. */
  restoreResult(value: KindValue<K>, warnings: Problem[], options: KindOptions<K>, slot?: string): void;
  cancel(id: number): void;
  remove(id: number): void;
  /** The items of two cards change places. */
  swap(a: string, b: string): void;
  /** Removes every item (the user removed what the workbook keeps). */
  clear(): void;
}

export interface ImporterOptions<K extends ImportKind> {
  kind: K;
  /** 'slot': one item per card; 'all': a new load replaces every item; 'append': items add up. */
  placement: Placement;
  makeRunner: () => ImportRunner;
  host: WorkbookHost;
  i18n: I18n;
  onSettled?: (good: { id: number; value: KindValue<K> }[], rerun: boolean) => void;
}

let seq = 0;

export function useImporter<K extends ImportKind>({ kind, placement, makeRunner, host, i18n, onSettled }: ImporterOptions<K>): Importer<K> {
  const [list, dispatch] = useReducer(importListReducer<K>, undefined, emptyImportList<K>);
  const runnerRef = useRef<ImportRunner | null>(null);
  /** The running part of each item's job: the file read, then the worker's parse. */
  const active = useRef(new Map<number, { job: number; cancel: () => void }>());
  const listRef = useRef(list);
  listRef.current = list;
  const latest = useRef({ i18n, onSettled });
  latest.current = { i18n, onSettled };

  const runner = useCallback(() => (runnerRef.current ??= makeRunner()), [makeRunner]);
  useEffect(
    () => () => {
      runnerRef.current?.dispose();
      runnerRef.current = null;
    },
    [],
  );

  const stop = useCallback((id: number) => {
    active.current.get(id)?.cancel();
    active.current.delete(id);
  }, []);

  /** Parses in the worker; resolves with the value when it read well, else null. */
  const parse = useCallback(
    (id: number, job: number, request: ImportRequest<K>): Promise<KindValue<K> | null> => {
      dispatch({ type: 'parsing', id, job, request });
      const handle = runner().run({ kind, ...request } as ImportJob);
      active.current.set(id, { job, cancel: handle.cancel });
      return handle.done.then((outcome) => {
        if (active.current.get(id)?.job === job) active.current.delete(id);
        if (outcome.type === 'cancelled') return null;
        if (outcome.type !== 'result') {
          // A crash is a bug of ours, said with its reason; no other reply answers a report's job.
          const reason = outcome.type === 'crash' ? outcome.message : outcome.type;
          dispatch({ type: 'failed', id, job, error: { kind: 'message', severity: 'error', key: 'import.crash', params: { file: request.source.label, reason } } });
          return null;
        }
        const r = outcome.result;
        if (r.ok) {
          dispatch({ type: 'done', id, job, value: r.value as KindValue<K>, warnings: r.warnings });
          return r.value as KindValue<K>;
        }
        dispatch({ type: 'failed', id, job, error: { kind: 'problem', problem: r.error }, warnings: r.warnings, preview: outcome.preview ?? null });
        return null;
      });
    },
    [kind, runner],
  );

  const start = useCallback(
    (request: ImportRequest<K>, opts: { id?: number; slot: string | null; reading: boolean; origin: ItemOrigin; place?: Placement }) => {
      const id = opts.id ?? ++seq;
      const place = opts.place ?? placement;
      stop(id);
      // A new item in a card's place stops whatever that card was reading.
      if (opts.id === undefined && place !== 'append') {
        for (const i of listRef.current.items) if (place === 'all' || i.slot === opts.slot) stop(i.id);
      }
      const job = ++seq;
      preloadColumnMapping(); // what the file holds is shown with its columns
      dispatch({ type: 'start', id, slot: opts.slot, request, reading: opts.reading, job, origin: opts.origin, placement: place } as ImportAction<K>);
      return { id, job };
    },
    [placement, stop],
  );

  /** Runs a batch and tells onSettled once every part has an answer. */
  const settle = useCallback((parts: Promise<{ id: number; value: KindValue<K> | null }>[], rerun: boolean) => {
    void Promise.all(parts).then((all) => {
      const good = all.flatMap((p) => (p.value === null ? [] : [{ id: p.id, value: p.value }]));
      if (good.length) latest.current.onSettled?.(good, rerun);
    });
  }, []);

  const failNow = useCallback(
    (request: ImportRequest<K>, slot: string | null, place: Placement | undefined, error: Notice, warnings: Problem[] = []) => {
      const { id, job } = start(request, { slot, reading: false, origin: 'user', ...(place ? { place } : {}) });
      dispatch({ type: 'failed', id, job, error, warnings });
    },
    [start],
  );

  const readFile = useCallback(
    (file: File, slot: string | null, place?: Placement): Promise<{ id: number; value: KindValue<K> | null }> => {
      const source = { label: file.name, fileName: file.name };
      const placeholder = { input: { text: '' }, source, options: {} } as ImportRequest<K>;
      if (file.size > MAX_FILE_BYTES) {
        const mb = latest.current.i18n.megabytes;
        failNow(placeholder, slot, place, { kind: 'message', severity: 'error', key: 'import.tooLarge', params: { file: file.name, size: mb(file.size), max: mb(MAX_FILE_BYTES) } });
        return Promise.resolve({ id: -1, value: null });
      }
      const { id, job } = start(placeholder, { slot, reading: true, origin: 'user', ...(place ? { place } : {}) });
      return new Promise((resolve) => {
        // FileReader rather than file.arrayBuffer(): it reports progress and can be aborted.
        const reader = new FileReader();
        active.current.set(id, { job, cancel: () => reader.abort() });
        reader.onprogress = (e) => {
          if (e.lengthComputable && e.total > 0) dispatch({ type: 'read', id, job, loaded: e.loaded, total: e.total });
        };
        reader.onabort = () => resolve({ id, value: null });
        reader.onerror = () => {
          dispatch({ type: 'failed', id, job, error: { kind: 'message', severity: 'error', key: 'import.readError', params: { file: file.name, reason: reader.error?.message ?? '?' } } });
          resolve({ id, value: null });
        };
        reader.onload = () => {
          const request = { input: { bytes: new Uint8Array(reader.result as ArrayBuffer) }, source, options: {} } as ImportRequest<K>;
          void parse(id, job, request).then((value) => resolve({ id, value }));
        };
        reader.readAsArrayBuffer(file);
      });
    },
    [failNow, parse, start],
  );

  const begin = useCallback(
    (request: ImportRequest<K>, slot: string | null, origin: ItemOrigin, id?: number) => {
      const s = start(request, { ...(id !== undefined ? { id } : {}), slot, reading: false, origin });
      return parse(s.id, s.job, request).then((value) => ({ id: s.id, value }));
    },
    [parse, start],
  );

  return useMemo<Importer<K>>(
    () => ({
      kind,
      list,
      loadFiles(files, slot) {
        const chosen = placement === 'slot' ? files.slice(0, 1) : files;
        // The first file takes the place of what was there; the others of the same choice join it.
        settle(chosen.map((f, i) => readFile(f, slot ?? null, i === 0 ? undefined : 'append')), false);
      },
      loadText(text, slot) {
        const request = { input: { text }, source: { label: latest.current.i18n.t('slot.pastedSource') }, options: {} } as ImportRequest<K>;
        settle([begin(request, slot ?? null, 'user')], false);
      },
      async loadSelection(slot) {
        const t = latest.current.i18n.t;
        const sel = await host.readSelection();
        if (!sel.ok) {
          failNow({ input: { grid: [] }, source: { label: t('slot.useSelection') }, options: {} } as ImportRequest<K>, slot ?? null, undefined, { kind: 'problem', problem: sel.error }, sel.warnings);
          return;
        }
        const origin = selectionOrigin(sel.value.address);
        const request = {
          input: { grid: sel.value.grid },
          source: { label: t('slot.selectionSource', { address: sel.value.address }), ...(origin ? { gridOrigin: origin } : {}) },
          options: {},
        } as ImportRequest<K>;
        settle([begin(request, slot ?? null, 'user')], false);
      },
      rerun(id, options) {
        const item = listRef.current.items.find((i) => i.id === id);
        const base = item ? itemRequest(item) : null;
        if (!item || !base) return;
        settle([begin({ ...base, options }, item.slot, 'rerun', id)], true);
      },
      restore(request, slot) {
        void begin(request, slot ?? null, 'restore');
      },
      restoreResult(value, warnings, options, slot) {
        const id = ++seq;
        dispatch({ type: 'restored', id, slot: slot ?? null, value, warnings, options, placement: placement === 'all' ? 'append' : placement } as ImportAction<K>);
      },
      cancel(id) {
        const a = active.current.get(id);
        if (!a) return;
        stop(id);
        dispatch({ type: 'cancelled', id, job: a.job });
      },
      remove(id) {
        stop(id);
        dispatch({ type: 'remove', id });
      },
      swap(a, b) {
        dispatch({ type: 'swap', a, b });
      },
      clear() {
        for (const i of listRef.current.items) stop(i.id);
        dispatch({ type: 'clear' });
      },
    }),
    [kind, list, placement, readFile, begin, settle, failNow, host, stop],
  );
}
