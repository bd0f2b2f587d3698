/**
 * A report file the user chose → the pure importer of the report it should be, whatever
 * format it came in: a PDF is read into positioned text (pdf-reader.ts) and rebuilt into
 * the grid its CSV would hold; an .xlsx (Otherside's download, or a Loket CSV opened in
 * Excel and saved as a workbook) is read into a grid (xlsx-grid.ts); text
 * goes to the importer as bytes, which decodes it itself. The CLI and the task pane both
 * call these, so a file behaves the same in either; the pane hands in a PDF reader that
 * runs in its import worker. Invoices: invoice-upload.ts.
 *
 * What lives in src/readers/ (adapters at the edge, beside the writers): pdf-reader.ts and
 * pdfjs.ts (PDF → positioned text), xlsx-grid.ts (.xlsx → grid through ExcelJS), upload.ts
 * and invoice-upload.ts (a chosen file → the right pure importer).
 */
import { classifyDossierHeader, importDossierExport } from '../domain/imports/loket-dossiers';
import { importSigningExport } from '../domain/imports/loket-signing';
import { importPdfReport } from '../domain/imports/pdf-report';
import type { ReportKind } from '../domain/imports/report-kind';
import type { SigningExport, SigningImportOptions } from '../domain/imports/signing-types';
import { isPdf } from '../domain/imports/text';
import type { DossierExport, DossierImportOptions, Grid, SourceInfo } from '../domain/imports/types';
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

/** The sheet that holds the report (`prefer`), read into a grid and imported; the reader's warnings come along. */
async function importXlsx<T>(bytes: Uint8Array, source: SourceInfo, prefer: (grid: Grid) => boolean, importer: (input: ImportInput) => Result<T>): Promise<Result<T>> {
  const read = await readXlsxGrid(bytes, source, { prefer: (grid) => prefer(grid.slice(0, 100)) });
  if (!read.ok) return read;
  const imported = importer({ grid: read.value.grid });
  return { ...imported, warnings: [...read.warnings, ...imported.warnings] };
}

/** A row with two or more headers of the dossier export: the sheet to read in a workbook. */
const hasDossierHeader = (grid: Grid) => grid.some((row) => row.filter((c) => classifyDossierHeader(c) !== null).length >= 2);

/** 'Dossiervorming Qwoater per werkgever' as CSV or PDF, or as the CSV opened in Excel and saved as .xlsx. */
export function importDossierUpload(bytes: Uint8Array, source: SourceInfo, options: DossierImportOptions = {}, readPdf: PdfReader = readPdfText): Promise<Result<DossierExport>> {
  const importer = (input: ImportInput) => importDossierExport(input, source, options);
  return isZip(bytes) ? importXlsx(bytes, source, hasDossierHeader, importer) : importReport(bytes, source, 'dossiers', importer, readPdf);
}

/** 'Ondertekenverzoeken per werkgever' as CSV or PDF. */
export function importSigningUpload(bytes: Uint8Array, source: SourceInfo, options: SigningImportOptions = {}, readPdf: PdfReader = readPdfText): Promise<Result<SigningExport>> {
  return importReport(bytes, source, 'signing', (input) => importSigningExport(input, source, options), readPdf);
}

/** An Otherside at Work specification as CSV, PDF or the Excel download. */
export function readXpertUpload(bytes: Uint8Array, source: SourceInfo, options: XpertImportOptions = {}, readPdf: PdfReader = readPdfText): Promise<Result<XpertReport>> {
  const importer = (input: ImportInput) => importXpertReport(input, source, options);
  return isZip(bytes) ? importXlsx(bytes, source, (grid) => grid.some(looksLikeXpertHeader), importer) : importReport(bytes, source, 'xpert', importer, readPdf);
}
