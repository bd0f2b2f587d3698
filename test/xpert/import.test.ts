/** The Xpert Suite importer: headers by synonym, totals rows, the month, and precise errors. */
import { describe, expect, it } from 'vitest';
import { classifyXpertHeader, importXpertReport } from '../../src/domain/imports/xpert-suite';
import type { XpertImportOptions } from '../../src/domain/imports/xpert-types';
import { csv } from './support';

const imp = (text: string, fileName = 'rapport.csv', options: XpertImportOptions = {}) =>
  importXpertReport({ text }, { label: fileName, fileName }, options);
const value = <T>(r: { ok: true; value: T } | { ok: false; error: { en: string } }): T => {
  if (!r.ok) throw new Error(r.error.en);
  return r.value;
};

describe('a stray quote', () => {
  it('that made two cells one on its own line is refused at the cell where it opened, not read shifted', () => {
    // Found by fuzzing: the employees of the row were read from its SMS column, and its SMS as 0.
    const text = ['Werkgevercode;Naam werkgever;Aantal medewerkers;Aantal SMS;Opmerking', '"437110";A;39;"0";', '"256168;"Bakkerij Noord";71;"7";', '"011160";C;5;"9";'].join('\r\n');
    const r = imp(text, 'rapport-2024-03.csv');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'import.quoteSwallowsSeparator', location: { row: 3, column: 'A (Werkgevercode)' } });
  });
});

describe('header synonyms', () => {
  it.each([
    ['Werkgevercode', 'employerCode'],
    ['Werkgeversnummer', 'employerCode'],
    ['Debiteurnummer', 'debtor'],
    ['Werkgever', 'numberOrName'],
    ['Naam', 'employerName'],
    ['Naam werkgever', 'employerName'],
    ['Peildatum', 'peildatum'],
    ['Periode', 'period'],
    ['Aantal medewerkers', 'employees'],
    ['Werknemers', 'employees'],
    ['Aantal werknemers', 'employees'],
    ['SMS', 'sms'],
    ['Aantal SMS', 'sms'],
    ['SMS-aantallen', 'sms'],
    ['Tarief', 'rate'],
    ['SMS-tarief', 'smsRate'],
    ['Bedrag', 'amount'],
    ['Bedrag SMS', 'smsAmount'],
    ['Aantalwerknemersdossier', 'loket'],
    ['Werkgeversdossier', 'loket'],
    ['Onbekend', null],
  ])('%s → %s', (header, role) => {
    expect(classifyXpertHeader(header)).toBe(role);
  });
});

describe('reading a report', () => {
  it('finds the header under title lines, keeps leading zeros, reads 1.238 and checks the totals row', () => {
    const r = value(
      imp(
        csv(
          'Factuurspecificatie Otherside at Work',
          'Periode: januari 2024',
          '',
          'Werkgevercode;Naam;Aantal medewerkers;Aantal SMS',
          '000123;Alfa B.V.;1.238;10',
          '000124;Beta;2;0',
          'Totaal;;1.240;10',
        ),
      ),
    );
    expect(r.period).toBe('2024-01');
    expect(r.periodFrom).toBe('title');
    expect(r.headerRow).toBe(4);
    expect(r.employers.map((e) => [e.code, e.name, e.employees, e.sms, e.sourceRow])).toEqual([
      ['000123', 'Alfa B.V.', 1238, 10, 5],
      ['000124', 'Beta', 2, 0, 6],
    ]);
    expect(r.totals).toEqual({ sourceRow: 7, employees: 1240, sms: 10 });
  });

  it('warns, but uses the rows, when the totals row does not add up', () => {
    const r = imp(csv('Werkgevercode;Naam;Werknemers;SMS', '1;A;5;1', '2;B;5;1', 'Totaal;;11;2'), 'x-2024-05.csv');
    expect(r.ok).toBe(true);
    const w = r.warnings.find((x) => x.code === 'xpert.totalsMismatch')!;
    expect(w.location).toEqual({ file: 'x-2024-05.csv', row: 4, column: 'C (Werknemers)' });
    expect(w.nl).toContain('11');
    expect(w.nl).toContain('10');
  });

  it('takes an unlabelled row that adds up as the totals row, never as an employer', () => {
    const r = value(imp(csv('Werkgevercode;Naam;Werknemers;SMS', '1;A;5;1', '2;B;5;1', ';;10;2'), 'x-2024-05.csv'));
    expect(r.employers).toHaveLength(2);
    expect(r.totals?.sourceRow).toBe(4);
  });

  it('takes Totaal Techniek B.V. for an employer, not for the totals row', () => {
    const r = value(imp(csv('Werkgevercode;Naam;Werknemers;SMS', '1;Totaal Techniek B.V.;5;1', '2;B;5;1', 'Totaal;;10;2'), 'x-2024-05.csv'));
    expect(r.employers.map((e) => e.name)).toEqual(['Totaal Techniek B.V.', 'B']);
    const names = value(imp(csv('Naam;Werknemers;SMS', 'Totaal Techniek;5;1', 'Totaal:;5;1'), 'x-2024-05.csv'));
    expect([names.employers.length, names.totals?.sourceRow]).toEqual([1, 3]);
  });

  it("'Werkgever' alone is the code beside a name column, and the name when it holds names", () => {
    const a = value(imp(csv('Werkgever;Naam;Werknemers;SMS', '0042;A;5;1'), 'x-2024-05.csv'));
    expect(a.columns.employerCode).toBe(0);
    const b = imp(csv('Werkgever;Werknemers;SMS', 'Bakkerij A;5;1'), 'x-2024-05.csv');
    expect(b.ok && b.value.columns).toMatchObject({ employerCode: null, employerName: 0 });
    expect(b.ok && b.value.employers[0]!.code).toBe('Bakkerij A');
    expect(b.warnings.map((w) => w.code)).toContain('xpert.nameAsCode');
  });

  it('prefers the werkgevercode over a debiteurnummer, and never takes an SMS rate for SMS', () => {
    const r = value(imp(csv('Debiteurnummer;Werkgevercode;Naam;SMS-tarief;SMS;Medewerkers', 'D1;7;A;0,09;4;3'), 'x-2024-05.csv'));
    expect(r.columns).toMatchObject({ employerCode: 1, sms: 4, employees: 5 });
    expect(r.employers[0]).toMatchObject({ code: '7', employees: 3, sms: 4 });
  });

  it('reads the report’s own rate and amounts as a cross-check', () => {
    const r = value(imp(csv('Werkgevercode;Naam;Werknemers;SMS;Tarief;Bedrag;Bedrag SMS', '1;A;4;10;1,25;5,00;0,90'), 'x-2024-05.csv'));
    expect(r.employers[0]).toMatchObject({ reportedRateE4: 12_500, reportedAmountCents: 590 });
  });

  it('skips a header repeated on a new page, and footer lines after the totals', () => {
    const r = imp(
      csv('Werkgevercode;Naam;Werknemers;SMS', '1;A;5;1', 'Werkgevercode;Naam;Werknemers;SMS', '2;B;5;1', 'Totaal;;10;2', 'Afgedrukt op 01-02-2024'),
      'x-2024-01.csv',
    );
    expect(value(r).employers).toHaveLength(2);
    expect(r.warnings).toEqual([]);
  });

  it('counts an employer listed twice with the same figures once, and refuses different figures', () => {
    const same = imp(csv('Werkgevercode;Naam;Werknemers;SMS', '001;A;5;1', '1;A;5;1'), 'x-2024-05.csv');
    expect(same.ok && same.value.employers).toHaveLength(1);
    expect(same.warnings.map((w) => w.code)).toEqual(['xpert.duplicateEmployer']);
    const other = imp(csv('Werkgevercode;Naam;Werknemers;SMS', '001;A;5;1', '1;A;6;1'), 'x-2024-05.csv');
    expect(!other.ok && other.error.location).toEqual({ file: 'x-2024-05.csv', row: 3, column: 'A (Werkgevercode)' });
  });

  it('lets the user choose columns, and checks the choice', () => {
    const text = csv('Code;Omschrijving;Getal;Ander getal', '1;A;5;1');
    const r = value(imp(text, 'x-2024-05.csv', { columns: { employerCode: 0, employerName: 1, employees: 2, sms: 3 } }));
    expect(r.employers[0]).toMatchObject({ code: '1', employees: 5, sms: 1 });
    expect(r.columnsFoundBy).toMatchObject({ employees: 'user', sms: 'user' });
    const twice = imp(text, 'x-2024-05.csv', { columns: { employees: 2, sms: 2 } });
    expect(!twice.ok && twice.error.nl).toContain('zowel aantal medewerkers als aantal sms');
    const out = imp(text, 'x-2024-05.csv', { columns: { employees: 9 } });
    expect(!out.ok && out.error.code).toBe('xpert.columnOutOfRange');
  });

  it('names file, row and column for a count that is not a count', () => {
    const r = imp(csv('Werkgevercode;Naam;Werknemers;SMS', '1;A;5;1', '2;B;5,5;1'), 'feb.csv', { period: '2024-02' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('xpert.countInvalid');
    expect(r.error.location).toEqual({ file: 'feb.csv', row: 3, column: 'C (Werknemers)' });
    expect(r.error.nl).toBe("feb.csv, rij 3, kolom C (Werknemers): '5,5' in de kolom aantal medewerkers: een aantal is een heel getal; een bedrag wijst op een verkeerd gekoppelde kolom.");
  });

  it('counts an empty cell as 0 and says so once per column', () => {
    const r = imp(csv('Werkgevercode;Naam;Werknemers;SMS', '1;A;5;', '2;B;5;'), 'x-2024-05.csv');
    expect(r.ok && r.value.employers.map((e) => e.sms)).toEqual([0, 0]);
    expect(r.warnings.filter((w) => w.code === 'import.count.emptyAsZero')).toHaveLength(1);
  });

  it('refuses a row with counts but no employer code', () => {
    const r = imp(csv('Werkgevercode;Naam;Werknemers;SMS', '1;A;5;1', ';B;5;1'), 'x-2024-05.csv');
    expect(!r.ok && r.error.location).toMatchObject({ row: 3, column: 'A (Werkgevercode)' });
  });

  it('refuses employers after the totals row (two lists in one file)', () => {
    const r = imp(csv('Werkgevercode;Naam;Werknemers;SMS', '1;A;5;1', 'Totaal;;5;1', '2;B;5;1'), 'x-2024-05.csv');
    expect(!r.ok && r.error.code).toBe('xpert.rowsAfterTotals');
  });

  it('reads a grid from a selection with its place on the sheet', () => {
    const grid = [['Werkgevercode', 'Naam', 'Werknemers', 'SMS'], ['1', 'A', 'x', '1']];
    const r = importXpertReport({ grid }, { label: 'selectie Blad1!C5:F6', gridOrigin: { row: 5, column: 2 } }, { period: '2024-01' });
    expect(!r.ok && r.error.location).toEqual({ file: 'selectie Blad1!C5:F6', row: 6, column: 'E (Werknemers)' });
  });
});

describe('rows that do not line up with the header', () => {
  const HEADER = 'Werkgevercode;Naam;Werknemers;SMS';

  it('refuses a row cut off before its counts, and a line in another separator', () => {
    const cut = imp(csv(HEADER, '1;A;5;1', '2;Bakk'), 'x-2024-05.csv');
    expect(!cut.ok && [cut.error.code, cut.error.location]).toEqual(['import.rowTooShort', { file: 'x-2024-05.csv', row: 3, column: 'C (Werknemers)' }]);
    const other = imp(csv(HEADER, '1;A;5;1', '2,B,5,1'), 'x-2024-05.csv');
    expect(!other.ok && other.error.code).toBe('import.rowTooShort');
  });

  it('refuses a row with a cell too many, where SMS would read the employees', () => {
    const r = imp(csv(HEADER, '1;A;5;5;1'), 'x-2024-05.csv');
    expect(!r.ok && [r.error.code, r.error.location?.column]).toEqual(['import.rowTooLong', 'E']);
  });

  it('skips a note line between employers with a warning, but refuses any short row when employers have no code', () => {
    const note = imp(csv(HEADER, '1;A;5;1', 'Let op: voorlopige cijfers', '2;B;5;1'), 'x-2024-05.csv');
    expect(note.ok && note.value.employers).toHaveLength(2);
    expect(note.warnings.map((w) => w.code)).toEqual(['xpert.skippedRow']);
    const byName = imp(csv('Naam;Werknemers;SMS', 'Bakkerij A;5;1', 'Bakkerij B'), 'x-2024-05.csv');
    expect(!byName.ok && byName.error.code).toBe('import.rowTooShort');
  });

  it('refuses a name no Excel cell can hold', () => {
    const r = imp(csv(HEADER, `1;${'x'.repeat(40_000)};5;1`), 'x-2024-05.csv');
    expect(!r.ok && [r.error.code, r.error.location]).toEqual(['import.cellTooLong', { file: 'x-2024-05.csv', row: 2, column: 'B (Naam)' }]);
  });

  it('recognises the short signing layout', () => {
    const r = imp(csv('Werkgever;Naam;Periode;Verzoeken', '000101;A;Q2 2024;2'));
    expect(!r.ok && [r.error.code, r.error.location]).toEqual(['xpert.signingExport', { file: 'rapport.csv', row: 1 }]);
  });

  it('takes a value beside the table in an Excel grid for a note: cells in a sheet do not shift', () => {
    const grid = [['Werkgevercode', 'Naam', 'Werknemers', 'SMS'], ['1', 'A', '5', '1', 'gecontroleerd']];
    const r = importXpertReport({ grid }, { label: 'selectie' }, { period: '2024-01' });
    expect(r.ok && r.value.employers.map((e) => [e.code, e.employees, e.sms])).toEqual([['1', 5, 1]]);
    const text = imp(csv(HEADER, '1;A;5;1;gecontroleerd'), 'x-2024-05.csv');
    expect(!text.ok && text.error.code).toBe('import.rowTooLong');
  });

  it('turns an unexpected exception into an error value', () => {
    const r = importXpertReport({ grid: [null] as unknown as string[][] }, { label: 'selectie' });
    expect(!r.ok && [r.error.code, r.error.location]).toEqual(['import.unexpected', { file: 'selectie' }]);
  });
});

describe('the month of a report', () => {
  const rows = ['Werkgevercode;Naam;Werknemers;SMS', '1;A;5;1'];

  it('from a period column', () => {
    const r = value(imp(csv('Werkgevercode;Naam;Periode;Werknemers;SMS', '1;A;jan-24;5;1', '2;B;januari 2024;5;1')));
    expect([r.period, r.periodFrom]).toEqual(['2024-01', 'column']);
  });

  it('from a peildatum in the title, 31-01-2024 being January', () => {
    const r = value(imp(csv('Peildatum: 31-01-2024', ...rows)));
    expect([r.period, r.periodFrom, r.peildatum]).toEqual(['2024-01', 'peildatum', '2024-01-31']);
  });

  it('a stated period wins over a peildatum on the first of the next month', () => {
    const r = value(imp(csv('Periode: januari 2024', 'Peildatum: 01-02-2024', ...rows)));
    expect([r.period, r.peildatum]).toEqual(['2024-01', '2024-02-01']);
  });

  it('from the file name, and a print date is never the month', () => {
    const r = value(imp(csv('Afgedrukt op 1 februari 2024', ...rows), 'otherside-2024-01.csv'));
    expect([r.period, r.periodFrom]).toEqual(['2024-01', 'filename']);
  });

  it('warns when the file name says another month than the report', () => {
    const r = imp(csv('Periode: 2024-02', ...rows), 'xpert-2024-01.csv');
    expect(r.ok && r.value.period).toBe('2024-02');
    expect(r.warnings.map((w) => w.code)).toEqual(['xpert.periodFileNameDiffers']);
  });

  it('refuses a title and a column that disagree, and a column with two months', () => {
    const conflict = imp(csv('Periode: februari 2024', 'Werkgevercode;Naam;Periode;Werknemers;SMS', '1;A;2024-01;5;1'));
    expect(!conflict.ok && conflict.error.code).toBe('xpert.periodConflict');
    const mixed = imp(csv('Werkgevercode;Naam;Periode;Werknemers;SMS', '1;A;2024-01;5;1', '2;B;2024-02;5;1'), 'm.csv');
    expect(!mixed.ok && mixed.error.location).toEqual({ file: 'm.csv', row: 3, column: 'C (Periode)' });
    expect(!mixed.ok && mixed.error.nl).toContain('rij 2 bij januari 2024');
  });

  it('refuses an impossible peildatum in the title rather than saying there is none', () => {
    const r = imp(csv('Otherside at Work', 'Peildatum: 31-02-2024', ...rows));
    expect(!r.ok && [r.error.code, r.error.params, r.error.location]).toEqual([
      'import.peildatumInvalid',
      { value: '31-02-2024' },
      { file: 'rapport.csv', row: 2, column: 'A' },
    ]);
  });

  it('asks when nothing says which month, and lets the user choose', () => {
    const none = imp(csv(...rows), 'rapport.csv');
    expect(!none.ok && none.error.code).toBe('xpert.periodUnknown');
    const chosen = imp(csv('Periode: 2024-02', ...rows), 'rapport.csv', { period: '2024-03' });
    expect(chosen.ok && chosen.value.period).toBe('2024-03');
    expect(chosen.warnings.map((w) => w.code)).toEqual(['xpert.periodOverridden']);
    const bad = imp(csv(...rows), 'rapport.csv', { period: '2024-13' });
    expect(!bad.ok && bad.error.code).toBe('xpert.periodOptionInvalid');
  });
});
