import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../src/domain/imports/delimited';
import { rebill } from '../../src/domain/billing/rebill';
import { reconcileQwoater } from '../../src/domain/billing/qwoater';
import { settingsSchema } from '../../src/domain/settings';
import { csvCents, csvText, rebillCsvBytes, rebillCsvText } from '../../src/domain/spec/rebill-csv';
import { dossierExport } from '../support/dossier-export';
import { exampleYear, unwrap } from './example-year';

describe('the re-billing CSV', () => {
  const c = exampleYear();
  const r = unwrap(rebill({ rec: c.rec, settings: c.qwoater.settings, signing: c.signing, signingPlan: c.options.signing }));

  it('is UTF-8 with a BOM, CRLF line ends, semicolons and a decimal comma', () => {
    const bytes = rebillCsvBytes(r);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.slice(3));
    expect(text).toBe(rebillCsvText(r));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      'Werkgeversnummer;Naam;Dossiers (telling);Dossiers meegeteld;Ondertekenverzoeken;Dossiers tegen basisprijs;Verrekening negatieve aantallen;Staffelkorting;Aanvulling tot minimum;Ondertekenen;Verschil met factuur;Totaal excl. btw;Btw;Totaal incl. btw;Toelichting',
    );
    expect(lines[1]).toBe('000101;Bakkerij De Zon;27;27;35;265,95;-9,02;0,00;34,12;17,50;0,00;308,55;64,80;373,35;');
    expect(lines[2]).toBe('000102;Café Het Hoekje;11;11;15;108,35;-3,67;0,00;13,90;7,50;0,00;126,08;26,48;152,56;');
    expect(lines[3]).toBe('000103;Garage Snel;-2;0;0;0,00;0,00;0,00;0,00;0,00;0,00;0,00;0,00;0,00;Meer inactief (G) dan totaal (F) / Negatief aantal dossiers: geen dossierkosten');
    expect(lines[5]).toBe('000105;Stichting Extern;;0;6;0,00;0,00;0,00;0,00;3,00;0,00;3,00;0,63;3,63;Niet in de dossiertelling: alleen ondertekenen');
  });

  it('reads back through our own CSV reader with every amount excl. VAT summing to the invoice', () => {
    const grid = unwrap(parseDelimited(rebillCsvText(r))).grid;
    const cents = (s: string) => Math.round(Number(s.replace(',', '.')) * 100);
    const sum = (col: number) => grid.slice(1).reduce((a, row) => a + cents(row[col]!), 0);
    expect(sum(11)).toBe(66_400);
    // VAT is per employer on their own amount: a cent more than 21 % of the total (see full-year.test.ts).
    expect(sum(12)).toBe(13_945);
    expect(sum(13)).toBe(80_345);
  });

  it('neutralises texts that a spreadsheet would run (OWASP CSV injection)', () => {
    for (const evil of ['=HYPERLINK("http://x","klik")', '+31 6 1234', '-2+3+cmd|\' /C calc\'!A0', '@SUM(1+1)', '\tverborgen', '\rterug']) {
      const out = csvText(evil);
      const unquoted = out.startsWith('"') ? out.slice(1, -1).replace(/""/g, '"') : out;
      expect(unquoted.startsWith("'"), evil).toBe(true);
      expect(unquoted.slice(1)).toBe(evil);
    }
    expect(csvText('Café De Zon')).toBe('Café De Zon');
    expect(csvText('Jansen; Zonen')).toBe('"Jansen; Zonen"');
    expect(csvText('Stichting "De Brug"')).toBe('"Stichting ""De Brug"""');
  });

  it('applies it to names from the exports, but keeps negative amounts numbers', () => {
    const settings = settingsSchema.parse({ model: 1, pricing: { kind: 'flat', priceE4: 98_500 } });
    const rec = unwrap(reconcileQwoater({ current: dossierExport('c.csv', '2024-10-01', [['=1+1', '=cmd|\'/C calc\'!A0', 1, 2, 0], ['000002', '@Bakker; "De Zon"', 1, 1, 0]]), settings }));
    const split = unwrap(rebill({ rec, settings, signing: null, signingPlan: { mode: 'unknown', unit: 'requests' }, targetExclCents: 60_000 }));
    const lines = rebillCsvText(split).split('\r\n');
    expect(lines[1]!.startsWith("'=1+1;'=cmd|'/C calc'!A0;3;3;")).toBe(true);
    expect(lines[2]!.startsWith('000002;"\'@Bakker; ""De Zon""";2;2;')).toBe(true);
    // 600,00 distributed against 636,00 computed: a credit of 36,00, written as a plain negative number.
    expect(lines[1]!.split(';')[10]).toBe('-21,60');
  });

  it.each([
    [0, '0,00'],
    [5, '0,05'],
    [-5, '-0,05'],
    [123_456, '1234,56'],
    [-100, '-1,00'],
  ])('csvCents(%i) = %s', (c, s) => expect(csvCents(c)).toBe(s));
});
