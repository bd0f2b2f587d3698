/**
 * Reads one 'Ondertekenverzoeken per werkgever' into a SigningSource. It runs in the page,
 * not in the import worker: a signing report has one row per employer per period (a few
 * thousand rows at most, parsed in milliseconds), and the worker's protocol is built for
 * the dossier exports. A throw is a bug and is shown as such, never swallowed.
 */
import { importSigningExport } from '../../domain/imports/loket-signing';
import type { SigningExport } from '../../domain/imports/signing-types';
import type { Problem } from '../../domain/problems';
import type { SigningRequest, SigningSource } from './year-state';

let seq = 0;

export function importSigning(request: SigningRequest): SigningSource {
  const id = `signing-${++seq}`;
  try {
    const r = importSigningExport(request.input, request.source, request.options);
    const label = request.source.label;
    return r.ok
      ? { id, label, request, result: { ok: true, exp: r.value, warnings: r.warnings } }
      : { id, label, request, result: { ok: false, error: { kind: 'problem', problem: r.error }, warnings: r.warnings } };
  } catch (e) {
    const reason = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return { id, label: request.source.label, request, result: { ok: false, error: { kind: 'message', severity: 'error', key: 'slot.workerError', params: { reason } }, warnings: [] } };
  }
}

/** A source that never reached the importer (too large, no selection), with the pane's message. */
export function failedSigning(request: SigningRequest, error: SigningSource['result'] & { ok: false }): SigningSource {
  return { id: `signing-${++seq}`, label: request.source.label, request, result: error };
}

/** A report restored from the workbook: its counts as they were imported, without the file. */
export function restoredSigning(exp: SigningExport, warnings: Problem[]): SigningSource {
  return { id: `signing-${++seq}`, label: exp.source.label, request: null, result: { ok: true, exp, warnings } };
}
