/**
 * WorkbookPlan → Excel through Office.js. The public entry: callers import from here; the
 * parts live beside it.
 *
 * Costs in Excel are round trips and request size, so the writer queues everything and
 * syncs only when a request is full (about 3.5 MB of JSON, under Excel on the web's 5 MB
 * limit) or holds 50 new sheets. The sync count grows with megabytes, never per employer
 * or per chart. The plan is checked first (writers/plan-check.ts), so Excel's limits give
 * a message before the first request, and the last request recalculates what was written.
 *
 * It is atomic: sheets are built under temporary names ('~fc-tmp-<run>-<n>') and get their
 * final names in the last request. Any failure, a refused sync included, deletes what this
 * run created and puts back what it moved aside, so the workbook is left as it was; only a
 * failure after the commit point (an old sheet already deleted) completes the write instead.
 * Ownership: a worksheet custom property (ExcelApi 1.12) marks sheets Factuurcheck made;
 * only those are ever replaced or deleted.
 *
 *   write.ts           writePlanToExcel: check, build, send, place, commit, recover
 *   build.ts           one plan sheet → steps: sheet, formats, '@', values, tables, charts
 *   formats.ts         styles per range, text-format rectangles, column widths
 *   sheet-settings.ts  names, highlights, widths, panes, print setup, tab colour
 *   charts.ts          line charts, series by series (ExcelApi 1.7/1.8)
 *   formulas.ts        plan sheet and table references → temporary names
 *   chunking.ts        request size estimates, row chunks, packing, halving
 *   placement.ts       reading the workbook, ownership check, final names
 *   commit.ts          the commit request (rename, replace, recalculate)
 *   recalc.ts          which sheets to recalculate, in which order, and why this way
 *   recovery.ts        rollback or roll-forward after a failure
 *   ownership.ts       the marker that says a sheet is ours
 *   transaction.ts     one write's targets: temporary, final and replaced names
 */
export { OWNER_KEY, parseOwnerMarker, type OwnerMarker } from './ownership';
export { DEFAULT_MAX_REQUEST_BYTES } from './chunking';
export { rewriteRefs, type PlanRefs } from './formulas';
export { textRectangles, widthPoints } from './formats';
export { writePlanToExcel, type OfficeWriteOptions, type OfficeWriteReport } from './write';
