/**
 * Every report the pane reads goes through the import worker's own function, whatever its
 * format: a signing report chosen as PDF reads as its CSV twin, and a Loket export opened in
 * Excel and saved as .xlsx reads as the CSV it came from. In Node the worker's function runs
 * directly, the same code the worker and the in-page fallback run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DossierExport } from '../../src/domain/imports/types';
import type { SigningExport } from '../../src/domain/imports/signing-types';
import { writeXlsxBuffer } from '../../src/writers/xlsx-writer';
import { emptySheet, NumFmt, range, type CellValue } from '../../src/domain/spec/plan';
import { runImport } from '../../src/taskpane/worker/run-import';
import { readInput } from '../../src/domain/imports/input';

const example = (f: string) => new Uint8Array(readFileSync(join(__dirname, '../../examples', f)));
let id = 0;

async function read<T>(kind: 'signing' | 'dossiers', name: string, bytes: Uint8Array = example(name)): Promise<T> {
  const reply = await runImport({ id: ++id, kind, input: { bytes }, source: { label: name, fileName: name }, options: {} });
  if (reply.type !== 'result' || !reply.result.ok) throw new Error(`${name} did not read: ${JSON.stringify(reply)}`);
  return reply.result.value as T;
}

describe('reports in any format, through the import worker', () => {
  it('a signing report as PDF reads as its CSV', async () => {
    const pdf = await read<SigningExport>('signing', 'loket-signing-2024-Q1.pdf');
    const csv = await read<SigningExport>('signing', 'loket-signing-2024-Q1.csv');
    expect(pdf.employers.map((e) => [e.number, e.name, e.requests, e.signers])).toEqual(csv.employers.map((e) => [e.number, e.name, e.requests, e.signers]));
    expect(pdf.period).toEqual(csv.period);
    expect(pdf.totals?.requests).toBe(82);
  });

  it('a Loket export saved from Excel as .xlsx reads as the CSV it came from', async () => {
    const csv = await read<DossierExport>('dossiers', 'loket-dossiers-31-12-2024.csv');
    // The CSV as Excel saves it: text cells, so '000101' keeps its zeros, on a sheet with another sheet before it.
    const grid = readInput({ bytes: example('loket-dossiers-31-12-2024.csv') }, { label: 'x' }, []);
    if (!grid.ok) throw new Error('example');
    const rows: CellValue[][] = grid.value.grid;
    const notes = emptySheet('notes', 'Notities');
    notes.blocks.push({ row: 0, col: 0, cells: [['Eigen aantekeningen'], ['nog controleren']] });
    const sheet = emptySheet('data', 'loket-dossiers-31-12-2024');
    sheet.blocks.push({ row: 0, col: 0, cells: rows });
    sheet.styles.push({ range: range(0, 0, rows.length - 1, 10), style: { numFmt: NumFmt.text } });
    const xlsx = await writeXlsxBuffer({ title: 'x', sheets: [notes, sheet] });
    const fromXlsx = await read<DossierExport>('dossiers', 'loket-dossiers-31-12-2024.xlsx', xlsx);
    expect(fromXlsx.employers.map((e) => [e.number, e.name, e.employerDossiers, e.employeeDossiers, e.inactiveDossiers])).toEqual(
      csv.employers.map((e) => [e.number, e.name, e.employerDossiers, e.employeeDossiers, e.inactiveDossiers]),
    );
    expect(fromXlsx.peildatum).toBe(csv.peildatum);
  });

  it('a file whose count column cannot be found comes back with its first rows, to choose the columns by hand', async () => {
    const bytes = new TextEncoder().encode('Werkgever;Naam;Aantal;Uit dienst\n000101;A;12;3\n000102;B;4;1\n');
    const reply = await runImport({ id: ++id, kind: 'dossiers', input: { bytes }, source: { label: 'raar.csv' }, options: {} });
    expect(reply.type === 'result' && !reply.result.ok && reply.result.error.code).toBe('import.noCountColumns');
    expect(reply.type === 'result' && reply.preview).toEqual([['Werkgever', 'Naam', 'Aantal', 'Uit dienst'], ['000101', 'A', '12', '3'], ['000102', 'B', '4', '1']]);
    // Choosing F (C, 'Aantal') reads it.
    const again = await runImport({ id: ++id, kind: 'dossiers', input: { bytes }, source: { label: 'raar.csv' }, options: { columns: { employeeDossiers: 2, inactiveDossiers: 3 } } });
    if (again.type !== 'result' || !again.result.ok) throw new Error('not read with the chosen columns');
    expect((again.result.value as DossierExport).employers.map((e) => [e.number, e.employeeDossiers, e.inactiveDossiers])).toEqual([['000101', 12, 3], ['000102', 4, 1]]);
  });
});
