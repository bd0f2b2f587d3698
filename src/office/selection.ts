/**
 * Reading the user's selection as a grid of texts, in pieces. Excel on the web refuses a
 * response over 5 MB ("Resource limits and performance optimization for Office Add-ins":
 * "a payload size limit for requests and responses of 5MB"; and "a range is limited to
 * 5,000,000 cells for read operations"), and a selection's size in bytes is unknown until
 * it is read: 100,000 cells of long names pass 5 MB. So rows are read in chunks whose size
 * follows what the chunks before them weighed, aiming at RESPONSE_TARGET_BYTES per response
 * (the limit, with room for our estimate being off); a chunk Excel still refuses for its
 * size is read again in halves.
 */
import type { Grid } from '../domain/imports/types';
import { ok, type Result } from '../domain/problems';
import type { XlRange, XlRequestContext } from './api';
import { isPayloadTooLarge } from './errors';

/** What one response may weigh by our estimate: 3 MB, under the 4 MiB we promise and the 5 MB Excel allows. */
export const RESPONSE_TARGET_BYTES = 3_000_000;
/** The first chunk, before anything is known about the cells: small enough for long texts. */
export const FIRST_CHUNK_CELLS = 20_000;

/** The JSON size of what a chunk's response carried, as our estimate of its weight. */
const weigh = (values: unknown[][], formats: unknown[][] | string) => JSON.stringify(values).length + JSON.stringify(formats).length;

export async function readSelectionGrid(ctx: XlRequestContext): Promise<Result<{ grid: Grid; address: string }>> {
  // Only the used part: a selected whole column would otherwise be a million empty rows.
  const used = ctx.workbook.getSelectedRange().getUsedRangeOrNullObject(true);
  used.load('address,rowIndex,columnIndex,rowCount,columnCount'); // isNullObject is set by the sync itself
  await ctx.sync();
  if (used.isNullObject) return ok({ grid: [], address: '' });
  const grid: Grid = [];
  const cols = used.columnCount;
  let rows = Math.max(1, Math.floor(FIRST_CHUNK_CELLS / cols));
  for (let r = 0; r < used.rowCount; ) {
    const take = Math.min(rows, used.rowCount - r);
    const part: XlRange = used.worksheet.getRangeByIndexes(used.rowIndex + r, used.columnIndex, take, cols);
    part.load('values,numberFormat');
    try {
      await ctx.sync();
    } catch (e) {
      // Too large after all: the same rows again, in halves; a single row that is still too large is the user's to hear of.
      if (!isPayloadTooLarge(e) || take === 1) throw e;
      rows = Math.max(1, Math.floor(take / 2));
      continue;
    }
    grid.push(...selectionGrid(part.values, part.numberFormat));
    r += take;
    const perRow = weigh(part.values, part.numberFormat) / take;
    rows = Math.max(1, Math.floor(RESPONSE_TARGET_BYTES / Math.max(perRow, 1)));
  }
  return ok({ grid, address: used.address });
}

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
