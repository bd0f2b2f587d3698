/** The totals row: a checksum with a label or with sums that add up, never an employer. */
import { describe, expect, it } from 'vitest';
import { Locator } from '../../src/domain/imports/cells';
import { isTotalsLabel, saysTotals, TotalsCheck } from '../../src/domain/imports/totals-row';
import type { Problem } from '../../src/domain/problems';

describe('totals labels', () => {
  it.each(['Totaal', 'Totalen', 'Eindtotaal:', 'Subtotaal', 'Grand total', 'TOTALS'])('%s is a label', (s) => {
    expect(isTotalsLabel(s)).toBe(true);
  });
  it.each(['Totaalbouw B.V.', '000123', 'Tegelzetter', ''])('%s is not', (s) => {
    expect(isTotalsLabel(s)).toBe(false);
  });

  it('looks at the number, else a name that is only the word, else the first text', () => {
    expect(saysTotals(['Totaal', '', '5'], 'Totaal', '')).toBe(true);
    expect(saysTotals(['', 'Totaal Techniek B.V.', '5'], '', 'Totaal Techniek B.V.')).toBe(false);
    expect(saysTotals(['', 'Totaal:', '5'], '', 'Totaal:')).toBe(true);
    expect(saysTotals(['', '', 'Totaal', '5'], '', '')).toBe(true);
    expect(saysTotals(['000104', 'Totaal', '5'], '000104', 'Totaal')).toBe(false);
  });
});

describe('TotalsCheck', () => {
  const sums = { employees: 10, sms: 2 };
  const make = () => {
    const warnings: Problem[] = [];
    const loc = new Locator('t.csv');
    loc.headers = ['Nr', 'Naam', 'Aantal', 'SMS'];
    const check = new TotalsCheck([{ field: 'employees', column: 2 }, { field: 'sms', column: 3 }], loc, 'xpert.totalsMismatch', warnings);
    return { check, warnings };
  };

  it('takes an unlabelled row only when it adds up', () => {
    const { check } = make();
    expect(check.read(['', '', '11', '2'], 9, false, sums)).toBe(false);
    expect(check.totals).toBeNull();
    expect(check.read(['', '', '10', ''], 9, false, sums)).toBe(true);
    expect(check.totals).toEqual({ sourceRow: 9, employees: 10 });
  });

  it('warns where a labelled row disagrees, and where it holds no count', () => {
    const { check, warnings } = make();
    expect(check.read(['Totaal', '', '11', 'x'], 9, true, sums)).toBe(true);
    expect(warnings.map((w) => [w.code, w.location])).toEqual([
      ['import.totalsUnreadable', { file: 't.csv', row: 9, column: 'D (SMS)' }],
      ['xpert.totalsMismatch', { file: 't.csv', row: 9, column: 'C (Aantal)' }],
    ]);
  });
});
