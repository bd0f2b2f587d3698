/**
 * WorkbookPlan → .xlsx file with ExcelJS's streaming WorkbookWriter (Node only): rows are
 * serialised and zipped as they are written, so a 50,000-row sheet needs a fraction of the
 * memory of the in-memory workbook.
 *
 * The streaming writer has no tables (WorksheetWriter has no addTable). A table is three
 * small things, added through the writer's own channels while it streams:
 *   1. the part xl/tables/tableN.xml, appended to the writer's zip;
 *   2. a relationship from the sheet to it, via the sheet's relationship writer
 *      (the one hyperlinks use), and <tableParts> just before </worksheet>;
 *   3. a content-type override in [Content_Types].xml.
 * Post-processing the finished zip instead would mean inflating and re-deflating the whole
 * 50,000-row sheet. The hooks touch ExcelJS 4.4 internals, so each one is checked to have
 * run: an ExcelJS upgrade that moves them fails loudly instead of dropping the tables.
 */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { a1Range, type SheetPlan, type TablePlan, type WorkbookPlan } from '../domain/spec/plan';
import { assertPlan } from './plan-check';
import { ignoredErrorsXml, installDefinedNames, renderSheet, worksheetOptions } from './xlsx-render';
import { SharedStringTable, StreamRowWriter } from './xlsx-stream-rows';
import { StyleBook } from './xlsx-style';
import { calculatedColumnXml } from './xlsx-xml-patches';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const TABLE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table';
const TABLE_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';

/** The corners of ExcelJS 4.4's streaming writer the table hooks use. */
interface ZipInternals {
  append(source: unknown, data: { name: string }): unknown;
}
interface SheetInternals {
  stream: { write(text: string): unknown };
  _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string }): string };
  _writeCloseWorksheet(): void;
}

const xmlAttr = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Column names in a table part escape control characters as _xHHHH_, as Excel does. */
const columnName = (s: string): string =>
  xmlAttr(
    s
      .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_')
      .replace(/[\u0000-\u001f]/g, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`),
  );

export function tablePartXml(t: TablePlan, id: number): string {
  const ref = a1Range(t.range);
  const cols = t.columns
    .map((c, j) => (c.formula === undefined ? `<tableColumn id="${j + 1}" name="${columnName(c.name)}"/>` : `<tableColumn id="${j + 1}" name="${columnName(c.name)}">${calculatedColumnXml(c.formula)}</tableColumn>`))
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="${MAIN_NS}" id="${id}" name="${t.name}" displayName="${t.name}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${t.columns.length}">${cols}</tableColumns>` +
    `<tableStyleInfo name="${xmlAttr(t.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    '</table>'
  );
}

/** Adds tables to a streaming workbook; `verify()` after commit proves every hook ran. */
class StreamTables {
  private readonly parts: string[] = [];
  private written = 0;
  private typed = false;

  constructor(private readonly zip: ZipInternals) {
    const append = zip.append.bind(zip);
    zip.append = (source: unknown, data: { name: string }) => {
      if (data.name === '[Content_Types].xml' && typeof source === 'string' && this.parts.length) {
        const overrides = this.parts.map((p) => `<Override PartName="${p}" ContentType="${TABLE_TYPE}"/>`).join('');
        const patched = source.replace('</Types>', `${overrides}</Types>`);
        this.typed = patched.includes(overrides);
        return append(patched, data);
      }
      return append(source, data);
    };
  }

  attach(worksheet: unknown, sheet: SheetPlan): void {
    const tables = sheet.tables;
    const ignored = ignoredErrorsXml(sheet);
    if (tables.length === 0 && !ignored) return;
    const ws = worksheet as SheetInternals;
    const targets = tables.map((t) => {
      const id = this.parts.length + 1;
      this.parts.push(`/xl/tables/table${id}.xml`);
      return { t, id, target: `table${id}.xml` };
    });
    const close = ws._writeCloseWorksheet.bind(ws);
    ws._writeCloseWorksheet = () => {
      // ignoredErrors comes after the page setup and breaks, which the writer has just written, and before tableParts.
      if (ignored) ws.stream.write(ignored);
      const rIds = targets.map(({ t, id, target }) => {
        this.zip.append(tablePartXml(t, id), { name: `xl/tables/${target}` });
        return ws._sheetRelsWriter.addRelationship({ Type: TABLE_REL, Target: `../tables/${target}` });
      });
      // tableParts is the last element a worksheet may hold before extLst, which ExcelJS's streaming writer never writes.
      if (rIds.length) ws.stream.write(`<tableParts count="${rIds.length}">${rIds.map((r) => `<tablePart r:id="${r}"/>`).join('')}</tableParts>`);
      this.written += rIds.length;
      close();
    };
  }

  verify(): void {
    if (this.written !== this.parts.length || (this.parts.length > 0 && !this.typed)) {
      throw new Error(`xlsx writer: ${this.parts.length} tables planned, ${this.written} written, content types ${this.typed ? 'set' : 'missing'} (ExcelJS internals changed?)`);
    }
  }
}

type WorkbookWriterClass = typeof import('exceljs').stream.xlsx.WorkbookWriter;

/**
 * Only ExcelJS's streaming writer, not the whole package: its reader, CSV and in-memory
 * workbook are half of ExcelJS's load time, which every `spec` paid.
 */
async function loadWorkbookWriter(): Promise<WorkbookWriterClass> {
  const mod = (await import('exceljs/lib/stream/xlsx/workbook-writer.js')) as { default?: WorkbookWriterClass };
  if (typeof mod.default !== 'function') throw new Error('xlsx writer: exceljs/lib/stream/xlsx/workbook-writer.js is not a class (ExcelJS layout changed?)');
  return mod.default;
}

/** Distinguishes temporary files of concurrent writes in one process. */
let seq = 0;

/**
 * Writes the plan to `path` via a temporary file renamed on success, so a failure never
 * leaves a half-written workbook where the user expects one.
 */
export async function writeXlsxFile(plan: WorkbookPlan, path: string): Promise<void> {
  assertPlan(plan);
  const WorkbookWriter = await loadWorkbookWriter();
  const tmp = `${path}.${process.pid}-${++seq}.partial`;
  const out = createWriteStream(tmp);
  try {
    const wb = new WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
    (wb as unknown as { sharedStrings: SharedStringTable }).sharedStrings = new SharedStringTable();
    wb.creator = 'Factuurcheck';
    wb.title = plan.title;
    installDefinedNames(wb, plan);
    const tables = new StreamTables((wb as unknown as { zip: ZipInternals }).zip);
    const book = new StyleBook();
    for (const sheet of plan.sheets) {
      const ws = wb.addWorksheet(sheet.name, worksheetOptions(sheet));
      tables.attach(ws, sheet);
      renderSheet(ws, sheet, book, true, (columnStyles) => new StreamRowWriter(ws, columnStyles));
      ws.commit();
    }
    await wb.commit();
    tables.verify();
    await rename(tmp, path);
  } catch (e) {
    // createWriteStream opens the file in the background: removed before that open had
    // happened, the file came back once it did (seen under load). So the stream is closed
    // first ('close' comes after the open and the close of the descriptor), then removed.
    if (!out.closed) await new Promise<void>((resolve) => out.once('close', () => resolve()).destroy());
    await rm(tmp, { force: true });
    throw e;
  }
}
