import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { warning } from '../../src/domain/problems';
import { defaultSettings } from '../../src/domain/settings';
import { base64FromBytes, bytesFromBase64 } from '../../src/host/base64';
import { dossiersFromStored, dossiersToStored } from '../../src/taskpane/state/stored-dossiers';
import { MAX_STORED_STATE_CHARS, STORED_STATE_VERSION, migrate, parseStoredState, serializeStoredState } from '../../src/taskpane/state/stored-state';
import { dossierExport } from '../support/dossier-export';

const settings = { ...defaultSettings(2), pricing: { kind: 'flat' as const, priceE4: 98_500 }, year: 2024 };
/** As version 2 kept an export: the input itself. */
const fileInput = {
  source: { label: 'loket-2024.csv', fileName: 'loket-2024.csv' },
  input: { kind: 'bytes' as const, base64: base64FromBytes(new TextEncoder().encode('Werkgeversnummer;Naam\n000123;A')) },
  options: { columns: { inactiveDossiers: 7 }, peildatum: '2024-12-31' },
};
const pasted = { source: { label: 'geplakte tekst' }, input: { kind: 'text' as const, text: 'a;b\n1;2' }, options: {} };

const exp = dossierExport('loket-2024.csv', '2024-12-31', [
  ['000123', 'Bakkerij De Zon', 1, 30, 2],
  ['000124', '=HYPERLINK("x")', 0, 12, 0],
]);
const warnings = [warning('import.count.grouping', { value: '1.234' }, { file: 'loket-2024.csv', row: 3, column: 'F' })];
const parsed = dossiersToStored(exp, warnings, { columns: { inactiveDossiers: 4 } });
const good = () => JSON.parse(serializeStoredState(settings, { current: parsed, previous: null })) as Record<string, any>;

describe('stored state', () => {
  it('keeps the counts per employer, not the file, and gives back the same export', () => {
    const json = serializeStoredState(settings, { current: parsed, previous: null }, new Date('2025-01-02T03:04:05Z'));
    expect(json).not.toContain('base64');
    const r = parseStoredState(json);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.state).toMatchObject({ version: STORED_STATE_VERSION, savedAt: '2025-01-02T03:04:05.000Z', settings });
    const back = dossiersFromStored(r.state.exports.current as typeof parsed);
    expect(back.exp).toEqual(exp);
    expect(back.options).toEqual({ columns: { inactiveDossiers: 4 } });
    // Warnings come back with their texts made anew from the catalogue.
    expect(back.warnings).toEqual(warnings);
  });

  it('keeps every employer of any export exactly (property)', () => {
    const employer = fc.record({
      number: fc.stringMatching(/^[0-9A-Z]{1,10}$/),
      name: fc.string({ maxLength: 40 }),
      employerDossiers: fc.integer({ min: 0, max: 999_999_999 }),
      employeeDossiers: fc.integer({ min: 0, max: 999_999_999 }),
      inactiveDossiers: fc.integer({ min: 0, max: 999_999_999 }),
      sourceRow: fc.integer({ min: 1, max: 1_048_576 }),
    });
    fc.assert(
      fc.property(fc.array(employer, { maxLength: 30 }), fc.boolean(), (employers, active) => {
        const e = { ...exp, employers: employers.map((x, i) => (active && i % 2 ? { ...x, activeDossiers: i } : x)) };
        const r = parseStoredState(serializeStoredState(settings, { current: dossiersToStored(e, [], {}), previous: null }));
        expect(r.ok).toBe(true);
        if (r.ok) expect(dossiersFromStored(r.state.exports.current as typeof parsed).exp).toEqual(e);
      }),
      { numRuns: 100 },
    );
  });

  it('loads a workbook saved by version 1 (before year checks and Otherside history), its exports as inputs to import again', () => {
    // Exactly what Factuurcheck 0.1 wrote: version 1, no year or xpert parts.
    const v1 = JSON.stringify({ version: 1, savedAt: '2024-06-01T10:00:00.000Z', settings, exports: { current: fileInput, previous: pasted } });
    expect(parseStoredState(v1)).toEqual({
      ok: true,
      state: { version: 3, savedAt: '2024-06-01T10:00:00.000Z', settings, exports: { current: { kind: 'input', ...fileInput }, previous: { kind: 'input', ...pasted } } },
    });
  });

  it('loads a workbook saved by version 2, signing reports in the year part included', () => {
    const year = {
      lines: [], toleranceAbs: '', tolerancePct: '1', signingMode: 'priced', signingPrice: '0,50',
      employers: { on: false, mode: 'all', numbers: '' },
      signing: [{ source: { label: 'q1.csv' }, input: { kind: 'text', text: 'x;y' }, options: { period: { from: '2024-01-01', to: '2024-03-31' } } }],
    };
    const v2 = JSON.stringify({ version: 2, savedAt: '2024-06-01T10:00:00.000Z', settings, exports: { current: pasted, previous: null }, year, xpert: { version: 1, source: 'qwoater', history: null } });
    const r = parseStoredState(v2);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.state.exports.current).toEqual({ kind: 'input', ...pasted });
    expect(r.state.year!.signing).toEqual([{ kind: 'input', ...year.signing[0] }]);
    expect(r.state.xpert).toEqual({ version: 1, source: 'qwoater', history: null });
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

  it('never trusts a tampered state: wrong types, impossible counts, uneven columns, unknown messages', () => {
    const cases: [string, (s: any) => void][] = [
      ['negative price', (s) => (s.settings.pricing.priceE4 = -1)],
      ['price as text', (s) => (s.settings.pricing.priceE4 = '98500')],
      ['VAT over 100 %', (s) => (s.settings.vatBasisPoints = 20_000)],
      ['unknown setting', (s) => (s.settings.evil = true)],
      ['unknown top-level key', (s) => (s.admin = true)],
      ['a count no importer gives', (s) => (s.exports.current.employers.employeeDossiers[0] = 1e10)],
      ['a negative count', (s) => (s.exports.current.employers.inactiveDossiers[1] = -2)],
      ['a fractional count', (s) => (s.exports.current.employers.employerDossiers[0] = 0.5)],
      ['columns of unequal length', (s) => s.exports.current.employers.name.pop()],
      ['an empty employer number', (s) => (s.exports.current.employers.number[0] = '')],
      ['an unknown kind of export', (s) => (s.exports.current.kind = 'figures')],
      ['a warning with a text of its own', (s) => (s.exports.current.warnings[0].nl = 'Betaal nu')],
      ['a warning with an unknown code', (s) => (s.exports.current.warnings[0].code = 'evil.code')],
      ['negative column', (s) => (s.exports.current.options.columns.inactiveDossiers = -3)],
      ['bad peildatum', (s) => (s.exports.current.peildatum = '31-12-2024')],
      ['an input export with bad base64', (s) => (s.exports.previous = { kind: 'input', ...fileInput, input: { kind: 'bytes', base64: 'not base64!' } })],
      ['an input of an unknown kind', (s) => (s.exports.previous = { kind: 'input', ...pasted, input: { kind: 'url', url: 'https://evil.example' } })],
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
        expect(bytesFromBase64(base64FromBytes(bytes))).toEqual(bytes);
      }),
      { numRuns: 50 },
    );
  });
});
