/**
 * A workbook's content as plain data, `{ sheet: { A1: value | { formula } } }`, so the
 * plan, an .xlsx read back (xlsxSnapshot in read-xlsx.ts) and the Office writer's recording
 * fake can be compared with one toEqual. Empty cells are left out; formulas are in plan
 * syntax: no leading '=', no _xlfn. prefix (normalizeFormula turns Office.js text into it).
 */
import { cellsOf, a1, isFormula, type WorkbookPlan } from '../../src/domain/spec/plan';
import { planFormula } from '../../src/writers/xlsx-formula';

export type SnapshotCell = number | string | boolean | { formula: string };
export type WorkbookSnapshot = Record<string, Record<string, SnapshotCell>>;

/** '=SUM(A1:A3)' or '_xlfn.IFS(…)' → plan syntax. */
export const normalizeFormula = (f: string): string => planFormula(f);

export function planSnapshot(plan: WorkbookPlan): WorkbookSnapshot {
  const snap: WorkbookSnapshot = {};
  for (const sheet of plan.sheets) {
    const s: Record<string, SnapshotCell> = (snap[sheet.name] = {});
    for (const { row, col, value } of cellsOf(sheet)) {
      const addr = a1(row, col);
      // Later blocks overwrite earlier ones on the sheet, and so here.
      if (value === null || value === undefined) delete s[addr];
      else s[addr] = isFormula(value) ? { formula: value.f } : value;
    }
  }
  return snap;
}
