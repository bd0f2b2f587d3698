import { describe, expect, it, vi } from 'vitest';
import { buildQwoaterPlan, reconcileQwoater } from '../../src/domain/pipeline';
import { error, fail, ok } from '../../src/domain/problems';
import { defaultSettings } from '../../src/domain/settings';
import type { SheetInfo, WorkbookHost, WriteOptions } from '../../src/host/host';
import { findConflicts, makeSpecification, type Engine, type MakeProgress } from '../../src/taskpane/make/make-specification';
import { missingForMake } from '../../src/taskpane/make/missing';
import { emptyImportList, importListReducer, type ImportAction } from '../../src/taskpane/imports/import-list';
import { initialPaneState } from '../../src/taskpane/state/pane-state';
import { validateForms } from '../../src/taskpane/state/forms';
import { dossierExport } from '../support/dossier-export';
import { quietHost } from '../support/fake-host';

const current = dossierExport('2024.csv', '2024-12-31', [
  ['000001', 'A', 1, 10, 2],
  ['000002', 'B', 1, 5, 0],
]);
const previous = dossierExport('2023.csv', '2023-12-31', [
  ['000001', 'A', 1, 9, 3],
  ['000003', 'C', 1, 4, 4],
]);
const settings = { ...defaultSettings(2), pricing: { kind: 'flat' as const, priceE4: 98_500 } };
const engine: Engine = { reconcile: reconcileQwoater, buildPlan: (r, i, l, w) => buildQwoaterPlan(r, i, l, w) };
const input = { current, previous, settings, importWarnings: [], lang: 'nl' as const };

function fakeHost(kind: 'excel' | 'standalone', existing: SheetInfo[] = []) {
  const writes: WriteOptions[] = [];
  const host: WorkbookHost = quietHost(kind, {
    listSheets: async () => ok(existing),
    writePlan: async (plan, options) => {
      writes.push(options);
      options.onProgress?.(1, 2);
      options.onProgress?.(2, 2, { done: 2, total: 2 });
      return ok({ sheetNames: Object.fromEntries(plan.sheets.map((s) => [s.key, s.name])) });
    },
  });
  return { host, writes };
}

const callbacks = (choice: 'replace-own' | 'next-free-name' | null = 'next-free-name') => {
  const progress: MakeProgress[] = [];
  const chooseConflict = vi.fn(async () => choice);
  return { progress, chooseConflict, cb: { onProgress: (p: MakeProgress) => progress.push(p), chooseConflict, signal: new AbortController().signal } };
};

describe('making the specification', () => {
  it('reconciles, builds and writes, reporting progress in order and the totals', async () => {
    const { host, writes } = fakeHost('excel');
    const { progress, chooseConflict, cb } = callbacks();
    const out = await makeSpecification(host, engine, input, cb);
    expect(out.kind).toBe('done');
    if (out.kind !== 'done') return;
    // 2 employer dossiers + ΣF 15 − ΣG 7 (previous year) = 10
    expect(out.rec.totals.billableDossiers).toBe(10);
    expect(out.plan.sheets.map((s) => s.name)).toEqual(['Specificatie 2024', 'Dossiers 2024']);
    expect(chooseConflict).not.toHaveBeenCalled();
    expect(writes[0]?.conflict).toBe('next-free-name');
    expect(progress.map((p) => p.step)).toEqual(['reconcile', 'plan', 'write', 'write', 'write']);
    expect(progress.at(-1)?.fraction).toBe(1);
    // Counted in the writer's parts, or in sheets when the writer tells them.
    expect(progress.slice(-2).map((p) => [p.done, p.total, p.unit])).toEqual([[1, 2, 'parts'], [2, 2, 'sheets']]);
  });

  it("asks when a sheet exists and passes the user's choice on; cancel writes nothing", async () => {
    const existing = [{ name: 'specificatie 2024', ownedByUs: true }, { name: 'Blad1', ownedByUs: false }];
    const a = fakeHost('excel', existing);
    const c = callbacks('replace-own');
    const out = await makeSpecification(a.host, engine, input, c.cb);
    expect(out.kind).toBe('done');
    expect(c.chooseConflict).toHaveBeenCalledWith([{ planned: 'Specificatie 2024', existing: existing[0] }], 'Specificatie 2024 (2)');
    expect(a.writes[0]?.conflict).toBe('replace-own');

    const b = fakeHost('excel', existing);
    const out2 = await makeSpecification(b.host, engine, input, callbacks(null).cb);
    expect(out2.kind).toBe('cancelled');
    expect(b.writes).toHaveLength(0);
  });

  it('finds conflicts regardless of case', () => {
    const plan = { title: 't', sheets: [{ name: 'Dossiers 2024' }, { name: 'X' }] } as Parameters<typeof findConflicts>[0];
    expect(findConflicts(plan, [{ name: 'DOSSIERS 2024', ownedByUs: false }])).toHaveLength(1);
  });

  it("returns the engine's error as a value (model 2 without last year's export)", async () => {
    const { host } = fakeHost('standalone');
    const out = await makeSpecification(host, engine, { ...input, previous: null }, callbacks().cb);
    expect(out).toMatchObject({ kind: 'failed', error: { code: 'billing.previousMissing' } });
  });

  it("passes on the Excel host's problem when it cannot list the sheets, and reports a throw as a bug", async () => {
    const { host } = fakeHost('excel');
    const problem = error('office.accessDenied', { detail: 'AccessDenied' });
    host.listSheets = async () => fail(problem);
    expect(await makeSpecification(host, engine, input, callbacks().cb)).toMatchObject({ kind: 'failed', error: { code: 'office.accessDenied' } });
    host.listSheets = async () => {
      throw new TypeError('boom');
    };
    expect(await makeSpecification(host, engine, input, callbacks().cb)).toMatchObject({ kind: 'failed', error: { code: 'office.unknown', params: { detail: 'TypeError: boom' } } });
  });

  it('stops before writing when aborted', async () => {
    const { host, writes } = fakeHost('standalone');
    const controller = new AbortController();
    controller.abort();
    const out = await makeSpecification(host, engine, input, { ...callbacks().cb, signal: controller.signal });
    expect(out.kind).toBe('cancelled');
    expect(writes).toHaveLength(0);
  });
});

describe('what is missing before making', () => {
  const empty = emptyImportList<'dossiers'>();
  const request = { input: { text: 'x' }, source: { label: 'x.csv' }, options: {} };
  const run = (actions: ImportAction<'dossiers'>[]) => actions.reduce(importListReducer<'dossiers'>, empty);

  it('lists exports to load and fields to fix, in order, each naming its step', () => {
    const s = initialPaneState('nl');
    expect(missingForMake(2, empty, validateForms(s.choice, s.price))).toEqual(['make.missing.current', 'make.missing.previous', 'make.missing.step3']);
    expect(missingForMake(1, empty, validateForms({ ...s.choice, model: 1 }, { ...s.price, flatPrice: '9,85' }))).toEqual(['make.missing.currentModel1']);
    // A bad year is step 1's; a bad price step 3's; each is named once.
    const both = validateForms({ ...s.choice, year: '20x4' }, { ...s.price, vat: 'x' });
    expect(missingForMake(2, empty, both, { datesDisagree: true, yearBlocked: true })).toEqual([
      'make.missing.current',
      'make.missing.previous',
      'make.missing.dates',
      'make.missing.step1',
      'make.missing.step3',
      'make.missing.step4',
    ]);
  });

  it('tells a read under way and a failed read from a card left empty, and a cancelled read from a failed one', () => {
    const v = validateForms(initialPaneState('nl').choice, { ...initialPaneState('nl').price, flatPrice: '9,85' });
    const busy = run([{ type: 'start', id: 1, slot: 'current', request, reading: false, job: 1, origin: 'user', placement: 'slot' }]);
    expect(missingForMake(2, busy, v)).toEqual(['make.missing.busy', 'make.missing.previous']);
    const failed = run([
      { type: 'start', id: 1, slot: 'current', request, reading: false, job: 1, origin: 'user', placement: 'slot' },
      { type: 'failed', id: 1, job: 1, error: { kind: 'message', severity: 'error', key: 'import.crash' } },
    ]);
    expect(missingForMake(2, failed, v)).toEqual(['make.missing.exportError', 'make.missing.previous']);
    const cancelled = run([
      { type: 'start', id: 1, slot: 'current', request, reading: false, job: 1, origin: 'user', placement: 'slot' },
      { type: 'cancelled', id: 1, job: 1 },
    ]);
    expect(missingForMake(2, cancelled, v)).toEqual(['make.missing.current', 'make.missing.previous']);
    const done = run([
      { type: 'start', id: 1, slot: 'current', request, reading: false, job: 1, origin: 'user', placement: 'slot' },
      { type: 'done', id: 1, job: 1, value: current, warnings: [] },
    ]);
    expect(missingForMake(1, done, v)).toEqual([]);
  });
});
