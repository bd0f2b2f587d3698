/**
 * 'Dossiervorming Qwoater per werkgever' as Loket might print it to PDF, and the CSV the
 * same report would download as: the twins the PDF tests compare. Both are written from
 * the same rows here, by code that shares nothing with the importers. Two layouts: the one
 * of examples/loket-dossiers-31-12-*.csv, and the model-1 one whose active column stands
 * before the inactive one ('Actieve' left of 'Inactieve', which a letter fallback would
 * swap).
 */
import { reportPdf, type PdfColumn, type ReportPdfSpec } from './report-pdf';

export interface TwinEmployer {
  number: string;
  name: string;
  employerDossiers: number;
  /** F */
  employeeDossiers: number;
  /** G */
  inactiveDossiers: number;
}

export interface TwinReport {
  /** dd-mm-yyyy */
  peildatum: string;
  provider: string;
  employers: TwinEmployer[];
  layout: 'year' | 'model1';
  totalsRow: boolean;
  /** Counts as Loket prints them: '1.204' (true) or '1204'. */
  thousands: boolean;
}

/** The header cells as printed, wrapped where a report tool wraps them ('\n'). */
const LAYOUTS: Record<TwinReport['layout'], (PdfColumn & { csv: string })[]> = {
  year: [
    { header: 'Werkgevers-\nnummer', csv: 'Werkgeversnummer', width: 52, align: 'left' },
    { header: 'Naam werkgever', csv: 'Naam werkgever', width: 128, align: 'left' },
    { header: 'Admini-\nstratie', csv: 'Administratie', width: 40, align: 'left' },
    { header: 'Peildatum', csv: 'Peildatum', width: 50, align: 'left' },
    { header: 'Werkgevers-\ndossier', csv: 'Werkgeversdossier', width: 52, align: 'right' },
    { header: 'Aantal\nwerknemers-\ndossier', csv: 'Aantalwerknemersdossier', width: 58, align: 'right' },
    { header: 'Inactieve\nwerknemers-\ndossiers', csv: 'Inactieve werknemersdossiers', width: 58, align: 'right' },
    { header: 'Actieve\nwerknemers-\ndossiers', csv: 'Actieve werknemersdossiers', width: 58, align: 'right' },
  ],
  model1: [
    { header: 'Werkgever nr', csv: 'Werkgever nr', width: 50, align: 'left' },
    { header: 'Naam', csv: 'Naam', width: 150, align: 'left' },
    { header: 'Relatie-\nnummer', csv: 'Relatienummer', width: 50, align: 'left' },
    { header: 'Werkgevers-\ndossier', csv: 'Werkgeversdossier', width: 52, align: 'right' },
    { header: 'Actieve\nwerknemers-\ndossiers', csv: 'Actieve werknemersdossiers', width: 58, align: 'right' },
    { header: 'Inactieve\nwerknemers-\ndossiers', csv: 'Inactieve werknemersdossiers', width: 58, align: 'right' },
    { header: 'Aantal werknemers-\ndossiers', csv: 'Aantal werknemersdossiers', width: 70, align: 'right' },
  ],
};

const grouped = (n: number, thousands: boolean) => (thousands ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.') : String(n));

/** The rows of both twins, cell by cell, the totals row included. */
export function twinRows(r: TwinReport): string[][] {
  const c = (n: number) => grouped(n, r.thousands);
  const rows = r.employers.map((e, i) => {
    const active = c(e.employeeDossiers - e.inactiveDossiers);
    return r.layout === 'year'
      ? [e.number, e.name, String(1 + (i % 3)).padStart(2, '0'), r.peildatum, c(e.employerDossiers), c(e.employeeDossiers), c(e.inactiveDossiers), active]
      : [e.number, e.name, `R${String(7000 + i)}`, c(e.employerDossiers), active, c(e.inactiveDossiers), c(e.employeeDossiers)];
  });
  if (r.totalsRow) {
    const sum = (f: (e: TwinEmployer) => number) => c(r.employers.reduce((s, e) => s + f(e), 0));
    const [E, F, G, A] = [sum((e) => e.employerDossiers), sum((e) => e.employeeDossiers), sum((e) => e.inactiveDossiers), sum((e) => e.employeeDossiers - e.inactiveDossiers)];
    rows.push(r.layout === 'year' ? ['Totaal', '', '', '', E, F, G, A] : ['Totalen', '', '', E, A, G, F]);
  }
  return rows;
}

const titleLines = (r: TwinReport) => ['Dossiervorming Qwoater per werkgever', `Peildatum: ${r.peildatum}`, r.provider];

/** The CSV download: ';', every text quoted the way Excel quotes. */
export function twinCsv(r: TwinReport): string {
  const quote = (s: string) => (/[;"\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [...titleLines(r), '', LAYOUTS[r.layout].map((c) => c.csv).join(';'), ...twinRows(r).map((row) => row.map(quote).join(';'))];
  return lines.join('\r\n') + '\r\n';
}

export type TwinPrint = Pick<ReportPdfSpec, 'orientation' | 'cellAlign' | 'headerEveryPage' | 'maxRowsPerPage' | 'notes' | 'userPassword'>;

/** The PDF printout of the same report: title, wrapped header on every page, footers. */
export function twinPdf(r: TwinReport, print: TwinPrint = {}): Promise<Uint8Array> {
  return reportPdf({
    title: titleLines(r),
    pageHeading: [`${r.provider} · Dossiervorming Qwoater per werkgever`],
    columns: LAYOUTS[r.layout],
    rows: twinRows(r),
    footer: 'Afgedrukt op 02-01-2025 09:14 door Loket.nl',
    ...print,
  });
}
