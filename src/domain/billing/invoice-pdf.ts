/**
 * Qwoater's invoice PDFs → invoice lines, through the very parser that reads pasted text
 * (parseInvoiceText): each printed line becomes one line of text, its pieces set apart by
 * two spaces as a ledger prints columns. So a line reads the same whether the user pastes
 * it or chooses the PDF, and what the parser learns (credit notation, new wordings) holds
 * for both.
 *
 * An invoice prints its date once, in its head ('Factuurdatum: 15-01-2024'); a line that
 * names no date of its own gets the date of the invoice on its page, which is the date it
 * was invoiced. Messages name the page and the line on it.
 */
import { parseDate } from '../imports/dates';
import { placeResult } from '../imports/pdf-places';
import { pageLines } from '../imports/pdf-lines';
import type { PdfPlace, PdfText } from '../imports/pdf-text';
import { ok, type Result } from '../problems';
import { parseInvoiceText, type InvoiceLine, type PasteOptions } from './invoices';

const INVOICE_DATE = /(?:factuurdatum|invoice\s*date|datum\s*factuur)\s*:?\s*(\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}-\d{2}-\d{2})/i;

export function invoiceLinesFromPdf(pdf: PdfText, options: PasteOptions = {}): Result<InvoiceLine[]> {
  const text: string[] = [];
  const places: PdfPlace[] = [];
  /** Per text line, the invoice date printed on its page (or an earlier one). */
  const dates: (string | null)[] = [];
  let date: string | null = null;
  for (const page of pdf.pages) {
    const lines = pageLines(page).map((l) => l.chunks.map((c) => c.text).join('  '));
    for (const line of lines) {
      const m = INVOICE_DATE.exec(line);
      if (m) {
        date = parseDate(m[1]!) ?? date;
        break;
      }
    }
    lines.forEach((line, i) => {
      text.push(line);
      places.push({ page: page.number, row: i + 1 });
      dates.push(date);
    });
  }
  const parsed = placeResult(parseInvoiceText(text.join('\n'), options), places);
  if (!parsed.ok) return parsed;
  const lines = parsed.value.map((l) => {
    const printed = l.source ? dates[l.source.row - 1] : null;
    return l.date === null && printed ? { ...l, date: printed } : l;
  });
  return ok(lines, parsed.warnings);
}
