/**
 * The importer call itself, shared by the worker and the in-page fallback, so both
 * behave the same. Every kind of report is read here, off the pane's thread: a large
 * export must never freeze the pane (or Excel, which restarts an add-in that blocks for
 * 5 s). The importers return errors as values; a throw is a bug and becomes a 'crash'
 * reply that the pane shows, rather than a hung progress bar.
 *
 * When a file's columns cannot be found by their headers, the reply carries its first
 * rows, so the pane can offer the columns the file has, to choose by hand.
 */
import { importDossierExport } from '../../domain/imports/loket-dossiers';
import { importSigningExport } from '../../domain/imports/loket-signing';
import { previewRows } from '../../domain/imports/preview';
import { isZip, readXlsxGrid } from '../../domain/imports/xlsx-grid';
import { classifyDossierHeader } from '../../domain/imports/dossier-columns';
import { importXpertReport } from '../../domain/imports/xpert-suite';
import { readXpertUpload } from '../../domain/xpert/upload';
import type { Result } from '../../domain/problems';
import type { ImportInput, KindValue, ImportKind } from '../imports/import-kinds';
import type { ImportJobMessage, WorkerReply } from './import-protocol';

/** Errors that mean: the columns were not found; the user can choose them. */
const COLUMN_CODES = new Set(['import.noCountColumns', 'import.noEmployerNumberColumn', 'signing.noRequestsColumn', 'xpert.noEmployeesColumn', 'xpert.noSmsColumn', 'xpert.noEmployerColumn']);

/** A Loket export opened in Excel and saved as .xlsx: the sheet with the export's header. */
const looksLikeDossierSheet = (grid: string[][]) => grid.slice(0, 100).some((row) => row.filter((c) => classifyDossierHeader(c) !== null).length >= 2);

async function importJob(job: ImportJobMessage): Promise<{ result: Result<KindValue<ImportKind>>; table: ImportInput }> {
  const { input, source } = job;
  switch (job.kind) {
    case 'dossiers': {
      if ('bytes' in input && isZip(input.bytes)) {
        const read = await readXlsxGrid(input.bytes, source, { prefer: looksLikeDossierSheet });
        if (!read.ok) return { result: read, table: input };
        const table = { grid: read.value.grid };
        const r = importDossierExport(table, source, job.options);
        return { result: { ...r, warnings: [...read.warnings, ...r.warnings] }, table };
      }
      return { result: importDossierExport(input, source, job.options), table: input };
    }
    case 'signing':
      return { result: importSigningExport(input, source, job.options), table: input };
    case 'xpert':
      return { result: 'bytes' in input ? await readXpertUpload(input.bytes, source, job.options) : importXpertReport(input, source, job.options), table: input };
  }
}

export async function runImport(job: ImportJobMessage): Promise<WorkerReply> {
  const t0 = Date.now();
  try {
    const { result, table } = await importJob(job);
    const preview = !result.ok && COLUMN_CODES.has(result.error.code) ? previewRows(table, job.source) : undefined;
    return { id: job.id, type: 'result', result, ...(preview?.length ? { preview } : {}), ms: Date.now() - t0 };
  } catch (e) {
    return { id: job.id, type: 'crash', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}
