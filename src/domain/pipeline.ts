/**
 * The engine's front door for the task pane and the CLI: typed exports and settings in,
 * a reconciliation and a workbook plan out. Pure: no Office.js, React or Node APIs.
 */
export { reconcileQwoater, type QwoaterInput } from './billing/qwoater';
export { buildQwoaterPlan } from './spec/qwoater-workbook';
export type { Reconciliation, EmployerLine, Totals } from './billing/types';
export type { WorkbookPlan } from './spec/plan';
