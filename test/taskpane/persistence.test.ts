import { describe, expect, it } from 'vitest';
import { fromStored, snapshotToSave } from '../../src/taskpane/hooks/use-persistence';
import type { ImportRequest } from '../../src/taskpane/imports/import-kinds';
import { emptyImportList, importListReducer, type ImportList } from '../../src/taskpane/imports/import-list';
import { initialPaneState, paneReducer, type PaneState } from '../../src/taskpane/state/pane-state';
import { parseStoredState, serializeStoredState } from '../../src/taskpane/state/stored-state';
import { dossierExport } from '../support/dossier-export';

type Req = ImportRequest<'dossiers'>;
const withPrice = (s: PaneState): PaneState => paneReducer(s, { type: 'price', patch: { flatPrice: '9,85' } });
let job = 0;
const load = (list: ImportList<'dossiers'>, slot: 'current' | 'previous', request: Req, done = true): ImportList<'dossiers'> => {
  const id = ++job;
  const started = importListReducer(list, { type: 'start', id, slot, request, reading: false, job: id, origin: 'user', placement: 'slot' });
  return done ? importListReducer(started, { type: 'done', id, job: id, value: dossierExport('x', '2024-12-31', []), warnings: [] }) : started;
};

describe('what the pane saves', () => {
  it('saves nothing while the forms are invalid or an import runs', () => {
    const s = initialPaneState('nl');
    expect(snapshotToSave(s, emptyImportList())).toBeNull(); // no price yet
    const busy = load(emptyImportList(), 'current', { input: { text: 'x' }, source: { label: 'a' }, options: {} }, false);
    expect(snapshotToSave(withPrice(s), busy)).toBeNull();
  });

  it('saves the inputs of loaded exports (bytes as base64) and restores them exactly', () => {
    const bytes = new TextEncoder().encode('Werkgeversnummer;Naam\n000123;Café');
    const file: Req = { input: { bytes }, source: { label: 'a.csv', fileName: 'a.csv' }, options: { columns: { inactiveDossiers: 7 } } };
    const paste: Req = { input: { text: 'a;b' }, source: { label: 'geplakte tekst' }, options: {} };
    const list = load(load(emptyImportList(), 'current', file), 'previous', paste);
    const snap = snapshotToSave(withPrice(initialPaneState('nl')), list)!;
    expect(snap.settings.pricing).toEqual({ kind: 'flat', priceE4: 98_500 });
    const back = parseStoredState(serializeStoredState(snap.settings, snap.exports));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(fromStored(back.state.exports.current!)).toEqual(file);
    expect(fromStored(back.state.exports.previous!)).toEqual(paste);
  });

  it("does not keep last year's export under model 1", () => {
    const paste: Req = { input: { text: 'a;b' }, source: { label: 'p' }, options: {} };
    const s = paneReducer(withPrice(initialPaneState('nl')), { type: 'choice', patch: { model: 1 } });
    expect(snapshotToSave(s, load(emptyImportList(), 'previous', paste))?.exports.previous).toBeNull();
  });
});
