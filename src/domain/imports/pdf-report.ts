/**
 * A report's PDF → the importer that reads its CSV, by way of the rebuilt grid: the one
 * place where the positioned text (pdf-table.ts) meets the importers. Pure; reading the
 * file is the edge's (src/readers/).
 *
 *  - A header is recognised by the words of any of our reports, so a signing report
 *    chosen at the dossier step is still rebuilt with its columns, and the importer names
 *    it, as it does for a CSV.
 *  - Messages name the page and the row on it (pdf-places.ts).
 *  - A PDF in which no table of the report is found gets one line saying so, and an
 *    invoice chosen at a report's step is called an invoice.
 *  - A PDF whose page numbers ('Pagina 3 van 12') count more pages than it has lacks
 *    employers, and is refused.
 */
import { error, fail, type Result } from '../problems';
import { classifyDossierHeader } from './dossier-columns';
import type { ImportInput } from './input';
import { placeResult } from './pdf-places';
import { pdfTable } from './pdf-table';
import type { PdfText } from './pdf-text';
import type { ReportKind } from './report-kind';
import { classifySigningHeader } from './signing-columns';
import type { SourceInfo } from './types';
import { classifyXpertHeader } from './xpert-columns';

/** Does a header text name a column of any report we read? */
export const knownHeader = (text: string): boolean =>
  classifyDossierHeader(text) !== null || classifySigningHeader(text) !== null || classifyXpertHeader(text) !== null;

/** The importers' ways of saying "no table of mine here". */
const NO_TABLE = new Set(['import.noCountColumns', 'import.noEmployerNumberColumn', 'signing.noHeader', 'xpert.noEmployeesColumn']);

/** 'Factuur', 'Factuurnummer', 'Invoice'; not 'Factuurspecificaties', the Xpert Suite's folder. */
const INVOICE_WORD = /\b(?:factuur(?:nummer|datum|nr)?|invoice(?:\s*(?:number|date))?)\b/i;

export function importPdfReport<T>(pdf: PdfText, source: SourceInfo, report: ReportKind, importer: (input: ImportInput) => Result<T>): Result<T> {
  const table = pdfTable(pdf, { isHeader: knownHeader });
  // A download cut off between pages reads well but lacks employers; its page numbers tell.
  if (table.printedPages !== null && table.printedPages > pdf.pages.length) {
    return fail(error('pdf.pagesMissing', { pages: pdf.pages.length, printed: table.printedPages }, { file: source.label }));
  }
  const imported = placeResult(importer({ grid: table.grid }), table.places);
  if (imported.ok) return imported;
  // An invoice has a table too, and its lines may name signing: say what it is.
  const invoice = pdf.pages.some((p) => p.items.some((i) => INVOICE_WORD.test(i.text)));
  if (!invoice && table.headerRow >= 0 && !NO_TABLE.has(imported.error.code)) return imported;
  // The importer's warnings are about a grid the user never sees; the one line says it all.
  return fail(error(invoice ? 'pdf.invoice' : 'pdf.notReport', { report }, { file: source.label }));
}
