/**
 * The importer call itself, shared by the worker and the in-page fallback, so both
 * behave the same. Every kind of report is read here, off the pane's thread, whatever
 * its format (CSV, PDF, .xlsx, pasted text, selected cells): a large export must never
 * freeze the pane (or Excel, which restarts an add-in that blocks for 5 s), and PDF.js and
 * ExcelJS load, in chunks of their own, only when a PDF or an .xlsx comes in. The
 * importers return errors as values; a throw is a bug and becomes a 'crash' reply that
 * the pane shows, rather than a hung progress bar.
 *
 * When a file's columns cannot be found by their headers, the reply carries its first
 * rows, so the pane can offer the columns the file has, to choose by hand.
 */
import { dossierHeaderScore, importDossierExport } from '../../domain/imports/loket-dossiers';
import { importSigningExport, signingHeaderScore } from '../../domain/imports/loket-signing';
import { previewRows } from '../../domain/imports/preview';
import { isPdf } from '../../domain/imports/text';
import type { Grid } from '../../domain/imports/types';
import { importXpertReport, xpertHeaderScore } from '../../domain/imports/xpert-suite';
import type { Result } from '../../domain/problems';
import { readPdfText } from '../../readers/pdf-reader';
import { importDossierUpload, importSigningUpload, readXpertUpload } from '../../readers/upload';
import { isZip, readXlsxGrid } from '../../readers/xlsx-grid';
import type { ImportInput, ImportKind, KindValue } from '../imports/import-kinds';
import type { ImportJobMessage, WorkerReply } from './import-protocol';

/** Errors that mean: the columns were not found; the user can choose them. */
const COLUMN_CODES = new Set(['import.noCountColumns', 'import.noEmployerNumberColumn', 'signing.noRequestsColumn', 'xpert.noEmployeesColumn', 'xpert.noSmsColumn', 'xpert.noEmployerColumn']);

type ReportJob = Exclude<ImportJobMessage, { kind: 'pdfText' }>;

function importJob(job: ReportJob): Promise<Result<KindValue<ImportKind>>> | Result<KindValue<ImportKind>> {
  const { input, source } = job;
  switch (job.kind) {
    case 'dossiers':
      return 'bytes' in input ? importDossierUpload(input.bytes, source, job.options) : importDossierExport(input, source, job.options);
    case 'signing':
      return 'bytes' in input ? importSigningUpload(input.bytes, source, job.options) : importSigningExport(input, source, job.options);
    case 'xpert':
      return 'bytes' in input ? readXpertUpload(input.bytes, source, job.options) : importXpertReport(input, source, job.options);
  }
}

/** Each report's header, which its importer's separator sniffing looks for; the preview splits text the same way. */
const HEADER_SCORES = { dossiers: dossierHeaderScore, signing: signingHeaderScore, xpert: xpertHeaderScore } as const;

/** The file's first rows as the importer saw them: a spreadsheet's cells, or the text; none of a PDF. */
async function preview(job: ReportJob): Promise<Grid> {
  const { input, source } = job;
  if ('bytes' in input && isPdf(input.bytes)) return [];
  if ('bytes' in input && isZip(input.bytes)) {
    const read = await readXlsxGrid(input.bytes, source);
    return read.ok ? previewRows({ grid: read.value.grid } satisfies ImportInput, source) : [];
  }
  return previewRows(input, source, undefined, HEADER_SCORES[job.kind]);
}

export async function runImport(job: ImportJobMessage): Promise<WorkerReply> {
  const t0 = Date.now();
  try {
    if (job.kind === 'pdfText') return { id: job.id, type: 'pdfText', result: await readPdfText(job.bytes, job.source), ms: Date.now() - t0 };
    const result = await importJob(job);
    const rows = !result.ok && COLUMN_CODES.has(result.error.code) ? await preview(job) : [];
    return { id: job.id, type: 'result', result, ...(rows.length ? { preview: rows } : {}), ms: Date.now() - t0 };
  } catch (e) {
    return { id: job.id, type: 'crash', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}
