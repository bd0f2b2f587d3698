import { describe, expect, it } from 'vitest';
import { ExcelQueue } from '../../src/office/queue';
import { FakeExcel } from '../support/fake-excel';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('ExcelQueue', () => {
  it('runs jobs one after another, in order, each with delayForCellEdit', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    const queue = new ExcelQueue(fake);
    const log: string[] = [];
    const job = (name: string, ms: number) => async () => {
      log.push(`start ${name}`);
      await tick(ms);
      log.push(`end ${name}`);
      return name;
    };
    const results = await Promise.all([queue.run(job('a', 20)), queue.run(job('b', 1)), queue.run(job('c', 5))]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(fake.maxConcurrentRuns).toBe(1);
    expect(fake.runOptions).toEqual([{ delayForCellEdit: true }, { delayForCellEdit: true }, { delayForCellEdit: true }]);
  });

  it('passes a failing job its own error and still runs the next one', async () => {
    const fake = new FakeExcel();
    const queue = new ExcelQueue(fake);
    const failing = queue.run(async () => { throw new Error('boom'); });
    const next = queue.run(async () => 'next');
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('next');
    expect(queue.pending).toBe(0);
  });

  it('counts pending jobs while they wait', async () => {
    const fake = new FakeExcel();
    const queue = new ExcelQueue(fake);
    const a = queue.run(() => tick(5));
    const b = queue.run(() => tick(5));
    expect(queue.pending).toBe(2);
    await Promise.all([a, b]);
    expect(queue.pending).toBe(0);
  });
});
