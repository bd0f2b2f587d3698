import { describe, expect, it } from 'vitest';
import { previewRows } from '../../src/domain/imports/preview';
import { importXpertReport, xpertHeaderScore } from '../../src/domain/imports/xpert-suite';
import { choiceLabel, columnChoices } from '../../src/taskpane/imports/column-roles';

describe('the first rows of a file whose columns were not found', () => {
  it('keeps the non-blank rows from the top, trimmed, as the importers read them (any separator, any encoding)', () => {
    const text = 'Overzicht\n\n Werkgever ;Naam;Aantal;Uit dienst\n000101;Café A;1.204;3\n000102;B;4;1\n';
    expect(previewRows({ text }, { label: 'x.csv' })).toEqual([['Overzicht'], ['Werkgever', 'Naam', 'Aantal', 'Uit dienst'], ['000101', 'Café A', '1.204', '3'], ['000102', 'B', '4', '1']]);
    const latin1 = new Uint8Array([...'Naam,Aantal\nCaf'].map((c) => c.charCodeAt(0)).concat([0xe9, 0x2c, 0x31, 0x0a]));
    expect(previewRows({ bytes: latin1 }, { label: 'x.csv' })).toEqual([['Naam', 'Aantal'], ['Café', '1']]);
    expect(previewRows({ text: 'a;b\n'.repeat(50) }, { label: 'x' }, 3)).toHaveLength(3);
  });

  it("splits as the importer does, by the report's header where the data lines are written otherwise", () => {
    const text = 'Werkgever,Naam,Aantal SMS\n000101\tA\t12\n000102\tB\t4\n';
    const source = { label: 'x.csv' };
    const imported = importXpertReport({ text }, source);
    expect(imported.ok).toBe(false);
    // The importer took ',' (its header reads under it) and refused the TAB lines; the preview shows the same split.
    expect(previewRows({ text }, source, 12, xpertHeaderScore)[0]).toEqual(['Werkgever', 'Naam', 'Aantal SMS']);
    expect(previewRows({ text }, source)[0]).toEqual(['Werkgever,Naam,Aantal SMS']);
  });

  it('offers each column with its letter, the text above its figures and one of its figures', () => {
    const rows = previewRows({ text: 'Overzicht\nWerkgever;Naam;Aantal;Uit dienst\n000101;A;12;3\n000102;B;4;1\n' }, { label: 'x.csv' });
    const choices = columnChoices([], rows);
    expect(choices.map(choiceLabel)).toEqual(['A · Werkgever', 'B · Naam', 'C · Aantal', 'D · Uit dienst']);
    expect(choices.map((c) => c.sample)).toEqual(['000101', 'A', '12', '3']);
    // A column with no header is told by its values.
    expect(columnChoices([], [['1', '2', ''], ['3', '4', '5']]).map(choiceLabel)).toEqual(['A · 1', 'B · 2', 'C · 5']);
    // The importer's own header wins.
    expect(columnChoices(['Nr', 'F'], rows).map(choiceLabel).slice(0, 2)).toEqual(['A · Nr', 'B · F']);
  });
});
