/**
 * The WorkbookHost for a plain browser tab (no Excel): the specification becomes an
 * .xlsx download made by the ExcelJS writer, and the pane's state lives in this
 * browser's localStorage (or in memory when storage is blocked). Nothing leaves the tab.
 */
import { error, fail, ok, type Problem, type Result } from '../domain/problems';
import type { WorkbookPlan } from '../domain/spec/plan';
import type { ExportReport, Language, WorkbookHost, WriteOptions, WriteReport } from './host';
import { browserDownload } from './browser-download';
import { downloadFileName } from './file-name';

export { browserDownload, downloadFileName };

export type StateStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface StandaloneHostOptions {
  language: Language;
  /** Turns the plan into .xlsx bytes; the pane passes one that runs in a worker. */
  /** `checked`: planProblem has passed this plan, so the writer need not check its 3,000 sheets again. */
  writeXlsx?: (plan: WorkbookPlan, signal?: AbortSignal, opts?: { checked?: boolean }) => Promise<Uint8Array>;
  /** The writer runs off the page's thread (a worker), so it can start while the page checks the plan. */
  writesOffThread?: boolean;
  /** Offers the bytes to the user; the default clicks a download link. */
  download?: (bytes: Uint8Array, fileName: string) => void;
  /** null: keep the state in memory only. */
  storage?: StateStorage | null;
}

export const STATE_KEY = 'factuurcheck.state';

export const selectionUnavailable = (): Problem => error('host.selectionUnavailable');

const cancelled = (): Problem => error('host.cancelled');

/** localStorage when it works; some embedded or private contexts throw on mere access. */
export function defaultStorage(): StateStorage | null {
  try {
    const s = globalThis.localStorage;
    const probe = `${STATE_KEY}.probe`;
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

async function inPageXlsx(plan: WorkbookPlan, _signal?: AbortSignal, opts: { checked?: boolean } = {}): Promise<Uint8Array> {
  // ExcelJS is large; it loads only when a user actually makes a file.
  const { writeXlsxBuffer } = await import(/* webpackChunkName: "xlsx-writer" */ '../writers/xlsx-writer');
  return writeXlsxBuffer(plan, opts);
}

export function createStandaloneHost(options: StandaloneHostOptions): WorkbookHost & { lastFile(): { bytes: Uint8Array; fileName: string } | null } {
  const writeXlsx = options.writeXlsx ?? inPageXlsx;
  const download = options.download ?? browserDownload;
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  let memoryState: string | null = null;
  let last: { bytes: Uint8Array; fileName: string } | null = null;

  /** Makes the plan's .xlsx and offers it as a download; nothing is offered once the user pressed Stop. */
  const offer = async (plan: WorkbookPlan, signal?: AbortSignal): Promise<Result<ExportReport>> => {
    if (signal?.aborted) return fail(cancelled());
    // The writer would refuse it too, but this way the user reads why, in their language.
    // Loaded with the first file, not with the pane: the check is not on its first screen.
    const { planProblem } = await import(/* webpackChunkName: "plan-check" */ '../writers/plan-check');
    // A writer off the page's thread starts first and the check runs meanwhile: for 3,000
    // employer sheets that hides the check (about 0.4 s) behind the writer's work. A refused
    // plan stops the writer and nothing is offered, as when the check came first.
    const stop = new AbortController();
    const stopWriter = () => stop.abort();
    signal?.addEventListener('abort', stopWriter, { once: true });
    try {
      const early = options.writesOffThread ? writeXlsx(plan, stop.signal, { checked: true }) : null;
      const refused = planProblem(plan);
      if (refused) {
        stop.abort();
        await early?.catch(() => undefined);
        return fail(refused);
      }
      let bytes: Uint8Array;
      try {
        bytes = await (early ?? writeXlsx(plan, stop.signal, { checked: true }));
      } catch (e) {
        if (signal?.aborted) return fail(cancelled());
        const reason = e instanceof Error ? e.message : String(e);
        return fail(error('host.downloadFailed', { reason }));
      }
      // A file finished after the user pressed Stop is not offered: they asked for nothing.
      if (signal?.aborted) return fail(cancelled());
      const fileName = downloadFileName(plan);
      last = { bytes, fileName };
      download(bytes, fileName);
      return ok({ fileName, how: 'downloaded' });
    } finally {
      signal?.removeEventListener('abort', stopWriter);
    }
  };

  return {
    kind: 'standalone',
    language: () => options.language,

    async readSelection() {
      return fail(selectionUnavailable());
    },

    async listSheets() {
      // Every download is a new workbook: nothing to collide with.
      return ok([]);
    },

    async writePlan(plan: WorkbookPlan, opts: WriteOptions): Promise<Result<WriteReport>> {
      opts.onProgress?.(0, 1);
      const file = await offer(plan, opts.signal);
      if (!file.ok) return file;
      opts.onProgress?.(1, 1);
      return ok({ sheetNames: Object.fromEntries(plan.sheets.map((s) => [s.key, s.name])), fileName: file.value.fileName });
    },

    exportWorkbook: offer,

    async activateSheet() {
      // There is no open workbook to switch sheets in; the pane hides these buttons.
      return ok(undefined);
    },

    async loadState() {
      // What could not be stored this session is newer than what storage holds.
      if (!storage || memoryState !== null) return ok(memoryState);
      try {
        return ok(storage.getItem(STATE_KEY));
      } catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        return fail(error('host.storageFailed', { reason }));
      }
    },

    async saveState(json: string) {
      if (!storage) {
        memoryState = json;
        return ok(undefined);
      }
      try {
        storage.setItem(STATE_KEY, json);
        memoryState = null;
        return ok(undefined);
      } catch (e) {
        // Usually the quota: keep it for this session at least, and say so.
        memoryState = json;
        const reason = e instanceof Error ? e.name || e.message : String(e);
        return fail(error('host.storageFailed', { reason }));
      }
    },

    async clearState() {
      memoryState = null;
      try {
        storage?.removeItem(STATE_KEY);
        return ok(undefined);
      } catch (e) {
        const reason = e instanceof Error ? e.name || e.message : String(e);
        return fail(error('host.storageFailed', { reason }));
      }
    },

    lastFile: () => last,
  };
}
