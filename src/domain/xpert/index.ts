/**
 * The Otherside at Work engine, for the task pane and the CLI. Everything is pure and
 * returns Results. A file (CSV, PDF or .xlsx) is read at the edge, by readXpertUpload in
 * src/readers/upload.ts, into what importXpertReport takes. A typical screen flow:
 *
 *   const report = await readXpertUpload(bytes, { label: file.name, fileName: file.name });
 *   const added = addReports(history, [report.value]);          // may ask to replace a month
 *   if (added.value.status === 'needsConfirmation') … ask, then addReports(…, { confirmReplace })
 *   const out = runXpert(added.value.history, settings, 'nl');   // billing, trend, plan
 *   await writer.write(out.value.plan); host.saveState(serializeHistory(history));
 *
 * What lives in src/domain/xpert/: the Otherside engine: history.ts (months kept per
 * employer), rules.ts (the invoice rules), settings.ts, summary.ts, trend.ts, workbook.ts
 * (→ WorkbookPlan); index.ts is its front door.
 */
export { importXpertReport, classifyXpertHeader, looksLikeXpertHeader, employerKey } from '../imports/xpert-suite';
export type { XpertColumnMap, XpertEmployerRow, XpertImportOptions, XpertInput, XpertReport } from '../imports/xpert-types';
export {
  addReports, emptyHistory, historyPeriods, monthFromReport, parseHistory, removeMonth, serializeHistory, XPERT_HISTORY_VERSION,
  type AddMonthsOutcome, type ReplaceCandidate, type XpertHistory, type XpertMonth,
} from './history';
export { parseXpertImportOptions, parseXpertSettings, xpertImportOptionsSchema, xpertSettingsSchema, type XpertSettings, type XpertSettingsInput } from './settings';
export { billHistory, type EmployerAmount, type MonthBilling, type XpertBilling } from './rules';
export { buildTrend, type EmployerTrend, type MonthTrend, type XpertTrend } from './trend';
export { detectTestEmployer, type TestEmployerMatch } from './test-employers';
export { runXpert, type XpertOutcome } from './workbook';
export { xpertSummary, type XpertSummary } from './summary';
export { parseMonth, periodLabel, isPeriod, type Period } from './period';
