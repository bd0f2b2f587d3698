/**
 * The Dutch words of the workbooks' input cells: the prompt Excel shows when a yellow cell is
 * selected (title and message) and the error for a value that breaks its rule, per kind of
 * input (input-rules.ts). Excel allows a title of 32 characters and a message of 255; a test
 * holds every text to that.
 */
import type { Texts } from '../../messages/define';

export type InputKey = keyof typeof inputNl;
export const inputNl = {
  /** The title of every error: the message says what the cell accepts. */
  'input.refused': 'Niet toegestaan',
  'input.price.title': 'Prijs',
  'input.price.message': 'Een prijs in euro, 0 of meer, met hoogstens 4 decimalen.',
  'input.price.error': 'Vul een prijs van 0 of meer in.',
  'input.amount.title': 'Bedrag',
  'input.amount.message': 'Een bedrag in euro, 0 of meer.',
  'input.amount.error': 'Vul een bedrag van 0 of meer in.',
  'input.signedAmount.title': 'Bedrag excl. btw',
  'input.signedAmount.message': 'Het bedrag excl. btw zoals het op de factuur staat; een creditbedrag is negatief.',
  'input.signedAmount.error': 'Vul een bedrag in euro in.',
  'input.rate.title': 'Percentage',
  'input.rate.message': 'Een percentage tussen 0 % en 100 %, bijvoorbeeld 21 %.',
  'input.rate.error': 'Vul een percentage tussen 0 % en 100 % in.',
  'input.count.title': 'Aantal',
  'input.count.message': 'Een heel aantal, 0 of meer.',
  'input.count.error': 'Vul een heel getal van 0 of meer in.',
  'input.signedCount.title': 'Aantal',
  'input.signedCount.message': 'Een heel aantal; een correctie kan een negatief verschil noemen.',
  'input.signedCount.error': 'Vul een heel getal in.',
  'input.quarter.title': 'Kwartaal',
  'input.quarter.message': 'Het kwartaal: 1, 2, 3 of 4 (leeg voor de eindafrekening).',
  'input.quarter.error': 'Vul 1, 2, 3 of 4 in.',
  'input.year.title': 'Jaar',
  'input.year.message': 'Het jaar van de regel, bijvoorbeeld 2025 (leeg: het jaar van dit blad).',
  'input.year.error': 'Vul een jaar in, bijvoorbeeld 2025.',
  'input.date.title': 'Datum',
  'input.date.message': 'Een datum als dd-mm-jjjj.',
  'input.date.error': 'Vul een datum in, bijvoorbeeld 15-01-2025.',
  'input.invoiceKind.title': 'Soort factuurregel',
  'input.invoiceKind.message': 'Kies uit de lijst: Voorschot, Correctie, Eindafrekening of Ondertekenen.',
  'input.invoiceKind.error': 'Kies een soort uit de lijst.',
  'input.tierFrom.title': 'Vanaf',
  'input.tierFrom.message': 'Het eerste aantal dossiers van de schijf: een heel getal, 1 of meer.',
  'input.tierFrom.error': 'Vul een heel getal van 1 of meer in.',
  'input.description.title': 'Omschrijving',
  'input.description.message': 'De regel zoals hij op de factuur staat (vrije tekst, hoogstens 500 tekens).',
  'input.description.error': 'Hoogstens 500 tekens.',
} satisfies Texts;
