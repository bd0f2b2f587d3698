/**
 * An .xlsx upload → a Grid of cell texts, so an Excel download goes through the same
 * pure importers as a CSV. An adapter at the edge, like the PDF reader beside it: the core
 * receives the grid. Read with ExcelJS through the writers' own lazy loader, so the CLI
 * keeps it external and the pane fetches it only when an .xlsx comes in.
 *
 * Cells become the text a user sees, as far as the importers care:
 *  - text stays text, so a code typed as '001001' keeps its zeros;
 *  - a number formatted with zeros ('000000') is padded the same way;
 *  - other numbers are written plainly, with a decimal comma ('1,25'), which the Dutch
 *    parsers read without the '1.250' ambiguity a decimal point would bring;
 *  - dates become dd-mm-yyyy; formulas give their cached result; merged cells keep
 *    their text in the top-left cell only, as in a CSV saved from Excel.
 * Row i of the grid is sheet row i + 1, so messages name the row Excel shows.
 */
import type * as ExcelJS from 'exceljs';
import { error, fail, ok, warning, type Problem, type Result } from '../domain/problems';
import type { Grid, SourceInfo } from '../domain/imports/types';
import { loadExcelJS } from '../writers/exceljs-module';

export interface XlsxGrid {
  grid: Grid;
  sheetName: string;
  sheetNames: string[];
}

export interface XlsxGridOptions {
  /** Picks the sheet to read: the first whose rows satisfy this wins; else the first with data. */
  prefer?: (grid: Grid) => boolean;
}

/** Past this a sheet is not a monthly specification, and reading it would stall the pane. */
export const MAX_XLSX_ROWS = 200_000;
const MAX_XLSX_COLS = 200;

export const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5 || b[2] === 7);

/**
 * Zip entry names are stored as plain bytes, so a name can be found without unzipping.
 * The central directory, which lists every name, sits at the end: the tail is enough.
 */
function zipHolds(all: Uint8Array, name: string): boolean {
  const bytes = all.subarray(Math.max(0, all.length - 256 * 1024));
  const needle = new TextEncoder().encode(name);
  outer: for (let i = 0; i <= bytes.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export async function readXlsxGrid(bytes: Uint8Array, source: SourceInfo, options: XlsxGridOptions = {}): Promise<Result<XlsxGrid>> {
  const file = { file: source.label };
  // Word's .docx is a zip too; say what it is rather than call it a damaged workbook.
  if (zipHolds(bytes, 'word/document.xml') && !zipHolds(bytes, 'xl/workbook.xml')) return fail(error('xpert.wordDocument', {}, file));
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    // ExcelJS says 'End of data reached' for a damaged zip and more for an encrypted file; show the gist only.
    return fail(error('xpert.xlsxUnreadable', { reason: String((e as Error)?.message ?? e).slice(0, 80) }, file));
  }
  const sheets = wb.worksheets.filter((ws) => ws.state === 'visible' || ws.state === undefined);
  const names = sheets.map((ws) => ws.name);
  const warnings: Problem[] = [];
  let firstWithData: XlsxGrid | null = null;
  for (const [i, ws] of sheets.entries()) {
    if (ws.rowCount > MAX_XLSX_ROWS) return fail(error('xpert.xlsxTooLarge', { sheet: ws.name, rows: ws.rowCount, max: MAX_XLSX_ROWS }, file));
    const grid = sheetGrid(ws);
    if (!grid.some((row) => row.some((c) => c.trim() !== ''))) continue;
    const read = { grid, sheetName: ws.name, sheetNames: names };
    if (!options.prefer || options.prefer(grid)) {
      if (i > 0) warnings.push(warning('xpert.xlsxSheetChosen', { sheet: ws.name }, file));
      return ok(read, warnings);
    }
    firstWithData ??= read;
  }
  return firstWithData ? ok(firstWithData, warnings) : fail(error('xpert.xlsxNoData', {}, file));
}

function sheetGrid(ws: ExcelJS.Worksheet): Grid {
  const grid: Grid = [];
  const width = Math.min(ws.columnCount, MAX_XLSX_COLS);
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const line: string[] = new Array<string>(width).fill('');
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      if (cell.isMerged && cell.master !== cell) continue;
      line[c - 1] = cellText(cell.value, cell.numFmt);
    }
    grid.push(line);
  }
  return grid;
}

/** A cell's value as text; exported for tests. */
export function cellText(v: ExcelJS.CellValue, numFmt?: string): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberText(v, numFmt);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return dateText(v);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('formula' in v || 'sharedFormula' in v) return cellText((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue, numFmt);
    if ('text' in v && typeof v.text === 'string') return v.text; // hyperlink
    if ('error' in v) return String(v.error);
  }
  return String(v);
}

function numberText(n: number, numFmt?: string): string {
  if (!Number.isFinite(n)) return '';
  // '000000' and the like: a code stored as a number but shown with its zeros.
  const zeros = numFmt && /^0+$/.test(numFmt) ? numFmt.length : 0;
  if (Number.isInteger(n)) {
    const s = String(Math.abs(n)).padStart(zeros, '0');
    return n < 0 ? `-${s}` : s;
  }
  // toPrecision(15) drops binary noise (0.1 + 0.2) the way Excel shows 15 digits.
  return String(Number(n.toPrecision(15))).replace('.', ',');
}

/** ExcelJS gives dates as UTC midnight of the date shown. */
function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const dd = String(d.getUTCDate()).padStart(2, '0');
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}-${mm}-${d.getUTCFullYear()}`;
}
