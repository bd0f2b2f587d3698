import { describe, expect, it } from 'vitest';
import { findMonthInFileName, findMonthInTitle, monthShort, monthsBetween, parseMonth, periodLabel, previousPeriod } from '../../src/domain/xpert/period';

describe('months', () => {
  it.each([
    ['2024-01', '2024-01'],
    ['2024/1', '2024-01'],
    ['01-2024', '2024-01'],
    ['1-2024', '2024-01'],
    ['202401', '2024-01'],
    ['januari 2024', '2024-01'],
    ['Januari 2024', '2024-01'],
    ['jan-24', '2024-01'],
    ['jan. 2024', '2024-01'],
    ['mrt-24', '2024-03'],
    ['March 2024', '2024-03'],
    ['mei 2024', '2024-05'],
    ['okt 2024', '2024-10'],
    ['31-01-2024', '2024-01'],
    ['2024-01-31', '2024-01'],
    ['01-01-2024 t/m 31-01-2024', '2024-01'],
    ['Periode: februari 2024', '2024-02'],
  ])('%s → %s', (text, period) => {
    expect(parseMonth(text)).toBe(period);
  });

  it.each(['', '13-2024', '2024-13', '01-24', 'januari', '01-01-2024 t/m 31-03-2024', '31-02-2024', 'Testa'])('%s is not a month', (text) => {
    expect(parseMonth(text)).toBeNull();
  });

  it('reads a title line, but not a print date', () => {
    expect(findMonthInTitle('Periode: januari 2024')).toBe('2024-01');
    expect(findMonthInTitle('Periode 01-01-2024 t/m 31-01-2024 (definitief)')).toBe('2024-01');
    expect(findMonthInTitle('Aantallen per werkgever maart 2024')).toBe('2024-03');
    expect(findMonthInTitle('Afgedrukt op 1 februari 2024')).toBeNull();
    expect(findMonthInTitle('Factuurspecificatie Otherside at Work')).toBeNull();
  });

  it('reads a file name, and gives up on two months', () => {
    expect(findMonthInFileName('xpert-2024-01.csv')).toBe('2024-01');
    expect(findMonthInFileName('C:\\downloads\\aantallen januari 2024.xlsx')).toBe('2024-01');
    expect(findMonthInFileName('sms_jan-24.csv')).toBe('2024-01');
    expect(findMonthInFileName('specificatie 31-03-2024.csv')).toBe('2024-03');
    expect(findMonthInFileName('rapport.csv')).toBeNull();
    expect(findMonthInFileName('2024-01 tot 2024-02.csv')).toBeNull();
    expect(findMonthInFileName('summary-2024.csv')).toBeNull();
  });

  it('steps back over a year end and lists gaps', () => {
    expect(previousPeriod('2024-01')).toBe('2023-12');
    expect(monthsBetween('2023-11', '2024-02')).toEqual(['2023-12', '2024-01']);
    expect(periodLabel('2024-03', 'nl')).toBe('maart 2024');
    expect(periodLabel('2024-03', 'en')).toBe('March 2024');
  });

  it('names every month as the language does (the catalogue against Intl), and reads back what it writes', () => {
    for (let m = 1; m <= 12; m++) {
      const p = `2025-${String(m).padStart(2, '0')}`;
      const at = new Date(Date.UTC(2025, m - 1, 15));
      const long = (locale: string) => new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(at);
      expect(periodLabel(p, 'nl')).toBe(`${long('nl-NL')} 2025`);
      expect(periodLabel(p, 'en')).toBe(`${long('en-GB')} 2025`);
      expect(monthShort(p, 'nl')).toBe(new Intl.DateTimeFormat('nl-NL', { month: 'short', timeZone: 'UTC' }).format(at).replace('.', ''));
      expect(long('en-GB').startsWith(monthShort(p, 'en'))).toBe(true);
      expect(parseMonth(periodLabel(p, 'nl'))).toBe(p);
      expect(parseMonth(periodLabel(p, 'en'))).toBe(p);
      expect(parseMonth(`${monthShort(p, 'nl')}-25`)).toBe(p);
    }
    expect(periodLabel('geen', 'nl')).toBe('geen');
  });
});
