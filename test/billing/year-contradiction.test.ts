/**
 * Issue #11 item 1: a year or agreed peildatum the user states explicitly, which the
 * exports contradict, is an error naming both years (Dutch and English), never a
 * specification of one year over the counts of another.
 */
import { describe, expect, it } from 'vitest';
import { reconcileQwoater } from '../../src/domain/billing/qwoater';
import { settingsSchema, type SettingsInput } from '../../src/domain/settings';
import { dossierExport } from '../support/dossier-export';

const settings = (extra: Partial<SettingsInput>) => settingsSchema.parse({ model: 2, pricing: { kind: 'flat', priceE4: 98_500 }, ...extra });
const e2024 = dossierExport('export-2024.csv', '2024-12-31', [['1', 'A', 1, 10, 2]]);
const e2023 = dossierExport('export-2023.csv', '2023-12-31', [['1', 'A', 1, 9, 1]]);
/** An export without a peildatum; its F follows the label's length, so two of them never look like the same file given twice. */
const undated = (label: string) => dossierExport(label, null, [['1', 'A', 1, label.length, 1]]);

describe('an explicit year against the exports (model 2)', () => {
  it('refuses --year 2023 over exports dated 31-12-2024 and 31-12-2023, naming both years', () => {
    const r = reconcileQwoater({ current: e2024, previous: e2023, settings: settings({ year: 2023 }) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('billing.yearContradictsExport');
    expect(r.error.nl).toContain('2023');
    expect(r.error.nl).toContain('31-12-2024');
    expect(r.error.nl).toContain('export-2024.csv');
    expect(r.error.en).toContain('2023');
    expect(r.error.en).toContain('31-12-2024');
  });

  it('accepts the year the exports say', () => {
    const r = reconcileQwoater({ current: e2024, previous: e2023, settings: settings({ year: 2024 }) });
    expect(r.ok && r.value.year).toBe(2024);
  });

  it('checks the previous export when the current one names no date: 31-12-2023 belongs to year 2024', () => {
    const wrong = reconcileQwoater({ current: undated('c.csv'), previous: e2023, settings: settings({ year: 2023 }) });
    expect(!wrong.ok && wrong.error.code).toBe('billing.yearContradictsPrevious');
    expect(!wrong.ok && wrong.error.nl).toMatch(/2023.*31-12-2023.*31-12-2022|2023.*31-12-2022.*31-12-2023/s);
    const right = reconcileQwoater({ current: undated('c.csv'), previous: e2023, settings: settings({ year: 2024 }) });
    expect(right.ok && right.value.year).toBe(2024);
  });

  it('still takes the year when no export names a date', () => {
    const r = reconcileQwoater({ current: undated('c.csv'), previous: undated('pp.csv'), settings: settings({ year: 2021 }) });
    expect(r.ok && r.value.year).toBe(2021);
  });
});

describe('model 1: the agreed peildatum against the export', () => {
  const oct2024 = dossierExport('01-10-2024.csv', '2024-10-01', [['1', 'A', 1, 120, 30]]);

  it('refuses an agreed peildatum in another year than the export, naming both', () => {
    const r = reconcileQwoater({ current: oct2024, settings: settings({ model: 1, peildatum: '2023-10-01' }) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('billing.agreedPeildatumOtherYear');
    expect(r.error.nl).toContain('01-10-2023');
    expect(r.error.nl).toContain('01-10-2024');
    expect(r.error.en).toContain('01-10-2023');
    expect(r.error.en).toContain('01-10-2024');
  });

  it('warns, but counts, when the agreed day differs within the same year', () => {
    const r = reconcileQwoater({ current: oct2024, settings: settings({ model: 1, peildatum: '2024-10-31' }) });
    expect(r.ok && r.value.year).toBe(2024);
    expect(r.ok && r.value.currentPeildatum).toBe('2024-10-31');
    expect(r.warnings.map((w) => w.code)).toContain('billing.agreedPeildatumDiffers');
  });

  it('refuses an explicit year against the agreed peildatum', () => {
    const r = reconcileQwoater({ current: undated('x.csv'), settings: settings({ model: 1, peildatum: '2024-10-01', year: 2023 }) });
    expect(!r.ok && r.error.code).toBe('billing.yearContradictsAgreed');
    expect(!r.ok && r.error.nl).toMatch(/2023/);
    expect(!r.ok && r.error.nl).toMatch(/01-10-2024/);
  });

  it('refuses an explicit year against the export of model 1', () => {
    const r = reconcileQwoater({ current: oct2024, settings: settings({ model: 1, year: 2025 }) });
    expect(!r.ok && r.error.code).toBe('billing.yearContradictsExport');
  });
});
