/**
 * Issue #11 item 5: a staffel listed in any order is sorted, not refused. Only a gap (no
 * band starting at dossier 1), an overlap (two prices from one dossier) and a duplicate
 * band are refused — in the settings schema (stored state, CLI --settings) and in the
 * pane's form alike.
 */
import { describe, expect, it } from 'vitest';
import { charge } from '../../src/domain/billing/pricing';
import { settingsFromFile } from '../../src/domain/settings-file';
import { settingsSchema } from '../../src/domain/settings';
import { defaultChoiceForm, defaultPriceForm, newTier, validateForms } from '../../src/taskpane/state/forms';

const graduated = (tiers: { from: number; priceE4: number }[]) => settingsSchema.safeParse({ model: 2, pricing: { kind: 'graduated', tiers } });

describe('the settings schema', () => {
  it('sorts [{from 501}, {from 1}] and prices 600 dossiers as 500 × 10,50 + 100 × 9,85 = 6.235,00', () => {
    const r = graduated([{ from: 501, priceE4: 98_500 }, { from: 1, priceE4: 105_000 }]);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.pricing).toEqual({ kind: 'graduated', tiers: [{ from: 1, priceE4: 105_000 }, { from: 501, priceE4: 98_500 }] });
    expect(charge(600, r.data).amountCents).toBe(623_500);
  });

  it('sorts a volume staffel too: 600 dossiers fall in the band from 501', () => {
    const r = settingsSchema.parse({ model: 2, pricing: { kind: 'volume', tiers: [{ from: 1001, priceE4: 90_000 }, { from: 1, priceE4: 105_000 }, { from: 501, priceE4: 98_500 }] } });
    // 600 × 9,85 = 5.910,00
    expect(charge(600, r).amountCents).toBe(591_000);
  });

  it.each([
    ['a gap: no band from dossier 1', [{ from: 501, priceE4: 1 }, { from: 2, priceE4: 2 }], /niet bij 1: dossier 1 heeft geen prijs/],
    ['an overlap: two prices from dossier 501', [{ from: 1, priceE4: 1 }, { from: 501, priceE4: 2 }, { from: 501, priceE4: 3 }], /twee prijzen.*501/],
    ['a duplicate band', [{ from: 501, priceE4: 2 }, { from: 1, priceE4: 1 }, { from: 501, priceE4: 2 }], /501 staat er twee keer in/],
  ])('refuses %s', (_what, tiers, message) => {
    const r = graduated(tiers);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues[0]!.message).toMatch(message);
  });
});

describe('the CLI settings file', () => {
  it('accepts a staffel in any order', () => {
    const r = settingsFromFile({ staffel: { kind: 'graduated', tiers: [{ from: 501, price: '9,85' }, { from: 1, price: '10,50' }] } });
    expect(r.ok && r.value.pricing).toEqual({ kind: 'graduated', tiers: [{ from: 1, priceE4: 105_000 }, { from: 501, priceE4: 98_500 }] });
  });
});

describe('the pane’s staffel rows', () => {
  const price = (tiers: ReturnType<typeof newTier>[]) => ({ ...defaultPriceForm('nl'), kind: 'graduated' as const, tiers });

  it('accepts rows in any order and hands the engine a sorted staffel', () => {
    const v = validateForms(defaultChoiceForm(), price([newTier('501', '9,85'), newTier('1', '10,50')]));
    expect(v.ok && v.settings.pricing).toEqual({ kind: 'graduated', tiers: [{ from: 1, priceE4: 105_000 }, { from: 501, priceE4: 98_500 }] });
  });

  it('marks the row of a gap and of a repeated start', () => {
    const gap = validateForms(defaultChoiceForm(), price([newTier('501', '9,85'), newTier('2', '10,50')]));
    expect(!gap.ok && gap.errors).toEqual({ 'tiers.1.from': 'form.tier.first' });
    const twice = validateForms(defaultChoiceForm(), price([newTier('501', '9,85'), newTier('1', '10,50'), newTier('501', '9,00')]));
    expect(!twice.ok && twice.errors).toEqual({ 'tiers.2.from': 'form.tier.duplicate' });
  });
});
