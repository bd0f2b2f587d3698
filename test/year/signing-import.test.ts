import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { summariseSigning } from '../../src/domain/billing/advances';
import { importSigningExport, parsePeriod, periodInFileName } from '../../src/domain/imports/loket-signing';
import type { SigningExport } from '../../src/domain/imports/signing-types';
import type { Result } from '../../src/domain/problems';

const fixture = (name: string) => join(__dirname, 'fixtures', name);
const example = (name: string) => join(__dirname, '..', '..', 'examples', name);
const load = (path: string): Result<SigningExport> => {
  const name = path.split('/').pop()!;
  return importSigningExport({ bytes: readFileSync(path) }, { label: name, fileName: name });
};
const value = (r: Result<SigningExport>): SigningExport => {
  if (!r.ok) throw new Error(r.error.nl);
  return r.value;
};
const failure = (r: Result<unknown>) => {
  if (r.ok) throw new Error('expected a failure');
  return r.error;
};

describe('signing import: one employer on several rows (issue #11 item 4)', () => {
  it('adds up rows with different counts, as the invoice follows the column sum: 4 + 5 requests', () => {
    const r = load(fixture('employer-on-two-rows.csv'));
    expect(value(r).employers.map((e) => [e.number, e.requests, e.sourceRow])).toEqual([['000101', 9, 4]]);
    expect(r.warnings.filter((w) => w.code === 'import.employerRowsSummed').map((w) => w.params)).toEqual([{ number: '000101', rows: '4, 5' }]);
  });

  it('counts an exact repeat once, and checks the totals row against what is counted', () => {
    const text = 'Periode: Q1 2024\nWerkgeversnummer;Naam;Aantal ondertekenverzoeken;Aantal ondertekenaars\n000101;Café;4;2\n000102;Bakker;3;1\n000101;Café;4;2\nTotaal;;7;3\n';
    const r = importSigningExport({ text }, { label: 'q1.csv' });
    expect(value(r).employers.map((e) => [e.number, e.requests, e.signers])).toEqual([['000101', 4, 2], ['000102', 3, 1]]);
    expect(r.warnings.map((w) => w.code)).toEqual(['import.duplicateEmployer']);
  });

  it('keeps the same employer in two periods apart: that is history, not a repeat', () => {
    const text = 'Werkgeversnummer;Naam;Periode;Aantal ondertekenverzoeken\n000101;Café;Q1 2024;4\n000101;Café;Q2 2024;5\n';
    const r = importSigningExport({ text }, { label: 'h.csv' });
    expect(value(r).employers.map((e) => e.requests)).toEqual([4, 5]);
    expect(r.warnings).toEqual([]);
  });
});

describe('signing import: good files', () => {
  it('reads the sample export: title period, statuses, signers, totals as a checksum', () => {
    const r = load(example('loket-signing-2024-Q1.csv'));
    const e = value(r);
    expect(r.warnings).toEqual([]);
    expect(e.period).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(e.periodFrom).toBe('title');
    expect(e.headerRow).toBe(5);
    expect(e.employers).toHaveLength(8);
    expect(e.employers[0]).toMatchObject({ number: '000101', name: 'Café De Gouden Leeuw', requests: 4, signers: 4, sourceRow: 6 });
    expect(e.employers[2]!.name).toBe('Jansen; Zonen & Co');
    expect(e.employers[3]!.statuses).toEqual({ Ondertekend: 38, Openstaand: 2, Verlopen: 1 });
    expect(e.totals).toEqual({ sourceRow: 14, requests: 82, signers: 95 });
  });

  it('reads Windows-1252, thousands separators and a row of zeros', () => {
    const e = value(load(fixture('signing-q2-cp1252.csv')));
    expect(e.employers.map((x) => [x.name, x.requests])).toEqual([
      ['Café De Gouden Leeuw', 4],
      ['Bakkerij Müller', 1_204],
      ['Jansen; Zonen & Co', 0],
    ]);
    expect(e.employers[0]!.statuses).toEqual({ Ondertekend: 3, Afgewezen: 1, Verlopen: 0 });
  });

  it('reads a period per row from from/to columns, with commas and Excel’s ="000101"', () => {
    const e = value(load(fixture('signing-months-columns.csv')));
    expect(e.columns).toMatchObject({ employerNumber: 0, employerName: 1, periodFrom: 2, periodTo: 3, requests: 4 });
    expect(e.employers.map((x) => [x.number, x.period, x.requests])).toEqual([
      ['000101', { from: '2024-07-01', to: '2024-07-31' }, 3],
      ['000101', { from: '2024-08-01', to: '2024-08-31' }, 2],
      ['000102', { from: '2024-07-01', to: '2024-07-31' }, 7],
    ]);
    expect(e.periodFrom).toBe('column');
  });

  it('reads a selection from Excel (a grid), naming the sheet’s own rows', () => {
    const grid = [
      ['Werkgeversnummer', 'Naam', 'Periode', 'Ondertekenverzoeken'],
      ['000101', 'Café', 'Q3 2024', '4'],
      ['000102', 'Bakkerij', 'Q3 2024', 'x'],
    ];
    const err = failure(importSigningExport({ grid }, { label: 'selectie Blad1!C10:F12', gridOrigin: { row: 10, column: 2 } }));
    expect(err.location).toEqual({ file: 'selectie Blad1!C10:F12', row: 12, column: 'F (Ondertekenverzoeken)' });
  });

  it('takes the period from the file name, and the user’s choice over both', () => {
    const text = 'Werkgeversnummer;Naam;Aantal ondertekenverzoeken\n000101;Café;4\n';
    const named = value(importSigningExport({ text }, { label: 'x', fileName: 'ondertekenverzoeken-2024-Q3.csv' }));
    expect(named).toMatchObject({ period: { from: '2024-07-01', to: '2024-09-30' }, periodFrom: 'filename' });
    const user = importSigningExport({ text }, { label: 'x', fileName: 'ondertekenverzoeken-2024-Q3.csv' }, { period: { from: '2024-10-01', to: '2024-12-31' } });
    expect(value(user)).toMatchObject({ period: { from: '2024-10-01', to: '2024-12-31' }, periodFrom: 'user' });
    expect(user.warnings.map((w) => w.code)).toEqual(['signing.periodOverridden']);
  });

  it('reads a pasted block with tabs', () => {
    const text = 'Werkgever\tNaam\tPeriode\tAantal\n000101\tCafé\t1e kwartaal 2024\t4\n';
    expect(value(importSigningExport({ text }, { label: 'geplakte tekst' })).employers[0]).toMatchObject({ period: { from: '2024-01-01', to: '2024-03-31' }, requests: 4 });
  });

  it('lets the user choose the columns', () => {
    const text = 'Nr;Naam;Iets;Nog iets\n000101;Café;7;4\n';
    const e = value(importSigningExport({ text }, { label: 'x', fileName: 'Q1-2024.csv' }, { columns: { requests: 3 } }));
    expect(e.employers[0]!.requests).toBe(4);
    expect(e.columnsFoundBy.requests).toBe('user');
  });

  it.each([
    ['01-01-2024 t/m 31-03-2024', { from: '2024-01-01', to: '2024-03-31' }],
    ['1-4-2024 - 30-6-2024', { from: '2024-04-01', to: '2024-06-30' }],
    ['2024-Q3', { from: '2024-07-01', to: '2024-09-30' }],
    ['Q4 2024', { from: '2024-10-01', to: '2024-12-31' }],
    ['kwartaal 2 2024', { from: '2024-04-01', to: '2024-06-30' }],
    ['februari 2024', { from: '2024-02-01', to: '2024-02-29' }],
    ['2023-02', { from: '2023-02-01', to: '2023-02-28' }],
    ['31-03-2024 t/m 01-01-2024', null],
    ['Q5 2024', null],
    ['gisteren', null],
  ])('period %s', (text, expected) => {
    expect(parsePeriod(text)).toEqual(expected);
  });

  it('finds a quarter or a date range in a file name, never a single date', () => {
    expect(periodInFileName('loket-signing-2024-Q1.csv')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(periodInFileName('verzoeken 01-04-2024 30-06-2024.csv')).toEqual({ from: '2024-04-01', to: '2024-06-30' });
    expect(periodInFileName('uitdraai-31-12-2024.csv')).toBeNull();
  });
});

describe('signing import: bad files name file, row and column', () => {
  it.each([
    ['a Loket dossier export', example('loket-dossiers-31-12-2024.csv'), 'signing.otherReport', /Dossiervorming Qwoater per werkgever/],
    ['an Xpert Suite report', example('xpert-2024-01.csv'), 'signing.otherReport', /Xpert Suite/],
    ['a PDF', fixture('signing-q1.pdf'), 'import.pdf', /PDF/],
    ['no requests column', fixture('bad-no-requests.csv'), 'signing.noRequestsColumn', /'Status'/],
  ])('%s', (_what, path, code, text) => {
    const err = failure(load(path));
    expect(err.code).toBe(code);
    expect(err.nl).toMatch(text);
    expect(err.location?.file).toBe(path.split('/').pop());
  });

  it('a count with decimals', () => {
    const err = failure(load(fixture('bad-decimal-count.csv')));
    expect(err).toMatchObject({ code: 'signing.badCount', location: { file: 'bad-decimal-count.csv', row: 5, column: 'C (Aantal ondertekenverzoeken)' } });
    expect(err.nl).toBe("bad-decimal-count.csv, rij 5, kolom C (Aantal ondertekenverzoeken): '12,5' is geen geldig aantal: een aantal is een heel getal.");
  });

  it('an impossible period', () => {
    const err = failure(load(fixture('bad-period.csv')));
    expect(err).toMatchObject({ code: 'signing.periodInvalid', location: { row: 3, column: 'C (Periode)' } });
  });


  it('employers after the totals row', () => {
    expect(failure(load(fixture('bad-after-totals.csv')))).toMatchObject({ code: 'import.rowsAfterTotals', location: { row: 6 } });
  });

  it('a quote that never closes', () => {
    const err = failure(importSigningExport({ text: 'Werkgever;Naam;Verzoeken\n000101;"Café;4\n' }, { label: 'kapot.csv' }));
    expect(err).toMatchObject({ code: 'import.unterminatedQuote', location: { file: 'kapot.csv', row: 2 } });
  });

  it('a totals row that disagrees is a warning with its place', () => {
    const r = importSigningExport({ text: 'Werkgever;Naam;Verzoeken\n000101;Café;4\n000102;Bakker;3\nTotaal;;9\n' }, { label: 't.csv', fileName: 'Q1 2024.csv' });
    expect(r.warnings.map((w) => [w.code, w.location?.row, w.location?.column])).toEqual([['signing.totalsMismatch', 4, 'C (Verzoeken)']]);
  });
});

describe('signing import: rows that do not line up with the header', () => {
  const HEADER = 'Werkgeversnummer;Naam;Aantal ondertekenverzoeken;Aantal ondertekenaars';
  const imp = (...lines: string[]) => importSigningExport({ text: lines.join('\r\n') }, { label: 's.csv', fileName: 'Q1 2024.csv' });

  it('refuses a row cut off before its counts, instead of counting it as 0', () => {
    expect(failure(imp(HEADER, '000101;Café;4;4', '000102;Bakk'))).toMatchObject({
      code: 'import.rowTooShort',
      location: { file: 's.csv', row: 3, column: 'C (Aantal ondertekenverzoeken)' },
    });
  });

  it('refuses a line in another separator, instead of skipping the employer', () => {
    expect(failure(imp(HEADER, '000101;Café;4;4', '000102,Bakkerij,6,7'))).toMatchObject({ code: 'import.rowTooShort', location: { row: 3 } });
  });

  it('refuses a row with a cell too many', () => {
    expect(failure(imp(HEADER, '000101;Café;4;4;4'))).toMatchObject({ code: 'import.rowTooLong', location: { row: 2, column: 'E' } });
  });

  it('refuses a name no Excel cell can hold', () => {
    expect(failure(imp(HEADER, `000101;${'x'.repeat(40_000)};4;4`))).toMatchObject({ code: 'import.cellTooLong', location: { row: 2, column: 'B (Naam)' } });
  });

  it('skips a note between the employers, with a warning', () => {
    const r = imp(HEADER, '000101;Café;4;4', 'Let op: voorlopige cijfers', '000102;Bakker;3;3');
    expect(value(r).employers).toHaveLength(2);
    expect(r.warnings.map((w) => [w.code, w.location?.row])).toEqual([['import.skippedRow', 3]]);
  });

  it('refuses an impossible date in the title’s period, at its row', () => {
    const r = importSigningExport({ text: ['Ondertekenverzoeken per werkgever', 'Periode: 01-01-2024 t/m 31-02-2024', HEADER, '000101;Café;4;4'].join('\n') }, { label: 't.csv' });
    expect(failure(r)).toMatchObject({ code: 'signing.periodInvalid', params: { value: '01-01-2024 t/m 31-02-2024' }, location: { file: 't.csv', row: 2, column: 'A' } });
  });

  it('turns an unexpected exception into an error value', () => {
    const r = importSigningExport({ grid: [null] as unknown as string[][] }, { label: 'selectie' });
    expect(failure(r)).toMatchObject({ code: 'import.unexpected', location: { file: 'selectie' } });
  });
});

describe('signing per quarter', () => {
  const q1 = value(load(example('loket-signing-2024-Q1.csv')));
  const q2 = value(load(example('loket-signing-2024-Q2.csv')));

  it('adds reports up per employer and quarter', () => {
    const s = summariseSigning([q1, q2], 2024, 'requests');
    if (!s.ok) throw new Error(s.error.nl);
    expect(s.value.perQuarter).toEqual([82, 56, 0, 0]);
    expect(s.value.employers.find((e) => e.number === '000115')).toMatchObject({ quarters: [41, 37, 0, 0], total: 78 });
    expect(s.value.employers.find((e) => e.number === '000999')).toMatchObject({ quarters: [0, 3, 0, 0] });
  });

  it('months in one quarter add up; signers as the unit', () => {
    const months = value(load(fixture('signing-months-columns.csv')));
    const s = summariseSigning([months], 2024, 'requests');
    expect(s.ok && s.value.employers.map((e) => [e.number, e.quarters])).toEqual([
      ['000101', [0, 0, 5, 0]],
      ['000102', [0, 0, 7, 0]],
    ]);
    const signers = summariseSigning([q1], 2024, 'signers');
    expect(signers.ok && signers.value.perQuarter).toEqual([95, 0, 0, 0]);
    expect(failure(summariseSigning([months], 2024, 'signers'))).toMatchObject({ code: 'signing.noSignersColumn' });
  });

  it('refuses a period across quarters, at its row', () => {
    const half = value(load(fixture('half-year.csv')));
    expect(failure(summariseSigning([half], 2024, 'requests'))).toMatchObject({ code: 'signing.periodSpansQuarters', location: { file: 'half-year.csv', row: 4 } });
  });

  it('refuses the same report twice (overlapping periods)', () => {
    expect(failure(summariseSigning([q1, q1], 2024, 'requests'))).toMatchObject({ code: 'signing.overlap' });
  });

  it('a report without a period imports with a warning and cannot be summed', () => {
    const r = load(fixture('no-period.csv'));
    expect(value(r).period).toBeNull();
    expect(r.warnings.map((w) => w.code)).toEqual(['signing.periodUnknown']);
    expect(failure(summariseSigning([value(r)], 2024, 'requests'))).toMatchObject({ code: 'signing.periodUnknown', location: { file: 'no-period.csv', row: 2 } });
  });

  it('leaves out other years, with a warning', () => {
    const s = summariseSigning([q1], 2025, 'requests');
    expect(s.ok && s.value.total).toBe(0);
    expect(s.warnings.map((w) => w.code)).toEqual(['signing.outsideYear']);
  });
});
