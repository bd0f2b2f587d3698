import { describe, expect, it } from 'vitest';
import type { DossierExport } from '../../src/domain/imports/types';
import { warning } from '../../src/domain/problems';
import type { ImportRequest } from '../../src/taskpane/imports/import-kinds';
import { emptyImportList, importListReducer, itemBusy, itemReady, slotItem, type ImportAction, type ImportList } from '../../src/taskpane/imports/import-list';

const exp = (label: string): DossierExport => ({
  kind: 'loket-dossiers',
  source: { label },
  peildatum: '2024-12-31',
  peildatumFrom: 'title',
  headerRow: 5,
  headers: ['Werkgeversnummer', 'Naam'],
  columns: { employerNumber: 0, employerName: 1, employerDossiers: null, employeeDossiers: 5, inactiveDossiers: 6, activeDossiers: null, peildatum: null },
  columnsFoundBy: { employerNumber: 'header' },
  hasInactiveColumn: true,
  employers: [],
  totals: null,
});

type A = ImportAction<'dossiers'>;
const run = (actions: A[], from: ImportList<'dossiers'> = emptyImportList()) => actions.reduce(importListReducer<'dossiers'>, from);
const request = (text: string, options = {}): ImportRequest<'dossiers'> => ({ input: { text }, source: { label: 'geplakte tekst' }, options });
const start = (id: number, job: number, req: ImportRequest<'dossiers'>, slot: string | null = 'current', placement: 'slot' | 'all' | 'append' = 'slot', reading = false): A => ({
  type: 'start',
  id,
  slot,
  request: req,
  reading,
  job,
  origin: 'user',
  placement,
});

describe('import list', () => {
  it('goes reading → parsing → done, keeping the request for saving and re-reading', () => {
    const req = request('a;b');
    const s = run([start(1, 1, req, 'current', 'slot', true), { type: 'read', id: 1, job: 1, loaded: 40, total: 100 }]);
    const item = slotItem(s, 'current')!;
    expect(item.phase).toBe('reading');
    expect(item.read).toEqual({ loaded: 40, total: 100 });
    expect(itemBusy(item)).toBe(true);
    const done = run([{ type: 'parsing', id: 1, job: 1, request: req }, { type: 'done', id: 1, job: 1, value: exp('a'), warnings: [warning('import.empty')] }], s);
    const d = slotItem(done, 'current')!;
    expect(itemReady(d)).toBe(true);
    expect(d.last?.request).toBe(req);
    expect(d.last?.warnings).toHaveLength(1);
    // Progress is no change of the result; parsing and the result are.
    expect(s.revision).toBe(1);
    expect(done.revision).toBe(3);
  });

  it('ignores the answer of a job that was replaced or cancelled', () => {
    const s = run([start(1, 1, request('old')), start(1, 2, request('new')), { type: 'done', id: 1, job: 1, value: exp('old'), warnings: [] }]);
    expect(s.items[0]!.phase).toBe('parsing');
    expect(s.items[0]!.last).toBeNull();
    const c = run([{ type: 'cancelled', id: 1, job: 2 }, { type: 'done', id: 1, job: 2, value: exp('late'), warnings: [] }], s);
    expect(c.items[0]!.phase).toBe('failed');
    expect(itemReady(c.items[0])).toBe(false);
    expect(c.items[0]!.error).toMatchObject({ key: 'import.cancelled', severity: 'info' });
  });

  it('keeps the figures while the same source is read again, and returns to them on cancel', () => {
    const req = request('x');
    const loaded = run([start(1, 1, req, 'previous'), { type: 'done', id: 1, job: 1, value: exp('x'), warnings: [] }]);
    const re = { ...req, options: { columns: { inactiveDossiers: 7 } } };
    const busy = run([start(1, 2, re, 'previous')], loaded);
    expect(busy.items[0]!.last?.value.source.label).toBe('x');
    const back = run([{ type: 'cancelled', id: 1, job: 2 }], busy);
    expect(back.items[0]!.phase).toBe('done');
    expect(back.items[0]!.request).toBe(req);
    const failed = run([{ type: 'failed', id: 1, job: 2, error: { kind: 'message', severity: 'error', key: 'import.crash' }, preview: [['a', 'b']] }], busy);
    expect(failed.items[0]!.phase).toBe('failed');
    expect(itemReady(failed.items[0])).toBe(false);
    // The old figures stay available for the column map, with the file's rows, but the card is not ready.
    expect(failed.items[0]!.last).not.toBeNull();
    expect(failed.items[0]!.preview).toEqual([['a', 'b']]);
  });

  it('places a new item by its card, in place of all, or beside the others', () => {
    const two = run([start(1, 1, request('a'), 'current'), start(2, 2, request('b'), 'previous')]);
    expect(two.items.map((i) => i.slot)).toEqual(['current', 'previous']);
    const replaced = run([start(3, 3, request('c'), 'current')], two);
    expect(replaced.items.map((i) => [i.id, i.slot])).toEqual([[2, 'previous'], [3, 'current']]);
    expect(run([start(4, 4, request('d'), null, 'all')], replaced).items.map((i) => i.id)).toEqual([4]);
    expect(run([start(4, 4, request('d'), null, 'append')], replaced).items.map((i) => i.id)).toEqual([2, 3, 4]);
  });

  it('swaps the items of two cards, and removes an item so that a late answer changes nothing', () => {
    const two = run([start(1, 1, request('a'), 'current'), start(2, 2, request('b'), 'previous')]);
    const swapped = run([{ type: 'swap', a: 'current', b: 'previous' }], two);
    expect(slotItem(swapped, 'current')!.id).toBe(2);
    expect(slotItem(swapped, 'previous')!.id).toBe(1);
    const removed = run([{ type: 'remove', id: 1 }, { type: 'done', id: 1, job: 1, value: exp('a'), warnings: [] }], swapped);
    expect(removed.items.map((i) => i.id)).toEqual([2]);
  });
});
