import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDateInFileName, findPeildatumInTitle, formatDutchDate, isValidYmd, parseDate, readPeildatumInTitle } from '../../src/domain/imports/dates';

describe('parseDate', () => {
  it.each([
    ['31-12-2024', '2024-12-31'],
    ['1-10-2024', '2024-10-01'],
    ['01-10-2024', '2024-10-01'],
    ['2024-12-31', '2024-12-31'],
    ['2024-1-5', '2024-01-05'],
    ['31/12/2024', '2024-12-31'],
    ['31.12.2024', '2024-12-31'],
    ['2024/12/31', '2024-12-31'],
    [' 31-12-2024 ', '2024-12-31'],
    ['31-12-2024 00:00', '2024-12-31'],
    ['31-12-2024 00:00:00', '2024-12-31'],
    ['2024-12-31T00:00:00', '2024-12-31'],
    ['29-02-2024', '2024-02-29'],
  ])('%s → %s', (text, iso) => expect(parseDate(text)).toBe(iso));

  it.each([
    '31-02-2024', // no such day
    '29-02-2023', // not a leap year
    '29-02-1900', // 1900 was not a leap year
    '00-01-2024',
    '2024-13-01',
    '12/31/2024', // month first: a US date, never guessed
    '31-12-24', // two-digit year
    '31-12/2024', // mixed separators
    '20241231', // only in file names
    '31 december 2024', // only in title lines
    'Peildatum 31-12-2024',
    '',
    '1234',
  ])('refuses %j', (text) => expect(parseDate(text)).toBeNull());

  it('validates every day of the calendar (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true }), (d) => {
        const y = d.getUTCFullYear();
        const m = d.getUTCMonth() + 1;
        const day = d.getUTCDate();
        const iso = `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        expect(parseDate(`${day}-${m}-${y}`)).toBe(iso);
        expect(parseDate(formatDutchDate(iso))).toBe(iso);
        expect(parseDate(iso)).toBe(iso);
        expect(findDateInFileName(`dossiers_${formatDutchDate(iso)}.csv`)).toBe(y >= 1990 && y <= 2100 ? iso : null);
      }),
    );
  });

  it('knows the month lengths', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => [28, 29, 30, 31].filter((d) => isValidYmd(2024, m, d)).pop())).toEqual([
      31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
  });
});

describe('findPeildatumInTitle', () => {
  it.each([
    ['Peildatum: 31-12-2023', '2023-12-31'],
    ['Peildatum 1-10-2024', '2024-10-01'],
    ['peildatum: 2024-12-31', '2024-12-31'],
    ['Dossiervorming per werkgever, peildatum 31/12/2024', '2024-12-31'],
    ['Peildatum: 1 oktober 2024', '2024-10-01'],
    ['Peildatum: 31 dec. 2024', '2024-12-31'],
    ['Peil-datum 31.12.2024', '2024-12-31'],
  ])('%s → %s', (line, iso) => expect(findPeildatumInTitle(line)).toBe(iso));

  it.each([
    'Afgedrukt op 15-01-2025', // the day the report was printed is not the peildatum
    'Dossiervorming Qwoater per werkgever',
    'Peildatum: 31-02-2024',
    'Peildatum:',
  ])('finds nothing in %j', (line) => expect(findPeildatumInTitle(line)).toBeNull());
});

describe('readPeildatumInTitle', () => {
  it('tells a real peildatum, an impossible one, and none apart', () => {
    expect(readPeildatumInTitle('Peildatum: 31-12-2024')).toEqual({ iso: '2024-12-31' });
    expect(readPeildatumInTitle('Peildatum: 31-02-2024')).toEqual({ invalid: '31-02-2024' });
    expect(readPeildatumInTitle('Peildatum: 31 februari 2024')).toEqual({ invalid: '31 februari 2024' });
    expect(readPeildatumInTitle('Peildatum: onbekend')).toBeNull();
    expect(readPeildatumInTitle('Afgedrukt op 31-02-2024')).toBeNull();
  });
});

describe('findDateInFileName', () => {
  it.each([
    ['dossiers_31-12-2024.csv', '2024-12-31'],
    ['loket-dossiers-01-10-2024.csv', '2024-10-01'],
    ['20241231.csv', '2024-12-31'],
    ['export_20241231_v2.csv', '2024-12-31'],
    ['31122024.csv', '2024-12-31'],
    ['peildatum 2024-12-31.csv', '2024-12-31'],
    ['Dossiers 31.12.2024.csv', '2024-12-31'],
    ['C:\\Users\\piet\\Downloads\\dossiers 2024_12_31.csv', '2024-12-31'],
    ['/home/piet/31-12-2023 (1)/dossiers-31-12-2024.csv', '2024-12-31'],
  ])('%s → %s', (name, iso) => expect(findDateInFileName(name)).toBe(iso));

  it.each([
    'export-2024.csv', // a year is not a date
    'dossiers-2024-12.csv',
    'export-1234567.csv',
    '12345678.csv', // not a date either way round
    'vergelijk 31-12-2023 met 31-12-2024.csv', // two dates: we cannot tell which
    'dossiers-31-02-2024.csv',
    'rapport.csv',
  ])('finds nothing in %j', (name) => expect(findDateInFileName(name)).toBeNull());
});
