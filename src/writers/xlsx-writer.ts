/**
 * WorkbookPlan → .xlsx bytes with ExcelJS's in-memory workbook. Runs in Node and in the
 * browser (standalone download); for big files on disk the CLI uses xlsx-file-writer.ts,
 * which streams and needs about a third of the memory.
 *
 * What lives in src/writers/: WorkbookPlan → .xlsx through ExcelJS (xlsx-writer.ts in memory,
 * xlsx-file-writer.ts streaming; render, style, formula and XML-patch parts beside them,
 * exceljs-module.ts loading ExcelJS once) and plan-check.ts, which both writers run first.
 * The Office.js writer lives in src/office/writer/.
 */
import type * as ExcelJS from 'exceljs';
import type { SheetPlan, WorkbookPlan } from '../domain/spec/plan';
import { a1 } from '../domain/spec/plan';
import { assertPlan, gridOf } from './plan-check';
import { installDefinedNames, loadExcelJS, renderSheet, toExcelValue, worksheetOptions } from './xlsx-render';
import { StyleBook } from './xlsx-style';
import { installXmlPatches } from './xlsx-xml-patches';
import { zipWorkbook } from './xlsx-zip';

/** The table part Excel reads: header row, banded rows, a filter button on every column. */
function addTables(ws: ExcelJS.Worksheet, sheet: SheetPlan): void {
  for (const t of sheet.tables) {
    // addTable writes its rows into the cells again; feeding it the plan's own values
    // keeps the cells exactly as rendered (the header was checked to match the names).
    const rows = gridOf(sheet, { ...t.range, row: t.range.row + 1 }).map((line) => line.map(toExcelValue));
    ws.addTable({
      name: t.name,
      displayName: t.name,
      ref: a1(t.range.row, t.range.col),
      headerRow: true,
      totalsRow: false,
      style: { theme: t.style as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
      // Without filterButton ExcelJS writes hiddenButton="1" and the filter arrows vanish.
      columns: t.columns.map((c) => ({ name: c.name, filterButton: true })),
      rows,
    });
  }
}

/** `checked`: the caller ran planProblem on this plan already (the standalone host does, before handing it to the worker). */
export async function writeXlsxBuffer(plan: WorkbookPlan, opts: { checked?: boolean } = {}): Promise<Uint8Array> {
  if (!opts.checked) assertPlan(plan);
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Factuurcheck';
  wb.title = plan.title;
  installDefinedNames(wb, plan);
  const patches = installXmlPatches(wb, plan);
  const book = new StyleBook();
  for (const sheet of plan.sheets) {
    const ws = wb.addWorksheet(sheet.name, worksheetOptions(sheet));
    renderSheet(ws, sheet, book, false);
    addTables(ws, sheet);
  }
  const bytes = await zipWorkbook(wb);
  patches.verify();
  return bytes;
}
