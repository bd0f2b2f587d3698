import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/domain/settings';
import { parseStoredState, serializeStoredState } from '../../src/taskpane/state/stored-state';
import { importSigningExport } from '../../src/domain/imports/loket-signing';
import type { ImportRequest } from '../../src/taskpane/imports/import-kinds';
import { emptyLine } from '../../src/taskpane/year/year-form';
import { formFromStored, signingFromStored, yearToStored } from '../../src/taskpane/year/year-persist';
import { hasYearData, initialYearState, yearReducer, type YearState } from '../../src/taskpane/year/year-state';

const ROOT = join(__dirname, '../..');
const signingBytes = new Uint8Array(readFileSync(join(ROOT, 'examples/loket-signing-2024-Q1.csv')));
const settings = { ...defaultSettings(2), pricing: { kind: 'flat' as const, priceE4: 98_500 } };

const signingRequest: ImportRequest<'signing'> = { input: { bytes: signingBytes }, source: { label: 'loket-signing-2024-Q1.csv', fileName: 'loket-signing-2024-Q1.csv' }, options: {} };
const signing = [signingRequest];

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

  it('the signing example imports: a period, employers, requests', () => {
    const r = importSigningExport(signingRequest.input, signingRequest.source);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.period).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(r.value.employers.length).toBeGreaterThan(0);
  });
});

describe('saving and restoring the year part', () => {
  it('stores the input as typed and loaded, and restores it through validation and the importer', () => {
    const s = filled();
    const stored = yearToStored(s, signing)!;
    expect(stored.signing[0]!.input.kind).toBe('bytes');
    expect(stored.lines[0]).toEqual({ kind: 'advance', date: '', period: 'Q1 2024', count: '1204', price: '9,85', amount: '2.964,85', description: '' });
    const json = serializeStoredState(settings, { current: null, previous: null }, new Date(0), { year: stored });
    const back = parseStoredState(json);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.state.year).toEqual(stored);
    const form = formFromStored(back.state.year!);
    expect(form.lines[0]!.amount).toBe('2.964,85');
    const again = signingFromStored(back.state.year!.signing[0]!);
    expect(again).toEqual(signingRequest);
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

  it('keeps nothing when nothing was entered', () => {
    expect(yearToStored(initialYearState(), [])).toBeUndefined();
  });

  it.each([
    ['parsed figures slipped in', (y: Record<string, unknown>) => ({ ...y, lines: [{ kind: 'advance', amountCents: 1 }] })],
    ['an unknown kind', (y: Record<string, unknown>) => ({ ...y, lines: [{ ...(y.lines as object[])[0], kind: 'bonus' }] })],
    ['an extra field', (y: Record<string, unknown>) => ({ ...y, trusted: true })],
    ['a signing export as figures', (y: Record<string, unknown>) => ({ ...y, signing: [{ source: { label: 'x' }, input: { kind: 'parsed', employers: [] }, options: {} }] })],
    ['a huge amount text', (y: Record<string, unknown>) => ({ ...y, lines: [{ ...(y.lines as object[])[0], amount: '9'.repeat(500) }] })],
  ])('a tampered year part (%s) is ignored with a warning', (_name, tamper) => {
    const stored = yearToStored(filled(), signing)!;
    const json = serializeStoredState(settings, { current: null, previous: null }, new Date(0), { year: tamper(stored as unknown as Record<string, unknown>) as never });
    const back = parseStoredState(json);
    expect(back.ok).toBe(false);
    if (back.ok || back.reason === 'empty') return;
    expect(back.message).toBe('state.ignored.invalid');
    expect(String(back.params.detail)).toMatch(/^year/);
  });
});
