import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/domain/messages';
import { xpertNl } from '../../src/domain/messages/xpert.nl';
import { xpertEn } from '../../src/domain/messages/xpert.en';
import { pairs } from '../support/texts';

const xpertMessages = pairs(xpertNl, xpertEn);

/** Every parameter any xpert message reads, with a sample value. */
const PARAMS = {
  headers: "'Werkgevercode', 'Naam'", field: 'employees', column: 'C (Werknemers)', width: 4, first: 'employees', second: 'sms',
  chosen: 'C (A)', other: 'D (B)', value: '5,5', reason: 'import.count.decimal', text: 'x | y', code: '001001', firstRow: 7,
  file: 12, computed: 11, totalsRow: 20, title: 'januari 2024', fileMonth: 'januari 2024', found: 'februari 2024', user: 'maart 2024',
  month: 'januari 2024', sheet: 'Specificatie', rows: 300000, max: 200000, version: 7, detail: 'employers.0', count: 2,
  names: 'Testwerkgever', old: 'A', new: 'B', reported: '€ 1,00', used: '€ 1,25', name: 'Bakkerij Jansen', codes: 'W001|W017', months: '2024-01|2024-02',
};

describe('Otherside messages', () => {
  it.each(Object.keys(xpertMessages))('%s has a Dutch and an English text that use their parameters', (code) => {
    const entry = xpertMessages[code as keyof typeof xpertMessages];
    const nl = entry.nl(PARAMS);
    const en = entry.en(PARAMS);
    for (const t of [nl, en]) {
      expect(t.length).toBeGreaterThan(10);
      expect(t).not.toMatch(/undefined|\bnull\b|'\?'|\s\?\s/);
    }
    expect(nl).not.toBe(en);
  });

  it('are in the merged catalogue', () => {
    for (const code of Object.keys(xpertMessages)) expect(catalogues.en).toHaveProperty([code]);
  });
});
