/**
 * Every plan feature, written by both writers and read back: through ExcelJS where it
 * reads the feature back, and from the raw XML where it does not (sheet-scoped names,
 * table parts), which is also what Excel is strict about.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NumFmt, type WorkbookPlan } from '../../src/domain/spec/plan';
import { writeXlsxFile } from '../../src/writers/xlsx-file-writer';
import { loadExcelJS } from '../../src/writers/xlsx-render';
import { writeXlsxBuffer } from '../../src/writers/xlsx-writer';
import { listXlsxParts, openXlsx, readXlsxPart, resolvedSheetData, xlsxSnapshot } from '../support/read-xlsx';
import { planSnapshot } from '../support/snapshot';
import { featurePlan, OTHER, SPEC, TRAPS } from './xlsx-fixture';

const dir = mkdtempSync(join(tmpdir(), 'fc-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const writers = [
  {
    name: 'writeXlsxBuffer (in memory)',
    write: async (plan: WorkbookPlan) => {
      const path = join(dir, `mem-${n++}.xlsx`);
      writeFileSync(path, await writeXlsxBuffer(plan));
      return path;
    },
  },
  {
    name: 'writeXlsxFile (streaming)',
    write: async (plan: WorkbookPlan) => {
      const path = join(dir, `stream-${n++}.xlsx`);
      await writeXlsxFile(plan, path);
      return path;
    },
  },
];

/** The raw <c> element of a cell in a sheet part. */
const cellXml = (sheetXml: string, addr: string): string => sheetXml.match(new RegExp(`<c r="${addr}"[^>]*?(/>|>.*?</c>)`))?.[0] ?? '';

describe.each(writers)('$name', ({ write }) => {
  let path: string;
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  let sheetXml: string;

  beforeAll(async () => {
    path = await write(featurePlan());
    wb = await openXlsx(path);
    ws = wb.getWorksheet(SPEC)!;
    sheetXml = readXlsxPart(path, 'xl/worksheets/sheet1.xml')!;
  });

  it('holds exactly the values and formulas of the plan', async () => {
    expect(await xlsxSnapshot(path)).toEqual(planSnapshot(featurePlan()));
    expect(wb.worksheets.map((w) => w.name)).toEqual([SPEC, OTHER]);
    expect(wb.title).toBe('Specificatie Qwoater 2024');
  });

  it('keeps texts that look like formulas as shared-string text, never as formulas', async () => {
    const { ValueType } = await loadExcelJS();
    const sst = readXlsxPart(path, 'xl/sharedStrings.xml')!;
    TRAPS.forEach((text, i) => {
      const cell = ws.getCell(`A${14 + i}`);
      expect(cell.type).toBe(ValueType.String);
      expect(cell.value).toBe(text);
      expect(cell.formula).toBeUndefined();
      const xml = cellXml(sheetXml, `A${14 + i}`);
      expect(xml).toMatch(/ t="s"/);
      expect(xml).not.toMatch(/<f>/);
    });
    expect(sst).toContain('<t>=1+1</t>');
    expect(ws.getCell('B14').value).toBe(true);
  });

  it('writes formulas with their results, newer functions with the _xlfn. prefix', () => {
    expect(ws.getCell('F4').value).toEqual({ formula: 'ROUND((C4+D4)*E4,2)', result: 37.5 });
    expect(ws.getCell('G4').value).toEqual({ formula: 'IF(F4>20,"Afwijking","OK")', result: 'Afwijking' });
    expect(ws.getCell('F10').formula).toBe("'Jan''s blad'!B2*2");
    expect(cellXml(sheetXml, 'F11')).toContain('<f>_xlfn.IFS(');
    expect(wb.getWorksheet(OTHER)!.getCell('B3').value).toEqual({ formula: "'Specificatie'!F7", result: 58.47 });
  });

  it('applies number formats, fonts, fills and alignment per range, composed in plan order', () => {
    expect(ws.getCell('C4').numFmt).toBe(NumFmt.count);
    expect(ws.getCell('E5').numFmt).toBe(NumFmt.price);
    expect(ws.getCell('F4').numFmt).toBe(NumFmt.euro);
    // F7 lies in the euro range and in the bold totals row: both apply.
    expect(ws.getCell('F7').numFmt).toBe(NumFmt.euro);
    expect(ws.getCell('F7').font).toMatchObject({ bold: true });
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell('A9').font).toMatchObject({ italic: true, color: { argb: 'FF595959' } });
    expect(ws.getCell('B3').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
    expect(ws.getCell('B3').alignment).toMatchObject({ horizontal: 'center', wrapText: true });
    // Styled but empty cells are written too (a row holding nothing else included).
    expect(ws.getCell('F8').numFmt).toBe(NumFmt.euro);
  });

  it('styles a whole column through the column, not cell by cell', () => {
    expect(sheetXml).toMatch(/<col min="1" max="1" width="12" style="\d+"/);
    expect(ws.getColumn(1).numFmt).toBe(NumFmt.text);
    expect(ws.getCell('A4').numFmt).toBe(NumFmt.text);
  });

  it('draws borders on the edges of the range: box outlines, top marks the first row', () => {
    expect(ws.getCell('A3').border).toEqual({ top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' } });
    expect(ws.getCell('D3').border).toEqual({ top: { style: 'thin' }, bottom: { style: 'thin' } });
    expect(ws.getCell('G3').border).toEqual({ top: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } });
    expect(ws.getCell('C7').border).toEqual({ top: { style: 'thin' } });
  });

  it('unlocks input cells', () => {
    expect(ws.getCell('H3').protection).toMatchObject({ locked: false });
    expect(ws.getCell('H3').fill).toMatchObject({ fgColor: { argb: 'FFFFF2CC' } });
    expect(ws.getCell('G3').protection?.locked).not.toBe(false);
  });

  it('sets column widths, freeze panes and the tab colour', () => {
    expect([1, 2, 6, 8].map((c) => ws.getColumn(c).width)).toEqual([12, 28, 14, 10]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 0, ySplit: 3, topLeftCell: 'A4' });
    expect(ws.properties.tabColor).toEqual({ argb: 'FF1F4E79' });
  });

  it('makes a real Excel table: part, relationship, content type, columns, filter, style', () => {
    const parts = listXlsxParts(path);
    expect(parts.filter((p) => p.startsWith('xl/tables/'))).toEqual(['xl/tables/table1.xml']);
    const table = readXlsxPart(path, 'xl/tables/table1.xml')!;
    expect(table).toMatch(/<table [^>]*name="Werkgevers" displayName="Werkgevers" ref="A3:G6"/);
    expect(table).toContain('<autoFilter ref="A3:G6"');
    expect([...table.matchAll(/<tableColumn id="(\d+)" name="([^"]*)"/g)].map((m) => `${m[1]}:${m[2]}`)).toEqual(
      ['Nummer', 'Naam', 'Model 1', 'Model 2', 'Prijs', 'Bedrag', 'Status'].map((c, i) => `${i + 1}:${c}`),
    );
    expect(table).toMatch(/<tableStyleInfo name="TableStyleMedium2"[^>]*showRowStripes="1"/);
    expect(table).not.toContain('hiddenButton="1"');
    const rels = readXlsxPart(path, 'xl/worksheets/_rels/sheet1.xml.rels')!;
    const rId = rels.match(/Id="(rId\d+)" Type="[^"]*\/table" Target="..\/tables\/table1.xml"/)?.[1];
    expect(rId).toBeDefined();
    expect(sheetXml).toContain(`<tableParts count="1"><tablePart r:id="${rId}"/></tableParts></worksheet>`);
    expect(readXlsxPart(path, '[Content_Types].xml')).toContain(
      '<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>',
    );
    // And ExcelJS, reading the file, finds the table where the plan put it.
    const read = (ws.getTable('Werkgevers') as unknown as { table: { tableRef: string } }).table;
    expect(read.tableRef).toBe('A3:G6');
  });

  it('writes sheet-scoped defined names, quoting sheet names with apostrophes', () => {
    const names = [...readXlsxPart(path, 'xl/workbook.xml')!.matchAll(/<definedName name="([^"]+)" localSheetId="(\d+)">([^<]*)</g)].map(
      (m) => [m[1], m[2], m[3]!.replace(/&apos;/g, "'")],
    );
    expect(names).toEqual([
      ['Totaal', '0', "'Specificatie'!$F$7"],
      ['Invoer', '0', "'Specificatie'!$H$3"],
      ['_xlnm.Print_Area', '0', "'Specificatie'!$A$1:$G$12"],
      ['_xlnm.Print_Titles', '0', "'Specificatie'!$3:$3"],
      ['Totaal', '1', "'Jan''s blad'!$B$3"],
    ]);
  });

  it('sets up printing: area, landscape, A4, fit to one page wide, print titles, header and footer with fields', () => {
    expect(ws.pageSetup).toMatchObject({ printArea: 'A1:G12', printTitlesRow: '3:3', orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    // A literal '&' is doubled; the fields are Excel's codes for the sheet's name and the pages.
    expect(ws.headerFooter).toMatchObject({ oddHeader: '&LJansen && Zn&C&A', oddFooter: '&LFactuurcheck&Rpagina &P van &N' });
    expect(wb.getWorksheet(OTHER)!.pageSetup.orientation).toBe('portrait');
  });

  it('highlights a status text with conditional formatting', () => {
    const cfs = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    expect(cfs).toHaveLength(1);
    expect(cfs[0]).toMatchObject({
      ref: 'G4:G6',
      rules: [{ type: 'cellIs', operator: 'equal', formulae: ['"Afwijking"'], style: { fill: { bgColor: { argb: 'FFFFC7CE' } }, font: { color: { argb: 'FF9C0006' } } } }],
    });
  });
});

describe('both writers', () => {
  it('write the same cells, styles and table part', async () => {
    const [mem, stream] = await Promise.all(writers.map((w) => w.write(featurePlan())));
    expect(await xlsxSnapshot(stream!)).toEqual(await xlsxSnapshot(mem!));
    // The rows' XML, with style ids and shared strings resolved: the writers may number them in another order.
    expect(resolvedSheetData(mem!, 'xl/worksheets/sheet1.xml')).toMatch(/<c r="A1" s="[^|]+\|<font><b\/>/);
    for (const part of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']) {
      const cells = resolvedSheetData(mem!, part);
      expect(cells).not.toMatch(/ s="\d+"/);
      expect(resolvedSheetData(stream!, part)).toBe(cells);
    }
    const dxfs = (p: string) => readXlsxPart(p, 'xl/styles.xml')!.match(/<dxfs[\s\S]*<\/dxfs>/)?.[0];
    expect(dxfs(stream!)).toBe(dxfs(mem!));
  });

  it('number tables across sheets and give each sheet its own relationship', async () => {
    const plan = featurePlan();
    const other = plan.sheets[1]!;
    other.tables.push({ name: 'Regels', range: { row: 0, col: 0, lastRow: 2, lastCol: 1 }, columns: [{ name: 'Regel' }, { name: 'Waarde' }], style: 'TableStyleLight9' });
    for (const w of writers) {
      const path = await w.write(plan);
      expect(listXlsxParts(path).filter((p) => p.startsWith('xl/tables/')).sort()).toEqual(['xl/tables/table1.xml', 'xl/tables/table2.xml']);
      expect(readXlsxPart(path, 'xl/tables/table2.xml')).toMatch(/id="2" name="Regels" displayName="Regels" ref="A1:B3"/);
      expect(readXlsxPart(path, 'xl/worksheets/_rels/sheet2.xml.rels')).toContain('Target="../tables/table2.xml"');
    }
  });
});
