/**
 * Runs the xlsx writer in a worker. One worker is kept between files, so the second
 * file benefits from the first one's compiled code; prepareXlsxWorker starts (and warms)
 * it ahead of time. Aborting terminates the worker at once; the next file starts a new one.
 */
import type { WorkbookPlan } from '../../domain/spec/plan';
import { planToWire } from './plan-wire';
import type { XlsxReply, XlsxRequest } from './xlsx.worker';

let idle: Worker | null = null;

function spawn(): Worker {
  return new Worker(/* webpackChunkName: "xlsx-worker" */ new URL('./xlsx.worker.ts', import.meta.url), { name: 'factuurcheck-xlsx' });
}

const send = (w: Worker, req: XlsxRequest) => w.postMessage(req);

/** Starts the writer and lets it warm up; cheap to call again. */
export function prepareXlsxWorker(): void {
  if (idle) return;
  idle = spawn();
  send(idle, { type: 'warm' });
}

export function writeXlsxInWorker(planObject: WorkbookPlan, signal?: AbortSignal, opts: { checked?: boolean } = {}): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DOMException('Aborted', 'AbortError'));
    const checked = opts.checked === true;
    let plan: string;
    try {
      plan = planToWire(planObject, checked);
    } catch (e) {
      return reject(e instanceof Error ? e : new Error(String(e)));
    }
    const worker = idle ?? spawn();
    idle = null;
    const stop = () => {
      worker.terminate();
      reject(new DOMException('Aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', stop, { once: true });
    const finish = (keep: boolean) => {
      signal?.removeEventListener('abort', stop);
      worker.onmessage = null;
      worker.onerror = null;
      // A healthy worker goes back for the next file; one that failed is not trusted again.
      if (keep && !idle) idle = worker;
      else worker.terminate();
    };
    worker.onmessage = (e: MessageEvent<XlsxReply>) => {
      if (e.data.type === 'warmed') return;
      if (e.data.type === 'done') {
        finish(true);
        resolve(e.data.bytes);
      } else {
        finish(false);
        reject(new Error(e.data.message));
      }
    };
    worker.onerror = (e: ErrorEvent) => {
      e.preventDefault();
      finish(false);
      reject(new Error(e.message || 'xlsx worker failed'));
    };
    send(worker, { type: 'write', plan, checked });
  });
}
