/**
 * Runs imports in a Web Worker, one job at a time, in the order they came (a batch of
 * Otherside files, or this year's and last year's export dropped one after the other).
 * Cancel drops a queued job, or terminates the worker when the job is running: the only
 * way to stop a synchronous parse. The next job then starts a fresh worker.
 */
import type { ImportJob, ImportJobMessage, WorkerReply } from './import-protocol';

export type ImportOutcome = Exclude<WorkerReply, { type: 'started' }> | { id: number; type: 'cancelled' };

export interface ImportRunner {
  run(job: ImportJob): { id: number; done: Promise<ImportOutcome>; cancel(): void };
  dispose(): void;
}

let nextId = 1;

interface Pending {
  id: number;
  job: ImportJobMessage;
  resolve: (o: ImportOutcome) => void;
}

export function createWorkerRunner(makeWorker: () => Worker = defaultWorker): ImportRunner {
  let worker: Worker | null = null;
  let running: Pending | null = null;
  const queue: Pending[] = [];

  const kill = () => {
    worker?.terminate();
    worker = null;
  };

  const finish = (o: ImportOutcome) => {
    if (running?.id !== o.id) return;
    const p = running;
    running = null;
    p.resolve(o);
    next();
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
      kill();
      if (running) finish({ id: running.id, type: 'crash', message: e.message || 'worker error' });
    };
    worker = w;
    return w;
  };

  function next() {
    if (running || queue.length === 0) return;
    running = queue.shift()!;
    try {
      ensureWorker().postMessage(running.job);
    } catch (e) {
      finish({ id: running.id, type: 'crash', message: e instanceof Error ? e.message : String(e) });
    }
  }

  return {
    run(job) {
      const id = nextId++;
      const done = new Promise<ImportOutcome>((resolve) => queue.push({ id, job: { ...job, id } as ImportJobMessage, resolve }));
      next();
      return {
        id,
        done,
        cancel: () => {
          const queued = queue.findIndex((p) => p.id === id);
          if (queued >= 0) {
            queue.splice(queued, 1)[0]!.resolve({ id, type: 'cancelled' });
          } else if (running?.id === id) {
            kill();
            finish({ id, type: 'cancelled' });
          }
        },
      };
    },
    dispose() {
      for (const p of queue.splice(0)) p.resolve({ id: p.id, type: 'cancelled' });
      if (running) {
        const p = running;
        running = null;
        p.resolve({ id: p.id, type: 'cancelled' });
      }
      kill();
    },
  };
}

function defaultWorker(): Worker {
  return new Worker(/* webpackChunkName: "import-worker" */ new URL('./import.worker.ts', import.meta.url), { name: 'factuurcheck-import' });
}
