/**
 * Everything that loads an export into one slot: a file (read with progress), pasted
 * text, the Excel selection, a re-import with other columns or peildatum, and cancel.
 * The parse itself runs in the import worker.
 */
import { useCallback, useEffect, useMemo, useRef, type Dispatch } from 'react';
import type { DossierImportOptions } from '../../domain/imports/types';
import type { WorkbookHost } from '../../host/host';
import type { I18n } from '../i18n/i18n-context';
import type { ImportRunner } from '../worker/import-client';
import type { ImportRequest, PaneAction, SlotKey } from '../state/pane-state';
import { selectionOrigin } from '../state/selection-origin';

/** Larger than any Loket export (about 60 bytes per employer); protects the tab's memory. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

let jobSeq = 0;

export interface SlotImporter {
  loadFile(file: File): void;
  loadText(text: string): void;
  loadSelection(): Promise<void>;
  reimport(request: ImportRequest, options: DossierImportOptions): void;
  /** Runs a request as is (restoring a saved state). */
  run(request: ImportRequest): void;
  cancel(): void;
  clear(): void;
}

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`);

export function useSlotImporter(slot: SlotKey, dispatch: Dispatch<PaneAction>, host: WorkbookHost, i18n: I18n, makeRunner: () => ImportRunner): SlotImporter {
  const runnerRef = useRef<ImportRunner | null>(null);
  const activeRef = useRef<{ job: number; cancel: () => void } | null>(null);
  const i18nRef = useRef(i18n);
  i18nRef.current = i18n;

  const runner = useCallback(() => (runnerRef.current ??= makeRunner()), [makeRunner]);
  useEffect(
    () => () => {
      runnerRef.current?.dispose();
      runnerRef.current = null;
    },
    [],
  );

  const parse = useCallback(
    (job: number, request: ImportRequest) => {
      dispatch({ type: 'import.parsing', slot, job, request });
      const handle = runner().run({ kind: 'dossiers', input: request.input, source: request.source, options: request.options });
      activeRef.current = { job, cancel: handle.cancel };
      void handle.done.then((outcome) => {
        if (activeRef.current?.job === job) activeRef.current = null;
        if (outcome.type === 'cancelled') return;
        if (outcome.type === 'crash') {
          dispatch({ type: 'import.failed', slot, job, error: { kind: 'message', severity: 'error', key: 'slot.workerError', params: { reason: outcome.message } } });
          return;
        }
        if (outcome.type !== 'result') return;
        const r = outcome.result;
        if (r.ok) dispatch({ type: 'import.done', slot, job, exp: r.value, warnings: r.warnings });
        else dispatch({ type: 'import.failed', slot, job, error: { kind: 'problem', problem: r.error }, warnings: r.warnings });
      });
    },
    [dispatch, runner, slot],
  );

  const start = useCallback(
    (request: ImportRequest, reading: boolean): number => {
      activeRef.current?.cancel();
      const job = ++jobSeq;
      dispatch({ type: 'import.start', slot, job, request, reading });
      return job;
    },
    [dispatch, slot],
  );

  return useMemo<SlotImporter>(
    () => ({
      loadFile(file) {
        const source = { label: file.name, fileName: file.name };
        if (file.size > MAX_FILE_BYTES) {
          const job = start({ input: { text: '' }, source, options: {} }, false);
          dispatch({
            type: 'import.failed',
            slot,
            job,
            error: { kind: 'message', severity: 'error', key: 'slot.tooLarge', params: { file: file.name, size: sizeText(file.size), max: sizeText(MAX_FILE_BYTES) } },
          });
          return;
        }
        const placeholder: ImportRequest = { input: { text: '' }, source, options: {} };
        const job = start(placeholder, true);
        // FileReader rather than file.arrayBuffer(): it reports progress and can be aborted.
        const reader = new FileReader();
        activeRef.current = { job, cancel: () => reader.abort() };
        reader.onprogress = (e) => {
          if (e.lengthComputable && e.total > 0) dispatch({ type: 'import.readProgress', slot, job, percent: (e.loaded / e.total) * 100 });
        };
        reader.onerror = () => {
          dispatch({
            type: 'import.failed',
            slot,
            job,
            error: { kind: 'message', severity: 'error', key: 'slot.readError', params: { file: file.name, reason: reader.error?.message ?? '?' } },
          });
        };
        reader.onload = () => {
          const bytes = new Uint8Array(reader.result as ArrayBuffer);
          parse(job, { input: { bytes }, source, options: {} });
        };
        reader.readAsArrayBuffer(file);
      },

      loadText(text) {
        const request: ImportRequest = { input: { text }, source: { label: i18nRef.current.t('slot.pastedSource') }, options: {} };
        parse(start(request, false), request);
      },

      async loadSelection() {
        const sel = await host.readSelection();
        if (!sel.ok) {
          const job = start({ input: { grid: [] }, source: { label: i18nRef.current.t('slot.useSelection') }, options: {} }, false);
          dispatch({ type: 'import.failed', slot, job, error: { kind: 'problem', problem: sel.error }, warnings: sel.warnings });
          return;
        }
        const origin = selectionOrigin(sel.value.address);
        const request: ImportRequest = {
          input: { grid: sel.value.grid },
          source: { label: i18nRef.current.t('slot.selectionSource', { address: sel.value.address }), ...(origin ? { gridOrigin: origin } : {}) },
          options: {},
        };
        parse(start(request, false), request);
      },

      reimport(request, options) {
        const next: ImportRequest = { ...request, options };
        parse(start(next, false), next);
      },

      run(request) {
        parse(start(request, false), request);
      },

      cancel() {
        const active = activeRef.current;
        if (!active) return;
        active.cancel();
        activeRef.current = null;
        dispatch({ type: 'import.cancelled', slot, job: active.job });
      },

      clear() {
        activeRef.current?.cancel();
        activeRef.current = null;
        dispatch({ type: 'slot.clear', slot });
      },
    }),
    [dispatch, host, parse, slot, start],
  );
}
