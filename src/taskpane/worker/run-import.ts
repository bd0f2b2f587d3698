/**
 * The importer call itself, shared by the worker and the in-page fallback, so both
 * behave the same. The importer returns errors as values; a throw is a bug and becomes
 * a 'crash' reply that the pane shows, rather than a hung progress bar. A PDF is read here
 * too: PDF.js loads, in a chunk of its own, the first time one comes in.
 */
import { importDossierExport } from '../../domain/imports/loket-dossiers';
import { readPdfText } from '../../readers/pdf-reader';
import { importDossierUpload } from '../../readers/upload';
import type { ImportJobMessage, WorkerReply } from './import-protocol';

export async function runImport(job: ImportJobMessage): Promise<WorkerReply> {
  const t0 = Date.now();
  try {
    if (job.kind === 'pdfText') return { id: job.id, type: 'pdfText', result: await readPdfText(job.bytes, job.source), ms: Date.now() - t0 };
    const { input, source, options } = job;
    const result = 'bytes' in input ? await importDossierUpload(input.bytes, source, options) : importDossierExport(input, source, options);
    return { id: job.id, type: 'result', result, ms: Date.now() - t0 };
  } catch (e) {
    return { id: job.id, type: 'crash', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}
