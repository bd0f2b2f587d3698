/**
 * The PDF reader for Qwoater's invoices (year/InvoicePaste.tsx), the one read whose result
 * is not a report: PDF.js reads the positioned text in the import worker, where it is
 * loaded only when a PDF comes in, and the lines are recognised here on the page. Every
 * report (exports, signing, Otherside) is read whole in the worker (run-import.ts).
 * One worker serves these reads, one at a time in order.
 */
import type { SourceInfo } from '../../domain/imports/types';
import { error, fail, type Result } from '../../domain/problems';
import type { PdfText } from '../../domain/imports/pdf-text';
import type { PdfReader } from '../../readers/pdf-reader';
import { createWorkerRunner, type ImportRunner } from './import-client';
import { createInlineRunner } from './inline-runner';

let runner: ImportRunner | null = null;
let queue: Promise<unknown> = Promise.resolve();

async function read(bytes: Uint8Array, source: SourceInfo): Promise<Result<PdfText>> {
  runner ??= typeof Worker !== 'undefined' ? createWorkerRunner() : createInlineRunner();
  const outcome = await runner.run({ kind: 'pdfText', bytes, source }).done;
  if (outcome.type === 'pdfText') return outcome.result;
  // A crash is a bug of ours; said with its reason, as the export slots do.
  const reason = outcome.type === 'crash' ? outcome.message : outcome.type;
  return fail(error('import.unexpected', { reason }, { file: source.label }));
}

export const readPdfInWorker: PdfReader = (bytes, source) => {
  const next = queue.then(() => read(bytes, source));
  queue = next.catch(() => undefined);
  return next;
};
