/**
 * The CLI's summary lines count in the reader's language: one employer is 'werkgever', never
 * 'werkgevers' or 'werkgever(s)', and English counts read 1,985 where Dutch reads 1.985.
 * Expected sentences are written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { say } from '../../src/cli/summary';

describe('CLI summary words', () => {
  it('names one employer in the singular and more in the plural, in both languages', () => {
    expect(say('nl', 'summary.rebill.title', { year: 2024, employers: 1 })).toBe('Doorbelasting Qwoater 2024: 1 werkgever');
    expect(say('nl', 'summary.rebill.title', { year: 2024, employers: 1985 })).toBe('Doorbelasting Qwoater 2024: 1.985 werkgevers');
    expect(say('en', 'summary.rebill.title', { year: 2024, employers: 1 })).toBe('Qwoater re-billing 2024: 1 employer');
    expect(say('en', 'summary.rebill.title', { year: 2024, employers: 1985 })).toBe('Qwoater re-billing 2024: 1,985 employers');
  });

  it('counts invoice lines in the reader’s notation', () => {
    expect(say('nl', 'summary.rebill.invoiceLines', { lines: 1200, toCheck: 3 })).toBe('Factuurregels: 1.200, te controleren: 3');
    expect(say('en', 'summary.rebill.invoiceLines', { lines: 1200, toCheck: 3 })).toBe('Invoice lines: 1,200, to check: 3');
  });

  it('keeps the Otherside period columns aligned whether a count is one or more', () => {
    const line = (employers: number, lang: 'nl' | 'en') =>
      say(lang, 'summary.xpert.period', { period: 'januari 2024', employers, employees: 1, sms: 0, amount: '€ 1,00' });
    for (const lang of ['nl', 'en'] as const) {
      expect(line(1, lang)).toHaveLength(line(2, lang).length);
    }
    expect(line(1, 'nl')).toContain(' 1 werkgever  ');
    expect(line(2, 'nl')).toContain(' 2 werkgevers  ');
    expect(line(1, 'en')).toContain(' 1 employee  ');
  });
});
