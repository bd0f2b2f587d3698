/**
 * Reads one 'Ondertekenverzoeken per werkgever' into a SigningSource. A CSV, a paste or a
 * selection is read in the page, not in the import worker: a signing report has one row
 * per employer per period (a few thousand rows at most, parsed in milliseconds), and the
 * worker's protocol is built for the dossier exports. A PDF's text is read in the import
 * worker (PDF.js), so a PDF source first shows as being read and is then replaced by its
 * result (readSigningPdf). A throw is a bug and is shown as such, never swallowed.
 */
import { importSigningExport } from '../../domain/imports/loket-signing';
import type { SigningExport } from '../../domain/imports/signing-types';
import { isPdf } from '../../domain/imports/text';
import type { Problem, Result } from '../../domain/problems';
import { readPdfInWorker } from '../worker/pdf-client';
import type { SigningRequest, SigningSource } from './year-state';

let seq = 0;

export const isPdfRequest = (request: SigningRequest | null): boolean => request !== null && 'bytes' in request.input && isPdf(request.input.bytes);

export function importSigning(request: SigningRequest): SigningSource {
  const id = `signing-${++seq}`;
  if (isPdfRequest(request)) {
    return { id, label: request.source.label, request, result: { ok: false, error: { kind: 'message', severity: 'info', key: 'slot.readingPdf', params: { file: request.source.label } }, warnings: [] } };
  }
  try {
    return sourceOf(id, request, importSigningExport(request.input, request.source, request.options));
  } catch (e) {
    return crashed(id, request, e);
  }
}

/** The PDF source's real result, under the same id, for 'signing.replace'. */
export async function readSigningPdf(pending: SigningSource): Promise<SigningSource> {
  const { request } = pending;
  if (!request || !('bytes' in request.input)) return pending;
  try {
    const { importSigningUpload } = await import(/* webpackChunkName: "readers" */ '../../readers/upload');
    return sourceOf(pending.id, request, await importSigningUpload(request.input.bytes, request.source, request.options, readPdfInWorker));
  } catch (e) {
    return crashed(pending.id, request, e);
  }
}

function sourceOf(id: string, request: SigningRequest, r: Result<SigningExport>): SigningSource {
  return r.ok
    ? { id, label: request.source.label, request, result: { ok: true, exp: r.value, warnings: r.warnings } }
    : { id, label: request.source.label, request, result: { ok: false, error: { kind: 'problem', problem: r.error }, warnings: r.warnings } };
}

function crashed(id: string, request: SigningRequest, e: unknown): SigningSource {
  const reason = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return { id, label: request.source.label, request, result: { ok: false, error: { kind: 'message', severity: 'error', key: 'slot.workerError', params: { reason } }, warnings: [] } };
}

/** A source that never reached the importer (too large, no selection), with the pane's message. */
export function failedSigning(request: SigningRequest, error: SigningSource['result'] & { ok: false }): SigningSource {
  return { id: `signing-${++seq}`, label: request.source.label, request, result: error };
}

/** A report restored from the workbook: its counts as they were imported, without the file. */
export function restoredSigning(exp: SigningExport, warnings: Problem[]): SigningSource {
  return { id: `signing-${++seq}`, label: exp.source.label, request: null, result: { ok: true, exp, warnings } };
}
