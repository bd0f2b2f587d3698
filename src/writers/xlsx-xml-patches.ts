/**
 * Two parts of the file format ExcelJS 4.4 cannot write, added to the XML it produces:
 *   - <ignoredErrors> in a worksheet: number-like texts (employer numbers) Excel must not
 *     flag with its green "number stored as text" triangle;
 *   - <calculatedColumnFormula> in a table column: the formula Excel fills into a row the
 *     user adds to the table.
 * The streaming writer (xlsx-file-writer.ts) writes both through its own hooks; the
 * in-memory writer gets them here, by wrapping the two steps of ExcelJS's XLSX.write that
 * append worksheets and tables to the zip. Like the streaming hooks, every patch is
 * checked to have run, so an ExcelJS upgrade that moves them fails loudly.
 */
import type { SheetPlan, TablePlan, WorkbookPlan } from '../domain/spec/plan';
import { fileFormula } from './xlsx-formula';
import { ignoredErrorsXml } from './xlsx-render';

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

interface Zip {
  append(source: unknown, data: { name: string }): unknown;
}
interface XlsxWriterSteps {
  addWorksheets(zip: Zip, model: { worksheets: { id: number; name: string }[] }): unknown;
  addTables(zip: Zip, model: { tables: { target: string; name: string }[] }): unknown;
}

/** Wraps the in-memory workbook's writer so worksheets and tables get the plan's extra XML. */
export function installXmlPatches(wb: { xlsx: unknown }, plan: WorkbookPlan): { verify(): void } {
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
          if (sheet && typeof source === 'string' && ignoredErrorsXml(sheet)) {
            patchedSheets++;
            return zip.append(withIgnoredErrors(source, sheet), data);
          }
          return zip.append(source, data);
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
      if (patchedSheets !== wantSheets || patchedTables !== wantTables) {
        throw new Error(`xlsx writer: patched ${patchedSheets}/${wantSheets} sheets and ${patchedTables}/${wantTables} tables (ExcelJS internals changed?)`);
      }
    },
  };
}
