/**
 * ExcelJS, loaded on first use and not at module load: the CLI bundle keeps it external so
 * commands that read or write no workbook start fast, and webpack puts it in a chunk of its
 * own that the task pane fetches only when a workbook is written or an .xlsx is read. The
 * writers and the .xlsx reader (src/readers/xlsx-grid.ts) share this one loader.
 * `default` exists when the CommonJS module arrives through an ESM or bundler interop.
 */
export type ExcelJSModule = typeof import('exceljs');

export async function loadExcelJS(): Promise<ExcelJSModule> {
  const mod = (await import('exceljs')) as ExcelJSModule & { default?: ExcelJSModule };
  return mod.default ?? mod;
}
