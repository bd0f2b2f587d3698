import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/domain/settings';
import {
  MAX_STORED_STATE_CHARS,
  STORED_STATE_VERSION,
  base64ToBytes,
  bytesToBase64,
  migrate,
  parseStoredState,
  serializeStoredState,
  type StoredExport,
} from '../../src/taskpane/state/stored-state';

const settings = { ...defaultSettings(2), pricing: { kind: 'flat' as const, priceE4: 98_500 }, year: 2024 };
const fileExport: StoredExport = {
  source: { label: 'loket-2024.csv', fileName: 'loket-2024.csv' },
  input: { kind: 'bytes', base64: bytesToBase64(new TextEncoder().encode('Werkgeversnummer;Naam\n000123;A')) },
  options: { columns: { inactiveDossiers: 7 }, peildatum: '2024-12-31' },
};
const pasted: StoredExport = { source: { label: 'geplakte tekst' }, input: { kind: 'text', text: 'a;b\n1;2' }, options: {} };
const good = () => JSON.parse(serializeStoredState(settings, { current: fileExport, previous: pasted })) as Record<string, unknown>;

describe('stored state', () => {
  it('round-trips settings and exports, with a version and a time stamp', () => {
    const json = serializeStoredState(settings, { current: fileExport, previous: null }, new Date('2025-01-02T03:04:05Z'));
    const r = parseStoredState(json);
    expect(r).toEqual({ ok: true, state: { version: STORED_STATE_VERSION, savedAt: '2025-01-02T03:04:05.000Z', settings, exports: { current: fileExport, previous: null } } });
  });

  it('loads a workbook saved by version 1 (before year checks and Otherside history)', () => {
    // Exactly what Factuurcheck 0.1 wrote: version 1, no year or xpert parts.
    const v1 = JSON.stringify({ version: 1, savedAt: '2024-06-01T10:00:00.000Z', settings, exports: { current: fileExport, previous: pasted } });
    const r = parseStoredState(v1);
    expect(r).toEqual({ ok: true, state: { version: 2, savedAt: '2024-06-01T10:00:00.000Z', settings, exports: { current: fileExport, previous: pasted } } });
  });

  it('treats nothing saved as empty, not as an error', () => {
    expect(parseStoredState(null)).toEqual({ ok: false, reason: 'empty' });
    expect(parseStoredState('  ')).toEqual({ ok: false, reason: 'empty' });
  });

  it('ignores damaged JSON and non-objects', () => {
    expect(parseStoredState('{"version":1,')).toMatchObject({ ok: false, reason: 'corrupt', message: 'state.ignored.corrupt' });
    expect(parseStoredState('[1,2]')).toMatchObject({ ok: false, reason: 'corrupt' });
    expect(parseStoredState('"x"')).toMatchObject({ ok: false, reason: 'corrupt' });
  });

  it('never trusts a tampered state: wrong types, impossible settings, extra keys, bad base64', () => {
    const cases: [string, (s: any) => void][] = [
      ['negative price', (s) => (s.settings.pricing.priceE4 = -1)],
      ['price as text', (s) => (s.settings.pricing.priceE4 = '98500')],
      ['VAT over 100 %', (s) => (s.settings.vatBasisPoints = 20_000)],
      ['unknown setting', (s) => (s.settings.evil = true)],
      ['unknown top-level key', (s) => (s.admin = true)],
      ['figures smuggled into an export', (s) => (s.exports.current.employers = [{ number: '1', employeeDossiers: 1e9 }])],
      ['bad base64', (s) => (s.exports.current.input.base64 = 'not base64!')],
      ['negative column', (s) => (s.exports.current.options.columns.inactiveDossiers = -3)],
      ['unknown input kind', (s) => (s.exports.previous.input = { kind: 'url', url: 'https://evil.example' })],
      ['bad peildatum', (s) => (s.exports.current.options.peildatum = '31-12-2024')],
      ['missing settings', (s) => delete s.settings],
    ];
    for (const [what, tamper] of cases) {
      const s = good();
      tamper(s);
      const r = parseStoredState(JSON.stringify(s));
      expect(r.ok, what).toBe(false);
      expect(r, what).toMatchObject({ reason: 'invalid', message: 'state.ignored.invalid' });
    }
  });

  it('does not let __proto__ in the JSON reach any object', () => {
    const json = serializeStoredState(settings, { current: null, previous: null }).replace('"settings":{', '"settings":{"__proto__":{"polluted":1},');
    const r = parseStoredState(json);
    expect(r.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses versions from the future and odd versions, and runs migrations forward only', () => {
    expect(parseStoredState(JSON.stringify({ ...good(), version: STORED_STATE_VERSION + 1 }))).toMatchObject({ ok: false, reason: 'newer', params: { version: STORED_STATE_VERSION + 1 } });
    for (const v of [0, -1, 1.5, '1', null]) expect(parseStoredState(JSON.stringify({ ...good(), version: v })), String(v)).toMatchObject({ ok: false, reason: 'invalid' });
    expect(migrate({ ...good() })).toMatchObject({ ok: true });
  });

  it('ignores a state too large to have been written by the pane', () => {
    const huge = '{"version":1,"x":"' + 'a'.repeat(MAX_STORED_STATE_CHARS) + '"}';
    expect(parseStoredState(huge)).toMatchObject({ ok: false, reason: 'tooLarge' });
  });

  it('encodes any bytes to base64 and back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => {
        expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
      }),
      { numRuns: 50 },
    );
  });
});
