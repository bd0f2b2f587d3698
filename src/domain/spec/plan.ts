/**
 * The workbook plan: plain data that says what a specification workbook holds.
 * Both writers (Office.js and ExcelJS) render exactly this, so layout decisions live
 * in the plan builders, and tests can check the plan cell by cell without Excel.
 *
 * Coordinates are 0-based (row 0, col 0 is A1). Formulas are written in en-US syntax
 * with English function names and without the leading '='; each carries the result our
 * engine computed, so a viewer that does not recalculate still shows the right figure
 * and tests can compare it with what LibreOffice recalculates.
 *
 * What lives in src/domain/spec/: this plan's types, the sheet builders (summary, dossier,
 * employer, invoice check, re-billing, Otherside, trend sheets), the workbooks that put them
 * together (*-workbook.ts), layout helpers (sheet-builder, sheet-layout, sheet-names, text
 * widths, input rules) and the sheets' words per language (texts/: one catalogue area per
 * workbook, looked up through texts/sheet-texts.ts).
 */

import { columnLetter } from '../problems';

/** A literal text. Writers must keep it text even when it starts with = + - @. */
export type TextValue = string;
export interface FormulaCell {
  f: string;
  /** The value our engine expects this formula to produce (euros, counts, or a text). */
  r: number | string;
  /**
   * What makes this formula long, when something the user chose does: 'tiers' for one term
   * per staffel tier. The plan check then says what to change when it passes Excel's limit.
   */
  grows?: 'tiers';
}
export type CellValue = null | number | boolean | TextValue | FormulaCell;

export const isFormula = (v: CellValue): v is FormulaCell =>
  typeof v === 'object' && v !== null && 'f' in v;

/** A rectangle of cells written in one go; rows may be shorter than the widest row. */
export interface CellBlock {
  row: number;
  col: number;
  cells: CellValue[][];
}

export interface RangeRef {
  row: number;
  col: number;
  /** Inclusive last row and column. */
  lastRow: number;
  lastCol: number;
}

/** Number formats in en-US format-code syntax; Excel shows them in the user's locale. */
export const NumFmt = {
  euro: '"€" #,##0.00;[Red]-"€" #,##0.00',
  price: '"€" #,##0.00##',
  count: '#,##0;[Red]-#,##0',
  percent: '0.0%',
  /** Excel shows dd-mm-jjjj in Dutch; the cell holds a real date (a serial number). */
  date: 'dd-mm-yyyy',
  /** A quarter number 1–4 shown as Q1–Q4, still a number formulas can compare. */
  quarter: '"Q"0',
  /** A year, without a thousands separator. */
  year: '0',
  text: '@',
  general: 'General',
} as const;

export interface Style {
  numFmt?: string;
  bold?: boolean;
  italic?: boolean;
  /** Font size in points. */
  size?: number;
  /** 'RRGGBB' without '#'. */
  fontColor?: string;
  fill?: string;
  hAlign?: 'left' | 'center' | 'right';
  wrap?: boolean;
  border?: 'bottom' | 'top' | 'box';
  /** Unlocked input cells a user is meant to type in. */
  input?: boolean;
}

/** One style over a whole rectangle: writers apply it per range, never per cell. */
export interface StyleRange {
  range: RangeRef;
  style: Style;
}

export interface TableColumn {
  name: string;
  /**
   * A calculated column: this formula (plan syntax, structured references to its own
   * table as Table[[#This Row],[Column]]) is what every data row of the column holds, so
   * Excel fills it into a row the user adds. The rows themselves carry it too, with results.
   */
  formula?: string;
}

export interface TablePlan {
  /** Workbook-unique table name: letters, digits, underscores. */
  name: string;
  /** Header row plus data rows. */
  range: RangeRef;
  columns: TableColumn[];
  style: string;
}

export interface DefinedName {
  name: string;
  /** Sheet-local cell the name points at. */
  row: number;
  col: number;
}

/** A workbook-level name for one cell of a plan sheet (the inputs and totals formulas read by name). */
export interface WorkbookName {
  name: string;
  /** The plan sheet's name (`SheetPlan.name`). */
  sheet: string;
  row: number;
  col: number;
}

/** A field Excel fills in when printing: the sheet's name, the page number, the number of pages. */
export interface PrintField {
  field: 'sheet' | 'page' | 'pages';
}
/** Header or footer text: literal parts and fields, in order. */
export type PrintText = (string | PrintField)[];
export interface HeaderFooter {
  left?: PrintText;
  center?: PrintText;
  right?: PrintText;
}

export interface PrintSetup {
  area?: RangeRef;
  /** Paper size; Excel otherwise takes the printer's default (Letter on many machines). */
  paper?: 'A4';
  landscape?: boolean;
  /** Scale to one page wide; the length runs on over as many pages as it needs. */
  fitToWidth?: boolean;
  /** Rows repeated at the top of every printed page (print titles), inclusive. */
  titleRows?: { first: number; last: number };
  header?: HeaderFooter;
  footer?: HeaderFooter;
}

/**
 * Excel's header and footer codes for a plan text: &L, &C, &R sections, &A the sheet
 * name, &P the page, &N the pages; a literal '&' is doubled. Office.js takes the same
 * codes in its headersFooters strings, so both writers use this.
 */
export function printTextCode(text: PrintText | undefined): string {
  if (!text) return '';
  const field = { sheet: '&A', page: '&P', pages: '&N' } as const;
  return text.map((p) => (typeof p === 'string' ? p.replace(/&/g, '&&') : field[p.field])).join('');
}
export function headerFooterCode(hf: HeaderFooter | undefined): string {
  if (!hf) return '';
  return (['left', 'center', 'right'] as const)
    .filter((side) => hf[side]?.length)
    .map((side) => `&${side === 'left' ? 'L' : side === 'center' ? 'C' : 'R'}${printTextCode(hf[side])}`)
    .join('');
}

/** What a cell accepts; Excel shows the prompt when the cell is selected and the error when a value breaks the rule. */
export type ValidationRule =
  | { kind: 'decimal' | 'whole'; min?: number; max?: number }
  | { kind: 'date' }
  | { kind: 'list'; items: string[] }
  | { kind: 'text'; maxLength: number };

export interface Validation {
  range: RangeRef;
  rule: ValidationRule;
  /** Excel's limits: a title of at most 32 characters, a message of at most 255. */
  prompt: { title: string; message: string };
  error: { title: string; message: string };
}

export interface ConditionalHighlight {
  /** Cells whose text equals `equals` get the fill; used for statuses. */
  range: RangeRef;
  equals: string;
  fill: string;
  fontColor: string;
}

/** One line of a chart: a literal name and the cells that hold its values (on the same sheet). */
export interface ChartSeries {
  name: string;
  values: RangeRef;
  /** 'secondary' puts the series on a second value axis, for figures of another size (SMS beside employees). */
  axis?: 'primary' | 'secondary';
}

/**
 * A chart over cells of its own sheet, so a copied sheet takes its chart along. The Office
 * writer draws it with Office.js; ExcelJS cannot write charts, so the .xlsx writer leaves
 * it out and the plan puts a note in the anchor's top-left cell, which the chart covers.
 */
export interface ChartPlan {
  kind: 'line';
  /** Sheet-unique name (Office.js `chart.name`), letters, digits and underscores. */
  name: string;
  title: string;
  /** The x-axis labels: one row or one column, as long as each series. */
  categories: RangeRef;
  series: ChartSeries[];
  /** The cells the chart covers, top-left to bottom-right. */
  anchor: RangeRef;
}

export interface SheetPlan {
  /** Stable role of the sheet within the plan ('summary', 'employers', 'employer:000123', …). */
  key: string;
  /** The desired sheet name, already valid (≤ 31 chars, no []:*?/\). Writers may add ' (2)'. */
  name: string;
  blocks: CellBlock[];
  styles: StyleRange[];
  /** Column widths in characters, by column index. */
  columnWidths: number[];
  freeze?: { rows: number; cols: number };
  tables: TablePlan[];
  /** Sheet-scoped names, so a copied sheet takes them along. */
  names: DefinedName[];
  highlights: ConditionalHighlight[];
  print?: PrintSetup;
  tabColor?: string;
  /** Optional: only writers that can draw charts (Office.js) render them. */
  charts?: ChartPlan[];
  /** Merged cells (long notes wrapped across the printed width). */
  merges?: RangeRef[];
  /** Row heights in points, for wrapped text; other rows keep Excel's default. */
  rowHeights?: { row: number; points: number }[];
  /** Input rules with their prompts. */
  validations?: Validation[];
  /** Text cells that look like numbers (employer numbers with leading zeros): Excel must not flag them. */
  textNumbers?: RangeRef[];
}

export interface WorkbookPlan {
  title: string;
  sheets: SheetPlan[];
  /** Workbook-level names: inputs and totals that formulas read by name. */
  names?: WorkbookName[];
}

/** An empty sheet to fill; builders push blocks and styles. */
export function emptySheet(key: string, name: string): SheetPlan {
  return { key, name, blocks: [], styles: [], columnWidths: [], tables: [], names: [], highlights: [] };
}

export function range(row: number, col: number, lastRow = row, lastCol = col): RangeRef {
  return { row, col, lastRow, lastCol };
}

/**
 * An ISO date (jjjj-mm-dd) as Excel's serial number: the days since 30-12-1899, which is
 * Excel's count from 1-3-1900 on (before that Excel counts a 29-2-1900 that never was).
 */
export function dateSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** 'A1'-style address of a 0-based cell. */
export function a1(row: number, col: number, absolute = false): string {
  const letters = columnLetter(col);
  return absolute ? `$${letters}$${row + 1}` : `${letters}${row + 1}`;
}

/** 'A1:C9' for a range. */
export function a1Range(r: RangeRef): string {
  return `${a1(r.row, r.col)}:${a1(r.lastRow, r.lastCol)}`;
}

/** A column name inside a structured reference: Excel escapes [ ] # and ' with a leading '. */
const escapeColumn = (name: string): string => name.replace(/['[\]#]/g, "'$&");

/**
 * A structured reference to a whole table column (Table[Column]) or, with `thisRow`, to
 * the column's cell in the formula's own row (Table[[#This Row],[Column]], the form Excel
 * stores in a file for [@Column], and the one LibreOffice reads).
 */
export function tableRef(table: string, column: string, thisRow = false): string {
  return thisRow ? `${table}[[#This Row],[${escapeColumn(column)}]]` : `${table}[${escapeColumn(column)}]`;
}

/** A sheet name as it must appear in a formula or address: always quoted, quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Iterates every cell of a sheet with its absolute position; for tests and writers. */
export function* cellsOf(sheet: SheetPlan): Generator<{ row: number; col: number; value: CellValue }> {
  for (const b of sheet.blocks) {
    for (let i = 0; i < b.cells.length; i++) {
      const line = b.cells[i]!;
      for (let j = 0; j < line.length; j++) {
        yield { row: b.row + i, col: b.col + j, value: line[j]! };
      }
    }
  }
}

/** Texts that a spreadsheet would read as a formula or a DDE payload. */
export const looksLikeFormula = (s: string): boolean => /^[=+\-@\t\r]/.test(s);
