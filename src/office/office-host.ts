/**
 * WorkbookHost for Excel. Every call goes through the one ExcelQueue, and every Office error
 * comes back as a mapped Problem (or, for activateSheet, an OfficeProblemError).
 * The Excel API is injected, so tests run this on the recording fake.
 */
import type { Grid } from '../domain/imports/types';
import { error, fail, ok, type Result } from '../domain/problems';
import type { WorkbookPlan } from '../domain/spec/plan';
import type { Language, SheetInfo, WorkbookHost, WriteOptions, WriteReport } from '../host/host';
import { OWNER_KEY, parseOwnerMarker, writePlanToExcel, type XlRequestContext } from '../writers/office-writer';
import { ExcelQueue, type ExcelLike } from './excel-queue';
import { OfficeProblemError, officeProblem } from './office-errors';

export const STATE_NAMESPACE = 'urn:factuurcheck:state:v1';
/** Cells per read request: values plus number formats stay well under the 5 MB response limit. */
const READ_CELLS_PER_SYNC = 100_000;

export interface OfficeHostOptions {
  language: Language;
  /** Office.context.requirements.isSetSupported in production; absent means 'assume yes'. */
  isSetSupported?: (name: string, version: string) => boolean;
  queue?: ExcelQueue;
  /** Clock for the saved-at stamp of the state part. */
  now?: () => Date;
}

export function createOfficeHost(excel: ExcelLike, options: OfficeHostOptions): WorkbookHost {
  const queue = options.queue ?? new ExcelQueue(excel);
  const now = options.now ?? (() => new Date());
  /** Runs a job on the queue; whatever Excel throws becomes a failed Result. */
  const attempt = async <T>(job: (ctx: XlRequestContext) => Promise<Result<T>>): Promise<Result<T>> => {
    try {
      return await queue.run(job);
    } catch (e) {
      return fail(officeProblem(e));
    }
  };

  return {
    kind: 'excel',
    language: () => options.language,

    readSelection: () =>
      attempt(async (ctx) => {
        // Only the used part: a selected whole column would otherwise be a million empty rows.
        const used = ctx.workbook.getSelectedRange().getUsedRangeOrNullObject(true);
        used.load('address,rowIndex,columnIndex,rowCount,columnCount'); // isNullObject is set by the sync itself
        await ctx.sync();
        if (used.isNullObject) return ok({ grid: [], address: '' });
        const grid: Grid = [];
        const step = Math.max(1, Math.floor(READ_CELLS_PER_SYNC / used.columnCount));
        for (let r = 0; r < used.rowCount; r += step) {
          const part = used.worksheet.getRangeByIndexes(used.rowIndex + r, used.columnIndex, Math.min(step, used.rowCount - r), used.columnCount);
          part.load('values,numberFormat');
          await ctx.sync();
          grid.push(...selectionGrid(part.values, part.numberFormat));
        }
        return ok({ grid, address: used.address });
      }),

    listSheets: async () => {
      const result = await attempt(async (ctx) => {
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
      });
      // The interface returns a bare list; a failure must still reach the caller, mapped.
      if (!result.ok) throw new OfficeProblemError(result.error);
      return result.value;
    },

    writePlan: async (plan: WorkbookPlan, write: WriteOptions): Promise<Result<WriteReport>> => {
      // Ownership lives in worksheet custom properties; without them we could not tell our sheets from the user's.
      if (options.isSetSupported && !options.isSetSupported('ExcelApi', '1.12')) {
        return fail(error('office.apiNotFound', { detail: 'ExcelApi 1.12 (worksheet custom properties)' }));
      }
      return attempt((ctx) => writePlanToExcel(ctx, plan, write));
    },

    activateSheet: async (name: string) => {
      const result = await attempt(async (ctx) => {
        ctx.workbook.worksheets.getItem(name).activate();
        await ctx.sync();
        return ok(undefined);
      });
      if (!result.ok) throw new OfficeProblemError(result.error);
    },

    loadState: () =>
      attempt(async (ctx) => {
        const parts = ctx.workbook.customXmlParts.getByNamespace(STATE_NAMESPACE);
        parts.load('items/id');
        await ctx.sync();
        if (parts.items.length === 0) return ok(null);
        const xmls = parts.items.map((p) => p.getXml());
        await ctx.sync();
        // Normally one part; after an interrupted save there may be two, and the newest wins.
        const states = xmls.map((x) => parseStateXml(x.value)).filter((s) => s !== null);
        states.sort((a, b) => (a.saved < b.saved ? 1 : -1));
        const newest = states[0];
        if (!newest) return fail(error('office.stateUnreadable', { detail: `no <state> element in ${xmls.length} part(s)` }));
        return ok(newest.json);
      }),

    saveState: (json: string) =>
      attempt(async (ctx) => {
        const parts = ctx.workbook.customXmlParts.getByNamespace(STATE_NAMESPACE);
        parts.load('items/id');
        await ctx.sync();
        // Add before delete, in one request: if the add fails, the old state is still there.
        ctx.workbook.customXmlParts.add(stateXml(json, now()));
        for (const p of parts.items) p.delete();
        await ctx.sync();
        return ok(undefined);
      }),
  };
}

// ── Selection → grid of strings ──────────────────────────────────────────────────────────

/**
 * Values, not the displayed text: `.text` is formatted in the user's locale ('1.234' in Dutch
 * Excel means 1234), shows '####' in a narrow column, and doubles the response. Text cells
 * stay exactly as stored, so a Loket number kept as text ('000123') keeps its zeros. A
 * number shown with a zero-padding format ('000000') is padded back the way Excel shows it,
 * and a date becomes 'yyyy-mm-dd'. Everything else is the plain number in en-US form.
 */
export function selectionGrid(values: unknown[][], formats: unknown[][] | string): Grid {
  return values.map((row, i) =>
    row.map((v, j) => {
      const fmt = typeof formats === 'string' ? formats : formats[i]?.[j];
      return cellText(v, typeof fmt === 'string' ? fmt : 'General');
    }),
  );
}

export function cellText(v: unknown, numberFormat: string): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v !== 'number') return String(v);
  const zeros = /^0+$/.exec(numberFormat);
  if (zeros && Number.isInteger(v) && v >= 0) return String(v).padStart(zeros[0].length, '0');
  if (isDateFormat(numberFormat) && v >= 1) return serialToIso(v);
  return String(v);
}

/** A format with day, month or year tokens outside "quoted text" and [brackets]. */
export function isDateFormat(fmt: string): boolean {
  const bare = fmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dmy]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** Excel's 1900 date system (serial 1 = 1900-01-01, with its phantom 29 Feb 1900 before serial 61). */
export function serialToIso(serial: number): string {
  const days = Math.floor(serial) - (serial < 61 ? 1 : 2);
  return new Date(Date.UTC(1900, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
}

// ── State part ───────────────────────────────────────────────────────────────────────────

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescapeXml = (s: string) =>
  s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (e[0] !== '#') return named[e.toLowerCase()]!;
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });

/** Escaped text rather than CDATA: JSON may well contain ']]>', escaped text cannot break. */
export function stateXml(json: string, saved: Date): string {
  return `<?xml version="1.0" encoding="UTF-8"?><state xmlns="${STATE_NAMESPACE}" saved="${saved.toISOString()}">${escapeXml(json)}</state>`;
}

/** Reads our own part back; tolerant of a namespace prefix or CDATA, in case Excel rewrote it. */
export function parseStateXml(xml: string): { json: string; saved: string } | null {
  const m = /<(?:[\w.-]+:)?state\b([^>]*)>([\s\S]*?)<\/(?:[\w.-]+:)?state\s*>/.exec(xml);
  if (!m) return null;
  const saved = /\bsaved="([^"]*)"/.exec(m[1]!)?.[1] ?? '';
  const body = m[2]!;
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(body);
  return { json: cdata ? cdata[1]! : unescapeXml(body), saved };
}
