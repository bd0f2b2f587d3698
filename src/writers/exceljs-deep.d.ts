/** ExcelJS's streaming workbook writer on its own (see loadWorkbookWriter in xlsx-file-writer.ts). */
declare module 'exceljs/lib/stream/xlsx/workbook-writer.js' {
  const WorkbookWriter: unknown;
  export default WorkbookWriter;
}
