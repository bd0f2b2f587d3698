/**
 * The hand-worked year the tests share (figures worked out in full-year.test.ts):
 * model 2, € 9,85 per dossier, minimum € 636, 21 % VAT, four employers of whom one has a
 * negative count and one signed without being in the dossier count.
 */
import { summariseSigning, yearOptionsSchema, type SigningSummary, type YearOptions, type YearOptionsInput } from '../../src/domain/billing/advances';
import { type InvoiceLine } from '../../src/domain/billing/invoices';
import { parseInvoiceText } from '../../src/domain/billing/invoice-text';
import { reconcileQwoater, type QwoaterInput } from '../../src/domain/billing/qwoater';
import type { Reconciliation } from '../../src/domain/billing/types';
import { importSigningExport } from '../../src/domain/imports/loket-signing';
import { settingsSchema, type SettingsInput } from '../../src/domain/settings';
import { dossierExport } from '../support/dossier-export';

export const current = dossierExport('dossiers-31-12-2024.csv', '2024-12-31', [
  ['000101', 'Bakkerij De Zon', 1, 30, 0],
  ['000102', 'Café Het Hoekje', 1, 12, 0],
  ['000103', 'Garage Snel', 1, 5, 0],
  ['000104', 'Nieuw BV', 1, 20, 0],
]);
export const previous = dossierExport('dossiers-31-12-2023.csv', '2023-12-31', [
  ['000101', 'Bakkerij De Zon', 1, 28, 4],
  ['000102', 'Café Het Hoekje', 1, 11, 2],
  ['000103', 'Garage Snel', 1, 9, 8],
]);

export const SIGNING_Q1 = `Ondertekenverzoeken per werkgever
Periode: 01-01-2024 t/m 31-03-2024
Werkgeversnummer;Naam werkgever;Aantal ondertekenverzoeken;Ondertekend;Verlopen
000101;Bakkerij De Zon;25;24;1
000102;Café Het Hoekje;15;15;0
Totaal;;40;39;1
`;
export const SIGNING_Q2 = `Werkgever;Naam;Periode van;Periode t/m;Verzoeken
000101;Bakkerij De Zon;01-04-2024;30-06-2024;10
000105;Stichting Extern;01-04-2024;30-06-2024;6
`;

export const INVOICES = `15-01-2024 Voorschot Q1 2024 52 x € 9,85 € 128,05
01-04-2024 Correctie Q1 2024 € 4,93
01-04-2024 Voorschot Q2 2024 54 x € 9,85 € 132,98
01-04-2024 Digitaal ondertekenen Q1 2024 42 x € 0,50 € 21,00
01-07-2024 Correctie Q2 2024 € 4,92
01-07-2024 Voorschot Q3 2024 € 135,44
01-07-2024 Digitaal ondertekenen Q2 2024 16 x € 0,50 € 8,00
01-10-2024 Correctie Q3 2024 € 7,38
01-10-2024 Voorschot Q4 2024 56 x € 9,85 € 137,90
15-01-2025 Eindafrekening 2024 56 dossiers € 84,40
`;

export function unwrap<T>(r: { ok: true; value: T } | { ok: false; error: { nl: string } }): T {
  if (!r.ok) throw new Error(r.error.nl);
  return r.value;
}

export interface YearCase {
  rec: Reconciliation;
  qwoater: QwoaterInput;
  options: YearOptions;
  invoices: InvoiceLine[];
  signing: SigningSummary;
}

export function exampleYear(settings: Partial<SettingsInput> = {}, options: YearOptionsInput = {}): YearCase {
  const s = settingsSchema.parse({ model: 2, pricing: { kind: 'flat', priceE4: 98_500 }, ...settings });
  const qwoater: QwoaterInput = { current, previous, settings: s };
  const rec = unwrap(reconcileQwoater(qwoater));
  const q1 = unwrap(importSigningExport({ text: SIGNING_Q1 }, { label: 'ondertekenverzoeken-q1.csv' }));
  const q2 = unwrap(importSigningExport({ text: SIGNING_Q2 }, { label: 'ondertekenverzoeken-q2.csv' }));
  const signing = unwrap(summariseSigning([q1, q2], 2024, 'requests'));
  const opts = yearOptionsSchema.parse({
    signing: { mode: 'priced', priceE4: 5_000 },
    counts: [
      { date: '2023-12-31', count: 52, label: 'Specificatie 2023' },
      { date: '2024-03-31', count: 54, label: 'Loket 31-03-2024' },
      { date: '2024-06-30', count: 55, label: 'Loket 30-06-2024' },
      { date: '2024-09-30', count: 56, label: 'Loket 30-09-2024' },
    ],
    ...options,
  });
  const invoices = unwrap(parseInvoiceText(INVOICES, { year: 2024 }));
  return { rec, qwoater, options: opts, invoices, signing };
}
