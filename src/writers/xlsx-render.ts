/**
 * The translation from a SheetPlan to ExcelJS calls, shared by the in-memory writer
 * (browser download, tests) and the streaming file writer (CLI). Both ExcelJS worksheet
 * kinds offer getRow/getColumn/addConditionalFormatting, so one function renders either;
 * only tables differ (see the two writers).
 */
import type * as ExcelJS from 'exceljs';
import { a1, a1Range, isFormula, quoteSheet, type CellValue, type SheetPlan, type WorkbookPlan } from '../domain/spec/plan';
import { fileFormula } from './xlsx-formula';
import { argb, SheetStyler, type StyleBook, type XlsxStyle } from './xlsx-style';

export { loadExcelJS, type ExcelJSModule } from './exceljs-module';

/** What both ExcelJS worksheet kinds (in-memory and streaming) offer and we use. */
export interface SheetSink {
  getRow(n: number): ExcelJS.Row;
  getColumn(n: number): ExcelJS.Column;
  addConditionalFormatting(cf: ExcelJS.ConditionalFormattingOptions): void;
}

/** Strings stay strings (ExcelJS never parses '=1+1'); formulas carry their result. */
export function toExcelValue(v: CellValue): ExcelJS.CellValue {
  if (isFormula(v)) return { formula: fileFormula(v.f), result: v.r };
  return v;
}

/** Header and footer are literal texts: '&' would start an Excel code, so it is doubled. */
const headerText = (s: string): string => `&C${s.replace(/&/g, '&&')}`;

/** Options both addWorksheet variants accept at creation, which the streaming writer needs up front. */
export function worksheetOptions(sheet: SheetPlan): Partial<ExcelJS.AddWorksheetOptions> {
  const o: Partial<ExcelJS.AddWorksheetOptions> = {};
  const f = sheet.freeze;
  if (f && (f.rows > 0 || f.cols > 0)) {
    o.views = [{ state: 'frozen', xSplit: f.cols, ySplit: f.rows, topLeftCell: a1(f.rows, f.cols) }];
  }
  if (sheet.tabColor) o.properties = { tabColor: { argb: argb(sheet.tabColor) } };
  const p = sheet.print;
  if (p) {
    // The print area is written as a sheet-scoped name (see definedNamesModel), not here:
    // ExcelJS's own printArea does not double apostrophes in sheet names.
    o.pageSetup = { orientation: p.landscape ? 'landscape' : 'portrait' };
    if (p.fitToWidth) Object.assign(o.pageSetup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    // 9 is A4 in OOXML's paper-size table; without it Excel takes the printer's default.
    if (p.paper === 'A4') Object.assign(o.pageSetup, { paperSize: 9 });
    if (p.header !== undefined || p.footer !== undefined) {
      o.headerFooter = {};
      if (p.header !== undefined) o.headerFooter.oddHeader = headerText(p.header);
      if (p.footer !== undefined) o.headerFooter.oddFooter = headerText(p.footer);
    }
  }
  return o;
}

export interface DefinedNameModel {
  name: string;
  localSheetId: number;
  ranges: string[];
}

/** Every name sheet-scoped (localSheetId), so a copied sheet takes its names along. */
export function definedNamesModel(plan: WorkbookPlan): DefinedNameModel[] {
  const out: DefinedNameModel[] = [];
  plan.sheets.forEach((sheet, i) => {
    const q = quoteSheet(sheet.name);
    for (const n of sheet.names) out.push({ name: n.name, localSheetId: i, ranges: [`${q}!${a1(n.row, n.col, true)}`] });
    const area = sheet.print?.area;
    if (area) {
      const ref = `${a1(area.row, area.col, true)}:${a1(area.lastRow, area.lastCol, true)}`;
      out.push({ name: '_xlnm.Print_Area', localSheetId: i, ranges: [`${q}!${ref}`] });
    }
  });
  return out;
}

/**
 * ExcelJS's DefinedNames API knows only workbook-wide names, but both writers serialise
 * `workbook.definedNames.model`, whose renderer does write localSheetId. So the model is
 * replaced by ours on this one workbook instance.
 */
export function installDefinedNames(wb: { definedNames: unknown }, plan: WorkbookPlan): void {
  const model = definedNamesModel(plan);
  Object.defineProperty(wb.definedNames, 'model', {
    configurable: true,
    get: () => model.map((n) => ({ ...n, ranges: [...n.ranges] })),
    set: () => undefined,
  });
}

interface PlannedCell {
  col: number;
  value: CellValue;
  style: XlsxStyle | undefined;
}

interface Segment {
  col: number;
  line: readonly (CellValue | undefined)[];
}

/** One row's values as a single segment; blocks that share the row are overlaid in plan order. */
function overlay(segs: Segment[]): Segment {
  if (segs.length === 1) return segs[0]!;
  const from = Math.min(...segs.map((s) => s.col));
  const line: (CellValue | undefined)[] = [];
  for (const s of segs) s.line.forEach((v, j) => (line[s.col - from + j] = v));
  return { col: from, line };
}

/** The sheet's rows in ascending order (as the streaming writer needs), values and styles merged. */
function* plannedRows(sheet: SheetPlan, styler: SheetStyler, colStyles: Map<number, XlsxStyle>): Generator<{ row: number; cells: PlannedCell[] }> {
  const segments = new Map<number, Segment[]>();
  for (const b of sheet.blocks) {
    for (let i = 0; i < b.cells.length; i++) {
      const list = segments.get(b.row + i);
      if (list) list.push({ col: b.col, line: b.cells[i]! });
      else segments.set(b.row + i, [{ col: b.col, line: b.cells[i]! }]);
    }
  }
  const rows = new Set(segments.keys());
  for (const r of styler.styledRows()) rows.add(r);
  for (const row of [...rows].sort((a, b) => a - b)) {
    const styles = styler.forRow(row);
    const segs = segments.get(row);
    const seg = segs ? overlay(segs) : { col: 0, line: [] };
    const cells: PlannedCell[] = [];
    for (let j = 0; j < seg.line.length; j++) {
      const value = seg.line[j] ?? null;
      const style = styles.get(seg.col + j);
      if (value !== null || style !== undefined) cells.push({ col: seg.col + j, value, style });
    }
    // A styled cell outside the values needs writing only when its style differs from its column's.
    for (const [col, style] of styles) {
      const outside = col < seg.col || col >= seg.col + seg.line.length;
      if (outside && colStyles.get(col) !== style) cells.push({ col, value: null, style });
    }
    if (cells.length) yield { row, cells };
  }
}

function addHighlights(ws: SheetSink, sheet: SheetPlan): void {
  sheet.highlights.forEach((h, i) => {
    ws.addConditionalFormatting({
      ref: a1Range(h.range),
      rules: [
        {
          type: 'cellIs',
          operator: 'equal',
          formulae: [`"${h.equals.replace(/"/g, '""')}"`],
          priority: i + 1,
          // Conditional (dxf) fills take their colour from bgColor, unlike cell fills.
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(h.fill) } }, font: { color: { argb: argb(h.fontColor) } } },
        },
      ],
    });
  });
}

/**
 * Writes a sheet's columns, cells and highlights. With `streaming`, each row is committed
 * as soon as it is written, and rows holding only styled empty cells (input cells, say)
 * are marked as having values, because the streaming writer drops them otherwise.
 */
export function renderSheet(ws: SheetSink, sheet: SheetPlan, book: StyleBook, streaming: boolean): void {
  sheet.columnWidths.forEach((w, c) => {
    if (w > 0) ws.getColumn(c + 1).width = w;
  });
  const styler = new SheetStyler(sheet.styles, book);
  const colStyles = styler.columnStyles();
  for (const [c, s] of colStyles) ws.getColumn(c + 1).style = s;
  for (const { row, cells } of plannedRows(sheet, styler, colStyles)) {
    const xrow = ws.getRow(row + 1);
    for (const c of cells) {
      const cell = xrow.getCell(c.col + 1);
      if (c.style) cell.style = c.style;
      if (c.value !== null) cell.value = toExcelValue(c.value);
    }
    if (streaming) {
      if (!xrow.hasValues) Object.defineProperty(xrow, 'hasValues', { value: true });
      xrow.commit();
    }
  }
  addHighlights(ws, sheet);
}
