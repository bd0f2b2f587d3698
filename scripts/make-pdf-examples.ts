/**
 * Writes the PDF twins of the sample exports in examples/: the same report, printed as a
 * report tool prints it (title, a header wrapped over lines and repeated on every page,
 * names over two lines, 'Pagina 1 van 3' and a print date in the footer), in a different
 * layout per file: portrait, landscape with the numbers in the middle of tall rows, a
 * landscape page stored turned. And facturen-2024.txt as a statement of Qwoater's invoices.
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

/**
 * facturen-2024.txt as a statement of invoices prints it: one row per invoice line, a
 * column per field. Split here by its own pattern, not by the invoice parser.
 */
function invoiceRows(): string[][] {
  const rows: string[][] = [];
  let invoice = '';
  for (const line of text('facturen-2024.txt').split(/\r?\n/)) {
    const head = /^Factuur (\S+) van/.exec(line);
    if (head) invoice = head[1]!;
    const m = /^(\d\d-\d\d-\d{4})\s{2,}(.+?)\s{2,}(?:([\d.]+) (?:x (€ [\d,]+)(?: \/ 4)?|dossiers)\s{2,})?(€ [\d.,]+)$/.exec(line);
    if (m) rows.push([m[1]!, invoice, m[2]!, m[3] ?? '', m[4] ?? '', m[5]!]);
  }
  return rows;
}

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
    title: ['Qwoater B.V.', 'Facturenoverzicht 2024', PROVIDER, 'Bedragen excl. btw; prijzen per dossier per jaar'],
    pageHeading: ['Qwoater B.V. · Postbus 123, 1000 AA Amsterdam'],
    columns: [
      { header: 'Factuur-\ndatum', width: 56, align: 'left' },
      { header: 'Factuur', width: 52, align: 'left' },
      { header: 'Omschrijving', width: 150, align: 'left' },
      { header: 'Aantal', width: 44, align: 'right' },
      { header: 'Prijs', width: 50, align: 'right' },
      { header: 'Bedrag', width: 64, align: 'right' },
    ],
    rows: [...invoiceRows(), ['', '', 'Totaal 2024', '', '', '€ 13.898,40']],
    footer: 'Qwoater B.V. · KvK 12345678',
    maxRowsPerPage: 7,
  });
  writeFileSync(join(EXAMPLES, 'facturen-2024.pdf'), invoices);
  console.log(`examples/facturen-2024.pdf: ${invoices.length} bytes`);
  globalThis.Date = realDate;
}

void main();
