/**
 * What each kind of input cell accepts, with the message Excel shows when the cell is
 * selected (Dutch, or English for an English workbook) and the one it shows for a value
 * that breaks the rule. Excel allows a title of 32 characters and a message of 255; the
 * texts stay well inside that, and a test checks it.
 */
import type { SpecLanguage } from './texts/sheet-texts';
import type { RangeRef, Validation, ValidationRule } from './plan';

export type InputKind = 'price' | 'amount' | 'signedAmount' | 'rate' | 'count' | 'signedCount' | 'quarter' | 'year' | 'date' | 'invoiceKind' | 'tierFrom' | 'description';

interface Texts {
  title: string;
  message: string;
  error: string;
}

const nl: Record<InputKind, Texts> = {
  price: { title: 'Prijs', message: 'Een prijs in euro, 0 of meer, met hoogstens 4 decimalen.', error: 'Vul een prijs van 0 of meer in.' },
  amount: { title: 'Bedrag', message: 'Een bedrag in euro, 0 of meer.', error: 'Vul een bedrag van 0 of meer in.' },
  signedAmount: {
    title: 'Bedrag excl. btw',
    message: 'Het bedrag excl. btw zoals het op de factuur staat; een creditbedrag is negatief.',
    error: 'Vul een bedrag in euro in.',
  },
  rate: { title: 'Percentage', message: 'Een percentage tussen 0 % en 100 %, bijvoorbeeld 21 %.', error: 'Vul een percentage tussen 0 % en 100 % in.' },
  count: { title: 'Aantal', message: 'Een heel aantal, 0 of meer.', error: 'Vul een heel getal van 0 of meer in.' },
  signedCount: { title: 'Aantal', message: 'Een heel aantal; een correctie kan een negatief verschil noemen.', error: 'Vul een heel getal in.' },
  quarter: { title: 'Kwartaal', message: 'Het kwartaal: 1, 2, 3 of 4 (leeg voor de eindafrekening).', error: 'Vul 1, 2, 3 of 4 in.' },
  year: { title: 'Jaar', message: 'Het jaar van de regel, bijvoorbeeld 2025 (leeg: het jaar van dit blad).', error: 'Vul een jaar in, bijvoorbeeld 2025.' },
  date: { title: 'Datum', message: 'Een datum als dd-mm-jjjj.', error: 'Vul een datum in, bijvoorbeeld 15-01-2025.' },
  invoiceKind: {
    title: 'Soort factuurregel',
    message: 'Kies uit de lijst: Voorschot, Correctie, Eindafrekening of Ondertekenen.',
    error: 'Kies een soort uit de lijst.',
  },
  tierFrom: { title: 'Vanaf', message: 'Het eerste aantal dossiers van de schijf: een heel getal, 1 of meer.', error: 'Vul een heel getal van 1 of meer in.' },
  description: { title: 'Omschrijving', message: 'De regel zoals hij op de factuur staat (vrije tekst, hoogstens 500 tekens).', error: 'Hoogstens 500 tekens.' },
};

const en: Record<InputKind, Texts> = {
  price: { title: 'Price', message: 'A price in euros, 0 or more, with at most 4 decimals.', error: 'Enter a price of 0 or more.' },
  amount: { title: 'Amount', message: 'An amount in euros, 0 or more.', error: 'Enter an amount of 0 or more.' },
  signedAmount: { title: 'Amount excl. VAT', message: 'The amount excl. VAT as the invoice states it; a credit is negative.', error: 'Enter an amount in euros.' },
  rate: { title: 'Percentage', message: 'A percentage between 0 % and 100 %, for example 21 %.', error: 'Enter a percentage between 0 % and 100 %.' },
  count: { title: 'Count', message: 'A whole number, 0 or more.', error: 'Enter a whole number of 0 or more.' },
  signedCount: { title: 'Count', message: 'A whole number; a correction may state a negative difference.', error: 'Enter a whole number.' },
  quarter: { title: 'Quarter', message: 'The quarter: 1, 2, 3 or 4 (empty for the final settlement).', error: 'Enter 1, 2, 3 or 4.' },
  year: { title: 'Year', message: "The line's year, for example 2025 (empty: this sheet's year).", error: 'Enter a year, for example 2025.' },
  date: { title: 'Date', message: 'A date, as dd-mm-yyyy.', error: 'Enter a date, for example 15-01-2025.' },
  invoiceKind: { title: 'Kind of invoice line', message: 'Pick from the list: Advance, Correction, Final settlement or Signing.', error: 'Pick a kind from the list.' },
  tierFrom: { title: 'From', message: "The band's first number of dossiers: a whole number, 1 or more.", error: 'Enter a whole number of 1 or more.' },
  description: { title: 'Description', message: 'The line as the invoice words it (free text, at most 500 characters).', error: 'At most 500 characters.' },
};

function ruleOf(kind: InputKind, items: string[] | undefined): ValidationRule {
  switch (kind) {
    case 'price':
    case 'amount':
      return { kind: 'decimal', min: 0 };
    case 'signedAmount':
      return { kind: 'decimal' };
    case 'rate':
      return { kind: 'decimal', min: 0, max: 1 };
    case 'count':
      return { kind: 'whole', min: 0 };
    case 'signedCount':
      return { kind: 'whole' };
    case 'tierFrom':
      return { kind: 'whole', min: 1 };
    case 'quarter':
      return { kind: 'whole', min: 1, max: 4 };
    case 'year':
      return { kind: 'whole', min: 1900, max: 9999 };
    case 'date':
      return { kind: 'date' };
    case 'description':
      return { kind: 'text', maxLength: 500 };
    case 'invoiceKind':
      if (!items?.length) throw new Error('input rule: a list needs its items');
      return { kind: 'list', items };
  }
}

/** The validation of an input range: its rule, its prompt and its error message. */
export function inputRule(kind: InputKind, range: RangeRef, lang: SpecLanguage, items?: string[]): Validation {
  const t = (lang === 'en' ? en : nl)[kind];
  const title = lang === 'en' ? 'Not accepted' : 'Niet toegestaan';
  return { range, rule: ruleOf(kind, items), prompt: { title: t.title, message: t.message }, error: { title, message: t.error } };
}

/** Every prompt text, for the test that holds them to Excel's limits. */
export const allInputTexts = (): Texts[] => [...Object.values(nl), ...Object.values(en)];
