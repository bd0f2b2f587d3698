/**
 * Everything that brings Otherside reports in: files (many at once), pasted text, the
 * Excel selection, and a re-read with other columns. Each file is read on its own, so
 * one bad file names itself and does not stop the good ones; the months that read well
 * go into the history together (addReports, in the reducer), which asks before it
 * replaces a month that is already there.
 *
 * The engine reads on the main thread: a monthly report is a few hundred rows, and
 * readXpertUpload loads ExcelJS lazily, only when an .xlsx comes in. A PDF's text is read
 * in the import worker (PDF.js), and rebuilt into its rows here.
 */
import { useCallback, useMemo, useRef, type Dispatch } from 'react';
import type { Result } from '../../domain/problems';
import { importXpertReport, type XpertImportOptions, type XpertReport } from '../../domain/xpert';
import { readPdfInWorker } from '../worker/pdf-client';
import type { WorkbookHost } from '../../host/host';
import { MAX_FILE_BYTES } from '../hooks/use-slot-importer';
import type { I18n } from '../i18n/i18n-context';
import { selectionOrigin } from '../state/selection-origin';
import type { XpertAction, XpertEntry, XpertRequest } from './xpert-state';

export interface XpertImporter {
  loadFiles(files: readonly File[]): Promise<void>;
  loadText(text: string): Promise<void>;
  loadSelection(): Promise<void>;
  /** Reads one entry's file again with other column choices. */
  reread(entry: XpertEntry, options: XpertImportOptions): Promise<void>;
  answerReplace(replace: boolean): void;
}

let entrySeq = 0;

export async function readXpertInput(request: XpertRequest): Promise<Result<XpertReport>> {
  const { input, source, options } = request;
  if (!('bytes' in input)) return importXpertReport(input, source, options);
  // The file readers (PDF, .xlsx) are a chunk of their own, fetched with the first file.
  const { readXpertUpload } = await import(/* webpackChunkName: "readers" */ '../../readers/upload');
  return readXpertUpload(input.bytes, source, options, readPdfInWorker);
}

const sizeText = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const parsing = (request: XpertRequest, id = ++entrySeq, before?: XpertEntry): XpertEntry => ({
  id,
  request,
  phase: 'parsing',
  report: before?.report ?? null,
  error: null,
  warnings: [],
  outcome: before?.outcome ?? null,
});

export function useXpertImporter(dispatch: Dispatch<XpertAction>, host: WorkbookHost, i18n: I18n): XpertImporter {
  const i18nRef = useRef(i18n);
  i18nRef.current = i18n;

  /** Reads every entry, shows each outcome as it comes, then adds the good months together. */
  const readAll = useCallback(
    async (entries: XpertEntry[], sameFileReplaces: boolean) => {
      const good: { id: number; report: XpertReport }[] = [];
      for (const entry of entries) {
        let r: Result<XpertReport>;
        try {
          r = await readXpertInput(entry.request);
        } catch (e) {
          // The engine returns errors as values; a throw is a bug, shown with its text rather than swallowed.
          const reason = e instanceof Error ? e.message : String(e);
          dispatch({ type: 'entry.update', id: entry.id, patch: { phase: 'failed', error: { kind: 'message', severity: 'error', key: 'xpert.import.crash', params: { file: entry.request.source.label, reason } } } });
          continue;
        }
        if (r.ok) {
          good.push({ id: entry.id, report: r.value });
          dispatch({ type: 'entry.update', id: entry.id, patch: { phase: 'done', report: r.value, error: null, warnings: r.warnings } });
        } else {
          dispatch({ type: 'entry.update', id: entry.id, patch: { phase: 'failed', error: { kind: 'problem', problem: r.error }, warnings: r.warnings } });
        }
      }
      if (good.length) dispatch({ type: 'months.add', items: good, now: new Date(), sameFileReplaces });
    },
    [dispatch],
  );

  const startBatch = useCallback(
    (requests: XpertRequest[]) => {
      const entries = requests.map((r) => parsing(r));
      dispatch({ type: 'entries.start', entries, replaceList: true });
      return readAll(entries, false);
    },
    [dispatch, readAll],
  );

  return useMemo<XpertImporter>(
    () => ({
      async loadFiles(files) {
        const requests: XpertRequest[] = [];
        const tooLarge: XpertEntry[] = [];
        for (const file of files) {
          const source = { label: file.name, fileName: file.name };
          if (file.size > MAX_FILE_BYTES) {
            tooLarge.push({
              ...parsing({ input: { text: '' }, source, options: {} }),
              phase: 'failed',
              error: { kind: 'message', severity: 'error', key: 'slot.tooLarge', params: { file: file.name, size: sizeText(file.size), max: sizeText(MAX_FILE_BYTES) } },
            });
            continue;
          }
          try {
            requests.push({ input: { bytes: new Uint8Array(await file.arrayBuffer()) }, source, options: {} });
          } catch (e) {
            const reason = e instanceof Error ? e.message : String(e);
            tooLarge.push({ ...parsing({ input: { text: '' }, source, options: {} }), phase: 'failed', error: { kind: 'message', severity: 'error', key: 'slot.readError', params: { file: file.name, reason } } });
          }
        }
        const entries = requests.map((r) => parsing(r));
        dispatch({ type: 'entries.start', entries: [...entries, ...tooLarge], replaceList: true });
        await readAll(entries, false);
      },

      async loadText(text) {
        await startBatch([{ input: { text }, source: { label: i18nRef.current.t('slot.pastedSource') }, options: {} }]);
      },

      async loadSelection() {
        const sel = await host.readSelection();
        if (!sel.ok) {
          const entry = parsing({ input: { grid: [] }, source: { label: i18nRef.current.t('slot.useSelection') }, options: {} });
          dispatch({ type: 'entries.start', entries: [{ ...entry, phase: 'failed', error: { kind: 'problem', problem: sel.error }, warnings: sel.warnings }], replaceList: true });
          return;
        }
        const origin = selectionOrigin(sel.value.address);
        const source = { label: i18nRef.current.t('slot.selectionSource', { address: sel.value.address }), ...(origin ? { gridOrigin: origin } : {}) };
        await startBatch([{ input: { grid: sel.value.grid }, source, options: {} }]);
      },

      async reread(entry, options) {
        const next = parsing({ ...entry.request, options }, entry.id, entry);
        dispatch({ type: 'entries.start', entries: [next], replaceList: false });
        await readAll([next], true);
      },

      answerReplace(replace) {
        if (replace) dispatch({ type: 'months.replace', now: new Date() });
        else dispatch({ type: 'months.keep', now: new Date() });
      },
    }),
    [dispatch, host, readAll, startBatch],
  );
}
