/**
 * What a sheet gets once its cells are in: sheet-scoped names, status highlights, column
 * widths, merged notes and row heights, input rules, frozen panes, print setup and tab
 * colour. All of it is one step, counted in actions so the request estimate stays honest.
 *
 * References (Microsoft's Excel JavaScript API):
 *  - print: Worksheet.pageLayout (ExcelApi 1.9): paperSize 'A4', orientation, setPrintArea,
 *    setPrintTitleRows, headersFooters.defaultForAllPages (left/center/right header and
 *    footer, in Excel's &-codes), and zoom, an Excel.PageLayoutZoomOptions:
 *    https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayoutzoomoptions
 *    Its documented fields are a number of pages wide and tall; nothing there says what an
 *    absent or 0 field means, so both are given as page counts: 1 wide, and as many tall
 *    as the sheet has rows, which can never bind (every page holds a row), so the width
 *    alone sets the scale, as the .xlsx's fitToWidth 1 / fitToHeight 0 does.
 *  - input rules: Range.dataValidation (ExcelApi 1.8): rule, prompt, errorAlert, ignoreBlanks.
 *  - merge and row height: Range.merge, RangeFormat.rowHeight (ExcelApi 1.2).
 *  - Excel flags a number stored as text (an employer number like 000123) with a green
 *    triangle. The .xlsx writers switch that off per range (<ignoredErrors>); the Excel
 *    JavaScript API has no member for it (Excel.Range and its format expose none), so in
 *    Excel the text format '@' keeps the leading zeros and the triangle stays.
 */
import { a1, a1Range, printTextCode, range, type HeaderFooter, type SheetPlan, type Validation } from '../../domain/spec/plan';
import type { XlDataValidation, XlHeaderFooter, XlWorksheet } from '../api';
import { colLetters, color, widthPoints } from './formats';

function widthRuns(widths: number[]): { from: number; to: number; chars: number }[] {
  const runs: { from: number; to: number; chars: number }[] = [];
  widths.forEach((w, c) => {
    if (!(w > 0)) return;
    const last = runs[runs.length - 1];
    if (last && last.to === c - 1 && last.chars === w) last.to = c;
    else runs.push({ from: c, to: c, chars: w });
  });
  return runs;
}

const sides = (hf: HeaderFooter | undefined) => (hf ? (['left', 'center', 'right'] as const).filter((k) => hf[k]?.length).length : 0);

export function finishOps(s: SheetPlan): number {
  const p = s.print;
  return s.names.length * 2 + s.highlights.length * 4 + widthRuns(s.columnWidths).length + (s.freeze ? 1 : 0) +
    (s.merges?.length ?? 0) + (s.rowHeights?.length ?? 0) + (s.validations?.length ?? 0) * 4 +
    (p ? [p.area, p.landscape, p.fitToWidth, p.paper, p.titleRows].filter(Boolean).length + sides(p.header) + sides(p.footer) : 0) + (s.tabColor ? 1 : 0);
}

/** A plan rule as Excel.DataValidationRule; dates as ISO strings, as the reference allows. */
function ruleOf(v: Validation): XlDataValidation['rule'] {
  const r = v.rule;
  if (r.kind === 'list') return { list: { inCellDropDown: true, source: r.items.join(',') } };
  if (r.kind === 'date') return { date: { formula1: '2000-01-01', formula2: '2100-12-31', operator: 'Between' } };
  if (r.kind === 'text') return { textLength: { formula1: r.maxLength, operator: 'LessThanOrEqualTo' } };
  const bounds =
    r.min !== undefined && r.max !== undefined ? { formula1: r.min, formula2: r.max, operator: 'Between' }
    : r.min !== undefined ? { formula1: r.min, operator: 'GreaterThanOrEqualTo' }
    : r.max !== undefined ? { formula1: r.max, operator: 'LessThanOrEqualTo' }
    : { formula1: -1e15, formula2: 1e15, operator: 'Between' };
  return r.kind === 'whole' ? { wholeNumber: bounds } : { decimal: bounds };
}

function setHeaderFooter(target: XlHeaderFooter, hf: HeaderFooter | undefined, kind: 'Header' | 'Footer'): void {
  if (!hf) return;
  for (const side of ['left', 'center', 'right'] as const) if (hf[side]?.length) target[`${side}${kind}`] = printTextCode(hf[side]);
}


export function finishSheet(ws: XlWorksheet, s: SheetPlan): void {
  for (const n of s.names) ws.names.add(n.name, ws.getRange(a1(n.row, n.col, true)));
  for (const h of s.highlights) {
    const cf = ws.getRange(a1Range(h.range)).conditionalFormats.add('CellValue');
    cf.cellValue.format.fill.color = color(h.fill);
    cf.cellValue.format.font.color = color(h.fontColor);
    cf.cellValue.rule = { formula1: `="${h.equals.replace(/"/g, '""')}"`, operator: 'EqualTo' };
  }
  for (const r of widthRuns(s.columnWidths)) ws.getRange(`${colLetters(r.from)}:${colLetters(r.to)}`).format.columnWidth = widthPoints(r.chars);
  for (const m of s.merges ?? []) ws.getRange(a1Range(m)).merge(false);
  for (const h of s.rowHeights ?? []) ws.getRange(`${h.row + 1}:${h.row + 1}`).format.rowHeight = h.points;
  for (const v of s.validations ?? []) {
    const dv = ws.getRange(a1Range(v.range)).dataValidation;
    dv.rule = ruleOf(v);
    dv.ignoreBlanks = true;
    dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
    dv.errorAlert = { showAlert: true, style: 'Stop', title: v.error.title, message: v.error.message };
  }
  const fz = s.freeze;
  if (fz && fz.rows > 0 && fz.cols > 0) ws.freezePanes.freezeAt(a1Range(range(0, 0, fz.rows - 1, fz.cols - 1)));
  else if (fz && fz.rows > 0) ws.freezePanes.freezeRows(fz.rows);
  else if (fz && fz.cols > 0) ws.freezePanes.freezeColumns(fz.cols);
  const p = s.print;
  if (p?.area) ws.pageLayout.setPrintArea(a1Range(p.area));
  if (p?.landscape) ws.pageLayout.orientation = 'Landscape';
  if (p?.paper === 'A4') ws.pageLayout.paperSize = 'A4';
  // One page wide; as many pages tall as there are rows, which never binds (see the top of this file).
  if (p?.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: pagesTall(s) };
  if (p?.titleRows) ws.pageLayout.setPrintTitleRows(`$${p.titleRows.first + 1}:$${p.titleRows.last + 1}`);
  setHeaderFooter(ws.pageLayout.headersFooters.defaultForAllPages, p?.header, 'Header');
  setHeaderFooter(ws.pageLayout.headersFooters.defaultForAllPages, p?.footer, 'Footer');
  if (s.tabColor) ws.tabColor = color(s.tabColor);
}

/** Excel's largest page count for fit-to-page (the Page Setup dialog allows 1 to 32767). */
const MAX_PAGES = 32_767;

/** The sheet's number of rows: at least as many pages as it could ever need at any scale. */
export function pagesTall(s: SheetPlan): number {
  const last = Math.max(0, ...s.blocks.map((b) => b.row + b.cells.length));
  return Math.min(MAX_PAGES, Math.max(1, last));
}
