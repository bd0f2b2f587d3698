/**
 * Rows as XML text, for both ExcelJS writers: the streaming one writes them straight into
 * the worksheet's stream (StreamRowWriter), the in-memory one holds them until ExcelJS
 * writes the sheet's XML and puts them in there (HeldRows, xlsx-xml-patches.ts).
 *
 * Why: profiling `spec` for 50,000 employers showed more than half of the process in
 * ExcelJS's row path (a Row and Cell object per cell, a model per cell, an XmlStream per
 * row); in the pane, 3,000 employer sheets spent seconds there too. The same `<row>` text
 * is built here (RowXml) from the plan's values in one pass.
 *
 * The output is what ExcelJS 4.4's row and cell renderers write (row-xform.js,
 * cell-xform.js): the same attributes in the same order, the same shared strings and
 * style ids, asked of the workbook's own style and string tables. Streaming, they are
 * asked in the same order, so a file differs from one written cell by cell in nothing;
 * in memory, ExcelJS numbers its own cells first, so ids and string indices may come in
 * another order, naming the same styles and texts. Rows covered by a merge (a merge
 * writes into cells of rows below it) and, in memory, a table's header row keep ExcelJS's
 * path, and the internals used here are checked up front: an ExcelJS upgrade that moves
 * them fails loudly.
 */
import { columnLetter } from '../domain/problems';
import { isFormula, type CellValue } from '../domain/spec/plan';
import { fileFormula } from './xlsx-formula';
import type { XlsxStyle } from './xlsx-style';

/** ExcelJS's Enums.ValueType codes that decide a style id (numFmt 'General' for numbers). */
const NUMBER = 2;
const STRING = 3;
const BOOLEAN = 9;

/** The workbook's style and shared-string tables, which a row's cells refer into (ExcelJS's own, in either writer). */
export interface RowBook {
  styles: { addStyleModel(style: XlsxStyle, type?: number): number };
  sharedStrings: { add(s: string): number };
}

/** The corners of ExcelJS 4.4's WorksheetWriter this writer uses. */
interface StreamSheet {
  stream: { write(text: string): unknown };
  startedData?: boolean;
  _rowZero: number;
  _rows: ({ number: number } | undefined)[];
  _writeColumns(): void;
  _writeOpenSheetData(): void;
  _commitRow(row: { number: number }): void;
  _workbook: RowBook;
}

export interface RowCell {
  col: number;
  value: CellValue;
  style: XlsxStyle | undefined;
}

/** ExcelJS's utils.xmlEncode: the five entities, and control characters XML cannot hold dropped. */
// eslint-disable-next-line no-control-regex
const NEEDS_ENCODING = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/;
// eslint-disable-next-line no-control-regex
const ENCODE_ALL = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/g;
const ENTITY: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };
export const xmlEncode = (s: string): string => (NEEDS_ENCODING.test(s) ? s.replace(ENCODE_ALL, (c) => ENTITY[c] ?? '') : s);

/**
 * ExcelJS's SharedStrings with a Map for the index: its own keeps 100,000 names as keys of
 * a plain object, a slow dictionary at that size. Same indices, same order, same counts.
 */
export class SharedStringTable {
  private readonly index = new Map<string, number>();
  readonly values: string[] = [];
  totalRefs = 0;

  get count(): number {
    return this.values.length;
  }

  getString(i: number): string | undefined {
    return this.values[i];
  }

  add(value: string): number {
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.values.length;
      this.index.set(value, i);
      this.values.push(value);
    }
    this.totalRefs++;
    return i;
  }
}

const typeOf = (v: number | string | boolean): number => (typeof v === 'number' ? NUMBER : typeof v === 'string' ? STRING : BOOLEAN);

/**
 * One sheet's rows as `<row>` text, with style ids and shared strings asked of `book`.
 * Both writers render their rows with it: the streaming one as it goes (StreamRowWriter),
 * the in-memory one into the sheet's XML (xlsx-xml-patches.ts).
 */
export class RowXml {
  /** Style id per interned style object: ExcelJS keeps the id of an object's first use, whatever the cell type. */
  private readonly ids = new Map<XlsxStyle, number>();
  /** Style id of an unstyled cell per column and type: ExcelJS gives it a fresh copy of the column style. */
  private readonly plainIds = new Map<number, number>();
  private readonly letters: string[] = [];

  constructor(
    private readonly book: RowBook,
    private readonly columnStyles: ReadonlyMap<number, XlsxStyle>,
  ) {}

  /** Row `row` (0-based) with its cells, which ascend. */
  row(row: number, cells: readonly RowCell[], height: number | undefined): string {
    const n = row + 1;
    let xml = `<row r="${n}"`;
    if (height) xml += ` ht="${xmlEncode(String(height))}" customHeight="1"`;
    xml += ` spans="${cells[0]!.col + 1}:${cells[cells.length - 1]!.col + 1}" x14ac:dyDescent="0.25">`;
    for (const c of cells) xml += this.cell(c, n);
    return xml + '</row>';
  }

  private letter(col: number): string {
    return (this.letters[col] ??= columnLetter(col));
  }

  private styleId(style: XlsxStyle | undefined, col: number, type: number | undefined): number {
    const styles = this.book.styles;
    if (style) {
      let id = this.ids.get(style);
      if (id === undefined) this.ids.set(style, (id = styles.addStyleModel(style, type)));
      return id;
    }
    const key = col * 16 + (type ?? 0);
    let id = this.plainIds.get(key);
    if (id === undefined) this.plainIds.set(key, (id = styles.addStyleModel(plainStyle(this.columnStyles.get(col)), type)));
    return id;
  }

  private cell(c: RowCell, n: number): string {
    const v = c.value;
    const open = `<c r="${this.letter(c.col)}${n}"`;
    if (v === null) {
      const s = this.styleId(c.style, c.col, undefined);
      return s ? `${open} s="${s}"/>` : '';
    }
    if (isFormula(v)) {
      const s = this.styleId(c.style, c.col, typeOf(v.r));
      const f = `<f>${xmlEncode(fileFormula(v.f))}</f>`;
      const attrs = `${open}${s ? ` s="${s}"` : ''}`;
      return typeof v.r === 'string' ? `${attrs} t="str">${f}<v>${xmlEncode(v.r)}</v></c>` : `${attrs}>${f}<v>${xmlEncode(String(v.r))}</v></c>`;
    }
    const s = this.styleId(c.style, c.col, typeOf(v));
    const attrs = `${open}${s ? ` s="${s}"` : ''}`;
    if (typeof v === 'string') return `${attrs} t="s"><v>${this.book.sharedStrings.add(v)}</v></c>`;
    if (typeof v === 'boolean') return `${attrs} t="b"><v>${v ? '1' : '0'}</v></c>`;
    return `${attrs}><v>${xmlEncode(String(v))}</v></c>`;
  }
}

/** Writes one sheet's rows into a streaming worksheet; `flush()` before anything else writes to the sheet's stream. */
export class StreamRowWriter {
  private readonly ws: StreamSheet;
  private readonly xml: RowXml;
  private parts: string[] = [];
  private size = 0;

  constructor(worksheet: unknown, columnStyles: ReadonlyMap<number, XlsxStyle>) {
    const ws = worksheet as StreamSheet;
    const ok =
      typeof ws.stream?.write === 'function' &&
      Array.isArray(ws._rows) &&
      typeof ws._rowZero === 'number' &&
      typeof ws._writeColumns === 'function' &&
      typeof ws._writeOpenSheetData === 'function' &&
      typeof ws._commitRow === 'function' &&
      typeof ws._workbook?.styles?.addStyleModel === 'function' &&
      typeof ws._workbook?.sharedStrings?.add === 'function';
    if (!ok) throw new Error('xlsx writer: the streaming worksheet lacks what the row writer uses (ExcelJS internals changed?)');
    this.ws = ws;
    this.xml = new RowXml(ws._workbook, columnStyles);
  }

  /** Writes row `row` (0-based) with its cells; rows and their cells must ascend. */
  write(row: number, cells: RowCell[], height: number | undefined): void {
    const ws = this.ws;
    // Rows ExcelJS still holds (the lower rows of a merge) go first, as its own commit would write them.
    let pending: { number: number } | undefined;
    for (const r of ws._rows) pending = r ?? pending;
    if (pending) {
      this.flush();
      ws._commitRow(pending);
    }
    if (!ws.startedData) {
      ws._writeColumns();
      ws._writeOpenSheetData();
      ws.startedData = true;
    }
    const xml = this.xml.row(row, cells, height);
    this.parts.push(xml);
    this.size += xml.length;
    if (this.size > 1 << 18) this.flush();
    ws._rowZero = row + 2;
  }

  flush(): void {
    if (!this.parts.length) return;
    this.ws.stream.write(this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

/** What ExcelJS's Cell gives a new cell from its column's style (Cell._mergeStyle, the row's style being empty). */
function plainStyle(col: XlsxStyle | undefined): XlsxStyle {
  const s: XlsxStyle = {};
  if (!col) return s;
  if (col.numFmt) s.numFmt = col.numFmt;
  if (col.font) s.font = col.font;
  if (col.alignment) s.alignment = col.alignment;
  if (col.border) s.border = col.border;
  if (col.fill) s.fill = col.fill;
  if (col.protection) s.protection = col.protection;
  return s;
}

/**
 * The in-memory writer's rows, held as the plan gave them until ExcelJS renders the sheet:
 * style ids and shared strings come from tables ExcelJS makes only then (XLSX.prepareModel).
 */
export class HeldRows {
  private readonly rows: { row: number; cells: RowCell[]; height: number | undefined }[] = [];

  constructor(private readonly columnStyles: ReadonlyMap<number, XlsxStyle>) {}

  write(row: number, cells: RowCell[], height: number | undefined): void {
    this.rows.push({ row, cells, height });
  }

  flush(): void {
    // Nothing is written before the sheet's XML exists.
  }

  /** Rows not rendered yet. */
  get size(): number {
    return this.rows.length;
  }

  /** The rows as `<row>` text, in order; each once. */
  render(book: RowBook): { row: number; xml: string }[] {
    const xml = new RowXml(book, this.columnStyles);
    const out = this.rows.map((r) => ({ row: r.row, xml: xml.row(r.row, r.cells, r.height) }));
    this.rows.length = 0;
    return out;
  }
}
