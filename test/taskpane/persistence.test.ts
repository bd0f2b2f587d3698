import { describe, expect, it } from 'vitest';
import { SaveGate, snapshotToSave } from '../../src/taskpane/hooks/use-persistence';
import type { ImportRequest } from '../../src/taskpane/imports/import-kinds';
import { emptyImportList, importListReducer, itemRequest, slotItem, type ImportList } from '../../src/taskpane/imports/import-list';
import { initialPaneState, paneReducer, type PaneState } from '../../src/taskpane/state/pane-state';
import { dossiersFromStored } from '../../src/taskpane/state/stored-dossiers';
import { parseStoredState, serializeStoredState } from '../../src/taskpane/state/stored-state';
import { dossierExport } from '../support/dossier-export';

type Req = ImportRequest<'dossiers'>;
type List = ImportList<'dossiers'>;
const withPrice = (s: PaneState): PaneState => paneReducer(s, { type: 'price', patch: { flatPrice: '9,85' } });
const exp = dossierExport('a.csv', '2024-12-31', [['000123', 'Café', 1, 30, 2]]);
let job = 0;
const load = (list: List, slot: 'current' | 'previous', request: Req, e = exp, done = true): List => {
  const id = ++job;
  const started = importListReducer(list, { type: 'start', id, slot, request, reading: false, job: id, origin: 'user', placement: 'slot' });
  return done ? importListReducer(started, { type: 'done', id, job: id, value: e, warnings: [] }) : started;
};
const file: Req = { input: { bytes: new TextEncoder().encode('Werkgeversnummer;Naam\n000123;Café') }, source: { label: 'a.csv', fileName: 'a.csv' }, options: { columns: { inactiveDossiers: 7 } } };
const paste: Req = { input: { text: 'a;b' }, source: { label: 'geplakte tekst' }, options: {} };
const empty = emptyImportList<'dossiers'>();

describe('what the pane saves', () => {
  it('saves nothing while the forms are invalid or an import runs', () => {
    const s = initialPaneState('nl');
    expect(snapshotToSave(s, empty)).toBeNull(); // no price yet
    expect(snapshotToSave(withPrice(s), load(empty, 'current', paste, exp, false))).toBeNull();
  });

  it('saves the imported counts with the columns chosen, not the file, and restores them as they were', () => {
    const list = load(load(empty, 'current', file), 'previous', paste);
    const { snapshot } = snapshotToSave(withPrice(initialPaneState('nl')), list)!;
    expect(snapshot.settings.pricing).toEqual({ kind: 'flat', priceE4: 98_500 });
    const json = serializeStoredState(snapshot.settings, snapshot.exports);
    expect(json).not.toContain('Werkgeversnummer;Naam'); // the file's text is not kept
    const back = parseStoredState(json);
    expect(back.ok).toBe(true);
    if (!back.ok || back.state.exports.current?.kind !== 'dossiers') throw new Error('not restored as counts');
    const restored = dossiersFromStored(back.state.exports.current);
    expect(restored.exp).toEqual(exp);
    expect(restored.options).toEqual(file.options);
    // Restored onto a card: in, without a file to read again.
    const onCard = importListReducer(empty, { type: 'restored', id: 1, slot: 'current', value: restored.exp, warnings: restored.warnings, options: restored.options, placement: 'slot' });
    const item = slotItem(onCard, 'current')!;
    expect(item).toMatchObject({ phase: 'done', request: null, last: { value: exp, options: file.options } });
    expect(itemRequest(item)).toBeNull();
  });

  it('changes its key only when what it would save changes', () => {
    const s = withPrice(initialPaneState('nl'));
    const list = load(empty, 'current', file);
    const key = snapshotToSave(s, list)!.key;
    expect(snapshotToSave(paneReducer(s, { type: 'notice.add', notice: { kind: 'message', severity: 'info', key: 'state.restored' } }), list)!.key).toBe(key);
    expect(snapshotToSave(paneReducer(s, { type: 'price', patch: { flatPrice: '9,86' } }), list)!.key).not.toBe(key);
    expect(snapshotToSave(s, load(list, 'current', file, { ...exp }))!.key).not.toBe(key); // the same file read again is a new import
  });

  it("does not keep last year's export under model 1", () => {
    const s = paneReducer(withPrice(initialPaneState('nl')), { type: 'choice', patch: { model: 1 } });
    expect(snapshotToSave(s, load(empty, 'previous', paste))?.snapshot.exports.previous).toBeNull();
  });
});

describe('when the pane saves, and what it says', () => {
  it('does not write back what it just restored, nor retry a failed save until something changes', () => {
    const g = new SaveGate();
    g.settled('a');
    expect(g.shouldSave('a')).toBe(false);
    expect(g.shouldSave('b')).toBe(true);
    expect(g.after(false)).toBe('warn');
    // The same state again (a re-render, a notice): no new attempt, so no new warning.
    expect(g.shouldSave('b')).toBe(false);
    expect(g.shouldSave('c')).toBe(true);
    expect(g.after(false)).toBeNull(); // said once already
    expect(g.shouldSave('d')).toBe(true);
    expect(g.after(true)).toBe('clear');
    expect(g.shouldSave('e')).toBe(true);
    expect(g.after(true)).toBeNull();
    expect(g.shouldSave('f')).toBe(true);
    expect(g.after(false)).toBe('warn'); // a new run of failures is said again
  });

  it('takes a warning with an id back, and leaves the others', () => {
    let s = initialPaneState('nl');
    s = paneReducer(s, { type: 'notice.add', notice: { kind: 'message', severity: 'warning', key: 'state.saveFailed', params: { reason: 'x' }, id: 'state.saveFailed' } });
    s = paneReducer(s, { type: 'notice.add', notice: { kind: 'message', severity: 'info', key: 'state.restored' } });
    s = paneReducer(s, { type: 'notice.remove', id: 'state.saveFailed' });
    expect(s.notices).toEqual([{ kind: 'message', severity: 'info', key: 'state.restored' }]);
  });
});
