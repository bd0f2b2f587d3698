/**
 * The translation from a SheetPlan to ExcelJS calls, shared by the in-memory writer
 * (browser download, tests) and the streaming file writer (CLI). Both ExcelJS worksheet
 * kinds offer getRow/getColumn/addConditionalFormatting, so one function renders either;
 * only tables differ (see the two writers).
 */
import type * as ExcelJS from 'exceljs';
import { a1, a1Range, headerFooterCode, isFormula, quoteSheet, type CellValue, type SheetPlan, type Validation, type WorkbookPlan } from '../domain/spec/plan';
import { fileFormula } from './xlsx-formula';
import type { RowCell } from './xlsx-stream-rows';
import { argb, SheetStyler, type StyleBook, type XlsxStyle } from './xlsx-style';

export { loadExcelJS, type ExcelJSModule } from './exceljs-module';

/** What both ExcelJS worksheet kinds (in-memory and streaming) offer and we use. */
export interface SheetSink {
  getRow(n: number): ExcelJS.Row;
  getColumn(n: number): ExcelJS.Column;
  addConditionalFormatting(cf: ExcelJS.ConditionalFormattingOptions): void;
  mergeCells(top: number, left: number, bottom: number, right: number): void;
}

/** Both worksheet kinds keep data validations in a `dataValidations` model that ExcelJS's typings leave out. */
function dataValidationsOf(ws: SheetSink): { add(address: string, validation: ExcelJS.DataValidation): void } {
  const dv = (ws as unknown as { dataValidations?: { add?: unknown } }).dataValidations;
  if (typeof dv?.add !== 'function') throw new Error('xlsx writer: this ExcelJS worksheet has no dataValidations (ExcelJS internals changed?)');
  return dv as { add(address: string, validation: ExcelJS.DataValidation): void };
}

/** Strings stay strings (ExcelJS never parses '=1+1'); formulas carry their result. */
function toExcelValue(v: CellValue): ExcelJS.CellValue {
  if (isFormula(v)) return { formula: fileFormula(v.f), result: v.r };
  return v;
}

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
    // fitToPage switches scaling to 'fit'; 0 pages tall means as many as the length needs.
    if (p.fitToWidth) Object.assign(o.pageSetup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    // 9 is A4 in OOXML's paper-size table; without it Excel takes the printer's default.
    if (p.paper === 'A4') Object.assign(o.pageSetup, { paperSize: 9 });
    if (p.header || p.footer) {
      o.headerFooter = {};
      if (p.header) o.headerFooter.oddHeader = headerFooterCode(p.header);
      if (p.footer) o.headerFooter.oddFooter = headerFooterCode(p.footer);
    }
  }
  return o;
}

export interface DefinedNameModel {
  name: string;
  /** Absent for a workbook-level name. */
  localSheetId?: number;
  ranges: string[];
}

/**
 * The plan's workbook-level names, then per sheet its own names (sheet-scoped, so a copied
 * sheet takes them along), its print area and its print titles.
 */
export function definedNamesModel(plan: WorkbookPlan): DefinedNameModel[] {
  const out: DefinedNameModel[] = (plan.names ?? []).map((n) => ({ name: n.name, ranges: [`${quoteSheet(n.sheet)}!${a1(n.row, n.col, true)}`] }));
  plan.sheets.forEach((sheet, i) => {
    const q = quoteSheet(sheet.name);
    for (const n of sheet.names) out.push({ name: n.name, localSheetId: i, ranges: [`${q}!${a1(n.row, n.col, true)}`] });
    const area = sheet.print?.area;
    if (area) {
      const ref = `${a1(area.row, area.col, true)}:${a1(area.lastRow, area.lastCol, true)}`;
      out.push({ name: '_xlnm.Print_Area', localSheetId: i, ranges: [`${q}!${ref}`] });
    }
    const titles = sheet.print?.titleRows;
    if (titles) out.push({ name: '_xlnm.Print_Titles', localSheetId: i, ranges: [`${q}!$${titles.first + 1}:$${titles.last + 1}`] });
  });
  return out;
}

/** A date rule's bounds: any date this century and the next, as Excel validates a date cell. */
const DATE_BOUNDS = ['2000-01-01', '2100-12-31'];

/** A plan validation as ExcelJS's data-validation model (both ExcelJS worksheet kinds write it). */
export function dataValidationModel(v: Validation): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: v.prompt.title,
    prompt: v.prompt.message,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: v.error.title,
    error: v.error.message,
  } as const;
  const r = v.rule;
  switch (r.kind) {
    case 'list':
      return { ...common, type: 'list', formulae: [`"${r.items.join(',')}"`] };
    case 'date':
      return { ...common, type: 'date', operator: 'between', formulae: DATE_BOUNDS };
    case 'text':
      return { ...common, type: 'textLength', operator: 'lessThanOrEqual', formulae: [r.maxLength] };
    default: {
      const bounds = r.min !== undefined && r.max !== undefined ? { operator: 'between' as const, formulae: [r.min, r.max] }
        : r.min !== undefined ? { operator: 'greaterThanOrEqual' as const, formulae: [r.min] }
        : r.max !== undefined ? { operator: 'lessThanOrEqual' as const, formulae: [r.max] }
        : { operator: 'between' as const, formulae: [-1e15, 1e15] };
      return { ...common, type: r.kind, ...bounds };
    }
  }
}

/**
 * Excel's error-check flags to switch off: numbers stored as text, for the cells the plan
 * says hold number-like texts on purpose (employer numbers with leading zeros). ExcelJS
 * cannot write this element, so both writers insert it into the sheet's XML.
 */
export function ignoredErrorsXml(sheet: SheetPlan): string {
  const ranges = sheet.textNumbers ?? [];
  if (!ranges.length) return '';
  const sqref = ranges.map((r) => (r.row === r.lastRow && r.col === r.lastCol ? a1(r.row, r.col) : a1Range(r))).join(' ');
  return `<ignoredErrors><ignoredError sqref="${sqref}" numberStoredAsText="1"/></ignoredErrors>`;
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

/** The sheet's rows in ascending order (as the streaming writer needs), values and styles merged; cells ascend too. */
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
    let outside = false;
    for (const [col, style] of styles) {
      if ((col < seg.col || col >= seg.col + seg.line.length) && colStyles.get(col) !== style) {
        cells.push({ col, value: null, style });
        outside = true;
      }
    }
    if (outside) cells.sort((a, b) => a.col - b.col);
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

/** Where renderSheet's rows go as text (xlsx-stream-rows.ts): into the streaming sheet at once, or held for the in-memory sheet's XML. */
export interface RowText {
  write(row: number, cells: RowCell[], height: number | undefined): void;
  /** Called before ExcelJS writes a row of its own. */
  flush(): void;
}

/**
 * Writes a sheet's columns, cells and highlights. Rows go as text through `text` (one way
 * of rendering rows for both writers), except the rows ExcelJS must hold as cells: those a
 * merge covers (a merge writes into the cells below it) and, in memory, a table's header
 * row (ExcelJS's addTable writes it again). With `streaming`, each such row is committed as
 * soon as it is written, and rows holding only styled empty cells (input cells, say) are
 * marked as having values, because the streaming writer drops them otherwise.
 */
export function renderSheet(ws: SheetSink, sheet: SheetPlan, book: StyleBook, streaming: boolean, text: (columnStyles: ReadonlyMap<number, XlsxStyle>) => RowText): void {
  sheet.columnWidths.forEach((w, c) => {
    if (w > 0) ws.getColumn(c + 1).width = w;
  });
  const styler = new SheetStyler(sheet.styles, book);
  const colStyles = styler.columnStyles();
  for (const [c, s] of colStyles) ws.getColumn(c + 1).style = s;
  const heights = new Map((sheet.rowHeights ?? []).map((h) => [h.row, h.points]));
  // Merged at their first row: the streaming writer cannot touch a row once it is committed.
  const merges = [...(sheet.merges ?? [])].sort((a, b) => a.row - b.row);
  let nextMerge = 0;
  const mergeUpTo = (row: number) => {
    for (; nextMerge < merges.length && merges[nextMerge]!.row <= row; nextMerge++) {
      const m = merges[nextMerge]!;
      ws.mergeCells(m.row + 1, m.col + 1, m.lastRow + 1, m.lastCol + 1);
    }
  };
  const fast = text(colStyles);
  const cellRows = [...merges, ...(streaming ? [] : sheet.tables.map((t) => ({ row: t.range.row, lastRow: t.range.row })))];
  const covered = new Set(cellRows.flatMap((m) => Array.from({ length: m.lastRow - m.row + 1 }, (_, i) => m.row + i)));
  for (const { row, cells } of plannedRows(sheet, styler, colStyles)) {
    const height = heights.get(row);
    if (!covered.has(row)) {
      mergeUpTo(row);
      fast.write(row, cells, height);
      continue;
    }
    fast.flush();
    const xrow = ws.getRow(row + 1);
    if (height !== undefined) xrow.height = height;
    for (const c of cells) {
      const cell = xrow.getCell(c.col + 1);
      if (c.style) cell.style = c.style;
      if (c.value !== null) cell.value = toExcelValue(c.value);
    }
    mergeUpTo(row);
    if (streaming) {
      if (!xrow.hasValues) Object.defineProperty(xrow, 'hasValues', { value: true });
      xrow.commit();
    }
  }
  fast.flush();
  if (nextMerge < merges.length) {
    // Only an empty merged range is left; the in-memory writer can still merge it.
    if (streaming) throw new Error(`xlsx writer: sheet '${sheet.name}': merge ${a1Range(merges[nextMerge]!)} has no content`);
    mergeUpTo(Number.MAX_SAFE_INTEGER);
  }
  addHighlights(ws, sheet);
  for (const v of sheet.validations ?? []) dataValidationsOf(ws).add(a1Range(v.range), dataValidationModel(v));
}
