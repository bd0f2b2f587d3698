/**
 * The structural subset of the Excel API the writer uses. The writer is written against
 * this rather than the global `Excel`, so tests run it on a recording fake
 * (test/support/fake-excel.ts); src/office/queue.ts checks at compile time that the
 * real Excel.RequestContext satisfies it, so a misspelt member stops the build.
 *
 * What lives in src/office/ (the only code that talks to Office.js): runtime.ts (is Office
 * there, which language), queue.ts (one Excel job at a time), host.ts (the WorkbookHost in
 * Excel), errors.ts (Office errors → Problems), selection.ts, state-parts.ts (stored state in
 * the workbook), api.ts (this subset), writer/ (WorkbookPlan → Excel).
 */
export interface XlLoadable { load(propertyNames?: string | string[]): unknown }
export interface XlRequestContext {
  readonly workbook: XlWorkbook;
  readonly application: {
    /** ExcelApi 1.6. "Once set, it is the developer's responsibility to re-calc the workbook." */
    suspendApiCalculationUntilNextSync(): void;
    /** ExcelApi 1.1. Every open workbook: the writer never calls it (see write.ts, recalculation). */
    calculate(calculationType: 'Recalculate' | 'Full' | 'FullRebuild'): void;
  };
  sync(): Promise<unknown>;
}
export interface XlWorkbook {
  readonly worksheets: XlWorksheets;
  readonly tables: XlTables;
  /** Workbook-level names (ExcelApi 1.4). */
  readonly names: XlNamedItems;
  readonly customXmlParts: XlCustomXmlParts;
  getSelectedRange(): XlRange;
}
export interface XlWorksheets extends XlLoadable {
  readonly items: XlWorksheet[];
  add(name?: string): XlWorksheet;
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
}
export interface XlWorksheet extends XlLoadable {
  name: string;
  position: number;
  tabColor: string;
  readonly isNullObject: boolean;
  readonly tables: XlTables;
  readonly names: { add(name: string, reference: XlRange | string): unknown };
  readonly freezePanes: { freezeRows(count?: number): void; freezeColumns(count?: number): void; freezeAt(frozenRange: string): void };
  readonly customProperties: XlLoadable & { readonly items: XlCustomProperty[]; add(key: string, value: string): unknown; getItemOrNullObject(key: string): XlCustomProperty };
  readonly pageLayout: XlPageLayout;
  readonly charts: XlCharts;
  getRange(address?: string): XlRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange;
  activate(): void;
  /** ExcelApi 1.6: "Calculates all cells on a worksheet"; true marks them all dirty first. */
  calculate(markAllDirty: boolean): void;
  delete(): void;
}
export interface XlCustomProperty extends XlLoadable { readonly key: string; readonly value: string; readonly isNullObject: boolean }
export interface XlTables extends XlLoadable {
  readonly items: XlTable[];
  /**
   * "If the address does not contain a sheet name, the currently-active sheet is used"
   * (TableCollection.add, ExcelApi 1.1; a Range object since 1.3): the writer passes a Range.
   */
  add(address: XlRange | string, hasHeaders: boolean): XlTable;
  getItem(key: string): XlTable;
  getItemOrNullObject(key: string): XlTable;
}
export interface XlTable extends XlLoadable { name: string; style: string; readonly isNullObject: boolean }
/** NamedItemCollection: add and getItemOrNullObject (ExcelApi 1.4). */
export interface XlNamedItems extends XlLoadable {
  readonly items: XlNamedItem[];
  add(name: string, reference: XlRange | string, comment?: string): XlNamedItem;
  getItemOrNullObject(name: string): XlNamedItem;
}
/** NamedItem: name and comment (ExcelApi 1.4), delete (1.4). */
export interface XlNamedItem extends XlLoadable {
  readonly name: string;
  readonly comment: string;
  readonly isNullObject: boolean;
  delete(): void;
}
/** Header or footer texts in Excel's codes (&A, &P, &N; '&&' for '&'). */
export interface XlHeaderFooter { leftHeader: string; centerHeader: string; rightHeader: string; leftFooter: string; centerFooter: string; rightFooter: string }
/** Worksheet.pageLayout: ExcelApi 1.9. */
export interface XlPageLayout {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  readonly headersFooters: { readonly defaultForAllPages: XlHeaderFooter };
  setPrintArea(printArea: string): void;
  setPrintTitleRows(printTitleRows: string): void;
}
/** Range.dataValidation: ExcelApi 1.8. Rule kinds as Excel.DataValidationRule. */
export interface XlDataValidation {
  rule: {
    decimal?: { formula1: unknown; formula2?: unknown; operator: string };
    wholeNumber?: { formula1: unknown; formula2?: unknown; operator: string };
    date?: { formula1: unknown; formula2?: unknown; operator: string };
    textLength?: { formula1: unknown; formula2?: unknown; operator: string };
    list?: { inCellDropDown: boolean; source: unknown };
  };
  ignoreBlanks: boolean;
  prompt: { showPrompt: boolean; title: string; message: string };
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
}
export interface XlRange extends XlLoadable {
  values: unknown[][];
  formulas: unknown[][];
  /** A 2-D array, or one value that Excel applies to every cell (documented, and far cheaper). */
  numberFormat: unknown[][] | string;
  readonly text: string[][];
  readonly address: string;
  readonly isNullObject: boolean;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly worksheet: XlWorksheet;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  /** ExcelApi 1.8. */
  readonly dataValidation: XlDataValidation;
  /** ExcelApi 1.2: one merged cell (across = false). */
  merge(across?: boolean): void;
  /** ExcelApi 1.6: "Calculates a range of cells on a worksheet." */
  calculate(): void;
  readonly format: {
    readonly font: { bold: boolean; italic: boolean; size: number; color: string };
    readonly fill: { color: string };
    readonly borders: { getItem(index: 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight'): { style: string } };
    readonly protection: { locked: boolean };
    columnWidth: number;
    /** Points, ExcelApi 1.2. */
    rowHeight: number;
    horizontalAlignment: string;
    wrapText: boolean;
  };
  readonly conditionalFormats: {
    add(type: 'CellValue'): {
      readonly cellValue: {
        readonly format: { readonly fill: { color: string }; readonly font: { color: string } };
        rule: { formula1: string; formula2?: string; operator: string };
      };
    };
  };
}
export interface XlCustomXmlPart extends XlLoadable { readonly id: string; delete(): void; getXml(): { readonly value: string } }
export interface XlCustomXmlParts {
  add(xml: string): XlCustomXmlPart;
  getByNamespace(namespaceUri: string): XlLoadable & { readonly items: XlCustomXmlPart[] };
}

// ── Charts: line charts built series by series ───────────────────────────────────────────
/** ExcelApi 1.1 (add); the writer passes one series' cells and sets the rest explicitly. */
export interface XlCharts {
  add(type: 'Line', sourceData: XlRange, seriesBy?: 'Auto' | 'Columns' | 'Rows'): XlChart;
}
export interface XlChart {
  name: string;
  readonly title: { text: string };
  readonly series: XlChartSeriesCollection;
  /** The chart's top-left at startCell's top-left, its bottom-right at endCell's bottom-right. */
  setPosition(startCell: XlRange | string, endCell?: XlRange | string): void;
}
export interface XlChartSeriesCollection {
  /** ExcelApi 1.7. */
  add(name?: string, index?: number): XlChartSeries;
  getItemAt(index: number): XlChartSeries;
}
export interface XlChartSeries {
  name: string;
  /** ExcelApi 1.8. */
  axisGroup: 'Primary' | 'Secondary';
  /** ExcelApi 1.7. */
  setValues(sourceData: XlRange): void;
  /** ExcelApi 1.7. */
  setXAxisValues(sourceData: XlRange): void;
}
