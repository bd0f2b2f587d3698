/**
 * The billing and year catalogues, like the import and Otherside ones: every message has a
 * Dutch and an English text that use their parameters, and amounts given as cents are
 * shown as euros in the reader's own notation.
 */
import { describe, expect, it } from 'vitest';
import { billingNl } from '../../src/domain/messages/billing.nl';
import { billingEn } from '../../src/domain/messages/billing.en';
import { yearNl } from '../../src/domain/messages/year.nl';
import { yearEn } from '../../src/domain/messages/year.en';
import { pairs } from '../support/texts';

const billingMessages = pairs(billingNl, billingEn);
const yearMessages = pairs(yearNl, yearEn);

/** Every parameter these messages read, with a sample value. */
const PARAMS = {
  a: '0123', b: '123', active: -135, agreed: '01-10-2024', amount: '100000000010', amounts: '€ 1,00, € 2,00', billable: 0, chosen: '€ 1,00', column: 'C (Periode)',
  computed: 30, count: 2, current: '31-12-2024', currentFile: 'export-2024.csv', date: '31-12-2024', dateYear: 2024, days: 400, example: '000101 Café',
  expected: '31-12-2022', field: 'requests', file: 'export-2024.csv', fileName: 'Q1 2024', first: 'requests', found: 'Q2 2024', headers: "'Nr', 'Naam'",
  inactive: 155, invoice: 'Q1 2024', kind: 'signing', limit: '100000000000', line: 3, minimum: 63_600, number: '000101', other: 'Q3 2024', period: 'Q4 2023',
  previous: '31-12-2023', previousFile: 'export-2023.csv', reason: 'import.count.decimal', report: 'dossiers', rows: '4, 6', second: 'signers', text: 'x',
  tier: 2, issue: 'too_small', topUp: '€ 616,30', total: 20, user: 'Q1 2024', value: '12,5', what: 'year', width: 3, year: 2023, invoiced: '€ 21,00', difference: '€ 1,00', over: 1, cause: 'linkedSystems',
};

describe.each([
  ['billing', billingMessages],
  ['year', yearMessages],
])('%s messages', (_name, catalogue) => {
  it.each(Object.keys(catalogue))('%s has a Dutch and an English text that use their parameters', (code) => {
    const entry = catalogue[code as keyof typeof catalogue] as { nl: (p: typeof PARAMS) => string; en: (p: typeof PARAMS) => string };
    const nl = entry.nl(PARAMS);
    const en = entry.en(PARAMS);
    for (const t of [nl, en]) {
      expect(t.length).toBeGreaterThan(10);
      expect(t).not.toMatch(/undefined|\bnull\b|NaN|'\?'|\s\?\s|\?\)/);
    }
    expect(nl).not.toBe(en);
  });
});

describe('amounts beyond the range', () => {
  it('are shown in euros in each language, from cents that pass 2^53', () => {
    const x = { what: 'year', amount: '1000000000000000001', limit: '100000000000' };
    expect(billingMessages['billing.beyondRange'].nl(x)).toBe(
      'Het jaarbedrag excl. btw komt uit op € 10.000.000.000.000.000,01. Factuurcheck rekent tot op de cent tot € 1.000.000.000,00 excl. btw, en niet daarboven. Klopt de prijs, en staan er geen bedragen in een kolom met aantallen?',
    );
    expect(billingMessages['billing.beyondRange'].en(x)).toContain('€10,000,000,000,000,000.01');
  });
});
