/**
 * Issue #11 item 2: the Dutch credit notation. '-/-' before or after an amount, and
 * 'CR' / 'Cr.', make it negative, in pasted free text, in a pasted table and in the
 * amount a user types in the pane. The notations that already worked keep working.
 */
import { describe, expect, it } from 'vitest';
import { signedCents } from '../../src/domain/billing/invoices';
import { parseInvoiceText } from '../../src/domain/billing/invoice-text';
import { defaultYearForm, emptyLine } from '../../src/taskpane/year/year-form';
import { validateYear } from '../../src/taskpane/year/year-validate';

/** The amount a user types in the pane's invoice line, as the year step hands it to the engine. */
const typedInPane = (amount: string) => {
  const v = validateYear({ ...defaultYearForm(), lines: [{ ...emptyLine('final', '2024'), amount }] }, 2024);
  return v.ok ? v.data.lines[0]!.amountCents : null;
};

const amounts = (text: string) => {
  const r = parseInvoiceText(text, { year: 2024 });
  if (!r.ok) throw new Error(r.error.nl);
  return r.value.map((l) => l.amountCents);
};

describe('credit notation in free text', () => {
  it.each([
    ['Eindafrekening 2024 -/- € 164,00'],
    ['Eindafrekening 2024 -/-€ 164,00'],
    ['Eindafrekening 2024 € -/- 164,00'],
    ['Eindafrekening 2024 € 164,00 -/-'],
    ['Eindafrekening 2024 € 164,00-/-'],
    ['Eindafrekening 2024 € 164,00 CR'],
    ['Eindafrekening 2024 164,00 Cr.'],
    ['Eindafrekening 2024 Cr. € 164,00'],
    ['Eindafrekening 2024 CR 164,00'],
    // The notations that already worked.
    ['Eindafrekening 2024 € 164,00-'],
    ['Eindafrekening 2024 -€ 164,00'],
    ['Eindafrekening 2024 (€ 164,00)'],
  ])('%s is a credit of € 164,00', (text) => {
    expect(amounts(text)).toEqual([-16_400]);
  });

  it('keeps a VAT triple in credit notation together: excl + VAT = incl', () => {
    expect(amounts('Eindafrekening 2024 -/- € 164,00 -/- € 34,44 -/- € 198,44')).toEqual([-16_400]);
  });

  it('reads a credited count and amount on a correction: -/- 12 dossiers à € 9,85 = -/- € 118,20', () => {
    const r = parseInvoiceText('Correctie Q1 2024 -/- 12 dossiers à € 9,85 = -/- € 118,20');
    expect(r.ok && r.value.map((l) => [l.count, l.priceE4, l.amountCents])).toEqual([[-12, 98_500, -11_820]]);
  });

  it('leaves plain amounts and words that merely start with cr positive', () => {
    expect(amounts('Eindafrekening 2024 € 164,00')).toEqual([16_400]);
    expect(amounts('Voorschot Q1 2024 crediteur 88 € 164,00')).toEqual([16_400]);
  });
});

describe('credit notation in a pasted table and in the pane', () => {
  it.each(['-/- 164,00', '-/-164,00', '€ -/- 164,00', '164,00 -/-', '€ 164,00 CR', 'Cr. € 164,00', '164,00 cr', '164,00-', '(164,00)', '-€ 164,00'])(
    'table cell %j is −164,00',
    (cell) => {
      expect(signedCents(cell)).toBe(-16_400);
      expect(amounts(`Soort;Periode;Bedrag\nEindafrekening;2024;${cell}\n`)).toEqual([-16_400]);
    },
  );

  it.each(['-/- 164,00', '164,00 -/-', '164,00 CR', 'Cr. 164,00', '-164,00', '−164,00'])('the pane reads %j as −164,00', (typed) => {
    expect(typedInPane(typed)).toBe(-16_400);
  });

  it.each(['164,00', '€ 164,00'])('and %j as +164,00', (typed) => {
    expect(typedInPane(typed)).toBe(16_400);
    expect(signedCents(typed)).toBe(16_400);
  });
});
