/**
 * The manifest declares the newest ExcelApi set the add-in needs, found from the API itself:
 * every member of the Office writer's Excel subset (src/office/api.ts) is looked up
 * in @types/office-js, whose reference comments name its requirement set ('[Api set:
 * ExcelApi 1.12]'). A member added to the subset without a line here fails the test, so
 * the manifest cannot fall behind what the code calls. APIs the pane uses only after
 * checking isSetSupported are listed apart, with the set the check names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const typings = readFileSync(join(ROOT, 'node_modules/@types/office-js/index.d.ts'), 'utf8');
const excelStart = typings.indexOf('declare namespace Excel {');

/** Members of the subset → the Excel class and member they stand for; null: the request machinery itself (ExcelApi 1.1). */
const MEMBERS: Record<string, [string, string] | null> = {
  'XlLoadable.load': null,
  'XlRequestContext.workbook': null,
  'XlRequestContext.application': null,
  'XlRequestContext.sync': null,
  'XlRequestContext.application.suspendApiCalculationUntilNextSync': ['Application', 'suspendApiCalculationUntilNextSync'],
  'XlRequestContext.application.calculate': ['Application', 'calculate'],
  'XlWorkbook.worksheets': ['Workbook', 'worksheets'],
  'XlWorkbook.tables': ['Workbook', 'tables'],
  'XlWorkbook.customXmlParts': ['Workbook', 'customXmlParts'],
  'XlWorkbook.getSelectedRange': ['Workbook', 'getSelectedRange'],
  'XlWorksheets.items': ['WorksheetCollection', 'items'],
  'XlWorksheets.add': ['WorksheetCollection', 'add'],
  'XlWorksheets.getItem': ['WorksheetCollection', 'getItem'],
  'XlWorksheets.getItemOrNullObject': ['WorksheetCollection', 'getItemOrNullObject'],
  'XlWorksheet.name': ['Worksheet', 'name'],
  'XlWorksheet.position': ['Worksheet', 'position'],
  'XlWorksheet.tabColor': ['Worksheet', 'tabColor'],
  'XlWorksheet.isNullObject': null,
  'XlWorksheet.tables': ['Worksheet', 'tables'],
  'XlWorksheet.names': ['Worksheet', 'names'],
  'XlWorksheet.names.add': ['NamedItemCollection', 'add'],
  'XlWorksheet.freezePanes': ['Worksheet', 'freezePanes'],
  'XlWorksheet.freezePanes.freezeRows': ['WorksheetFreezePanes', 'freezeRows'],
  'XlWorksheet.freezePanes.freezeColumns': ['WorksheetFreezePanes', 'freezeColumns'],
  'XlWorksheet.freezePanes.freezeAt': ['WorksheetFreezePanes', 'freezeAt'],
  'XlWorksheet.customProperties': ['Worksheet', 'customProperties'],
  'XlWorksheet.customProperties.items': ['WorksheetCustomPropertyCollection', 'items'],
  'XlWorksheet.customProperties.add': ['WorksheetCustomPropertyCollection', 'add'],
  'XlWorksheet.customProperties.getItemOrNullObject': ['WorksheetCustomPropertyCollection', 'getItemOrNullObject'],
  'XlWorksheet.pageLayout': ['Worksheet', 'pageLayout'],
  'XlWorksheet.charts': ['Worksheet', 'charts'],
  'XlWorksheet.getRange': ['Worksheet', 'getRange'],
  'XlWorksheet.getRangeByIndexes': ['Worksheet', 'getRangeByIndexes'],
  'XlWorksheet.activate': ['Worksheet', 'activate'],
  'XlWorksheet.calculate': ['Worksheet', 'calculate'],
  'XlWorksheet.delete': ['Worksheet', 'delete'],
  'XlCustomProperty.key': ['WorksheetCustomProperty', 'key'],
  'XlCustomProperty.value': ['WorksheetCustomProperty', 'value'],
  'XlCustomProperty.isNullObject': null,
  'XlTables.items': ['TableCollection', 'items'],
  'XlTables.add': ['TableCollection', 'add'],
  'XlTables.getItem': ['TableCollection', 'getItem'],
  'XlTables.getItemOrNullObject': ['TableCollection', 'getItemOrNullObject'],
  'XlTable.name': ['Table', 'name'],
  'XlTable.style': ['Table', 'style'],
  'XlTable.isNullObject': null,
  'XlPageLayout.orientation': ['PageLayout', 'orientation'],
  'XlPageLayout.paperSize': ['PageLayout', 'paperSize'],
  'XlPageLayout.zoom': ['PageLayout', 'zoom'],
  'XlPageLayout.zoom.horizontalFitToPages': ['PageLayout', 'zoom'],
  'XlPageLayout.zoom.verticalFitToPages': ['PageLayout', 'zoom'],
  'XlPageLayout.zoom.scale': ['PageLayout', 'zoom'],
  'XlPageLayout.headersFooters': ['PageLayout', 'headersFooters'],
  'XlPageLayout.headersFooters.defaultForAllPages': ['HeaderFooterGroup', 'defaultForAllPages'],
  'XlPageLayout.setPrintArea': ['PageLayout', 'setPrintArea'],
  'XlPageLayout.setPrintTitleRows': ['PageLayout', 'setPrintTitleRows'],
  'XlHeaderFooter.leftHeader': ['HeaderFooter', 'leftHeader'],
  'XlHeaderFooter.centerHeader': ['HeaderFooter', 'centerHeader'],
  'XlHeaderFooter.rightHeader': ['HeaderFooter', 'rightHeader'],
  'XlHeaderFooter.leftFooter': ['HeaderFooter', 'leftFooter'],
  'XlHeaderFooter.centerFooter': ['HeaderFooter', 'centerFooter'],
  'XlHeaderFooter.rightFooter': ['HeaderFooter', 'rightFooter'],
  'XlWorkbook.names': ['Workbook', 'names'],
  'XlNamedItems.items': ['NamedItemCollection', 'items'],
  'XlNamedItems.add': ['NamedItemCollection', 'add'],
  'XlNamedItems.getItemOrNullObject': ['NamedItemCollection', 'getItemOrNullObject'],
  'XlNamedItem.name': ['NamedItem', 'name'],
  'XlNamedItem.comment': ['NamedItem', 'comment'],
  'XlNamedItem.isNullObject': null,
  'XlNamedItem.delete': ['NamedItem', 'delete'],
  'XlRange.dataValidation': ['Range', 'dataValidation'],
  'XlRange.merge': ['Range', 'merge'],
  'XlRange.format.rowHeight': ['RangeFormat', 'rowHeight'],
  'XlDataValidation.ignoreBlanks': ['DataValidation', 'ignoreBlanks'],
  'XlDataValidation.prompt': ['DataValidation', 'prompt'],
  'XlDataValidation.prompt.message': ['DataValidation', 'prompt'],
  'XlDataValidation.prompt.showPrompt': ['DataValidation', 'prompt'],
  'XlDataValidation.prompt.title': ['DataValidation', 'prompt'],
  'XlDataValidation.errorAlert': ['DataValidation', 'errorAlert'],
  'XlDataValidation.errorAlert.message': ['DataValidation', 'errorAlert'],
  'XlDataValidation.errorAlert.showAlert': ['DataValidation', 'errorAlert'],
  'XlDataValidation.errorAlert.style': ['DataValidation', 'errorAlert'],
  'XlDataValidation.errorAlert.title': ['DataValidation', 'errorAlert'],
  ...Object.fromEntries(
    ['rule', ...['decimal', 'wholeNumber', 'date', 'textLength'].flatMap((k) => [k, `${k}.formula1`, `${k}.formula2`, `${k}.operator`].map((x) => `rule.${x}`)), 'rule.list', 'rule.list.inCellDropDown', 'rule.list.source'].map(
      (m) => [`XlDataValidation.${m}`, ['DataValidation', 'rule'] as [string, string]],
    ),
  ),
  'XlRange.values': ['Range', 'values'],
  'XlRange.formulas': ['Range', 'formulas'],
  'XlRange.numberFormat': ['Range', 'numberFormat'],
  'XlRange.text': ['Range', 'text'],
  'XlRange.address': ['Range', 'address'],
  'XlRange.isNullObject': null,
  'XlRange.rowIndex': ['Range', 'rowIndex'],
  'XlRange.columnIndex': ['Range', 'columnIndex'],
  'XlRange.rowCount': ['Range', 'rowCount'],
  'XlRange.columnCount': ['Range', 'columnCount'],
  'XlRange.worksheet': ['Range', 'worksheet'],
  'XlRange.getUsedRangeOrNullObject': ['Range', 'getUsedRangeOrNullObject'],
  'XlRange.calculate': ['Range', 'calculate'],
  'XlRange.format': ['Range', 'format'],
  'XlRange.format.font': ['RangeFormat', 'font'],
  'XlRange.format.font.bold': ['RangeFont', 'bold'],
  'XlRange.format.font.italic': ['RangeFont', 'italic'],
  'XlRange.format.font.size': ['RangeFont', 'size'],
  'XlRange.format.font.color': ['RangeFont', 'color'],
  'XlRange.format.fill': ['RangeFormat', 'fill'],
  'XlRange.format.fill.color': ['RangeFill', 'color'],
  'XlRange.format.borders': ['RangeFormat', 'borders'],
  'XlRange.format.borders.getItem': ['RangeBorderCollection', 'getItem'],
  'XlRange.format.borders.getItem.style': ['RangeBorder', 'style'],
  'XlRange.format.protection': ['RangeFormat', 'protection'],
  'XlRange.format.protection.locked': ['FormatProtection', 'locked'],
  'XlRange.format.columnWidth': ['RangeFormat', 'columnWidth'],
  'XlRange.format.horizontalAlignment': ['RangeFormat', 'horizontalAlignment'],
  'XlRange.format.wrapText': ['RangeFormat', 'wrapText'],
  'XlRange.conditionalFormats': ['Range', 'conditionalFormats'],
  'XlRange.conditionalFormats.add': ['ConditionalFormatCollection', 'add'],
  'XlRange.conditionalFormats.add.cellValue': ['ConditionalFormat', 'cellValue'],
  'XlRange.conditionalFormats.add.cellValue.format': ['CellValueConditionalFormat', 'format'],
  'XlRange.conditionalFormats.add.cellValue.format.fill': ['ConditionalRangeFormat', 'fill'],
  'XlRange.conditionalFormats.add.cellValue.format.fill.color': ['ConditionalRangeFill', 'color'],
  'XlRange.conditionalFormats.add.cellValue.format.font': ['ConditionalRangeFormat', 'font'],
  'XlRange.conditionalFormats.add.cellValue.format.font.color': ['ConditionalRangeFont', 'color'],
  'XlRange.conditionalFormats.add.cellValue.rule': ['CellValueConditionalFormat', 'rule'],
  'XlRange.conditionalFormats.add.cellValue.rule.formula1': ['CellValueConditionalFormat', 'rule'],
  'XlRange.conditionalFormats.add.cellValue.rule.formula2': ['CellValueConditionalFormat', 'rule'],
  'XlRange.conditionalFormats.add.cellValue.rule.operator': ['CellValueConditionalFormat', 'rule'],
  'XlCustomXmlPart.id': ['CustomXmlPart', 'id'],
  'XlCustomXmlPart.delete': ['CustomXmlPart', 'delete'],
  'XlCustomXmlPart.getXml': ['CustomXmlPart', 'getXml'],
  'XlCustomXmlPart.getXml.value': ['CustomXmlPart', 'getXml'],
  'XlCustomXmlParts.add': ['CustomXmlPartCollection', 'add'],
  'XlCustomXmlParts.getByNamespace': ['CustomXmlPartCollection', 'getByNamespace'],
  'XlCustomXmlParts.getByNamespace.items': ['CustomXmlPartScopedCollection', 'items'],
  'XlCharts.add': ['ChartCollection', 'add'],
  'XlChart.name': ['Chart', 'name'],
  'XlChart.title': ['Chart', 'title'],
  'XlChart.title.text': ['ChartTitle', 'text'],
  'XlChart.series': ['Chart', 'series'],
  'XlChart.setPosition': ['Chart', 'setPosition'],
  'XlChartSeriesCollection.add': ['ChartSeriesCollection', 'add'],
  'XlChartSeriesCollection.getItemAt': ['ChartSeriesCollection', 'getItemAt'],
  'XlChartSeries.name': ['ChartSeries', 'name'],
  'XlChartSeries.axisGroup': ['ChartSeries', 'axisGroup'],
  'XlChartSeries.setValues': ['ChartSeries', 'setValues'],
  'XlChartSeries.setXAxisValues': ['ChartSeries', 'setXAxisValues'],
};

/** Used only after isSetSupported says yes (src/office/host.ts), with the set that check names. */
const GUARDED: Record<string, { set: string; lookup: string }> = {
  'Excel.createWorkbook': { set: '1.8', lookup: 'function createWorkbook(' },
};

/** Every member path of the Xl* interfaces, nested object types included. */
function subsetMembers(): string[] {
  const src = ts.createSourceFile('api.ts', readFileSync(join(ROOT, 'src/office/api.ts'), 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const walkType = (t: ts.TypeNode, prefix: string): void => {
    if (ts.isTypeLiteralNode(t)) walkMembers(t.members, prefix);
    else if (ts.isIntersectionTypeNode(t)) t.types.forEach((x) => walkType(x, prefix));
  };
  const walkMembers = (members: ts.NodeArray<ts.TypeElement>, prefix: string): void => {
    for (const m of members) {
      if (!m.name) continue;
      const name = prefix + m.name.getText(src);
      out.push(name);
      const t = (m as ts.PropertySignature).type;
      if (t) walkType(t, `${name}.`);
    }
  };
  src.forEachChild((n) => {
    if (ts.isInterfaceDeclaration(n)) walkMembers(n.members, `${n.name.text}.`);
  });
  return out;
}

const version = (v: string) => v.split('.').map(Number) as [number, number];
const newer = (a: string, b: string) => (version(a)[0] - version(b)[0] || version(a)[1] - version(b)[1]) > 0;

/** The newest ExcelApi set a member's reference comment names (a setter's set when get and set differ). */
function memberSet(cls: string, member: string): string {
  const start = typings.indexOf(`\n    class ${cls} extends OfficeExtension.ClientObject {`, excelStart);
  if (start < 0) throw new Error(`no class Excel.${cls} in @types/office-js`);
  const end = typings.indexOf('\n    }\n', start);
  const body = typings.slice(start, end);
  const decl = new RegExp(`\\n\\s+(?:readonly )?${member}[(:?]`).exec(body);
  if (!decl) throw new Error(`no member ${member} in Excel.${cls}`);
  const named = (doc: string) => [...doc.matchAll(/ExcelApi (\d+\.\d+)|, (\d+\.\d+) for set/g)].map((m) => m[1] ?? m[2]!);
  // A collection's `items` names no set of its own: it comes with the collection.
  const sets = named(body.slice(body.lastIndexOf('/**', decl.index), decl.index));
  if (!sets.length) sets.push(...named(typings.slice(typings.lastIndexOf('/**', start), start)));
  if (!sets.length) throw new Error(`no ExcelApi set named for Excel.${cls}.${member}`);
  return sets.reduce((a, b) => (newer(b, a) ? b : a));
}

function manifestSet(file: string): string {
  const xml = readFileSync(join(ROOT, file), 'utf8');
  const m = /<Set Name="ExcelApi" MinVersion="(\d+\.\d+)"\/>/.exec(xml);
  if (!m) throw new Error(`${file} declares no ExcelApi set`);
  return m[1]!;
}

describe('requirement sets', () => {
  it('maps every member of the Excel subset to the API it stands for', () => {
    const members = subsetMembers();
    expect(members.length).toBeGreaterThan(80);
    expect(members.filter((m) => !(m in MEMBERS))).toEqual([]);
    expect(Object.keys(MEMBERS).filter((m) => !members.includes(m))).toEqual([]);
  });

  it('declares in the manifest exactly the newest ExcelApi set the writer and host need', () => {
    const sets = Object.entries(MEMBERS).flatMap(([path, api]) => (api ? [{ path, set: memberSet(...api) }] : []));
    const newest = sets.reduce((a, b) => (newer(b.set, a.set) ? b : a));
    expect(newest).toEqual({ path: 'XlWorksheet.customProperties', set: '1.12' });
    expect(manifestSet('manifest.xml')).toBe(newest.set);
  });

  it('checks isSetSupported before an API of a set the manifest does not require, naming that set', () => {
    const host = readFileSync(join(ROOT, 'src/office/host.ts'), 'utf8');
    for (const [api, { set, lookup }] of Object.entries(GUARDED)) {
      const at = typings.indexOf(lookup, excelStart);
      const doc = typings.slice(typings.lastIndexOf('/**', at), at);
      expect(doc, api).toContain(`[Api set: ExcelApi ${set}]`);
      expect(host, api).toContain(`lacks('${set}', '${api}')`);
    }
  });
});
