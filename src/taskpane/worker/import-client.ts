/**
 * Runs imports in a Web Worker, one job at a time per client (one client per export
 * slot). Cancel terminates the worker, the only way to stop a synchronous parse; the
 * next job starts a fresh one.
 */
import type { ImportJob, ImportJobMessage, WorkerReply } from './import-protocol';

export type ImportOutcome = WorkerReply | { id: number; type: 'cancelled' };

export interface ImportRunner {
  run(job: ImportJob): { id: number; done: Promise<ImportOutcome>; cancel(): void };
  dispose(): void;
}

let nextId = 1;

export function createWorkerRunner(makeWorker: () => Worker = defaultWorker): ImportRunner {
  let worker: Worker | null = null;
  let pending: { id: number; resolve: (o: ImportOutcome) => void } | null = null;

  const finish = (o: ImportOutcome) => {
    if (pending && pending.id === o.id) {
      const p = pending;
      pending = null;
      p.resolve(o);
    }
  };

  const kill = () => {
    worker?.terminate();
    worker = null;
  };

  const ensureWorker = (): Worker => {
    if (worker) return worker;
    const w = makeWorker();
    w.onmessage = (e: MessageEvent<WorkerReply>) => {
      if (e.data.type !== 'started') finish(e.data);
    };
    // A worker that fails to load or dies must not leave a spinner running for ever.
    w.onerror = (e: ErrorEvent) => {
      e.preventDefault();
      if (pending) finish({ id: pending.id, type: 'crash', message: e.message || 'worker error' });
      kill();
    };
    worker = w;
    return w;
  };

  return {
    run(job) {
      if (pending) {
        // A new job replaces the old one: the old answer would be stale anyway.
        finish({ id: pending.id, type: 'cancelled' });
        kill();
      }
      const id = nextId++;
      const done = new Promise<ImportOutcome>((resolve) => {
        pending = { id, resolve };
      });
      try {
        ensureWorker().postMessage({ ...job, id } satisfies ImportJobMessage);
      } catch (e) {
        finish({ id, type: 'crash', message: e instanceof Error ? e.message : String(e) });
      }
      return {
        id,
        done,
        cancel: () => {
          if (pending?.id !== id) return;
          kill();
          finish({ id, type: 'cancelled' });
        },
      };
    },
    dispose() {
      if (pending) finish({ id: pending.id, type: 'cancelled' });
      kill();
    },
  };
}

function defaultWorker(): Worker {
  return new Worker(/* webpackChunkName: "import-worker" */ new URL('./import.worker.ts', import.meta.url), { name: 'factuurcheck-import' });
}
