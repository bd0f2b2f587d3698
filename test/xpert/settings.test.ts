/** What the pane passes in is validated before the engine uses it. */
import { describe, expect, it } from 'vitest';
import { parseXpertImportOptions, parseXpertSettings } from '../../src/domain/xpert/settings';

describe('Otherside settings', () => {
  it('fills in VAT and tolerance, and refuses what is not a rate', () => {
    const ok = parseXpertSettings({ rateE4: 12_500, smsRateE4: 900 });
    expect(ok.ok && ok.value).toEqual({ rateE4: 12_500, smsRateE4: 900, vatBasisPoints: 2_100, toleranceCents: 100, toleranceBasisPoints: 0 });
    for (const bad of [{ rateE4: 1.5, smsRateE4: 0 }, { rateE4: -1, smsRateE4: 0 }, { rateE4: 12_500 }, { rateE4: 2_000_000, smsRateE4: 0 }, { rateE4: 1, smsRateE4: 1, extra: 1 }]) {
      const r = parseXpertSettings(bad);
      expect(r.ok, JSON.stringify(bad)).toBe(false);
      expect(!r.ok && r.error.code).toBe('settings.invalid');
    }
  });

  it('checks the import choices the pane stores', () => {
    expect(parseXpertImportOptions({ columns: { employees: 2, sms: null }, period: '2024-01' }).ok).toBe(true);
    const bad = parseXpertImportOptions({ columns: { employees: -1 } });
    expect(!bad.ok && bad.error.nl).toContain('columns.employees');
    expect(parseXpertImportOptions({ period: '2024-1' }).ok).toBe(false);
    expect(parseXpertImportOptions({ columns: { dossiers: 1 } }).ok).toBe(false);
  });
});
