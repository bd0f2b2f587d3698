/**
 * A report file the user chose → the pure importer of the report it should be, whatever
 * format it came in: a PDF is read into positioned text (pdf-reader.ts) and rebuilt into
 * the grid its CSV would hold; an Otherside .xlsx is read into a grid (xlsx-grid.ts); text
 * goes to the importer as bytes, which decodes it itself. The CLI and the task pane both
 * call these, so a file behaves the same in either; the pane hands in a PDF reader that
 * runs in its import worker. Invoices: invoice-upload.ts.
 */
import { importDossierExport } from '../domain/imports/loket-dossiers';
import { importSigningExport } from '../domain/imports/loket-signing';
import { importPdfReport } from '../domain/imports/pdf-report';
import type { ReportKind } from '../domain/imports/report-kind';
import type { SigningExport, SigningImportOptions } from '../domain/imports/signing-types';
import { isPdf } from '../domain/imports/text';
import type { DossierExport, DossierImportOptions, SourceInfo } from '../domain/imports/types';
import type { ImportInput } from '../domain/imports/input';
import { importXpertReport, looksLikeXpertHeader } from '../domain/imports/xpert-suite';
import type { XpertImportOptions, XpertReport } from '../domain/imports/xpert-types';
import type { Result } from '../domain/problems';
import { readPdfText, type PdfReader } from './pdf-reader';
import { isZip, readXlsxGrid } from './xlsx-grid';

async function importReport<T>(bytes: Uint8Array, source: SourceInfo, report: ReportKind, importer: (input: ImportInput) => Result<T>, readPdf: PdfReader): Promise<Result<T>> {
  if (!isPdf(bytes)) return importer({ bytes });
  const text = await readPdf(bytes, source);
  return text.ok ? importPdfReport(text.value, source, report, importer) : text;
}

/** 'Dossiervorming Qwoater per werkgever' as CSV or PDF. */
export function importDossierUpload(bytes: Uint8Array, source: SourceInfo, options: DossierImportOptions = {}, readPdf: PdfReader = readPdfText): Promise<Result<DossierExport>> {
  return importReport(bytes, source, 'dossiers', (input) => importDossierExport(input, source, options), readPdf);
}

/** 'Ondertekenverzoeken per werkgever' as CSV or PDF. */
export function importSigningUpload(bytes: Uint8Array, source: SourceInfo, options: SigningImportOptions = {}, readPdf: PdfReader = readPdfText): Promise<Result<SigningExport>> {
  return importReport(bytes, source, 'signing', (input) => importSigningExport(input, source, options), readPdf);
}

/** An Otherside at Work specification as CSV, PDF or the Excel download. */
export async function readXpertUpload(bytes: Uint8Array, source: SourceInfo, options: XpertImportOptions = {}, readPdf: PdfReader = readPdfText): Promise<Result<XpertReport>> {
  if (!isZip(bytes)) return importReport(bytes, source, 'xpert', (input) => importXpertReport(input, source, options), readPdf);
  const read = await readXlsxGrid(bytes, source, { prefer: (grid) => grid.slice(0, 100).some(looksLikeXpertHeader) });
  if (!read.ok) return read;
  const imported = importXpertReport({ grid: read.value.grid }, source, options);
  return { ...imported, warnings: [...read.warnings, ...imported.warnings] };
}
