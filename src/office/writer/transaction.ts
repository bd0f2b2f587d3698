/**
 * One write's bookkeeping: where each plan sheet goes. Sheets (and tables) are built under
 * temporary names known before the workbook is read; their final names, and which owned
 * sheet each replaces, are filled in by placement.ts once it is.
 */
import type { SheetPlan, WorkbookPlan } from '../../domain/spec/plan';

/** Tables are built under a temporary name too: their final name may still belong to a table on a sheet we replace. */
export interface PlannedTable { temp: string; final: string }
export interface Replaced { name: string; aside: string; position: number; asideTables: { name: string; aside: string }[] }
export interface Target { plan: SheetPlan; temp: string; final: string; replaces?: Replaced; tables: PlannedTable[] }
export interface Transaction {
  run: string;
  tempPrefix: string;
  targets: Target[];
  touched: boolean;
  placed: boolean;
  /** Target indexes to recalculate at the end, in order (see recalc.ts); sheets without formulas are left out. */
  calculate: number[];
}

/** Everything the build needs is known before reading the workbook; final names are filled in later. */
export function newTransaction(plan: WorkbookPlan, run: string): Transaction {
  const tempPrefix = `~fc-tmp-${run}-`;
  const targets = plan.sheets.map((s, i): Target => ({
    plan: s,
    temp: `${tempPrefix}${i + 1}`,
    final: '',
    tables: s.tables.map((_, k) => ({ temp: `fc_tmp_${run}_${i + 1}_${k + 1}`, final: '' })),
  }));
  return { run, tempPrefix, targets, touched: false, placed: false, calculate: [] };
}
