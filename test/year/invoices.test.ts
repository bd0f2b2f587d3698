import { describe, expect, it } from 'vitest';
import { signedCents, validateInvoiceLines } from '../../src/domain/billing/invoices';
import { parseInvoiceText } from '../../src/domain/billing/invoice-text';

const lines = (text: string, year?: number) => {
  const r = parseInvoiceText(text, year ? { year } : {});
  if (!r.ok) throw new Error(r.error.nl);
  return r.value.map((l) => [l.kind, l.year, l.quarter, l.count, l.priceE4, l.amountCents, l.date]);
};

describe('invoice lines pasted from a PDF or a ledger', () => {
  it('reads kind, date, quarter, count, price and amount from PDF text', () => {
    expect(
      lines(`Qwoater B.V.    Factuur 2024-00123    KvK 12345678
15-01-2024  Voorschot Q1 2024  1.204 x € 9,85 / 4  € 2.964,85
01-04-2024  Correctie Q1 2024   12 dossiers à € 9,85   € 118,20
01-04-2024  Digitaal ondertekenen Q1 2024  87 x € 0,50 = € 43,50
Totaal excl. btw € 3.126,55
Btw 21% € 656,58`),
    ).toEqual([
      ['advance', 2024, 1, 1_204, 98_500, 296_485, '2024-01-15'],
      ['correction', 2024, 1, 12, 98_500, 11_820, '2024-04-01'],
      ['signing', 2024, 1, 87, 5_000, 4_350, '2024-04-01'],
    ]);
  });

  it('reads negative amounts in the ways ledgers write them', () => {
    expect(lines('Correctie Q1 2024 -€ 118,20\nCorrectie Q2 2024 € -5,00\nCorrectie Q3 2024 7,50-\nEindafrekening 2024 (84,40)').map((l) => l[5])).toEqual([-11_820, -500, -750, -8_440]);
    // A dash with spaces around it separates; it is no minus sign.
    expect(lines('Voorschot Q1 2024 - € 128,05').map((l) => l[5])).toEqual([12_805]);
  });

  it('takes the amount excl. VAT from an excl/VAT/incl triple or pair', () => {
    expect(lines('Voorschot 2024-Q2 2.500,00 525,00 3.025,00\nVoorschot kwartaal 3 2024 € 100,00 € 121,00').map((l) => [l[2], l[5]])).toEqual([
      [2, 250_000],
      [3, 10_000],
    ]);
  });

  it('finds the price as the factor between count and amount when nothing marks it', () => {
    expect(lines('Voorschot Q1 2024\t52\t9,85\t512,20')).toEqual([['advance', 2024, 1, 52, 98_500, 51_220, null]]);
  });

  it('derives the quarter from the date: an advance at its start, a correction and signing in arrears', () => {
    expect(lines('01-07-2024 Voorschot € 10,00\n01-07-2024 Correctie € 1,00\n02-01-2025 Ondertekenen € 2,00\n20-01-2025 Eindafrekening € 3,00').map((l) => [l[0], l[1], l[2]])).toEqual([
      ['advance', 2024, 3],
      ['correction', 2024, 2],
      ['signing', 2024, 4],
      ['final', 2024, null],
    ]);
  });

  it('uses the given year when a line names only the quarter', () => {
    expect(lines('Voorschot Q2 € 10,00', 2024)[0]!.slice(1, 3)).toEqual([2024, 2]);
  });

  it('reads a table with a header row, from Excel or a CSV', () => {
    expect(
      lines('Soort;Datum;Periode;Aantal;Prijs;Bedrag\nVoorschot;15-01-2024;Q1 2024;1204;9,85;2964,85\nEindafrekening;15-02-2025;2024;;;-1234,56\nOndertekenen;01-04-2024;Q1 2024;87;€ 0,50;43,50\n'),
    ).toEqual([
      ['advance', 2024, 1, 1_204, 98_500, 296_485, '2024-01-15'],
      ['final', 2024, null, null, null, -123_456, '2025-02-15'],
      ['signing', 2024, 1, 87, 5_000, 4_350, '2024-04-01'],
    ]);
  });

  it('skips lines without a kind, and says which ones had an amount', () => {
    const r = parseInvoiceText('Abonnement extra opslag € 25,00\nVoorschot Q1 2024 € 10,00\n');
    expect(r.ok && r.value).toHaveLength(1);
    expect(r.warnings.map((w) => [w.code, w.params.rows])).toEqual([['invoice.skippedLines', '1']]);
  });

  it('refuses a line it cannot read, at its row', () => {
    // A kind word without an amount is a heading of the PDF: skipped, and said.
    const r = parseInvoiceText('Voorschotfactuur Qwoater\nVoorschot Q1 2024 € 10,00\nCorrectie Q2 2024 zonder bedrag', { label: 'factuur.txt' });
    expect(r.ok && r.value).toHaveLength(1);
    expect(r.warnings.map((w) => [w.code, w.params.rows])).toEqual([['invoice.noAmountSkipped', '1, 3']]);
    const noPeriod = parseInvoiceText('Voorschot € 10,00');
    expect(!noPeriod.ok && noPeriod.error.code).toBe('invoice.noPeriod');
    const table = parseInvoiceText('Soort;Bedrag\nVoorschot Q1 2024;10,00\nHuur;12,00\n', { label: 'grootboek.csv' });
    expect(!table.ok && table.error).toMatchObject({ code: 'invoice.unknownKind', location: { file: 'grootboek.csv', row: 3, column: 'A (Soort)' } });
    const badAmount = parseInvoiceText('Soort;Bedrag\nVoorschot Q1 2024;tien\n', { label: 'g.csv' });
    expect(!badAmount.ok && badAmount.error).toMatchObject({ code: 'invoice.badNumber', location: { row: 2, column: 'B (Bedrag)' } });
    expect(!parseInvoiceText('Factuur\nKvK 1234').ok).toBe(true);
  });

  it('validates lines typed in the pane with the same schema', () => {
    const good = validateInvoiceLines([{ kind: 'advance', year: 2024, quarter: 1, amountCents: 12_805 }]);
    expect(good.ok && good.value[0]).toMatchObject({ date: null, count: null, priceE4: null, description: '' });
    const bad = validateInvoiceLines([{ kind: 'advance', year: 2024, quarter: 1, amountCents: 1 }, { kind: 'final', year: 2024, quarter: 4, amountCents: 1 }]);
    expect(!bad.ok && bad.error.nl).toBe('Factuurregel 2: quarter is ongeldig: een eindafrekening hoort bij het jaar, niet bij een kwartaal');
    const floaty = validateInvoiceLines([{ kind: 'advance', year: 2024, quarter: 1, amountCents: 12.5 }]);
    expect(floaty.ok).toBe(false);
  });

  it.each([
    ['118,20', 11_820],
    ['€ 1.234,56', 123_456],
    ['-118,20', -11_820],
    ['118,20-', -11_820],
    ['(118,20)', -11_820],
    ['−5', -500],
    ['1.2.3', null],
  ])('signedCents(%s)', (text, cents) => {
    expect(signedCents(text)).toBe(cents);
  });
});

describe('headings and numbers that are no amounts', () => {
  it('does not read an invoice number or a bare whole number as an amount', () => {
    const r = parseInvoiceText('Voorschotfactuur Q1 2024 Factuurnummer 2024-00012\nVoorschot Q1 2024 2500\nVoorschot Q1 2024 € 2.500\n');
    expect(r.ok && r.value.map((l) => l.amountCents)).toEqual([250_000]);
    expect(r.warnings.map((w) => [w.code, w.params.rows])).toEqual([['invoice.noAmountSkipped', '1, 2']]);
  });
});
