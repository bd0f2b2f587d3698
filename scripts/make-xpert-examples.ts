/**
 * Writes examples/xpert-2024-03.xlsx: a made-up Otherside at Work specification for
 * March 2024 as the Xpert Suite's Excel download might look. The layout is assumed (the
 * real one is not public). It differs from the CSV examples on purpose, so the examples
 * exercise what the importer must handle in an .xlsx:
 *  - an explanation sheet before the data sheet (the importer picks the sheet with the header);
 *  - codes stored as text with leading zeros, counts as numbers, the peildatum as a date cell;
 *  - a rate and an amount column (a cross-check), and a totals row.
 * Installatiebedrijf Van Dijk (001002) is gone this month. Run: npx tsx scripts/make-xpert-examples.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJSImport from 'exceljs';

const ExcelJS = ((ExcelJSImport as unknown as { default?: typeof ExcelJSImport }).default ?? ExcelJSImport) as typeof ExcelJSImport;

const RATE = 1.25;
const SMS_RATE = 0.09;
const rows: [code: string, name: string, employees: number, sms: number][] = [
  ['001001', 'Bakkerij De Korenschoof', 45, 118],
  ['001003', 'Zorggroep Het Baken', 1236, 987],
  ['001004', 'Testwerkgever Salarisbureau', 3, 15],
  ['001005', 'Hoveniersbedrijf Groen & Zn.', 8, 0],
  ['001006', 'Testa Bouw B.V.', 26, 70],
  ['001007', 'Kinderopvang Zonnestraal', 33, 152],
];

async function main(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Otherside at Work (voorbeeld, verzonnen)';
  // Fixed dates keep the file the same from run to run, apart from the zip's own timestamps.
  wb.created = new Date(Date.UTC(2024, 3, 1));
  wb.modified = wb.created;

  const info = wb.addWorksheet('Toelichting');
  info.getCell('A1').value = 'Factuurspecificatie Otherside at Work';
  info.getCell('A2').value = 'Dit rapport is verzonnen voor de voorbeelden van Factuurcheck.';

  const ws = wb.addWorksheet('Specificatie');
  ws.getCell('A1').value = 'Factuurspecificatie Otherside at Work: maart 2024';
  ws.getCell('A2').value = 'Aantallen en SMS per werkgever';
  const header = ['Werkgevercode', 'Naam', 'Peildatum', 'Aantal medewerkers', 'SMS', 'Tarief', 'Bedrag'];
  ws.getRow(4).values = header;
  ws.getRow(4).font = { bold: true };
  const peildatum = new Date(Date.UTC(2024, 2, 31));
  rows.forEach(([code, name, employees, sms], i) => {
    const r = ws.getRow(5 + i);
    // Whole cents, computed in integers so the example holds no float noise.
    const amount = (Math.round(employees * RATE * 100) + Math.round(sms * SMS_RATE * 100)) / 100;
    r.values = [code, name, peildatum, employees, sms, RATE, amount];
    r.getCell(1).numFmt = '@';
    r.getCell(3).numFmt = 'dd-mm-yyyy';
    r.getCell(6).numFmt = '#,##0.00';
    r.getCell(7).numFmt = '#,##0.00';
  });
  const total = ws.getRow(5 + rows.length);
  total.values = ['Totaal', '', null, rows.reduce((s, r) => s + r[2], 0), rows.reduce((s, r) => s + r[3], 0)];
  total.font = { bold: true };
  ws.columns.forEach((c, i) => (c.width = [16, 34, 12, 20, 10, 10, 12][i] ?? 12));

  const out = join(__dirname, '..', 'examples', 'xpert-2024-03.xlsx');
  writeFileSync(out, new Uint8Array(await wb.xlsx.writeBuffer()));
  process.stdout.write(`${out}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${String(e)}\n`);
  process.exitCode = 1;
});
