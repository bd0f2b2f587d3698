/**
 * The re-billing as a workbook of its own: the CSV's table, one row per employer, as
 * values (no formulas, so nothing points at a sheet this workbook does not have). In Excel
 * the pane opens it as a new workbook, from which the user saves it as .xlsx or as CSV for
 * the accounting package; outside Excel the pane offers the CSV itself (rebill-csv.ts).
 */
import type { Rebill } from '../billing/rebill';
import { centsToEuros } from '../money';
import { NumFmt, type CellValue, type WorkbookPlan } from './plan';
import { rebillTable } from './rebill-csv';
import { SheetBuilder } from './sheet-builder';
import { sheetTexts, type SpecLanguage } from './texts/sheet-texts';

export function rebillWorkbookPlan(r: Rebill, lang: SpecLanguage): WorkbookPlan {
  const { header, rows } = rebillTable(r, lang);
  const name = sheetTexts(lang)('yearSheet.rebillSheet', { year: r.year });
  const b = new SheetBuilder('rebill-export', name);
  b.row(header, { bold: true, wrap: true });
  const first = b.rows(rows.map((row) => row.map((cell): CellValue => ('text' in cell ? cell.text : 'int' in cell ? cell.int : centsToEuros(cell.cents)))));
  const last = Math.max(first, first + rows.length - 1);
  const kinds = rows[0] ?? [];
  kinds.forEach((cell, c) => {
    if ('text' in cell) b.style(first, c, last, c, { numFmt: NumFmt.text });
    else {
      b.style(first, c, last, c, { numFmt: 'int' in cell ? NumFmt.count : NumFmt.euro });
      // A number's header sits over its right edge, where the figures line up.
      b.style(0, c, 0, c, { hAlign: 'right' });
    }
  });
  // Number, name, three counts, nine amounts, the note: wrapped headers keep the numbers narrow.
  b.widths(18, 30, 12, 12, 20, ...new Array<number>(9).fill(14), 44);
  b.sheet.freeze = { rows: 1, cols: 2 };
  b.sheet.print = { paper: 'A4', landscape: true, fitToWidth: true };
  return { title: name, sheets: [b.sheet] };
}
