/**
 * Qwoater invoices as PDF, laid out as an invoice is: the sender and the customer, the
 * invoice number and date, a table of lines (description, period, count, price, amount),
 * the subtotal, VAT and total, a payment note and a footer. The layout is ours: no real
 * Qwoater invoice is at hand.
 */
import { reportPdf } from './report-pdf';

export interface InvoiceSpec {
  number: string;
  /** dd-mm-yyyy */
  date: string;
  /** [description, period, count, price, amount], as printed. */
  lines: [string, string, string, string, string][];
  /** The three closing lines, as printed. */
  subtotal: string;
  vat: string;
  total: string;
}

/** `rowsPerPage` spreads a long invoice over pages, its table header repeated. */
export function invoicePdf(inv: InvoiceSpec, rowsPerPage?: number): Promise<Uint8Array> {
  return reportPdf({
    title: [
      'Qwoater B.V.',
      'Postbus 123, 1000 AA Amsterdam · KvK 12345678 · BTW NL001234567B01',
      'Salarisadministratie Van Dijk & Partners',
      'Factuur',
      `Factuurnummer: ${inv.number}`,
      `Factuurdatum: ${inv.date}`,
    ],
    columns: [
      { header: 'Omschrijving', width: 190, align: 'left' },
      { header: 'Periode', width: 110, align: 'left' },
      { header: 'Aantal', width: 50, align: 'right' },
      { header: 'Prijs', width: 60, align: 'right' },
      { header: 'Bedrag', width: 75, align: 'right' },
    ],
    rows: [...inv.lines, ['Subtotaal', '', '', '', inv.subtotal], ['BTW 21%', '', '', '', inv.vat], ['Totaal te betalen', '', '', '', inv.total]],
    notes: ['Wij verzoeken u het bedrag binnen 14 dagen over te maken onder vermelding van het factuurnummer.'],
    footer: 'Qwoater B.V. · IBAN NL00 BANK 0123 4567 89',
    ...(rowsPerPage ? { maxRowsPerPage: rowsPerPage } : {}),
  });
}
