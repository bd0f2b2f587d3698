/**
 * The same report as CSV and as the Excel download must give the same import: the
 * .xlsx goes through xlsx-grid.ts into the same pure importer. The .xlsx here is made
 * the way Excel stores such a file: codes as text, counts as numbers, the peildatum as a
 * date cell, the totals as numbers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellText, readXlsxGrid } from '../../src/readers/xlsx-grid';
import { importXpertReport } from '../../src/domain/imports/xpert-suite';
import type { XpertReport } from '../../src/domain/imports/xpert-types';
import { addReports, emptyHistory } from '../../src/domain/xpert/history';
import { buildTrend } from '../../src/domain/xpert/trend';
import { readXpertUpload } from '../../src/readers/upload';
import { loadExcelJS } from '../../src/writers/xlsx-render';
import { csv, EXAMPLES } from './support';

const ROWS: [string, string, number, number][] = [
  ['001001', 'Bakkerij De Korenschoof', 42, 120],
  ['001002', 'Café Müller & Zn.', 1238, 0],
  ['001004', 'Testwerkgever', 3, 12],
];

async function xlsxOf(build: (ws: import('exceljs').Worksheet) => void, extraFirstSheet = false): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  if (extraFirstSheet) wb.addWorksheet('Toelichting').getCell('A1').value = 'Uitleg bij het rapport';
  build(wb.addWorksheet('Rapport'));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const comparable = (r: XpertReport) => ({ period: r.period, peildatum: r.peildatum, headerRow: r.headerRow, headers: r.headers, columns: r.columns, employers: r.employers, totals: r.totals });

describe('CSV and .xlsx give the same result', () => {
  it('for a report with a title, text codes, number counts, a date cell and a totals row', async () => {
    const text = csv(
      'Factuurspecificatie Otherside at Work',
      '',
      'Werkgevercode;Naam;Peildatum;Aantal medewerkers;SMS',
      ...ROWS.map(([c, n, e, s]) => `${c};${n};31-01-2024;${e};${s}`),
      'Totaal;;;1.283;132',
    );
    const bytes = await xlsxOf((ws) => {
      ws.getCell('A1').value = 'Factuurspecificatie Otherside at Work';
      ws.getRow(3).values = ['Werkgevercode', 'Naam', 'Peildatum', 'Aantal medewerkers', 'SMS'];
      ROWS.forEach(([c, n, e, s], i) => {
        ws.getRow(4 + i).values = [c, n, new Date(Date.UTC(2024, 0, 31)), e, s];
      });
      ws.getRow(7).values = ['Totaal', null, null, 1283, 132];
    }, true);
    const fromCsv = importXpertReport({ bytes: new TextEncoder().encode(text) }, { label: 'jan.csv', fileName: 'jan.csv' });
    const fromXlsx = await readXpertUpload(bytes, { label: 'jan.xlsx', fileName: 'jan.xlsx' });
    if (!fromCsv.ok || !fromXlsx.ok) throw new Error('import failed');
    expect(comparable(fromXlsx.value)).toEqual(comparable(fromCsv.value));
    expect(fromXlsx.value.employers[0]!.code).toBe('001001');
    expect(fromXlsx.value.peildatum).toBe('2024-01-31');
    // The only extra: which sheet was read, since it is not the first.
    expect(fromXlsx.warnings.map((w) => w.code)).toEqual(['xpert.xlsxSheetChosen']);
  });

  it('for the March example and a CSV typed from it', async () => {
    const xlsx = await readXpertUpload(readFileSync(join(EXAMPLES, 'xpert-2024-03.xlsx')), { label: 'mrt', fileName: 'xpert-2024-03.xlsx' });
    const text = csv(
      'Factuurspecificatie Otherside at Work: maart 2024',
      'Aantallen en SMS per werkgever',
      '',
      'Werkgevercode;Naam;Peildatum;Aantal medewerkers;SMS;Tarief;Bedrag',
      '001001;Bakkerij De Korenschoof;31-03-2024;45;118;1,25;66,87',
      '001003;Zorggroep Het Baken;31-03-2024;1236;987;1,25;1633,83',
      '001004;Testwerkgever Salarisbureau;31-03-2024;3;15;1,25;5,1',
      '001005;Hoveniersbedrijf Groen & Zn.;31-03-2024;8;0;1,25;10',
      '001006;Testa Bouw B.V.;31-03-2024;26;70;1,25;38,8',
      '001007;Kinderopvang Zonnestraal;31-03-2024;33;152;1,25;54,93',
      'Totaal;;;1351;1342',
    );
    const fromCsv = importXpertReport({ text }, { label: 'mrt', fileName: 'xpert-2024-03.csv' });
    if (!fromCsv.ok || !xlsx.ok) throw new Error('import failed');
    expect(comparable(xlsx.value)).toEqual(comparable(fromCsv.value));
  });

  it('matches a code whose zeros Excel dropped to the same employer in the trend', async () => {
    const jan = importXpertReport({ text: csv('Periode: 2024-01', 'Werkgevercode;Naam;Werknemers;SMS', '001001;A;5;1') }, { label: 'jan.csv' });
    const febBytes = await xlsxOf((ws) => {
      ws.getCell('A1').value = 'Periode: 2024-02';
      ws.getRow(2).values = ['Werkgevercode', 'Naam', 'Werknemers', 'SMS'];
      ws.getRow(3).values = [1001, 'A', 6, 1];
    });
    const feb = await readXpertUpload(febBytes, { label: 'feb.xlsx' });
    if (!jan.ok || !feb.ok) throw new Error('import failed');
    expect(feb.value.employers[0]!.code).toBe('1001');
    const h = addReports(emptyHistory(), [jan.value, feb.value]);
    if (!h.ok || h.value.status !== 'updated') throw new Error('not added');
    const { trend } = buildTrend(h.value.history);
    expect(trend.employers).toHaveLength(1);
    expect(trend.employers[0]!.appeared).toEqual([]);
  });
});

describe('reading .xlsx cells', () => {
  it('turns values into the text a user sees', () => {
    expect(cellText('001001')).toBe('001001');
    expect(cellText(1001, '000000')).toBe('001001');
    expect(cellText(1238)).toBe('1238');
    expect(cellText(0.1 + 0.2)).toBe('0,3');
    expect(cellText(1.25)).toBe('1,25');
    expect(cellText(new Date(Date.UTC(2024, 0, 31)))).toBe('31-01-2024');
    expect(cellText({ formula: 'SUM(A1:A2)', result: 12 } as never)).toBe('12');
    expect(cellText({ richText: [{ text: 'Bakkerij ' }, { text: 'Jansen' }] })).toBe('Bakkerij Jansen');
    expect(cellText(null)).toBe('');
  });

  it('keeps a merged title in its first cell only, and rows as Excel numbers them', async () => {
    const bytes = await xlsxOf((ws) => {
      ws.getCell('A1').value = 'Titel';
      ws.mergeCells('A1:D1');
      ws.getCell('B3').value = 'x';
    });
    const r = await readXlsxGrid(bytes, { label: 't.xlsx' });
    if (!r.ok) throw new Error(r.error.en);
    expect(r.value.grid[0]).toEqual(['Titel', '', '', '']);
    expect(r.value.grid[2]![1]).toBe('x');
  });

  it('refuses a damaged workbook with a message, never an exception', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3, 4, 5, 6]);
    const r = await readXpertUpload(bytes, { label: 'kapot.xlsx' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('xpert.xlsxUnreadable');
    expect(r.error.nl).toMatch(/^kapot\.xlsx: Deze Excel-werkmap is niet te lezen/);
  });
});
