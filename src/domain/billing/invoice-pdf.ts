/**
 * Qwoater's invoice PDFs → invoice lines, through the very parser that reads pasted text
 * (parseInvoiceText), so a line reads the same whether the user pastes it or chooses the
 * PDF, and what the parser learns (credit notation, new wordings) holds for both:
 *
 *  - An invoice prints its lines as a table (description, period, count, price, amount).
 *    Its rows are rebuilt from the positions (pdf-table.ts) and handed over as a pasted
 *    table, header first, cells apart by tabs: the parser then knows the price from the
 *    amount by their columns, not by guessing. Rows that name no kind of line (subtotal,
 *    VAT, total) are left out; one with an amount that is no total is named in a warning.
 *  - Without such a table, every printed line becomes a line of text, its pieces apart by
 *    two spaces as a ledger prints them, and the parser reads them as free lines.
 *  - An invoice prints its date once, in its head ('Factuurdatum: 15-01-2024'); a line
 *    without a date of its own gets the date of the invoice on its page.
 * Messages, and each line's source, name the page and the row on it.
 */
import { parseDate } from '../imports/dates';
import { pageLines } from '../imports/pdf-lines';
import { placeResult } from '../imports/pdf-places';
import { pdfTable } from '../imports/pdf-table';
import type { PdfPlace, PdfText } from '../imports/pdf-text';
import { ok, warning, type Result } from '../problems';
import { type InvoiceLine } from './invoices';
import { classifyInvoiceHeader, kindOf, parseInvoiceText, type PasteOptions } from './invoice-text';

const INVOICE_DATE = /(?:factuurdatum|invoice\s*date|datum\s*factuur)\s*:?\s*(\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}-\d{2}-\d{2})/i;
const TOTALS = /totaal|total|btw|vat|te betalen/i;

interface Text {
  lines: string[];
  places: PdfPlace[];
  /** Rows left out that hold an amount but name no kind, by their place. */
  skipped: PdfPlace[];
}

export function invoiceLinesFromPdf(pdf: PdfText, options: PasteOptions = {}): Result<InvoiceLine[]> {
  const text = tableText(pdf) ?? freeText(pdf);
  const parsed = placeResult(parseInvoiceText(text.lines.join('\n'), options), text.places);
  if (!parsed.ok) return parsed;
  const dates = invoiceDates(pdf);
  const lines = parsed.value.map((l) => {
    const place = l.source ? text.places[l.source.row - 1] : undefined;
    if (!place) return l;
    const printed = dates.get(place.page);
    return { ...l, date: l.date ?? printed ?? null, source: { label: l.source!.label, page: place.page, row: place.row } };
  });
  const warnings = [...parsed.warnings];
  if (text.skipped.length) {
    const rows = text.skipped.slice(0, 10).map((p) => `${p.row} (p. ${p.page})`).join(', ');
    warnings.push(warning('invoice.skippedLines', { count: text.skipped.length, rows }, { file: options.label ?? '' }));
  }
  return ok(lines, warnings);
}

/** The invoice's table as a pasted one: its header, then the rows that name a kind of line. */
function tableText(pdf: PdfText): Text | null {
  const t = pdfTable(pdf, { isHeader: (h) => classifyInvoiceHeader(h) !== null });
  if (t.headerRow < 0) return null;
  const roles = new Set(t.grid[t.headerRow]!.map(classifyInvoiceHeader));
  if (!roles.has('amount') || !(roles.has('kind') || roles.has('description'))) return null;
  const out: Text = { lines: [t.grid[t.headerRow]!.join('\t')], places: [t.places[t.headerRow]!], skipped: [] };
  for (let r = t.headerRow + 1; r < t.grid.length; r++) {
    const cells = t.grid[r]!;
    const all = cells.join(' ');
    if (kindOf(all) !== null) {
      out.lines.push(cells.join('\t'));
      out.places.push(t.places[r]!);
    } else if (/\d[.,]\d\d(?!\d)/.test(all) && !TOTALS.test(all)) {
      out.skipped.push(t.places[r]!);
    }
  }
  return out;
}

/** Every printed line as a line of text. */
function freeText(pdf: PdfText): Text {
  const out: Text = { lines: [], places: [], skipped: [] };
  for (const page of pdf.pages) {
    pageLines(page).forEach((l, i) => {
      out.lines.push(l.chunks.map((c) => c.text).join('  '));
      out.places.push({ page: page.number, row: i + 1 });
    });
  }
  return out;
}

/** Per page, the invoice date printed on it or on the page before. */
function invoiceDates(pdf: PdfText): Map<number, string> {
  const dates = new Map<number, string>();
  let date: string | null = null;
  for (const page of pdf.pages) {
    for (const l of pageLines(page)) {
      const m = INVOICE_DATE.exec(l.chunks.map((c) => c.text).join(' '));
      if (m) {
        date = parseDate(m[1]!) ?? date;
        break;
      }
    }
    if (date) dates.set(page.number, date);
  }
  return dates;
}
