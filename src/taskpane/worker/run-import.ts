/**
 * The importer call itself, shared by the worker and the in-page fallback, so both
 * behave the same. The importer returns errors as values; a throw is a bug and becomes
 * a 'crash' reply that the pane shows, rather than a hung progress bar.
 */
import { importDossierExport } from '../../domain/imports/loket-dossiers';
import type { ImportJobMessage, WorkerReply } from './import-protocol';

export function runImport(job: ImportJobMessage): WorkerReply {
  const t0 = Date.now();
  try {
    const result = importDossierExport(job.input, job.source, job.options);
    return { id: job.id, type: 'result', result, ms: Date.now() - t0 };
  } catch (e) {
    return { id: job.id, type: 'crash', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}
