/**
 * The import worker's client: jobs run one at a time in the order they came; cancelling a
 * queued job drops it, cancelling the running one terminates the worker and the next job
 * starts on a fresh one; a worker that dies answers its job with a crash, never a hang.
 */
import { describe, expect, it } from 'vitest';
import { createWorkerRunner, type ImportOutcome } from '../../src/taskpane/worker/import-client';
import type { ImportJob, ImportJobMessage, WorkerReply } from '../../src/taskpane/worker/import-protocol';

class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((e: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  received: ImportJobMessage[] = [];
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(job: ImportJobMessage) {
    this.received.push(job);
  }
  terminate() {
    this.terminated = true;
  }
  /** The worker answers its last job. */
  answer() {
    const job = this.received.at(-1)!;
    this.onmessage?.({ data: { id: job.id, type: 'result', result: { ok: true, value: job.source.label, warnings: [] }, ms: 0 } } as unknown as MessageEvent<WorkerReply>);
  }
  die(message: string) {
    this.onerror?.({ message, preventDefault() {} } as unknown as ErrorEvent);
  }
}

const job = (label: string): ImportJob => ({ kind: 'dossiers', input: { text: label }, source: { label }, options: {} });
const settled = async (p: Promise<ImportOutcome>) => {
  let out: ImportOutcome | null = null;
  void p.then((o) => (out = o));
  await new Promise((r) => setTimeout(r, 0));
  return out as ImportOutcome | null;
};

describe('the import worker client', () => {
  it('runs jobs one at a time, in order, on one worker', async () => {
    FakeWorker.made = [];
    const runner = createWorkerRunner(() => new FakeWorker() as unknown as Worker);
    const a = runner.run(job('a'));
    const b = runner.run(job('b'));
    const w = FakeWorker.made[0]!;
    expect(w.received.map((j) => j.source.label)).toEqual(['a']);
    w.answer();
    expect(await settled(a.done)).toMatchObject({ type: 'result' });
    expect(w.received.map((j) => j.source.label)).toEqual(['a', 'b']);
    w.answer();
    expect(await settled(b.done)).toMatchObject({ type: 'result' });
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('cancelling a queued job drops it; cancelling the running one terminates the worker and the next starts afresh', async () => {
    FakeWorker.made = [];
    const runner = createWorkerRunner(() => new FakeWorker() as unknown as Worker);
    const a = runner.run(job('a'));
    const b = runner.run(job('b'));
    const c = runner.run(job('c'));
    b.cancel();
    expect(await settled(b.done)).toMatchObject({ type: 'cancelled' });
    a.cancel();
    expect(await settled(a.done)).toMatchObject({ type: 'cancelled' });
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    // 'c' runs next, on a new worker; 'b' never reached one.
    expect(FakeWorker.made).toHaveLength(2);
    expect(FakeWorker.made[1]!.received.map((j) => j.source.label)).toEqual(['c']);
    FakeWorker.made[1]!.answer();
    expect(await settled(c.done)).toMatchObject({ type: 'result' });
  });

  it('a worker that dies answers its job with a crash, and the queue goes on', async () => {
    FakeWorker.made = [];
    const runner = createWorkerRunner(() => new FakeWorker() as unknown as Worker);
    const a = runner.run(job('a'));
    const b = runner.run(job('b'));
    FakeWorker.made[0]!.die('out of memory');
    expect(await settled(a.done)).toEqual({ id: a.id, type: 'crash', message: 'out of memory' });
    expect(FakeWorker.made[1]!.received.map((j) => j.source.label)).toEqual(['b']);
    runner.dispose();
    expect(await settled(b.done)).toMatchObject({ type: 'cancelled' });
  });
});
