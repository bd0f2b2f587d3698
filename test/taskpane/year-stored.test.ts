import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/domain/settings';
import { parseStoredState, serializeStoredState } from '../../src/taskpane/state/stored-state';
import { importSigning } from '../../src/taskpane/year/signing-import';
import { emptyLine } from '../../src/taskpane/year/year-form';
import { formFromStored, signingFromStored, yearToStored } from '../../src/taskpane/year/year-persist';
import { hasYearData, initialYearState, yearReducer, type YearState } from '../../src/taskpane/year/year-state';

const ROOT = join(__dirname, '../..');
const signingBytes = new Uint8Array(readFileSync(join(ROOT, 'examples/loket-signing-2024-Q1.csv')));
const settings = { ...defaultSettings(2), pricing: { kind: 'flat' as const, priceE4: 98_500 } };

function filled(): YearState {
  let s = initialYearState();
  s = yearReducer(s, { type: 'line.add', period: 'Q1 2024' });
  const id = s.form.lines[0]!.id;
  s = yearReducer(s, { type: 'line.change', id, patch: { amount: '2.964,85', count: '1204', price: '9,85' } });
  s = yearReducer(s, { type: 'form', patch: { signingMode: 'priced', signingPrice: '0,50', tolerancePct: '1' } });
  s = yearReducer(s, { type: 'signing.add', source: importSigning({ input: { bytes: signingBytes }, source: { label: 'loket-signing-2024-Q1.csv', fileName: 'loket-signing-2024-Q1.csv' }, options: {} }) });
  s = yearReducer(s, { type: 'employers', patch: { on: true, mode: 'chosen', numbers: '000101, 000102' } });
  return s;
}

describe('the year state', () => {
  it('counts every change in its revision and knows when there is year data', () => {
    const s = filled();
    expect(s.revision).toBe(5);
    expect(hasYearData(s)).toBe(true);
    expect(hasYearData(initialYearState())).toBe(false);
    const removed = yearReducer(s, { type: 'line.remove', id: s.form.lines[0]!.id });
    expect(removed.form.lines).toHaveLength(0);
    expect(yearReducer(s, { type: 'open', open: true }).revision).toBe(s.revision);
  });

  it('the signing example imports: a period, employers, requests', () => {
    const src = filled().signing[0]!;
    expect(src.result.ok).toBe(true);
    if (!src.result.ok) return;
    expect(src.result.exp.period).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(src.result.exp.employers.length).toBeGreaterThan(0);
  });
});

describe('saving and restoring the year part', () => {
  it('stores the lines as typed and the signing report as its counts, and restores both', () => {
    const s = filled();
    const stored = yearToStored(s)!;
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
    expect(again.request).toBeNull(); // no file kept
    expect(again.label).toBe('loket-signing-2024-Q1.csv');
    expect(again.result.ok && s.signing[0]!.result.ok && again.result.exp).toEqual(s.signing[0]!.result.ok && s.signing[0]!.result.exp);
  });

  it('imports a signing report kept by version 2 as its input again', () => {
    const text = new TextDecoder().decode(signingBytes);
    const again = signingFromStored({ kind: 'input', source: { label: 'q1.csv' }, input: { kind: 'text', text }, options: {} });
    expect(again.request).not.toBeNull();
    expect(again.result.ok && again.result.exp.employers.length).toBeGreaterThan(0);
  });

  it('keeps no failed report: it has no counts', () => {
    let s = filled();
    s = yearReducer(s, { type: 'signing.add', source: importSigning({ input: { text: 'geen rapport' }, source: { label: 'rommel.txt' }, options: {} }) });
    expect(s.signing[1]!.result.ok).toBe(false);
    expect(yearToStored(s)!.signing).toHaveLength(1);
  });

  it('keeps nothing when nothing was entered', () => {
    expect(yearToStored(initialYearState())).toBeUndefined();
  });

  it.each([
    ['parsed figures slipped in', (y: Record<string, unknown>) => ({ ...y, lines: [{ kind: 'advance', amountCents: 1 }] })],
    ['an unknown kind', (y: Record<string, unknown>) => ({ ...y, lines: [{ ...(y.lines as object[])[0], kind: 'bonus' }] })],
    ['an extra field', (y: Record<string, unknown>) => ({ ...y, trusted: true })],
    ['a signing input of an unknown kind', (y: Record<string, unknown>) => ({ ...y, signing: [{ kind: 'input', source: { label: 'x' }, input: { kind: 'parsed', employers: [] }, options: {} }] })],
    ['a signing count no importer gives', (y: Record<string, unknown>) => ({ ...y, signing: (y.signing as { employers: object[] }[]).map((x) => ({ ...x, employers: x.employers.map((e) => ({ ...e, requests: -1 })) })) })],
    ['a huge amount text', (y: Record<string, unknown>) => ({ ...y, lines: [{ ...(y.lines as object[])[0], amount: '9'.repeat(500) }] })],
  ])('a tampered year part (%s) is ignored with a warning', (_name, tamper) => {
    const stored = yearToStored(filled())!;
    const json = serializeStoredState(settings, { current: null, previous: null }, new Date(0), { year: tamper(stored as unknown as Record<string, unknown>) as never });
    const back = parseStoredState(json);
    expect(back.ok).toBe(false);
    if (back.ok || back.reason === 'empty') return;
    expect(back.message).toBe('state.ignored.invalid');
    expect(String(back.params.detail)).toMatch(/^year/);
  });
});
