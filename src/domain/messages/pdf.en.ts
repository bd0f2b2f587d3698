import type { Texts } from './define';
import type { pdfNl } from './pdf.nl';
import type { MessageParams } from '../messages';
import { n, p } from './define';

/** The reports a PDF may be expected to hold, as each language names them. */
const REPORTS: Record<string, string> = {
  dossiers: "'Dossiervorming Qwoater per werkgever'",
  signing: "'Ondertekenverzoeken per werkgever' (signing requests)",
  xpert: 'a specification of Otherside at Work (Xpert Suite)',
};
const report = (x: MessageParams) => REPORTS[p(x, 'report')] ?? p(x, 'report');
/** Reading PDF files: the report printouts and Qwoater's invoices. One line each, saying what to do instead. */
export const pdfEn: Texts<keyof typeof pdfNl> = {
  'pdf.encrypted': () => 'This PDF is protected by a password and cannot be read. Make the report again without a password, or choose the CSV.',
  'pdf.scan': () => 'This PDF holds only images and no text: it looks like a scan. Factuurcheck does not read scans (there is no text recognition). Make the report as PDF or CSV from the program itself.',
  'pdf.empty': () => 'This PDF holds no text: its pages are empty.',
  'pdf.damaged': () => 'This file is a PDF, but damaged or incomplete. Download it again.',
  'pdf.pagesMissing': (x) => `This PDF has ${n(x, 'pages', 'en', 'page', 'pages')}, but its page numbers count to ${p(x, 'printed')}. Pages are missing, and with them employers. Make the report again, with all pages.`,
  'pdf.notReport': (x) => `This PDF holds no table of ${report(x)}: no header with known columns was found. Is this the right report?`,
  'pdf.invoice': (x) => `This PDF looks like an invoice, not ${report(x)}. Read an invoice in with the invoice lines.`,
};

