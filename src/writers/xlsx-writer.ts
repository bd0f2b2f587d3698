/**
 * WorkbookPlan → .xlsx bytes with ExcelJS's in-memory workbook. Runs in Node and in the
 * browser (standalone download); for big files on disk the CLI uses xlsx-file-writer.ts,
 * which streams and needs about a third of the memory. ExcelJS writes the workbook's
 * frame (columns, views, print setup, names, tables, validations); the rows go into each
 * sheet's XML as text, rendered as the streaming writer renders them (xlsx-stream-rows.ts).
 *
 * What lives in src/writers/: WorkbookPlan → .xlsx through ExcelJS (xlsx-writer.ts in memory,
 * xlsx-file-writer.ts streaming; render, style, formula and XML-patch parts beside them,
 * exceljs-module.ts loading ExcelJS once) and plan-check.ts, which both writers run first.
 * The Office.js writer lives in src/office/writer/.
 */
import type * as ExcelJS from 'exceljs';
import type { SheetPlan, WorkbookPlan } from '../domain/spec/plan';
import { a1 } from '../domain/spec/plan';
import { assertPlan } from './plan-check';
import { installDefinedNames, loadExcelJS, renderSheet, worksheetOptions } from './xlsx-render';
import { StyleBook } from './xlsx-style';
import { HeldRows } from './xlsx-stream-rows';
import { installXmlPatches } from './xlsx-xml-patches';
import { zipWorkbook } from './xlsx-zip';

/**
 * The table part Excel reads: header row, banded rows, a filter button on every column.
 * addTable writes its header into the cells (the header was checked to match the plan's
 * names, so the cells stay as rendered) and would write its rows too; it gets empty rows,
 * only to count them, because the rows go into the sheet's XML as text like all others.
 */
function addTables(ws: ExcelJS.Worksheet, sheet: SheetPlan): void {
  for (const t of sheet.tables) {
    ws.addTable({
      name: t.name,
      displayName: t.name,
      ref: a1(t.range.row, t.range.col),
      headerRow: true,
      totalsRow: false,
      style: { theme: t.style as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
      // Without filterButton ExcelJS writes hiddenButton="1" and the filter arrows vanish.
      columns: t.columns.map((c) => ({ name: c.name, filterButton: true })),
      rows: Array.from({ length: t.range.lastRow - t.range.row }, () => []),
    });
  }
}

/**
 * ExcelJS's addWorksheet, without its three scans of every sheet added before (the free
 * id, the last order number, the name taken): for 3,000 employer sheets those are 13.5
 * million steps and 4.5 million lower-cased copies of names, a few hundred ms in the pane.
 * Each sheet is added to an empty list, so ExcelJS checks its name and builds it as usual,
 * then gets the id and order number ExcelJS would have given it in a fresh workbook (1, 2,
 * …) and its place in the real list. The name check ExcelJS skipped is done here, by set.
 */
function worksheetAdder(wb: ExcelJS.Workbook): (name: string, options: Partial<ExcelJS.AddWorksheetOptions>) => ExcelJS.Worksheet {
  const inner = wb as unknown as { _worksheets: unknown[] };
  if (!Array.isArray(inner._worksheets) || inner._worksheets.length !== 0) throw new Error('xlsx writer: ExcelJS workbook has no empty _worksheets list (ExcelJS internals changed?)');
  const all = inner._worksheets;
  const names = new Set<string>();
  return (name, options) => {
    const key = name.toLowerCase();
    if (names.has(key)) throw new Error(`Worksheet name already exists: ${name}`);
    names.add(key);
    inner._worksheets = [];
    let ws: ExcelJS.Worksheet;
    try {
      ws = wb.addWorksheet(name, options);
    } finally {
      inner._worksheets = all;
    }
    const id = all.length || 1;
    Object.assign(ws, { id, orderNo: id });
    all[id] = ws;
    return ws;
  };
}

/** `checked`: the caller ran planProblem on this plan already (the standalone host does, before handing it to the worker). */
export async function writeXlsxBuffer(plan: WorkbookPlan, opts: { checked?: boolean } = {}): Promise<Uint8Array> {
  if (!opts.checked) assertPlan(plan);
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Factuurcheck';
  wb.title = plan.title;
  installDefinedNames(wb, plan);
  // Rows go into each sheet's XML as text when ExcelJS writes it (see xlsx-xml-patches.ts).
  const held = new Map<string, HeldRows>();
  const patches = installXmlPatches(wb, plan, held);
  const book = new StyleBook();
  const add = worksheetAdder(wb);
  for (const sheet of plan.sheets) {
    const ws = add(sheet.name, worksheetOptions(sheet));
    renderSheet(ws, sheet, book, false, (columnStyles) => {
      const rows = new HeldRows(columnStyles);
      held.set(sheet.name, rows);
      return rows;
    });
    addTables(ws, sheet);
  }
  const bytes = await zipWorkbook(wb);
  patches.verify();
  return bytes;
}
