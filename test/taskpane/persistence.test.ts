import { describe, expect, it } from 'vitest';
import { SaveGate, snapshotToSave } from '../../src/taskpane/hooks/use-persistence';
import { initialPaneState, paneReducer, type ImportRequest, type PaneState } from '../../src/taskpane/state/pane-state';
import { dossiersFromStored } from '../../src/taskpane/state/stored-dossiers';
import { parseStoredState, serializeStoredState } from '../../src/taskpane/state/stored-state';
import { dossierExport } from '../support/dossier-export';

const withPrice = (s: PaneState): PaneState => paneReducer(s, { type: 'price', patch: { flatPrice: '9,85' } });
const exp = dossierExport('a.csv', '2024-12-31', [['000123', 'Café', 1, 30, 2]]);
const load = (s: PaneState, slot: 'current' | 'previous', request: ImportRequest, job: number, e = exp): PaneState =>
  [
    { type: 'import.start' as const, slot, job, request, reading: false },
    { type: 'import.done' as const, slot, job, exp: e, warnings: [] },
  ].reduce(paneReducer, s);
const file: ImportRequest = { input: { bytes: new TextEncoder().encode('Werkgeversnummer;Naam\n000123;Café') }, source: { label: 'a.csv', fileName: 'a.csv' }, options: { columns: { inactiveDossiers: 7 } } };
const paste: ImportRequest = { input: { text: 'a;b' }, source: { label: 'geplakte tekst' }, options: {} };

describe('what the pane saves', () => {
  it('saves nothing while the forms are invalid or an import runs', () => {
    const s = initialPaneState('nl');
    expect(snapshotToSave(s)).toBeNull(); // no price yet
    const busy = paneReducer(withPrice(s), { type: 'import.start', slot: 'current', job: 1, request: paste, reading: false });
    expect(snapshotToSave(busy)).toBeNull();
  });

  it('saves the imported counts with the columns chosen, not the file, and restores them as they were', () => {
    const s = load(load(withPrice(initialPaneState('nl')), 'current', file, 1), 'previous', paste, 2);
    const { snapshot } = snapshotToSave(s)!;
    expect(snapshot.settings.pricing).toEqual({ kind: 'flat', priceE4: 98_500 });
    const json = serializeStoredState(snapshot.settings, snapshot.exports);
    expect(json).not.toContain('Werkgeversnummer;Naam'); // the file's text is not kept
    const back = parseStoredState(json);
    expect(back.ok).toBe(true);
    if (!back.ok || back.state.exports.current?.kind !== 'dossiers') throw new Error('not restored as counts');
    const restored = dossiersFromStored(back.state.exports.current);
    expect(restored.exp).toEqual(exp);
    expect(restored.options).toEqual(file.options);
    // Restored into a slot: loaded, without a file to read again.
    const pane = paneReducer(initialPaneState('nl'), { type: 'import.restored', slot: 'current', ...restored });
    expect(pane.slots.current).toMatchObject({ phase: 'loaded', loaded: { exp, request: null, options: file.options } });
  });

  it('changes its key only when what it would save changes', () => {
    const s = load(withPrice(initialPaneState('nl')), 'current', file, 1);
    const key = snapshotToSave(s)!.key;
    expect(snapshotToSave(paneReducer(s, { type: 'notice.add', notice: { kind: 'message', severity: 'info', key: 'state.restored' } }))!.key).toBe(key);
    expect(snapshotToSave(paneReducer(s, { type: 'price', patch: { flatPrice: '9,86' } }))!.key).not.toBe(key);
    expect(snapshotToSave(load(s, 'current', file, 2, { ...exp }))!.key).not.toBe(key); // the same file read again is a new import
  });

  it("does not keep last year's export under model 1", () => {
    const s = paneReducer(load(withPrice(initialPaneState('nl')), 'previous', paste, 1), { type: 'choice', patch: { model: 1 } });
    expect(snapshotToSave(s)?.snapshot.exports.previous).toBeNull();
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
