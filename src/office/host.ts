/**
 * WorkbookHost for Excel. Every call goes through the one ExcelQueue, and every Office error
 * comes back as a mapped Problem in a Result. The Excel API is injected, so tests run this
 * on the recording fake.
 *
 * Optional APIs are checked with Office.context.requirements.isSetSupported before use
 * (the manifest requires ExcelApi 1.12, so today they are all there; the checks keep an
 * older or unusual Excel from failing halfway with a bare error).
 *
 * src/office/ is the one place that talks to Office.js; nothing else imports Excel or
 * Office, and nothing here imports the pane:
 *   runtime.ts      where the pane runs: Excel (this host) or a browser tab (standalone)
 *   host.ts         this file: the WorkbookHost for Excel
 *   queue.ts        one Excel.run at a time, delayForCellEdit; `ExcelLike`, the injected Excel
 *   api.ts          the structural subset of the Excel API the code uses (the fake implements it)
 *   errors.ts       Excel's error codes → Problems a user can act on
 *   selection.ts    reading the selection in chunks under the response limit
 *   state-parts.ts  what the add-in keeps in the workbook: custom XML parts of at most 1 MB
 *   writer/         WorkbookPlan → sheets, atomic and recalculated (writer/index.ts)
 */
import { base64FromBytes } from '../host/base64';
import { downloadFileName } from '../host/file-name';
import { error, fail, ok, type Result } from '../domain/problems';
import type { WorkbookPlan } from '../domain/spec/plan';
import type { ExportReport, Language, SheetInfo, WorkbookHost, WriteOptions, WriteReport } from '../host/host';
import type { XlRequestContext } from './api';
import { OWNER_KEY, parseOwnerMarker, writePlanToExcel } from './writer';
import { ExcelQueue, type ExcelLike } from './queue';
import { officeProblem } from './errors';
import { readSelectionGrid } from './selection';
import { clearStateParts, loadStateParts, saveStateParts } from './state-parts';

export interface OfficeHostOptions {
  language: Language;
  /** Office.context.requirements.isSetSupported in production; absent means 'assume yes'. */
  isSetSupported?: (name: string, version: string) => boolean;
  /** Turns a plan into .xlsx bytes, for exportWorkbook; the pane passes one that runs in a worker. */
  writeXlsx?: (plan: WorkbookPlan, signal?: AbortSignal) => Promise<Uint8Array>;
  queue?: ExcelQueue;
  /** Clock for the saved-at stamp of the state parts. */
  now?: () => Date;
  /** Names a save; random in production, fixed in tests. */
  saveId?: () => string;
}

async function inPageXlsx(plan: WorkbookPlan): Promise<Uint8Array> {
  // ExcelJS is large; it loads only when a user asks for a separate workbook.
  const { writeXlsxBuffer } = await import(/* webpackChunkName: "xlsx-writer" */ '../writers/xlsx-writer');
  return writeXlsxBuffer(plan);
}

export function createOfficeHost(excel: ExcelLike, options: OfficeHostOptions): WorkbookHost {
  const queue = options.queue ?? new ExcelQueue(excel);
  const now = options.now ?? (() => new Date());
  const saveId = options.saveId ?? (() => Math.random().toString(36).slice(2, 10));
  const writeXlsx = options.writeXlsx ?? inPageXlsx;
  /** Runs a job on the queue; whatever Excel throws becomes a failed Result. */
  const attempt = async <T>(job: (ctx: XlRequestContext) => Promise<Result<T>>): Promise<Result<T>> => {
    try {
      return await queue.run(job);
    } catch (e) {
      return fail(officeProblem(e));
    }
  };
  /** A failed Result naming the requirement set this Excel lacks, or null when it has it. */
  const lacks = (version: string, what: string) =>
    options.isSetSupported && !options.isSetSupported('ExcelApi', version) ? fail<never>(error('office.apiNotFound', { detail: `ExcelApi ${version} (${what})` })) : null;

  return {
    kind: 'excel',
    language: () => options.language,

    readSelection: () => attempt(readSelectionGrid),

    listSheets: () =>
      attempt(async (ctx) => {
        const sheets = ctx.workbook.worksheets;
        sheets.load('items/name');
        await ctx.sync();
        const probes = sheets.items.map((ws) => {
          const m = ws.customProperties.getItemOrNullObject(OWNER_KEY);
          m.load('value');
          return { name: ws.name, m };
        });
        await ctx.sync();
        return ok(probes.map(({ name, m }): SheetInfo => ({ name, ownedByUs: !m.isNullObject && parseOwnerMarker(m.value) !== null })));
      }),

    writePlan: async (plan: WorkbookPlan, write: WriteOptions): Promise<Result<WriteReport>> =>
      // Ownership lives in worksheet custom properties; without them we could not tell our sheets from the user's.
      lacks('1.12', 'worksheet custom properties') ?? attempt((ctx) => writePlanToExcel(ctx, plan, write)),

    activateSheet: (name: string) =>
      attempt(async (ctx) => {
        ctx.workbook.worksheets.getItem(name).activate();
        await ctx.sync();
        return ok(undefined);
      }),

    exportWorkbook: async (plan: WorkbookPlan, signal?: AbortSignal): Promise<Result<ExportReport>> => {
      const missing = lacks('1.8', 'Excel.createWorkbook');
      if (missing) return missing;
      if (signal?.aborted) return fail(error('office.aborted'));
      try {
        const bytes = await writeXlsx(plan, signal);
        if (signal?.aborted) return fail(error('office.aborted'));
        // Opens in a new Excel window (desktop) or tab (web); the open workbook is not touched.
        await excel.createWorkbook(base64FromBytes(bytes));
        return ok({ fileName: downloadFileName(plan), how: 'opened' });
      } catch (e) {
        return fail(signal?.aborted ? error('office.aborted') : officeProblem(e));
      }
    },

    loadState: async () => lacks('1.5', 'custom XML parts') ?? attempt(loadStateParts),
    saveState: async (text: string) => lacks('1.5', 'custom XML parts') ?? attempt((ctx) => saveStateParts(ctx, text, saveId(), now())),
    clearState: async () => lacks('1.5', 'custom XML parts') ?? attempt(clearStateParts),
  };
}
