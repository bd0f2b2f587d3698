import { describe, expect, it } from 'vitest';
import { importsNl } from '../../src/domain/messages/imports.nl';
import { importsEn } from '../../src/domain/messages/imports.en';
import { pairs } from '../support/texts';

const importMessages = pairs(importsNl, importsEn);

/** Every parameter any import message reads, with a sample value. */
const PARAMS = {
  value: '1,5', line: 12, count: 3, firstRow: 7, row: 9, report: 'signing', headers: "'Nr', 'Naam'", field: 'employeeDossiers',
  column: 'F (Aantal)', width: 6, first: 'employeeDossiers', second: 'inactiveDossiers', chosen: 'D (A)', other: 'E (B)',
  inactive: 12, total: 10, number: '000123', file: 31, computed: 30, totalsRow: 40, text: 'Afgedrukt op', title: '31-12-2024',
  fileDate: '31-12-2023', found: '31-12-2024', user: '01-10-2024', reason: 'x is undefined', cells: 2, length: 40000, max: 32767, utf8Line: 6, cp1252Line: 8,
  rows: '6, 9', read: '31-12-2024',
};

describe('import messages', () => {
  it.each(Object.keys(importMessages))('%s has a Dutch and an English text that use their parameters', (code) => {
    const entry = importMessages[code as keyof typeof importMessages];
    const nl = entry.nl(PARAMS);
    const en = entry.en(PARAMS);
    for (const t of [nl, en].map((x) => x.replace(PARAMS.reason, ''))) {
      expect(t.length).toBeGreaterThan(10);
      expect(t).not.toMatch(/undefined|\bnull\b|\?\)|'\?'|\s\?\s/);
    }
    expect(nl).not.toBe(en);
  });

  it('names fields and reports in the reader’s language', () => {
    expect(importMessages['import.columnByLetter'].nl(PARAMS)).toContain('werknemersdossiers (kolom F)');
    expect(importMessages['import.columnByLetter'].en(PARAMS)).toContain('employee dossiers (column F)');
    expect(importMessages['import.otherReport'].nl({ report: 'xpert' })).toContain('Otherside at Work');
  });
});
