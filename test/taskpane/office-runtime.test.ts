import { describe, expect, it } from 'vitest';
import type { Language, WorkbookHost } from '../../src/host/host';
import { languageOverride, pickLanguage, startRuntime } from '../../src/office/runtime';
import { quietHost } from '../support/fake-host';

const standaloneHost = (language: Language): WorkbookHost => quietHost('standalone', {}, language);

const office = (host: unknown, displayLanguage?: string, never = false) => ({
  onReady: () => (never ? new Promise(() => {}) : Promise.resolve({ host, platform: null })),
  context: { displayLanguage, requirements: { isSetSupported: () => true } },
  HostType: { Excel: 'Excel' },
});

describe('language', () => {
  it('is English only when Office (or else the browser) runs in English, Dutch otherwise', () => {
    expect(pickLanguage('en-US', ['nl-NL'])).toBe('en');
    expect(pickLanguage('nl-NL', ['en-US'])).toBe('nl');
    expect(pickLanguage(undefined, ['en-GB'])).toBe('en');
    expect(pickLanguage(undefined, ['de-DE', 'en-US'])).toBe('nl');
    expect(pickLanguage('fr-FR', [])).toBe('nl');
    expect(pickLanguage(undefined, [])).toBe('nl');
  });

  it('can be forced with ?lang= for testing translations', () => {
    expect(languageOverride('?lang=pseudo')).toBe('pseudo');
    expect(languageOverride('?x=1&lang=en')).toBe('en');
    expect(languageOverride('?lang=fr')).toBeNull();
  });
});

describe('startRuntime', () => {
  const makeStandalone = standaloneHost;

  it('runs standalone when office.js is missing (CDN unreachable)', async () => {
    const r = await startRuntime({ makeStandalone, globals: { navigatorLanguages: ['en-US'] } });
    expect(r).toMatchObject({ reason: 'no-office-js', language: 'en' });
    expect(r.host.kind).toBe('standalone');
  });

  it('runs standalone when Office reports no host (a plain browser tab)', async () => {
    const r = await startRuntime({ makeStandalone, globals: { Office: office(null), navigatorLanguages: ['nl-NL'] } });
    expect(r).toMatchObject({ reason: 'no-host', language: 'nl' });
  });

  it('does not wait for ever when Office.onReady never resolves', async () => {
    const t0 = Date.now();
    const r = await startRuntime({ makeStandalone, readyTimeoutMs: 50, globals: { Office: office(null, undefined, true) } });
    expect(r.reason).toBe('timeout');
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('runs standalone in another Office application', async () => {
    const r = await startRuntime({ makeStandalone, globals: { Office: office('Word', 'en-US'), Excel: {} } });
    expect(r).toMatchObject({ reason: 'not-excel', language: 'en' });
  });

  it("uses the Excel host inside Excel, in Office's language (a ?lang= override wins)", async () => {
    const fakeExcel = { run: async () => undefined };
    const r = await startRuntime({ makeStandalone, globals: { Office: office('Excel', 'en-US'), Excel: fakeExcel, navigatorLanguages: ['nl-NL'] } });
    expect(r).toMatchObject({ reason: 'excel', language: 'en' });
    expect(r.host.kind).toBe('excel');
    expect(r.host.language()).toBe('en');
    const p = await startRuntime({ makeStandalone, globals: { Office: office('Excel', 'en-US'), Excel: fakeExcel, search: '?lang=pseudo' } });
    expect(p.language).toBe('pseudo');
  });
});
