import { describe, expect, it } from 'vitest';
import type { DossierExport } from '../../src/domain/imports/types';
import { warning } from '../../src/domain/problems';
import { initialPaneState, neededSlots, paneReducer, slotBusy, slotReady, type ImportRequest, type PaneAction, type PaneState } from '../../src/taskpane/state/pane-state';

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

const run = (actions: PaneAction[], from: PaneState = initialPaneState('nl')) => actions.reduce(paneReducer, from);
const request = (text: string, options = {}): ImportRequest => ({ input: { text }, source: { label: 'geplakte tekst' }, options });

describe('pane reducer', () => {
  it('goes reading → parsing → loaded, keeping the request for saving and re-importing', () => {
    const req = request('a;b');
    const s = run([
      { type: 'import.start', slot: 'current', job: 1, request: req, reading: true },
      { type: 'import.readProgress', slot: 'current', job: 1, percent: 140 },
    ]);
    expect(s.slots.current.phase).toBe('reading');
    expect(s.slots.current.readPercent).toBe(100);
    expect(slotBusy(s.slots.current)).toBe(true);
    const done = run([
      { type: 'import.parsing', slot: 'current', job: 1, request: req },
      { type: 'import.done', slot: 'current', job: 1, exp: exp('a'), warnings: [warning('import.empty')] },
    ], s);
    expect(slotReady(done.slots.current)).toBe(true);
    expect(done.slots.current.loaded?.request).toBe(req);
    expect(done.slots.current.loaded?.warnings).toHaveLength(1);
  });

  it('ignores the answer of a job that was replaced or cancelled', () => {
    const s = run([
      { type: 'import.start', slot: 'current', job: 1, request: request('old'), reading: false },
      { type: 'import.start', slot: 'current', job: 2, request: request('new'), reading: false },
      { type: 'import.done', slot: 'current', job: 1, exp: exp('old'), warnings: [] },
    ]);
    expect(s.slots.current.phase).toBe('parsing');
    expect(s.slots.current.loaded).toBeNull();
    const c = run([{ type: 'import.cancelled', slot: 'current', job: 2 }, { type: 'import.done', slot: 'current', job: 2, exp: exp('late'), warnings: [] }], s);
    expect(c.slots.current.phase).toBe('empty');
    expect(c.slots.current.error).toMatchObject({ key: 'slot.cancelled' });
  });

  it('keeps the loaded export while the same source is re-imported, and returns to it on cancel', () => {
    const req = request('x');
    const loaded = run([
      { type: 'import.start', slot: 'previous', job: 1, request: req, reading: false },
      { type: 'import.done', slot: 'previous', job: 1, exp: exp('x'), warnings: [] },
    ]);
    const re = { ...req, options: { columns: { inactiveDossiers: 7 } } };
    const busy = run([{ type: 'import.start', slot: 'previous', job: 2, request: re, reading: false }], loaded);
    expect(busy.slots.previous.loaded?.exp.source.label).toBe('x');
    const back = run([{ type: 'import.cancelled', slot: 'previous', job: 2 }], busy);
    expect(back.slots.previous.phase).toBe('loaded');
    expect(back.slots.previous.request).toBe(req);
    const failed = run([{ type: 'import.failed', slot: 'previous', job: 2, error: { kind: 'message', severity: 'error', key: 'slot.workerError' } }], busy);
    expect(failed.slots.previous.phase).toBe('failed');
    expect(slotReady(failed.slots.previous)).toBe(false);
    // The old figures stay available for the column map, but the slot is not ready.
    expect(failed.slots.previous.loaded).not.toBeNull();
  });

  it('drops the old export when another source starts loading', () => {
    const loaded = run([
      { type: 'import.start', slot: 'current', job: 1, request: request('x'), reading: false },
      { type: 'import.done', slot: 'current', job: 1, exp: exp('x'), warnings: [] },
      { type: 'import.start', slot: 'current', job: 2, request: request('y'), reading: false },
    ]);
    expect(loaded.slots.current.loaded).toBeNull();
  });

  it('edits tiers by id and counts every change that can alter the result', () => {
    const s0 = initialPaneState('nl');
    const first = s0.price.tiers[0]!;
    const s = run([
      { type: 'tier.add' },
      { type: 'tier.change', id: first.id, patch: { price: '9,85' } },
      { type: 'tier.remove', id: s0.price.tiers[1]!.id },
      { type: 'choice', patch: { model: 1 } },
    ], s0);
    expect(s.price.tiers.map((t) => t.price)).toEqual(['9,85', '']);
    expect(s.revision).toBe(4);
    expect(run([{ type: 'notice.add', notice: { kind: 'message', severity: 'info', key: 'state.restored' } }]).revision).toBe(0);
    expect(neededSlots(1)).toEqual(['current']);
    expect(neededSlots(2)).toEqual(['current', 'previous']);
  });

  it('clears a slot and makes any running job stale', () => {
    const s = run([
      { type: 'import.start', slot: 'current', job: 1, request: request('x'), reading: false },
      { type: 'slot.clear', slot: 'current' },
      { type: 'import.done', slot: 'current', job: 1, exp: exp('x'), warnings: [] },
    ]);
    expect(s.slots.current.phase).toBe('empty');
  });
});
