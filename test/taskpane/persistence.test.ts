import { describe, expect, it } from 'vitest';
import { fromStored, snapshotToSave } from '../../src/taskpane/hooks/use-persistence';
import { initialPaneState, paneReducer, type ImportRequest, type PaneState } from '../../src/taskpane/state/pane-state';
import { parseStoredState, serializeStoredState } from '../../src/taskpane/state/stored-state';
import { dossierExport } from '../support/dossier-export';

const withPrice = (s: PaneState): PaneState => paneReducer(s, { type: 'price', patch: { flatPrice: '9,85' } });
const load = (s: PaneState, slot: 'current' | 'previous', request: ImportRequest, job: number): PaneState =>
  [
    { type: 'import.start' as const, slot, job, request, reading: false },
    { type: 'import.done' as const, slot, job, exp: dossierExport('x', '2024-12-31', []), warnings: [] },
  ].reduce(paneReducer, s);

describe('what the pane saves', () => {
  it('saves nothing while the forms are invalid or an import runs', () => {
    const s = initialPaneState('nl');
    expect(snapshotToSave(s)).toBeNull(); // no price yet
    const busy = paneReducer(withPrice(s), { type: 'import.start', slot: 'current', job: 1, request: { input: { text: 'x' }, source: { label: 'a' }, options: {} }, reading: false });
    expect(snapshotToSave(busy)).toBeNull();
  });

  it('saves the inputs of loaded exports (bytes as base64) and restores them exactly', () => {
    const bytes = new TextEncoder().encode('Werkgeversnummer;Naam\n000123;Café');
    const file: ImportRequest = { input: { bytes }, source: { label: 'a.csv', fileName: 'a.csv' }, options: { columns: { inactiveDossiers: 7 } } };
    const paste: ImportRequest = { input: { text: 'a;b' }, source: { label: 'geplakte tekst' }, options: {} };
    const s = load(load(withPrice(initialPaneState('nl')), 'current', file, 1), 'previous', paste, 2);
    const snap = snapshotToSave(s)!;
    expect(snap.settings.pricing).toEqual({ kind: 'flat', priceE4: 98_500 });
    const back = parseStoredState(serializeStoredState(snap.settings, snap.exports));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(fromStored(back.state.exports.current!)).toEqual(file);
    expect(fromStored(back.state.exports.previous!)).toEqual(paste);
  });

  it("does not keep last year's export under model 1", () => {
    const paste: ImportRequest = { input: { text: 'a;b' }, source: { label: 'p' }, options: {} };
    const s = paneReducer(load(withPrice(initialPaneState('nl')), 'previous', paste, 1), { type: 'choice', patch: { model: 1 } });
    expect(snapshotToSave(s)?.exports.previous).toBeNull();
  });
});
