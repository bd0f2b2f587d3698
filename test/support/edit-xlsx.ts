/**
 * Changing a written .xlsx the way a user does in Excel, for tests that then recalculate it
 * in LibreOffice: type a number in a cell, or add a row to a table. The file is edited as
 * its XML parts and zipped again (a small stored/deflated zip writer; no dependency).
 *
 * Adding a table row does what Excel does when a user types on the row under a table:
 * the table's range grows by that row, and each calculated column's formula (the table
 * part's <calculatedColumnFormula>) is filled into the new row. Excel does the filling
 * itself; LibreOffice does not, so this file does it, from the workbook's own metadata.
 */
import { writeFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { zipEntries } from './read-xlsx';

interface Part {
  name: string;
  data: Buffer;
}

function readParts(path: string): Part[] {
  return [...zipEntries(path)].map((e) => ({ name: e.name, data: e.bytes() }));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function writeParts(path: string, parts: Part[]): void {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const body = deflateRawSync(part.data);
    const crc = crc32(part.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(part.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(part.data.length, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    chunks.push(local, name, body);
    central.push(dir, name);
    offset += local.length + name.length + body.length;
  }
  const dirSize = central.reduce((s, b) => s + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dirSize, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(path, Buffer.concat([...chunks, ...central, end]));
}

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const fromXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The worksheet part that holds a sheet, found through workbook.xml and its relationships. */
function sheetPart(parts: Part[], sheet: string): Part {
  const text = (n: string) => parts.find((p) => p.name === n)!.data.toString('utf8');
  const wb = text('xl/workbook.xml');
  const m = [...wb.matchAll(/<sheet [^>]*name="([^"]*)"[^>]*r:id="([^"]*)"/g)].find((x) => fromXml(x[1]!) === sheet);
  if (!m) throw new Error(`edit-xlsx: no sheet ${sheet}`);
  const rel = new RegExp(`<Relationship [^>]*Id="${m[2]}"[^>]*Target="([^"]*)"`).exec(text('xl/_rels/workbook.xml.rels')) ??
    new RegExp(`<Relationship [^>]*Target="([^"]*)"[^>]*Id="${m[2]}"`).exec(text('xl/_rels/workbook.xml.rels'));
  const target = rel![1]!.replace(/^\/?(xl\/)?/, 'xl/');
  return parts.find((p) => p.name === target)!;
}

export type TypedValue = number | string | null;

/** A cell as the user leaves it after typing: a number, a text (inline), or nothing. Its style stays. */
function cellXml(address: string, value: TypedValue, style: string | undefined): string {
  const s = style ? ` s="${style}"` : '';
  if (value === null) return `<c r="${address}"${s}/>`;
  if (typeof value === 'number') return `<c r="${address}"${s}><v>${value}</v></c>`;
  return `<c r="${address}"${s} t="inlineStr"><is><t>${xmlText(value)}</t></is></c>`;
}
function formulaXml(address: string, formula: string, style: string | undefined): string {
  return `<c r="${address}"${style ? ` s="${style}"` : ''}><f>${xmlText(formula)}</f></c>`;
}

const colNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const split = (address: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  return { col: colNumber(m[1]!), row: Number(m[2]) };
};

/** Puts `cells` (address → value or formula) into a worksheet's XML, replacing what was there. */
function setCells(xml: string, cells: Map<string, { value?: TypedValue; formula?: string }>): string {
  let out = xml;
  const byRow = new Map<number, [string, { value?: TypedValue; formula?: string }][]>();
  for (const [addr, v] of cells) {
    const { row } = split(addr);
    byRow.set(row, [...(byRow.get(row) ?? []), [addr, v]]);
  }
  for (const [row, list] of byRow) {
    const rowRe = new RegExp(`<row r="${row}"[^>]*?(/>|>([\\s\\S]*?)</row>)`);
    let m = rowRe.exec(out);
    if (!m) {
      // A row that is not in the file yet goes before the first row after it.
      const next = [...out.matchAll(/<row r="(\d+)"/g)].find((x) => Number(x[1]) > row);
      const empty = `<row r="${row}"></row>`;
      out = next ? out.slice(0, next.index) + empty + out.slice(next.index) : out.replace('</sheetData>', `${empty}</sheetData>`);
      m = rowRe.exec(out)!;
    }
    const open = m[0].replace(/(\/>|>[\s\S]*)$/, '>').replace(/ spans="[^"]*"/, '');
    let inner = m[2] ?? '';
    for (const [addr, v] of list) {
      const cellRe = new RegExp(`<c r="${addr}"(?: [^>]*)?(?:/>|>[\\s\\S]*?</c>)`);
      const old = cellRe.exec(inner);
      const style = old ? /\ss="(\d+)"/.exec(old[0])?.[1] : undefined;
      const fresh = v.formula !== undefined ? formulaXml(addr, v.formula, style) : cellXml(addr, v.value ?? null, style);
      if (old) inner = inner.replace(old[0], fresh);
      else {
        // Cells of a row stay in column order.
        const after = [...inner.matchAll(/<c r="([A-Z]+)\d+"/g)].find((x) => colNumber(x[1]!) > split(addr).col);
        inner = after ? inner.slice(0, after.index) + fresh + inner.slice(after.index) : inner + fresh;
      }
    }
    out = out.replace(m[0], `${open}${inner}</row>`);
  }
  return out;
}

/** Types values into cells of a sheet (address → number, text, or null to clear), as a user would. */
export function typeIntoCells(path: string, sheet: string, values: Record<string, TypedValue>): void {
  const parts = readParts(path);
  const part = sheetPart(parts, sheet);
  part.data = Buffer.from(setCells(part.data.toString('utf8'), new Map(Object.entries(values).map(([a, v]) => [a, { value: v }]))));
  writeParts(path, parts);
}

/**
 * Adds a row under the table `table` with the given inputs (column name → value), the way
 * Excel does when a user types on the row under it: the table grows by one row and its
 * calculated columns fill the new row. Returns the new row's number (1-based).
 */
export function addTableRow(path: string, sheet: string, table: string, inputs: Record<string, TypedValue>): number {
  const parts = readParts(path);
  const tablePart = parts.find((p) => /xl\/tables\/table\d+\.xml$/.test(p.name) && p.data.toString('utf8').includes(`name="${table}"`));
  if (!tablePart) throw new Error(`edit-xlsx: no table ${table}`);
  let tx = tablePart.data.toString('utf8');
  const ref = /<table [^>]*ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/.exec(tx)!;
  const [first, lastRow] = [colNumber(ref[1]!), Number(ref[4]) + 1];
  const newRef = `${ref[1]}${ref[2]}:${ref[3]}${lastRow}`;
  tx = tx.replace(/ ref="[A-Z]+\d+:[A-Z]+\d+"/g, ` ref="${newRef}"`);
  tablePart.data = Buffer.from(tx);

  const letters = (n: number) => {
    let s = '';
    for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
    return s;
  };
  const columns = [...tx.matchAll(/<tableColumn [^>]*name="([^"]*)"[^>]*?(?:\/>|>([\s\S]*?)<\/tableColumn>)/g)].map((m) => ({
    name: fromXml(m[1]!),
    formula: /<calculatedColumnFormula>([\s\S]*?)<\/calculatedColumnFormula>/.exec(m[2] ?? '')?.[1],
  }));
  const cells = new Map<string, { value?: TypedValue; formula?: string }>();
  columns.forEach((c, j) => {
    const addr = `${letters(first + j)}${lastRow}`;
    if (c.formula !== undefined) cells.set(addr, { formula: fromXml(c.formula) });
    else if (c.name in inputs) cells.set(addr, { value: inputs[c.name]! });
  });
  for (const name of Object.keys(inputs)) if (!columns.some((c) => c.name === name)) throw new Error(`edit-xlsx: table ${table} has no column ${name}`);
  const part = sheetPart(parts, sheet);
  part.data = Buffer.from(setCells(part.data.toString('utf8'), cells));
  writeParts(path, parts);
  return lastRow;
}
