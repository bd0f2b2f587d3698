/**
 * Reads every import off the main thread, so a large CSV or a PDF never freezes the pane
 * (or Excel, which restarts an add-in that blocks for 5 s). Cancelling terminates this
 * worker; the importers are synchronous and cannot be interrupted any other way.
 */
import type { ImportJobMessage, WorkerReply } from './import-protocol';
import { runImport } from './run-import';

// The project compiles against the DOM library; these are the two worker members used.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportJobMessage>) => void) | null;
  postMessage(reply: WorkerReply): void;
};

scope.onmessage = (event) => {
  const job = event.data;
  scope.postMessage({ id: job.id, type: 'started' });
  void runImport(job).then((reply) => scope.postMessage(reply));
};
