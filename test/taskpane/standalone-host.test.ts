import { describe, expect, it, vi } from 'vitest';
import { emptySheet, type WorkbookPlan } from '../../src/domain/spec/plan';
import { STATE_KEY, createStandaloneHost, downloadFileName, type StateStorage } from '../../src/host/standalone-host';

const plan = (title = 'Specificatie 2024'): WorkbookPlan => ({ title, sheets: [emptySheet('summary', 'Specificatie 2024')] });

function memoryStorage(limit = Infinity): StateStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      if (v.length > limit) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
  };
}

describe('standalone host', () => {
  it("says clearly that a selection needs Excel", async () => {
    const host = createStandaloneHost({ language: 'nl', storage: null, writeXlsx: async () => new Uint8Array() });
    const r = await host.readSelection();
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('host.selectionUnavailable');
      expect(r.error.nl).toContain('alleen in Excel');
    }
    expect(host.kind).toBe('standalone');
    expect(await host.listSheets()).toEqual({ ok: true, value: [], warnings: [] });
  });

  it('writes the plan to .xlsx bytes and offers them as a file named after the plan', async () => {
    const bytes = new Uint8Array([80, 75, 3, 4]);
    const download = vi.fn();
    const progress: number[][] = [];
    const host = createStandaloneHost({ language: 'nl', storage: null, writeXlsx: async () => bytes, download });
    const r = await host.writePlan(plan(), { conflict: 'next-free-name', onProgress: (d, t) => progress.push([d, t]) });
    expect(r).toEqual({ ok: true, value: { sheetNames: { summary: 'Specificatie 2024' }, fileName: 'Specificatie 2024.xlsx' }, warnings: [] });
    expect(download).toHaveBeenCalledWith(bytes, 'Specificatie 2024.xlsx');
    expect(progress).toEqual([[0, 1], [1, 1]]);
    expect(host.lastFile()).toEqual({ bytes, fileName: 'Specificatie 2024.xlsx' });
  });

  it('offers no file when stopped, and reports a writer failure with its reason', async () => {
    const download = vi.fn();
    const controller = new AbortController();
    const host = createStandaloneHost({
      language: 'nl',
      storage: null,
      download,
      writeXlsx: async () => {
        controller.abort();
        return new Uint8Array([1]);
      },
    });
    expect(await host.writePlan(plan(), { conflict: 'next-free-name', signal: controller.signal })).toMatchObject({ ok: false, error: { code: 'host.cancelled' } });
    expect(download).not.toHaveBeenCalled();
    const broken = createStandaloneHost({ language: 'en', storage: null, download, writeXlsx: async () => Promise.reject(new Error('out of memory')) });
    const r = await broken.writePlan(plan(), { conflict: 'next-free-name' });
    expect(r).toMatchObject({ ok: false, error: { code: 'host.downloadFailed', params: { reason: 'out of memory' } } });
  });

  it('refuses a plan the check refuses, offering nothing: a writer off the thread is started and stopped, one on it never starts', async () => {
    // Two sheets equal but for case: the plan check refuses them (writers/plan-check.ts).
    const bad = (): WorkbookPlan => ({ title: 'x', sheets: [emptySheet('a', 'Blad'), emptySheet('b', 'BLAD')] });
    for (const writesOffThread of [true, false]) {
      const download = vi.fn();
      const signals: AbortSignal[] = [];
      const host = createStandaloneHost({
        language: 'nl',
        storage: null,
        download,
        writesOffThread,
        writeXlsx: (_plan, signal) => {
          signals.push(signal!);
          return new Promise((_, reject) => signal!.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))));
        },
      });
      const r = await host.writePlan(bad(), { conflict: 'next-free-name' });
      expect(r).toMatchObject({ ok: false, error: { code: expect.stringMatching(/^plan\./) } });
      expect(download).not.toHaveBeenCalled();
      expect(signals.map((x) => x.aborted)).toEqual(writesOffThread ? [true] : []);
    }
  });

  it('makes safe file names', () => {
    expect(downloadFileName(plan('Specificatie 2024'))).toBe('Specificatie 2024.xlsx');
    expect(downloadFileName(plan('a/b:c*?"<>|d'))).toBe('a b c d.xlsx');
    expect(downloadFileName(plan(' .. '))).toBe('Factuurcheck.xlsx');
  });

  it('keeps state in storage, and in memory when storage refuses (quota), saying so', async () => {
    const storage = memoryStorage(10);
    const host = createStandaloneHost({ language: 'nl', storage, writeXlsx: async () => new Uint8Array() });
    expect(await host.loadState()).toEqual({ ok: true, value: null, warnings: [] });
    expect(await host.saveState('{"a":1}')).toEqual({ ok: true, value: undefined, warnings: [] });
    expect(storage.data.get(STATE_KEY)).toBe('{"a":1}');
    const big = await host.saveState('{"a":"0123456789"}');
    expect(big).toMatchObject({ ok: false, error: { code: 'host.storageFailed', params: { reason: 'QuotaExceededError' } } });
    expect(await host.loadState()).toMatchObject({ ok: true, value: '{"a":"0123456789"}' });
    const memoryOnly = createStandaloneHost({ language: 'nl', storage: null, writeXlsx: async () => new Uint8Array() });
    await memoryOnly.saveState('x');
    expect(await memoryOnly.loadState()).toMatchObject({ ok: true, value: 'x' });
  });

  it('gives a plan as a workbook of its own by downloading it', async () => {
    const download = vi.fn();
    const bytes = new Uint8Array([80, 75]);
    const host = createStandaloneHost({ language: 'nl', storage: null, download, writeXlsx: async () => bytes });
    expect(await host.exportWorkbook(plan('Doorbelasting 2024'))).toEqual({ ok: true, value: { fileName: 'Doorbelasting 2024.xlsx', how: 'downloaded' }, warnings: [] });
    expect(download).toHaveBeenCalledWith(bytes, 'Doorbelasting 2024.xlsx');
  });

  it('removes what it keeps, from storage and from memory', async () => {
    const storage = memoryStorage(1_000);
    const host = createStandaloneHost({ language: 'nl', storage, writeXlsx: async () => new Uint8Array() });
    await host.saveState('{"a":1}');
    expect((await host.clearState()).ok).toBe(true);
    expect(storage.data.has(STATE_KEY)).toBe(false);
    expect(await host.loadState()).toEqual({ ok: true, value: null, warnings: [] });
  });
});
