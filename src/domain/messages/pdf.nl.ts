import type { Texts } from './define';
import type { MessageParams } from '../messages';
import { n, p } from './define';

/** The reports a PDF may be expected to hold, as each language names them. */
const REPORTS: Record<string, string> = {
  dossiers: "'Dossiervorming Qwoater per werkgever'",
  signing: "'Ondertekenverzoeken per werkgever'",
  xpert: 'een specificatie van Otherside at Work (Xpert Suite)',
};
const report = (x: MessageParams) => REPORTS[p(x, 'report')] ?? p(x, 'report');
/** Reading PDF files: the report printouts and Qwoater's invoices. One line each, saying what to do instead. */
export const pdfNl = {
  'pdf.encrypted': () => 'Deze PDF is met een wachtwoord beveiligd en kan niet worden gelezen. Maak de uitdraai opnieuw zonder wachtwoord, of kies de CSV.',
  'pdf.scan': () => 'Deze PDF bevat alleen afbeeldingen en geen tekst: het lijkt een scan. Factuurcheck leest geen scans (er is geen tekstherkenning). Maak de uitdraai als PDF of CSV uit het programma zelf.',
  'pdf.empty': () => "Deze PDF bevat geen tekst: de pagina's zijn leeg.",
  'pdf.damaged': () => 'Dit bestand is een PDF, maar beschadigd of onvolledig. Download het opnieuw.',
  'pdf.pagesMissing': (x) => `Deze PDF heeft ${n(x, 'pages', 'nl', 'pagina', "pagina's")}, maar de paginanummers tellen tot ${p(x, 'printed')}. Er ontbreken pagina's, en daarmee werkgevers. Maak de uitdraai opnieuw, met alle pagina's.`,
  'pdf.notReport': (x) => `In deze PDF staat geen tabel van ${report(x)}: er is geen kopregel met bekende kolommen gevonden. Is dit de juiste uitdraai?`,
  'pdf.invoice': (x) => `Deze PDF lijkt een factuur, niet ${report(x)}. Lees een factuur in bij de factuurregels.`,
} satisfies Texts;
