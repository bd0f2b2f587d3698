/**
 * The bad input the issue names, each with a message that says what is wrong:
 * a Loket export given as an Xpert report, a month given twice, a report without an
 * SMS column. (The CLI test checks that no workbook is written for any of them.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importXpertReport } from '../../src/domain/imports/xpert-suite';
import { addReports, emptyHistory } from '../../src/domain/xpert/history';
import { readXpertUpload } from '../../src/readers/upload';
import { csv, EXAMPLES, importExample } from './support';

describe('a Loket export given as an Xpert report', () => {
  it('says it is Loket’s dossier export, which columns show it, and where to get the right file', async () => {
    const file = 'loket-dossiers-31-12-2024.csv';
    const r = await readXpertUpload(readFileSync(join(EXAMPLES, file)), { label: file, fileName: file });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('xpert.loketExport');
    expect(r.error.location).toEqual({ file, row: 5 });
    expect(r.error.nl).toContain("'Dossiervorming Qwoater per werkgever'");
    expect(r.error.nl).toContain("'Aantalwerknemersdossier'");
    expect(r.error.nl).toContain('Factuurspecificaties Otherside');
    expect(r.error.en).toContain('Choose this file for Qwoater');
  });

  it('also for the model-1 layout, and for the signing export', () => {
    const m1 = importXpertReport({ text: csv('Werkgever nr;Naam;Relatienummer;Werkgeversdossier;Aantal werknemers', '1;A;9;1;5') }, { label: 'm1.csv' });
    expect(!m1.ok && m1.error.code).toBe('xpert.loketExport');
    const signing = importXpertReport({ text: csv('Werkgeversnummer;Naam;Ondertekenverzoeken', '1;A;5') }, { label: 's.csv' });
    expect(!signing.ok && signing.error.code).toBe('xpert.signingExport');
  });
});

describe('a report without an SMS column', () => {
  const text = csv('Periode: januari 2024', 'Werkgevercode;Naam;Aantal medewerkers', '001;A;5', '002;B;7');

  it('is refused by default, naming the file, the header row, the headers seen and the way out', () => {
    const r = importXpertReport({ text }, { label: 'jan.csv', fileName: 'jan.csv' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('xpert.noSmsColumn');
    expect(r.error.location).toEqual({ file: 'jan.csv', row: 2 });
    expect(r.error.nl).toContain("Gevonden kolomkoppen: 'Werkgevercode', 'Naam', 'Aantal medewerkers'");
    expect(r.error.nl).toContain('--no-sms');
  });

  it('is read with SMS = 0 when the user says it has none, and says so', () => {
    const r = importXpertReport({ text }, { label: 'jan.csv' }, { columns: { sms: null } });
    expect(r.ok && r.value.employers.map((e) => e.sms)).toEqual([0, 0]);
    expect(r.ok && r.value.hasSmsColumn).toBe(false);
    expect(r.warnings.map((w) => w.code)).toEqual(['xpert.smsNone']);
  });
});

describe('a month given twice', () => {
  it('is refused, naming the month and both files', async () => {
    const a = await importExample('xpert-2024-02.csv');
    const b = importXpertReport({ text: csv('Werkgevercode;Naam;Werknemers;SMS', '1;A;5;1') }, { label: 'februari.csv', fileName: 'otherside februari 2024.csv' });
    if (!b.ok) throw new Error(b.error.en);
    const r = addReports(emptyHistory(), [a, b.value]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.nl).toContain('februari 2024');
    expect(r.error.nl).toContain('xpert-2024-02.csv');
    expect(r.error.nl).toContain('februari.csv');
  });
});

describe('other files a user picks by mistake', () => {
  it('a PDF of the report', () => {
    const r = importXpertReport({ bytes: new TextEncoder().encode('%PDF-1.7\n...') }, { label: 'jan.pdf' });
    expect(!r.ok && r.error.code).toBe('xpert.pdf');
    expect(!r.ok && r.error.nl).toContain('Xpert Suite');
  });

  it('a Word download of the report', async () => {
    // The start of a .docx: a zip whose first entry is word/document.xml.
    const docx = new Uint8Array([0x50, 0x4b, 3, 4, ...new TextEncoder().encode('....word/document.xml....')]);
    const r = await readXpertUpload(docx, { label: 'jan.docx' });
    expect(!r.ok && r.error.code).toBe('xpert.wordDocument');
  });

  it('a file without any recognisable header', () => {
    const r = importXpertReport({ text: csv('a;b;c', '1;2;3') }, { label: 'x.csv' });
    expect(!r.ok && r.error.code).toBe('xpert.noEmployeesColumn');
    expect(!r.ok && r.error.nl).toContain("'a', 'b', 'c'");
  });

  it('a header without employers under it', () => {
    const r = importXpertReport({ text: csv('Periode: 2024-01', 'Werkgevercode;Naam;Werknemers;SMS') }, { label: 'x.csv' });
    expect(!r.ok && r.error.code).toBe('xpert.noEmployers');
  });
});
