/**
 * Qwoater's invoices as PDF read into the same lines as their pasted text: the invoice
 * PDFs are written with PDFKit (test/support/invoice-pdf.ts, report-pdf.ts), and the
 * expected lines are worked out by hand or are the pasted twin's, read by the parser the
 * pane and the CLI use for pasted text.
 */
import { describe, expect, it } from 'vitest';
import { type InvoiceLine } from '../../src/domain/billing/invoices';
import { parseInvoiceText } from '../../src/domain/billing/invoice-text';
import { readInvoiceUpload } from '../../src/readers/invoice-upload';
import { invoicePdf } from '../support/invoice-pdf';
import { reportPdf } from '../support/report-pdf';
import { twinPdf } from '../support/dossier-pdf';
import { INVOICES } from './example-year';

const read = async (bytes: Uint8Array) => readInvoiceUpload(bytes, { label: 'factuur.pdf', fileName: 'factuur.pdf' }, { year: 2024, vatBasisPoints: 2_100 });
const essence = (l: InvoiceLine) => ({ kind: l.kind, date: l.date, year: l.year, quarter: l.quarter, count: l.count, priceE4: l.priceE4, amountCents: l.amountCents });

describe('invoice PDFs', () => {
  it('reads advance, correction, signing and final lines from an invoice over two pages, dated by the invoice', async () => {
    const pdf = await invoicePdf(
      {
        number: '2025-0007',
        date: '15-01-2025',
        lines: [
          ['Eindafrekening dossierarchief 2024', '01-01-2024 t/m 31-12-2024', '1.401', '€ 9,85', '€ 13.799,85'],
          ['Verrekening voorschotten 2024 (correctie)', 'Q4 2024', '', '', '-€ 13.512,00'],
          ['Digitaal ondertekenen, verzoeken Q4 2024', '01-10-2024 t/m 31-12-2024', '95', '€ 0,50', '€ 47,50'],
          ['Voorschot dossierarchief Q1 2025', '01-01-2025 t/m 31-03-2025', '1.401', '€ 2,4625', '€ 3.449,96'],
        ],
        subtotal: '€ 3.785,31',
        vat: '€ 794,92',
        total: '€ 4.580,23',
      },
      2,
    );
    const r = await read(pdf);
    if (!r.ok) throw new Error(r.error.nl);
    expect(r.value.map(essence)).toEqual([
      { kind: 'final', date: '2025-01-15', year: 2024, quarter: null, count: 1401, priceE4: 98_500, amountCents: 1_379_985 },
      { kind: 'correction', date: '2025-01-15', year: 2024, quarter: 4, count: null, priceE4: null, amountCents: -1_351_200 },
      { kind: 'signing', date: '2025-01-15', year: 2024, quarter: 4, count: 95, priceE4: 5_000, amountCents: 4_750 },
      { kind: 'advance', date: '2025-01-15', year: 2025, quarter: 1, count: 1401, priceE4: 24_625, amountCents: 344_996 },
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('reads a year’s statement of invoices exactly as its pasted text', async () => {
    // The example year's lines, as a statement prints them: one row per invoice line.
    const rows = INVOICES.trim()
      .split('\n')
      .map((l) => {
        const m = /^(\S+) (.*?(?:Q\d \d{4}|\d{4}))(?: (\d+)(?: x| dossiers))?(?: (€ [\d,.]+))? (€ [\d,.]+)$/.exec(l)!;
        return [m[1]!, m[2]!, m[3] ?? '', m[4] ?? '', m[5]!];
      });
    const pdf = await reportPdf({
      title: ['Qwoater B.V.', 'Facturenoverzicht 2024', 'Salarisadministratie Van Dijk & Partners'],
      columns: [
        { header: 'Datum', width: 60, align: 'left' },
        { header: 'Omschrijving', width: 170, align: 'left' },
        { header: 'Aantal', width: 50, align: 'right' },
        { header: 'Prijs', width: 60, align: 'right' },
        { header: 'Bedrag', width: 70, align: 'right' },
      ],
      rows: [...rows, ['', 'Totaal 2024', '', '', '€ 664,95']],
      maxRowsPerPage: 4,
    });
    const fromPdf = await read(pdf);
    const pasted = parseInvoiceText(INVOICES, { year: 2024, vatBasisPoints: 2_100 });
    if (!fromPdf.ok || !pasted.ok) throw new Error('not read');
    expect(fromPdf.value.map(essence)).toEqual(pasted.value.map(essence));
    expect(fromPdf.value).toHaveLength(10);
  });

  it('reads an invoice printed as lines of text, without a table header, as the same lines pasted', async () => {
    const lines = ['15-01-2024  Voorschot Q1 2024  52 x € 9,85  € 128,05', '01-04-2024  Digitaal ondertekenen Q1 2024  42 x € 0,50  € 21,00'];
    const pdf = await reportPdf({ title: ['Qwoater B.V.', 'Factuur', ...lines, 'Totaal  € 149,05'], columns: [{ header: ' ', width: 10, align: 'left' }], rows: [] });
    const fromPdf = await read(pdf);
    const pasted = parseInvoiceText(lines.join('\n'), { year: 2024 });
    if (!fromPdf.ok || !pasted.ok) throw new Error(!fromPdf.ok ? fromPdf.error.nl : 'paste');
    expect(fromPdf.value.map(essence)).toEqual(pasted.value.map(essence));
  });

  it('names the page and row of a line it cannot place in a quarter', async () => {
    const pdf = await invoicePdf(
      {
        number: '1',
        date: '15-01-2024',
        lines: [
          ['Voorschot Q1 2024', 'Q1 2024', '52', '€ 2,4625', '€ 128,05'],
          ['Digitaal ondertekenen Q1 2024', 'Q1 2024', '42', '€ 0,50', '€ 21,00'],
          ['Correctie voorschot', '', '', '', '€ 4,93'],
        ],
        subtotal: '€ 153,98',
        vat: '€ 32,34',
        total: '€ 186,32',
      },
      2,
    );
    const r = await readInvoiceUpload(pdf, { label: 'factuur.pdf' }, { vatBasisPoints: 2_100 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invoice.noPeriod');
    // Page 2 holds the header again (row 1) and then the correction.
    expect(r.error.location).toMatchObject({ file: 'factuur.pdf', page: 2, row: 2 });
  });

  it('says so when a report is chosen as invoice, and warns of a line with an amount it does not know', async () => {
    const report = await twinPdf({ peildatum: '31-12-2024', provider: 'X', employers: [{ number: '000101', name: 'Café', employerDossiers: 1, employeeDossiers: 5, inactiveDossiers: 1 }], layout: 'year', totalsRow: true, thousands: true });
    const none = await read(report);
    expect(!none.ok && none.error.code).toBe('invoice.none');
    const korting = await invoicePdf({ number: '2', date: '01-04-2024', lines: [['Voorschot Q2 2024', 'Q2 2024', '54', '€ 2,4625', '€ 132,98'], ['Korting trouwe klant', '', '', '', '-€ 10,00']], subtotal: '€ 122,98', vat: '€ 25,83', total: '€ 148,81' });
    const r = await read(korting);
    if (!r.ok) throw new Error(r.error.nl);
    expect(r.value.map((l) => l.kind)).toEqual(['advance']);
    expect(r.warnings.map((w) => w.code)).toEqual(['invoice.skippedLines']);
    // Six title lines and the header come first on the page.
    expect(r.warnings[0]!.nl).toContain('rij 9 (p. 1)');
  });
});
