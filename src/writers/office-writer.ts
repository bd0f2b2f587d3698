/**
 * WorkbookPlan → Excel through Office.js. The public entry: callers import from here; the
 * parts live in ./office/.
 *
 * Costs in Excel are round trips and request size, so the writer queues everything and
 * syncs only when a request is full (about 3.5 MB of JSON, under Excel on the web's 5 MB
 * limit) or holds 50 new sheets. The sync count grows with megabytes, never per employer
 * or per chart.
 *
 * It is atomic: sheets are built under temporary names ('~fc-tmp-<run>-<n>') and get their
 * final names in the last request. Any failure, a refused sync included, deletes what this
 * run created and puts back what it moved aside, so the workbook is left as it was; only a
 * failure after the commit point (an old sheet already deleted) completes the write instead.
 * Ownership: a worksheet custom property (ExcelApi 1.12) marks sheets Factuurcheck made;
 * only those are ever replaced or deleted.
 *
 *   office/api.ts             the structural subset of the Excel API (so tests run on a fake)
 *   office/write.ts           writePlanToExcel: build, send, place, commit, recover
 *   office/build.ts           one plan sheet → steps: sheet, formats, '@', values, tables, charts
 *   office/formats.ts         styles per range, text-format rectangles, column widths
 *   office/sheet-settings.ts  names, highlights, widths, panes, print setup, tab colour
 *   office/charts.ts          line charts, series by series (ExcelApi 1.7/1.8)
 *   office/formulas.ts        plan sheet and table references → temporary names
 *   office/chunking.ts        request size estimates, row chunks, packing, halving
 *   office/placement.ts       reading the workbook, ownership check, final names
 *   office/commit.ts          the commit request (rename, replace)
 *   office/recovery.ts        rollback or roll-forward after a failure
 *   office/ownership.ts       the marker that says a sheet is ours
 *   office/transaction.ts     one write's targets: temporary, final and replaced names
 */
export type {
  XlChart, XlChartSeries, XlChartSeriesCollection, XlCharts, XlCustomProperty, XlCustomXmlPart, XlCustomXmlParts, XlLoadable,
  XlPageLayout, XlRange, XlRequestContext, XlTable, XlTables, XlWorkbook, XlWorksheet, XlWorksheets,
} from './office/api';
export { OWNER_KEY, parseOwnerMarker, type OwnerMarker } from './office/ownership';
export { DEFAULT_MAX_REQUEST_BYTES } from './office/chunking';
export { rewriteRefs, type PlanRefs } from './office/formulas';
export { textRectangles, widthPoints } from './office/formats';
export { writePlanToExcel, type OfficeWriteOptions, type OfficeWriteReport } from './office/write';
