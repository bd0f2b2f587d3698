import type { MessageParams } from '../messages';
import { defineMessages, n, p } from './define';

/** The reports a PDF may be expected to hold, as each language names them. */
const REPORTS: Record<string, { nl: string; en: string }> = {
  dossiers: { nl: "'Dossiervorming Qwoater per werkgever'", en: "'Dossiervorming Qwoater per werkgever'" },
  signing: { nl: "'Ondertekenverzoeken per werkgever'", en: "'Ondertekenverzoeken per werkgever' (signing requests)" },
  xpert: { nl: 'een specificatie van Otherside at Work (Xpert Suite)', en: 'a specification of Otherside at Work (Xpert Suite)' },
};
const report = (x: MessageParams, lang: 'nl' | 'en') => REPORTS[p(x, 'report')]?.[lang] ?? p(x, 'report');

/** Reading PDF files: the report printouts and Qwoater's invoices. One line each, saying what to do instead. */
export const pdfMessages = defineMessages({
  'pdf.encrypted': {
    nl: () => 'Deze PDF is met een wachtwoord beveiligd en kan niet worden gelezen. Maak de uitdraai opnieuw zonder wachtwoord, of kies de CSV.',
    en: () => 'This PDF is protected by a password and cannot be read. Make the report again without a password, or choose the CSV.',
  },
  'pdf.scan': {
    nl: () => 'Deze PDF bevat alleen afbeeldingen en geen tekst: het lijkt een scan. Factuurcheck leest geen scans (er is geen tekstherkenning). Maak de uitdraai als PDF of CSV uit het programma zelf.',
    en: () => 'This PDF holds only images and no text: it looks like a scan. Factuurcheck does not read scans (there is no text recognition). Make the report as PDF or CSV from the program itself.',
  },
  'pdf.empty': {
    nl: () => "Deze PDF bevat geen tekst: de pagina's zijn leeg.",
    en: () => 'This PDF holds no text: its pages are empty.',
  },
  'pdf.damaged': {
    nl: () => 'Dit bestand is een PDF, maar beschadigd of onvolledig. Download het opnieuw.',
    en: () => 'This file is a PDF, but damaged or incomplete. Download it again.',
  },
  'pdf.pagesMissing': {
    nl: (x) => `Deze PDF heeft ${n(x, 'pages', 'nl', 'pagina', "pagina's")}, maar de paginanummers tellen tot ${p(x, 'printed')}. Er ontbreken pagina's, en daarmee werkgevers. Maak de uitdraai opnieuw, met alle pagina's.`,
    en: (x) => `This PDF has ${n(x, 'pages', 'en', 'page', 'pages')}, but its page numbers count to ${p(x, 'printed')}. Pages are missing, and with them employers. Make the report again, with all pages.`,
  },
  'pdf.notReport': {
    nl: (x) => `In deze PDF staat geen tabel van ${report(x, 'nl')}: er is geen kopregel met bekende kolommen gevonden. Is dit de juiste uitdraai?`,
    en: (x) => `This PDF holds no table of ${report(x, 'en')}: no header with known columns was found. Is this the right report?`,
  },
  'pdf.invoice': {
    nl: (x) => `Deze PDF lijkt een factuur, niet ${report(x, 'nl')}. Lees een factuur in bij de factuurregels.`,
    en: (x) => `This PDF looks like an invoice, not ${report(x, 'en')}. Read an invoice in with the invoice lines.`,
  },
});
