/**
 * Reading .xlsx files back in tests: through ExcelJS (values, formulas, styles), as a
 * plain snapshot to compare with a plan or a recording fake, and as raw XML parts for
 * what ExcelJS does not read back (sheet-scoped names, table parts, content types).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateRawSync } from 'node:zlib';
import type * as ExcelJS from 'exceljs';
import { loadExcelJS } from '../../src/writers/xlsx-render';
import { planFormula } from '../../src/writers/xlsx-formula';
import type { SnapshotCell, WorkbookSnapshot } from './snapshot';

/** A path on disk or the bytes themselves. */
export type XlsxSource = string | Uint8Array;

const bytesOf = (src: XlsxSource): Buffer => (typeof src === 'string' ? readFileSync(src) : Buffer.from(src.buffer, src.byteOffset, src.byteLength));

/**
 * ExcelJS 4.4 reads a table column with a child element (<calculatedColumnFormula>, which
 * our writers add so Excel fills new rows) as the end of the column list, and then fails
 * on the filter buttons. Its column reader ends at its own closing tag instead.
 */
function readCalculatedColumns(): void {
  const require = createRequire(import.meta.url);
  const TableColumnXform = require('exceljs/lib/xlsx/xform/table/table-column-xform.js') as { prototype: { tag: string; parseClose(name: string): boolean } };
  TableColumnXform.prototype.parseClose = function parseClose(this: { tag: string }, name: string) {
    return name !== this.tag;
  };
}
readCalculatedColumns();

export async function openXlsx(src: XlsxSource): Promise<ExcelJS.Workbook> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytesOf(src) as unknown as ExcelJS.Buffer);
  return wb;
}

export type ReadValue = number | string | boolean | null | { error: string };
export interface CellReading {
  /** The cell's value, or for a formula the result stored in the file. */
  value: ReadValue;
  /** The formula as stored, without '='; shared formulas are expanded by ExcelJS. */
  formula?: string;
}
/** Sheet name → 'A1' → reading. */
export type WorkbookValues = Map<string, Map<string, CellReading>>;

function plain(v: unknown): ReadValue {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object' && 'richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'error' in v) return { error: String((v as ExcelJS.CellErrorValue).error) };
  return String(v);
}

export async function readWorkbookValues(src: XlsxSource): Promise<WorkbookValues> {
  const wb = await openXlsx(src);
  const out: WorkbookValues = new Map();
  wb.eachSheet((ws) => {
    const cells = new Map<string, CellReading>();
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.formula) cells.set(cell.address, { value: plain(cell.result), formula: cell.formula });
        else cells.set(cell.address, { value: plain(cell.value) });
      });
    });
    out.set(ws.name, cells);
  });
  return out;
}

/** The file as `{ sheet: { A1: value | { formula } } }`, formulas in plan syntax (no '=', no _xlfn.). */
export async function xlsxSnapshot(src: XlsxSource): Promise<WorkbookSnapshot> {
  const snap: WorkbookSnapshot = {};
  for (const [sheet, cells] of await readWorkbookValues(src)) {
    const s: Record<string, SnapshotCell> = (snap[sheet] = {});
    for (const [addr, c] of cells) {
      if (c.formula !== undefined) s[addr] = { formula: planFormula(c.formula) };
      else if (c.value !== null) s[addr] = typeof c.value === 'object' ? c.value.error : c.value;
    }
  }
  return snap;
}

export interface ZipEntry {
  name: string;
  read(): string;
  bytes(): Buffer;
}

/** The zip's central directory; a few lines of reading beat a zip dependency for tests. */
export function* zipEntries(src: XlsxSource): Generator<ZipEntry> {
  const zip = bytesOf(src);
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file');
  let p = zip.readUInt32LE(eocd + 16);
  for (let i = zip.readUInt16LE(eocd + 10); i > 0; i--) {
    const method = zip.readUInt16LE(p + 10);
    const size = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const local = zip.readUInt32LE(p + 42);
    const bytes = () => {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return method === 0 ? Buffer.from(data) : inflateRawSync(data);
    };
    yield { name: zip.toString('utf8', p + 46, p + 46 + nameLen).replace(/^\//, ''), read: () => bytes().toString('utf8'), bytes };
    p += 46 + nameLen + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
}

/** One part of the file as text (e.g. 'xl/workbook.xml'), or null when absent. */
export function readXlsxPart(src: XlsxSource, part: string): string | null {
  for (const e of zipEntries(src)) if (e.name === part) return e.read();
  return null;
}

/** Names of all parts (directory entries left out), for checks such as "one table part per table". */
export const listXlsxParts = (src: XlsxSource): string[] =>
  [...zipEntries(src)].map((e) => e.name).filter((name) => !name.endsWith('/'));

/** The elements `child` inside the first `<tag>` of `xml`, as text. */
function elements(xml: string, tag: string, child: string): string[] {
  const inner = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`).exec(xml)?.[1] ?? '';
  return [...inner.matchAll(new RegExp(`<${child}\\b[^>]*?(?:/>|>[\\s\\S]*?</${child}>)`, 'g'))].map((m) => m[0]);
}

/**
 * A worksheet's <sheetData> with each style id replaced by the style it names (number
 * format, font, fill, border, alignment, protection) and each shared-string index by its
 * text: what two files that number their styles and strings in another order have in common.
 */
export function resolvedSheetData(src: XlsxSource, sheetPart: string): string {
  const styles = readXlsxPart(src, 'xl/styles.xml') ?? '';
  const formats = new Map([...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\/>/g)].map((m) => [m[1]!, m[2]!]));
  const [fonts, fills, borders, xfs] = [elements(styles, 'fonts', 'font'), elements(styles, 'fills', 'fill'), elements(styles, 'borders', 'border'), elements(styles, 'cellXfs', 'xf')];
  const style = (id: string): string => {
    const xf = xfs[Number(id)];
    if (xf === undefined) throw new Error(`${sheetPart}: style ${id} is not in styles.xml`);
    const at = (name: string) => new RegExp(` ${name}="(\\d+)"`).exec(xf)?.[1] ?? '0';
    const numFmt = at('numFmtId');
    const inner = xf.replace(/^<xf[^>]*?(\/>|>)/, '').replace(/<\/xf>$/, '');
    return [formats.get(numFmt) ?? `builtin ${numFmt}`, fonts[Number(at('fontId'))], fills[Number(at('fillId'))], borders[Number(at('borderId'))], inner, at('applyProtection')].join('|');
  };
  const strings = elements(readXlsxPart(src, 'xl/sharedStrings.xml') ?? '', 'sst', 'si').map((si) => [...si.matchAll(/<t\b[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]).join(''));
  const data = /<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/.exec(readXlsxPart(src, sheetPart) ?? '')?.[0] ?? '';
  return data.replace(/ s="(\d+)"/g, (_, id: string) => ` s="${style(id)}"`).replace(/ t="s"><v>(\d+)<\/v>/g, (_, i: string) => ` t="s"><v>${strings[Number(i)]}</v>`);
}
