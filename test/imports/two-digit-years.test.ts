/**
 * Issue #11 item 7: a peildatum column with two-digit years ('31-12-24', as Excel re-saves
 * a CSV) no longer fails the export. It is accepted when it agrees with the title or the
 * file name (or the date the user gave), read as 20jj with a warning when nothing else
 * names a date, and refused only when it contradicts them.
 */
import { describe, expect, it } from 'vitest';
import { importDossierExport } from '../../src/domain/imports/loket-dossiers';
import type { DossierImportOptions } from '../../src/domain/imports/types';
import { importXpertReport } from '../../src/domain/imports/xpert-suite';

const HEADER = 'Werkgeversnummer;Naam werkgever;Peildatum;Werkgeversdossier;Aantalwerknemersdossier;Inactieve werknemersdossiers';
const file = (title: string | null, ...dates: string[]) =>
  [...(title ? [`Peildatum: ${title}`] : []), HEADER, ...dates.map((d, i) => `00010${i};Werkgever ${i};${d};1;${10 + i};${i}`)].join('\r\n') + '\r\n';

function run(text: string, fileName?: string, options: DossierImportOptions = {}) {
  return importDossierExport({ text }, { label: fileName ?? 'dossiers.csv', ...(fileName ? { fileName } : {}) }, options);
}
const codes = (ws: { code: string }[]) => ws.map((w) => w.code);

describe('a peildatum column with two-digit years', () => {
  it('agrees with the title 31-12-2024: read, without a word', () => {
    const r = run(file('31-12-2024', '31-12-24', '31-12-24'));
    expect(r.ok && r.value.peildatum).toBe('2024-12-31');
    expect(r.ok && r.value.peildatumFrom).toBe('title');
    expect(codes(r.warnings)).toEqual([]);
  });

  it.each(['31/12/24', '31.12.24', '31-12-24 0:00'])('reads %s the same way', (d) => {
    const r = run(file('31-12-2024', d));
    expect(r.ok && r.value.peildatum).toBe('2024-12-31');
  });

  it('agrees with the file name when there is no title', () => {
    const r = run(file(null, '31-12-23'), 'dossiers-31-12-2023.csv');
    expect(r.ok && r.value.peildatum).toBe('2023-12-31');
    expect(codes(r.warnings)).toEqual([]);
  });

  it('agrees with a date the user gave', () => {
    const r = run(file(null, '1-10-24'), undefined, { peildatum: '2024-10-01' });
    expect(r.ok && r.value.peildatum).toBe('2024-10-01');
    expect(codes(r.warnings)).toEqual([]);
  });

  it('mixes with four-digit years of the same day', () => {
    const r = run(file('31-12-2024', '31-12-24', '31-12-2024'));
    expect(r.ok && r.value.peildatum).toBe('2024-12-31');
  });

  it('with nothing else naming a date: read as 20jj, with a warning naming both forms', () => {
    const r = run(file(null, '31-12-24'));
    expect(r.ok && r.value.peildatum).toBe('2024-12-31');
    const w = r.warnings.find((x) => x.code === 'import.peildatumTwoDigitYear')!;
    expect(w.nl).toContain('31-12-24');
    expect(w.nl).toContain('31-12-2024');
  });

  it('refuses a contradiction with the title, naming both', () => {
    const r = run(file('31-12-2024', '31-12-23'));
    expect(!r.ok && r.error.code).toBe('import.peildatumConflict');
    expect(!r.ok && r.error.nl).toMatch(/31-12-2024.*31-12-23/);
  });

  it('refuses a contradiction with the file name, naming both', () => {
    const r = run(file(null, '31-12-23'), 'dossiers-31-12-2024.csv');
    expect(!r.ok && r.error.code).toBe('import.peildatumTwoDigitConflict');
    expect(!r.ok && r.error.nl).toMatch(/31-12-23/);
    expect(!r.ok && r.error.nl).toMatch(/31-12-2024/);
  });

  it('still refuses a day that does not exist, and two different days', () => {
    expect(run(file('31-12-2024', '31-02-24'))).toMatchObject({ ok: false, error: { code: 'import.peildatumInvalid' } });
    expect(run(file(null, '31-12-24', '30-12-24'))).toMatchObject({ ok: false, error: { code: 'import.peildatumMixed' } });
  });
});

describe('the same in an Otherside report’s peildatum column', () => {
  const xpert = (title: string | null, ...dates: string[]) =>
    [...(title ? [title] : []), 'Werkgevercode;Naam werkgever;Peildatum;Aantal medewerkers;Aantal SMS', ...dates.map((d, i) => `W${i};Werkgever ${i};${d};${10 + i};${i}`)].join('\r\n') + '\r\n';
  const read = (text: string, fileName?: string) => importXpertReport({ text }, { label: fileName ?? 'rapport.csv', ...(fileName ? { fileName } : {}) });

  it('agrees with the title peildatum: January 2024', () => {
    const r = read(xpert('Peildatum: 31-01-2024', '31-01-24', '31-01-24'));
    expect(r.ok && [r.value.period, r.value.peildatum]).toEqual(['2024-01', '2024-01-31']);
    expect(codes(r.warnings)).toEqual([]);
  });

  it('agrees with the month in the file name', () => {
    const r = read(xpert(null, '29-02-24'), 'xpert-2024-02.csv');
    expect(r.ok && r.value.period).toBe('2024-02');
    expect(codes(r.warnings)).toEqual([]);
  });

  it('with nothing else: read as 20jj, with a warning', () => {
    const r = read(xpert(null, '31-03-24'));
    expect(r.ok && r.value.period).toBe('2024-03');
    expect(codes(r.warnings)).toContain('import.peildatumTwoDigitYear');
  });

  it('refuses a contradiction with the title peildatum', () => {
    expect(read(xpert('Peildatum: 31-01-2024', '31-01-23'))).toMatchObject({ ok: false, error: { code: 'import.peildatumConflict' } });
  });
});
