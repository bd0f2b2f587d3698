/**
 * Qwoater's invoice lines from a file: the invoice PDF (its lines through the pasted-text
 * parser, see invoice-pdf.ts), or text or a table as the user saved it. Apart from the
 * report uploads, so the import worker, which reads reports, does not carry the invoice
 * parser and its schema.
 */
import { invoiceLinesFromPdf } from '../domain/billing/invoice-pdf';
import { type InvoiceLine } from '../domain/billing/invoices';
import { parseInvoiceText, type PasteOptions } from '../domain/billing/invoice-text';
import { decodeBytes, isPdf } from '../domain/imports/text';
import type { SourceInfo } from '../domain/imports/types';
import type { Result } from '../domain/problems';
import { readPdfText, type PdfReader } from './pdf-reader';

/** Qwoater's invoice lines: the invoice PDF, or a text or table file (as pasted text is read). */
export async function readInvoiceUpload(bytes: Uint8Array, source: SourceInfo, options: PasteOptions = {}, readPdf: PdfReader = readPdfText): Promise<Result<InvoiceLine[]>> {
  const parse = { ...options, label: source.label };
  if (isPdf(bytes)) {
    const text = await readPdf(bytes, source);
    return text.ok ? invoiceLinesFromPdf(text.value, parse) : text;
  }
  const text = decodeBytes(bytes, source);
  if (!text.ok) return text;
  const parsed = parseInvoiceText(text.value.text, parse);
  return { ...parsed, warnings: [...text.warnings, ...parsed.warnings] };
}
