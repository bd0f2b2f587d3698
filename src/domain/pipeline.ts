/**
 * The engine's front door for the task pane and the CLI: typed exports and settings in,
 * a reconciliation and a workbook plan out. Pure: no Office.js, React or Node APIs.
 *
 * What lives in src/domain/ (pure, imported by everything, imports nothing of ours outside it):
 * imports/ (bytes, text or grids → typed exports with precise errors), billing/ (the rules:
 * counts, prices, advances, invoices, re-billing), spec/ (→ WorkbookPlan), xpert/ (the
 * Otherside engine), messages/ (the one text catalogue), and beside them money.ts (integer
 * cents), problems.ts (errors as values), settings*.ts (what the user chooses), pipeline.ts.
 */
export { reconcileQwoater, type QwoaterInput } from './billing/qwoater';
export { buildQwoaterPlan } from './spec/qwoater-workbook';
export type { Reconciliation, EmployerLine, Totals } from './billing/types';
export type { WorkbookPlan } from './spec/plan';
