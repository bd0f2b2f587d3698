/**
 * Reads one 'Ondertekenverzoeken per werkgever' into a SigningSource. It runs in the page,
 * not in the import worker: a signing report has one row per employer per period (a few
 * thousand rows at most, parsed in milliseconds), and the worker's protocol is built for
 * the dossier exports. A throw is a bug and is shown as such, never swallowed.
 */
import { importSigningExport } from '../../domain/imports/loket-signing';
import type { SigningRequest, SigningSource } from './year-state';

let seq = 0;

export function importSigning(request: SigningRequest): SigningSource {
  const id = `signing-${++seq}`;
  try {
    const r = importSigningExport(request.input, request.source, request.options);
    return r.ok
      ? { id, request, result: { ok: true, exp: r.value, warnings: r.warnings } }
      : { id, request, result: { ok: false, error: { kind: 'problem', problem: r.error }, warnings: r.warnings } };
  } catch (e) {
    const reason = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return { id, request, result: { ok: false, error: { kind: 'message', severity: 'error', key: 'slot.workerError', params: { reason } }, warnings: [] } };
  }
}

/** A source that never reached the importer (too large, no selection), with the pane's message. */
export function failedSigning(request: SigningRequest, error: SigningSource['result'] & { ok: false }): SigningSource {
  return { id: `signing-${++seq}`, request, result: error };
}
