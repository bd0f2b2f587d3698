import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSigningExport } from '../../src/domain/imports/loket-signing';
import { defaultSettings } from '../../src/domain/settings';
import { emptyImportList, importListReducer, type ImportItem } from '../../src/taskpane/imports/import-list';
import { parseStoredState, serializeStoredState } from '../../src/taskpane/state/stored-state';
import { formFromStored, signingFromStored, yearToStored } from '../../src/taskpane/year/year-persist';
import { hasYearData, initialYearState, yearReducer, type YearState } from '../../src/taskpane/year/year-state';

const ROOT = join(__dirname, '../..');
const signingBytes = new Uint8Array(readFileSync(join(ROOT, 'examples/loket-signing-2024-Q1.csv')));
const settings = { ...defaultSettings(2), pricing: { kind: 'flat' as const, priceE4: 98_500 } };
const source = { label: 'loket-signing-2024-Q1.csv', fileName: 'loket-signing-2024-Q1.csv' };

/** Signing reports as the importer leaves them: one read well, and (when asked) one that did not. */
function reports(withFailed = false): ImportItem<'signing'>[] {
  const read = importSigningExport({ bytes: signingBytes }, source);
  if (!read.ok) throw new Error(read.error.en);
  const request = { input: { bytes: signingBytes }, source, options: {} };
  let list = importListReducer(emptyImportList<'signing'>(), { type: 'start', id: 1, slot: null, request, reading: false, job: 1, origin: 'user', placement: 'append' });
  list = importListReducer(list, { type: 'done', id: 1, job: 1, value: read.value, warnings: read.warnings });
  if (withFailed) {
    list = importListReducer(list, { type: 'start', id: 2, slot: null, request: { input: { text: 'geen rapport' }, source: { label: 'rommel.txt' }, options: {} }, reading: false, job: 2, origin: 'user', placement: 'append' });
    list = importListReducer(list, { type: 'failed', id: 2, job: 2, error: { kind: 'message', severity: 'error', key: 'import.crash' } });
  }
  return list.items;
}

function filled(): YearState {
  let s = initialYearState();
  s = yearReducer(s, { type: 'line.add', period: 'Q1 2024' });
  const id = s.form.lines[0]!.id;
  s = yearReducer(s, { type: 'line.change', id, patch: { amount: '2.964,85', count: '1204', price: '9,85' } });
  s = yearReducer(s, { type: 'form', patch: { signingMode: 'priced', signingPrice: '0,50', tolerancePct: '1' } });
  s = yearReducer(s, { type: 'employers', patch: { on: true, mode: 'chosen', numbers: '000101, 000102' } });
  return s;
}

describe('the year state', () => {
  it('counts every change in its revision and knows when there is year data', () => {
    const s = filled();
    expect(s.revision).toBe(4);
    expect(hasYearData(s, 0)).toBe(true);
    expect(hasYearData(initialYearState(), 0)).toBe(false);
    // A signing report alone is year data.
    expect(hasYearData(initialYearState(), 1)).toBe(true);
    const removed = yearReducer(s, { type: 'line.remove', id: s.form.lines[0]!.id });
    expect(removed.form.lines).toHaveLength(0);
    expect(yearReducer(s, { type: 'open', open: true }).revision).toBe(s.revision);
  });
});

describe('saving and restoring the year part', () => {
  it('stores the lines as typed and the signing report as its counts, and restores both', () => {
    const items = reports();
    const stored = yearToStored(filled(), items)!;
    expect(stored.signing[0]!.kind).toBe('signing');
    expect(JSON.stringify(stored)).not.toContain('base64');
    expect(stored.lines[0]).toEqual({ kind: 'advance', date: '', period: 'Q1 2024', count: '1204', price: '9,85', amount: '2.964,85', description: '' });
    const json = serializeStoredState(settings, { current: null, previous: null }, new Date(0), { year: stored });
    const back = parseStoredState(json);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.state.year).toEqual(stored);
    const form = formFromStored(back.state.year!);
    expect(form.lines[0]!.amount).toBe('2.964,85');
    const again = signingFromStored(back.state.year!.signing[0]!);
    if (!('restored' in again)) throw new Error('a report kept as counts comes back as counts');
    expect(again.restored.exp.source.label).toBe('loket-signing-2024-Q1.csv');
    expect(again.restored.exp).toEqual(items[0]!.last!.value);
  });

  it('stores a typed date as a real date and shows it as typed again; a date that is none yet is not kept', () => {
    let s = filled();
    const id = s.form.lines[0]!.id;
    s = yearReducer(s, { type: 'line.change', id, patch: { date: '15-1-2024' } });
    const stored = yearToStored(s, [])!;
    expect(stored.lines[0]!.date).toBe('2024-01-15');
    expect(formFromStored(stored).lines[0]!.date).toBe('15-01-2024');
    const half = yearToStored(yearReducer(s, { type: 'line.change', id, patch: { date: '31-02-2024' } }), [])!;
    expect(half.lines[0]!.date).toBe('');
  });

  it('gives a signing report kept by version 2 as its input back to the importer', () => {
    const text = new TextDecoder().decode(signingBytes);
    const again = signingFromStored({ kind: 'input', source: { label: 'q1.csv' }, input: { kind: 'text', text }, options: { period: { from: '2024-01-01', to: '2024-03-31' } } });
    expect(again).toEqual({ request: { input: { text }, source: { label: 'q1.csv' }, options: { period: { from: '2024-01-01', to: '2024-03-31' } } } });
  });

  it('keeps no failed report: it has no counts', () => {
    expect(yearToStored(filled(), reports(true))!.signing).toHaveLength(1);
  });

  it('keeps nothing when nothing was entered', () => {
    expect(yearToStored(initialYearState(), [])).toBeUndefined();
  });

  it.each([
    ['parsed figures slipped in', (y: Record<string, unknown>) => ({ ...y, lines: [{ kind: 'advance', amountCents: 1 }] })],
    ['an unknown kind', (y: Record<string, unknown>) => ({ ...y, lines: [{ ...(y.lines as object[])[0], kind: 'bonus' }] })],
    ['an extra field', (y: Record<string, unknown>) => ({ ...y, trusted: true })],
    ['a signing input of an unknown kind', (y: Record<string, unknown>) => ({ ...y, signing: [{ kind: 'input', source: { label: 'x' }, input: { kind: 'parsed', employers: [] }, options: {} }] })],
    ['a signing count no importer gives', (y: Record<string, unknown>) => ({ ...y, signing: (y.signing as { employers: object[] }[]).map((x) => ({ ...x, employers: x.employers.map((e) => ({ ...e, requests: -1 })) })) })],
    ['a huge amount text', (y: Record<string, unknown>) => ({ ...y, lines: [{ ...(y.lines as object[])[0], amount: '9'.repeat(500) }] })],
  ])('a tampered year part (%s) is ignored with a warning', (_name, tamper) => {
    const stored = yearToStored(filled(), reports())!;
    const json = serializeStoredState(settings, { current: null, previous: null }, new Date(0), { year: tamper(stored as unknown as Record<string, unknown>) as never });
    const back = parseStoredState(json);
    expect(back.ok).toBe(false);
    if (back.ok || back.reason === 'empty') return;
    expect(back.message).toBe('state.ignored.invalid');
    expect(String(back.params.detail)).toMatch(/^year/);
  });
});
