/**
 * The PDF twin of a report's CSV: the same title lines, header and rows, printed the way a
 * report tool prints them (test/support/report-pdf.ts). Used for the PDF twins of the
 * samples in examples/ (scripts/make-pdf-examples.ts) and by the tests that read a twin
 * and its CSV side by side. The CSV is split here by a small reader of its own, not by the
 * importers, so a twin never inherits an importer's mistake.
 */
import { reportPdf, type PdfColumn, type ReportPdfSpec } from './report-pdf';

/** How a report tool wraps the long header texts of the samples, hyphen and all. */
const WRAPPED: Record<string, string> = {
  Werkgeversnummer: 'Werkgevers-\nnummer',
  'Werkgever nr': 'Werkgever\nnr',
  Werkgevercode: 'Werkgever-\ncode',
  Administratie: 'Admini-\nstratie',
  Relatienummer: 'Relatie-\nnummer',
  Werkgeversdossier: 'Werkgevers-\ndossier',
  Aantalwerknemersdossier: 'Aantal\nwerknemers-\ndossier',
  'Inactieve werknemersdossiers': 'Inactieve\nwerknemers-\ndossiers',
  'Actieve werknemersdossiers': 'Actieve\nwerknemers-\ndossiers',
  'Aantal ondertekenverzoeken': 'Aantal onder-\ntekenver-\nzoeken',
  'Aantal ondertekenaars': 'Aantal onder-\ntekenaars',
  'Aantal medewerkers': 'Aantal\nmede-\nwerkers',
};

/** Splits CSV text into rows of cells: ';' or ',' as found in the header, "" as a quote. */
export function splitCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const sep = body.split(/\r?\n/).find((l) => l.includes(';')) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) row.push(cell), (cell = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

export interface TwinOptions extends Pick<ReportPdfSpec, 'orientation' | 'cellAlign' | 'maxRowsPerPage' | 'headerEveryPage'> {
  /** Printed at the top of every page. */
  pageHeading?: string;
  /** Printed at the bottom of every page, beside 'Pagina n van N'. */
  footer?: string;
}

/** The header is the first row with three or more cells; lines above it are the title. */
export function csvToPdf(csvText: string, options: TwinOptions = {}): Promise<Uint8Array> {
  const rows = splitCsv(csvText);
  const h = rows.findIndex((r) => r.filter((c) => c.trim() !== '').length >= 3);
  if (h === -1) throw new Error('csvToPdf: no header row');
  const header = rows[h]!;
  const data = rows.slice(h + 1).filter((r) => r.some((c) => c.trim() !== ''));
  const numeric = header.map((_, c) => data.every((r) => /^[\d.,\s-]*$/.test(r[c] ?? '') || /^tota/i.test(r[0] ?? '')));
  const columns: PdfColumn[] = header.map((text, c) => {
    const longest = Math.max(...data.map((r) => (r[c] ?? '').length));
    const width = numeric[c] ? Math.max(44, longest * 5 + 10) : Math.min(130, Math.max(50, longest * 4.4 + 8));
    return { header: WRAPPED[text] ?? text, width, align: numeric[c] ? 'right' : 'left' };
  });
  // Rows that end before the header does (a note after the totals) are printed as notes.
  const table = data.filter((r) => r.length >= header.length - 1);
  const notes = data.filter((r) => r.length < header.length - 1).map((r) => r.filter(Boolean).join(' '));
  return reportPdf({
    title: rows.slice(0, h).map((r) => r.filter(Boolean).join(' ')).filter(Boolean),
    ...(options.pageHeading ? { pageHeading: [options.pageHeading] } : {}),
    columns,
    rows: table,
    notes,
    ...(options.footer ? { footer: options.footer } : {}),
    ...(options.orientation ? { orientation: options.orientation } : {}),
    ...(options.cellAlign ? { cellAlign: options.cellAlign } : {}),
    ...(options.maxRowsPerPage ? { maxRowsPerPage: options.maxRowsPerPage } : {}),
    ...(options.headerEveryPage !== undefined ? { headerEveryPage: options.headerEveryPage } : {}),
  });
}
