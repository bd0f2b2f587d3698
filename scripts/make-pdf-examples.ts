/**
 * Writes the PDF twins of the sample exports in examples/: the same report, printed as a
 * report tool prints it (title, a header wrapped over lines and repeated on every page,
 * names over two lines, 'Pagina 1 van 3' and a print date in the footer), in a different
 * layout per file: portrait, landscape with the numbers in the middle of tall rows, a
 * landscape page stored turned. Also a made-up statement of Qwoater's invoices for 2024.
 * Run with `npx tsx scripts/make-pdf-examples.ts`; the PDFs are committed, and
 * test/imports/pdf-examples.test.ts checks that each reads as its CSV.
 *
 * PDFKit writes a creation date into every file; it is fixed here, so the script writes
 * the same bytes every time.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvToPdf, type TwinOptions } from '../test/support/csv-to-pdf';
import { reportPdf } from '../test/support/report-pdf';

const EXAMPLES = join(__dirname, '..', 'examples');
const PROVIDER = 'Salarisadministratie Van Dijk & Partners';
const PRINTED = 'Afgedrukt op 02-01-2025 09:14 uit Loket.nl';

/** The sample CSVs are UTF-8 or Windows-1252 (Node's decoder of the latter drops nothing these files use). */
function text(name: string): string {
  const bytes = readFileSync(join(EXAMPLES, name));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const TWINS: [csv: string, options: TwinOptions][] = [
  ['loket-dossiers-31-12-2024.csv', { pageHeading: `${PROVIDER} · Dossiervorming Qwoater per werkgever`, footer: PRINTED, maxRowsPerPage: 10 }],
  ['loket-dossiers-31-12-2023.csv', { orientation: 'landscape', cellAlign: 'middle', footer: PRINTED, maxRowsPerPage: 12 }],
  ['loket-dossiers-01-10-2024.csv', { orientation: 'rotated', footer: 'Afgedrukt op 02-10-2024 09:14 uit Loket.nl', maxRowsPerPage: 7 }],
  ['loket-signing-2024-Q1.csv', { pageHeading: PROVIDER, footer: PRINTED }],
  ['loket-signing-2024-Q2.csv', { footer: PRINTED }],
  ['xpert-2024-01.csv', { pageHeading: 'Otherside at Work · Xpert Suite', footer: 'Gegenereerd op 01-02-2024 06:00' }],
  ['xpert-2024-02.csv', { pageHeading: 'Otherside at Work · Xpert Suite', footer: 'Gegenereerd op 01-03-2024 06:00' }],
];

/** Qwoater's invoice lines of 2024 as a statement prints them: date, description, period, count, price, amount. */
const INVOICE_ROWS: string[][] = [
  ['15-01-2024', 'Voorschot dossierarchief Q1 2024', '01-01-2024 t/m 31-03-2024', '1.380', '€ 2,4625', '€ 3.398,25'],
  ['15-04-2024', 'Voorschot dossierarchief Q2 2024', '01-04-2024 t/m 30-06-2024', '1.380', '€ 2,4625', '€ 3.398,25'],
  ['15-04-2024', 'Digitaal ondertekenen Q1 2024', '01-01-2024 t/m 31-03-2024', '82', '€ 0,50', '€ 41,00'],
  ['15-07-2024', 'Correctie voorschot Q2 2024 (nieuwe schatting 1.395 dossiers)', '01-01-2024 t/m 30-06-2024', '30', '€ 2,4625', '€ 73,88'],
  ['15-07-2024', 'Voorschot dossierarchief Q3 2024', '01-07-2024 t/m 30-09-2024', '1.395', '€ 2,4625', '€ 3.435,19'],
  ['15-07-2024', 'Digitaal ondertekenen Q2 2024', '01-04-2024 t/m 30-06-2024', '56', '€ 0,50', '€ 28,00'],
  ['15-10-2024', 'Voorschot dossierarchief Q4 2024', '01-10-2024 t/m 31-12-2024', '1.395', '€ 2,4625', '€ 3.435,19'],
  ['15-01-2025', 'Eindafrekening dossierarchief 2024', '01-01-2024 t/m 31-12-2024', '1.401', '€ 9,85', '€ 59,09'],
];

async function main() {
  // A fixed date, so the files do not change with every run.
  const realDate = Date;
  globalThis.Date = class extends realDate {
    constructor(...args: unknown[]) {
      super(...((args.length ? args : [Date.UTC(2025, 0, 2, 9, 14)]) as [number]));
    }
  } as DateConstructor;
  for (const [csv, options] of TWINS) {
    const pdf = await csvToPdf(text(csv), options);
    writeFileSync(join(EXAMPLES, csv.replace(/\.csv$/, '.pdf')), pdf);
    console.log(`examples/${csv.replace(/\.csv$/, '.pdf')}: ${pdf.length} bytes`);
  }
  const invoices = await reportPdf({
    title: ['Qwoater B.V.', 'Facturenoverzicht 2024', PROVIDER, 'Bedragen excl. btw'],
    pageHeading: ['Qwoater B.V. · Postbus 123, 1000 AA Amsterdam'],
    columns: [
      { header: 'Factuur-\ndatum', width: 56, align: 'left' },
      { header: 'Omschrijving', width: 170, align: 'left' },
      { header: 'Periode', width: 100, align: 'left' },
      { header: 'Aantal', width: 44, align: 'right' },
      { header: 'Prijs', width: 50, align: 'right' },
      { header: 'Bedrag', width: 64, align: 'right' },
    ],
    rows: [...INVOICE_ROWS, ['', 'Totaal 2024', '', '', '', '€ 13.868,85']],
    footer: 'Qwoater B.V. · KvK 12345678',
    maxRowsPerPage: 6,
  });
  writeFileSync(join(EXAMPLES, 'qwoater-facturen-2024.pdf'), invoices);
  console.log(`examples/qwoater-facturen-2024.pdf: ${invoices.length} bytes`);
  globalThis.Date = realDate;
}

void main();
