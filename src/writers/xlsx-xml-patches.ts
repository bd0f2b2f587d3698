/**
 * The in-memory writer's rows (xlsx-stream-rows.ts renders them, as for the streaming
 * writer), and two parts of the file format ExcelJS 4.4 cannot write, added to the XML it produces:
 *   - <ignoredErrors> in a worksheet: number-like texts (employer numbers) Excel must not
 *     flag with its green "number stored as text" triangle;
 *   - <calculatedColumnFormula> in a table column: the formula Excel fills into a row the
 *     user adds to the table.
 * The streaming writer (xlsx-file-writer.ts) writes both through its own hooks; the
 * in-memory writer gets them here, by wrapping the two steps of ExcelJS's XLSX.write that
 * append worksheets and tables to the zip. Like the streaming hooks, every patch is
 * checked to have run, so an ExcelJS upgrade that moves them fails loudly.
 */
import { a1, type SheetPlan, type TablePlan, type WorkbookPlan } from '../domain/spec/plan';
import { fileFormula } from './xlsx-formula';
import { ignoredErrorsXml } from './xlsx-render';
import type { HeldRows, RowBook } from './xlsx-stream-rows';

export const xmlText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The child element a calculated table column carries; '' for a plain column. */
export const calculatedColumnXml = (formula: string | undefined): string =>
  formula === undefined ? '' : `<calculatedColumnFormula>${xmlText(fileFormula(formula))}</calculatedColumnFormula>`;

/** A worksheet's XML with <ignoredErrors> in its place: after the page setup, before drawings and table parts. */
export function withIgnoredErrors(sheetXml: string, sheet: SheetPlan): string {
  const xml = ignoredErrorsXml(sheet);
  if (!xml) return sheetXml;
  const tail = sheetXml.lastIndexOf('</sheetData>');
  const at = ['<drawing', '<legacyDrawing', '<picture', '<oleObjects', '<tableParts', '<extLst', '</worksheet>']
    .map((tag) => sheetXml.indexOf(tag, tail))
    .filter((i) => i >= 0);
  const where = Math.min(...at);
  return sheetXml.slice(0, where) + xml + sheetXml.slice(where);
}

/** A table part as ExcelJS wrote it, with each calculated column's formula added. */
export function withCalculatedColumns(tableXml: string, table: TablePlan): string {
  let i = -1;
  return tableXml.replace(/<tableColumn\b([^>]*?)(\/>|>([\s\S]*?)<\/tableColumn>)/g, (whole, attrs: string, _end: string, inner: string | undefined) => {
    const formula = table.columns[++i]?.formula;
    if (formula === undefined) return whole;
    return `<tableColumn${attrs}>${calculatedColumnXml(formula)}${inner ?? ''}</tableColumn>`;
  });
}

const ROW = /<row r="(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;
const SPANS = / spans="(\d+):(\d+)"/;

/**
 * A worksheet's XML with `rows` (ascending, 0-based numbers) among the rows ExcelJS wrote
 * (those of merges and tables), in row order, and its <dimension> covering them all.
 */
export function withRows(sheetXml: string, rows: readonly { row: number; xml: string }[]): string {
  if (!rows.length) return sheetXml;
  const open = sheetXml.indexOf('<sheetData');
  const empty = sheetXml.startsWith('<sheetData/>', open);
  const start = empty ? open + '<sheetData/>'.length : sheetXml.indexOf('>', open) + 1;
  const end = empty ? start : sheetXml.indexOf('</sheetData>', start);
  if (open < 0 || end < 0) throw new Error('xlsx writer: a worksheet without <sheetData> (ExcelJS internals changed?)');
  const inner = sheetXml.slice(start, end);
  const theirs = [...inner.matchAll(ROW)].map((m) => ({ row: Number(m[1]) - 1, xml: m[0] }));
  if (theirs.reduce((n, r) => n + r.xml.length, 0) !== inner.length) throw new Error('xlsx writer: <sheetData> holds more than rows (ExcelJS internals changed?)');
  const all: { row: number; xml: string }[] = [];
  for (let i = 0, j = 0; i < theirs.length || j < rows.length; ) {
    const a = theirs[i];
    const b = rows[j];
    if (a && b && a.row === b.row) throw new Error(`xlsx writer: row ${a.row + 1} written twice`);
    if (a && (!b || a.row < b.row)) {
      all.push(a);
      i++;
    } else {
      all.push(b!);
      j++;
    }
  }
  let left = Infinity;
  let right = 0;
  for (const r of all) {
    const spans = SPANS.exec(r.xml);
    if (!spans) throw new Error(`xlsx writer: row ${r.row + 1} has no spans (ExcelJS internals changed?)`);
    left = Math.min(left, Number(spans[1]));
    right = Math.max(right, Number(spans[2]));
  }
  const ref = `${a1(all[0]!.row, left - 1)}:${a1(all[all.length - 1]!.row, right - 1)}`;
  const head = sheetXml.slice(0, open).replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${ref}"/>`);
  return `${head}<sheetData>${all.map((r) => r.xml).join('')}</sheetData>${sheetXml.slice(empty ? start : end + '</sheetData>'.length)}`;
}

interface Zip {
  append(source: unknown, data: { name: string }): unknown;
}
interface XlsxWriterSteps {
  addWorksheets(zip: Zip, model: RowBook & { worksheets: { id: number; name: string }[] }): unknown;
  addTables(zip: Zip, model: { tables: { target: string; name: string }[] }): unknown;
}

/** Wraps the in-memory workbook's writer so worksheets get their rows (`held`, by sheet name) and worksheets and tables the plan's extra XML. */
export function installXmlPatches(wb: { xlsx: unknown }, plan: WorkbookPlan, held: ReadonlyMap<string, HeldRows>): { verify(): void } {
  const xlsx = wb.xlsx as XlsxWriterSteps;
  const sheets = new Map(plan.sheets.map((s) => [s.name, s]));
  const tables = new Map(plan.sheets.flatMap((s) => s.tables.map((t) => [t.name, t] as const)));
  const wantSheets = plan.sheets.filter((s) => ignoredErrorsXml(s) !== '').length;
  const wantTables = [...tables.values()].filter((t) => t.columns.some((c) => c.formula !== undefined)).length;
  let patchedSheets = 0;
  let patchedTables = 0;

  const addWorksheets = xlsx.addWorksheets.bind(xlsx);
  xlsx.addWorksheets = (zip, model) => {
    const byFile = new Map(model.worksheets.map((w) => [`xl/worksheets/sheet${w.id}.xml`, sheets.get(w.name)]));
    return addWorksheets(
      {
        append: (source, data) => {
          const sheet = byFile.get(data.name);
          if (!sheet || typeof source !== 'string') return zip.append(source, data);
          // Style ids and shared strings exist from XLSX.prepareModel on, which ran before this step.
          let xml = withRows(source, held.get(sheet.name)?.render(model) ?? []);
          if (ignoredErrorsXml(sheet)) {
            patchedSheets++;
            xml = withIgnoredErrors(xml, sheet);
          }
          return zip.append(xml, data);
        },
      },
      model,
    );
  };
  const addTables = xlsx.addTables.bind(xlsx);
  xlsx.addTables = (zip, model) => {
    const byFile = new Map(model.tables.map((t) => [`xl/tables/${t.target}`, tables.get(t.name)]));
    return addTables(
      {
        append: (source, data) => {
          const table = byFile.get(data.name);
          if (table && typeof source === 'string' && table.columns.some((c) => c.formula !== undefined)) {
            patchedTables++;
            return zip.append(withCalculatedColumns(source, table), data);
          }
          return zip.append(source, data);
        },
      },
      model,
    );
  };
  return {
    verify() {
      const unwritten = [...held].filter(([, rows]) => rows.size > 0).map(([name]) => name);
      if (unwritten.length) throw new Error(`xlsx writer: rows of ${unwritten.join(', ')} not written (ExcelJS internals changed?)`);
      if (patchedSheets !== wantSheets || patchedTables !== wantTables) {
        throw new Error(`xlsx writer: patched ${patchedSheets}/${wantSheets} sheets and ${patchedTables}/${wantTables} tables (ExcelJS internals changed?)`);
      }
    },
  };
}
