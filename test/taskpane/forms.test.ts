import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { settingsSchema, type Settings } from '../../src/domain/settings';
import { defaultChoiceForm, defaultPriceForm, formsFromSettings, newTier, validateForms, type PriceForm } from '../../src/taskpane/state/forms';

const price = (patch: Partial<PriceForm>): PriceForm => ({ ...defaultPriceForm('nl'), ...patch });
const errorsOf = (v: ReturnType<typeof validateForms>) => (v.ok ? {} : v.errors);

describe('form validation', () => {
  it('turns what people type into the integer units of the settings', () => {
    const v = validateForms({ model: 2, year: '2024', peildatum: '' }, price({ flatPrice: '9,85', minimum: '€ 1.234,56', vat: '21 %', tolerance: '0,50' }));
    expect(v).toEqual({
      ok: true,
      settings: settingsSchema.parse({ model: 2, year: 2024, pricing: { kind: 'flat', priceE4: 98_500 }, minimumCents: 123_456, vatBasisPoints: 2_100, toleranceCents: 50 }),
    });
  });

  it('names each bad field with its own message, and one bad field never hides another', () => {
    const v = validateForms({ model: 2, year: '24', peildatum: '' }, price({ flatPrice: '9,85,1', vat: '121', minimum: 'zes', tolerance: '' }));
    expect(errorsOf(v)).toEqual({
      year: 'form.year.invalid',
      flatPrice: 'form.price.invalid',
      vat: 'form.vat.invalid',
      minimum: 'form.money.invalid',
      tolerance: 'form.required',
    });
  });

  it('says "at most 4 decimals" for a price typed too precisely', () => {
    expect(errorsOf(validateForms(defaultChoiceForm(), price({ flatPrice: '9,85001' })))).toEqual({ flatPrice: 'form.price.tooPrecise' });
    expect(errorsOf(validateForms(defaultChoiceForm(), price({ flatPrice: '' })))).toEqual({ flatPrice: 'form.required' });
  });

  it('checks the staffel rows: whole numbers, one starting at 1, no start twice (any order: staffel-order.test.ts)', () => {
    const tiers = [newTier('2', '10'), newTier('1.000', '9,5'), newTier('900', 'x'), newTier('0,5', '8')];
    const v = validateForms(defaultChoiceForm(), price({ kind: 'graduated', tiers }));
    expect(errorsOf(v)).toEqual({
      'tiers.0.from': 'form.tier.first',
      'tiers.2.price': 'form.price.invalid',
      'tiers.3.from': 'form.tier.from.invalid',
    });
    const ok = validateForms(defaultChoiceForm(), price({ kind: 'volume', tiers: [newTier('1', '10'), newTier('1.001', '9,50')] }));
    expect(ok.ok && ok.settings.pricing).toEqual({ kind: 'volume', tiers: [{ from: 1, priceE4: 100_000 }, { from: 1001, priceE4: 95_000 }] });
    expect(errorsOf(validateForms(defaultChoiceForm(), price({ kind: 'graduated', tiers: [newTier('1', '1'), newTier('1', '2')] })))).toEqual({ 'tiers.1.from': 'form.tier.duplicate' });
    expect(errorsOf(validateForms(defaultChoiceForm(), price({ kind: 'graduated', tiers: [] })))).toEqual({ tiers: 'form.tiers.empty' });
  });

  it("ignores fields the chosen options hide (a flat price when tiers are chosen, model 1's date in model 2)", () => {
    const v = validateForms({ model: 2, year: '', peildatum: '2024-10-01' }, price({ kind: 'volume', flatPrice: 'onzin', tiers: [newTier('1', '5')] }));
    expect(v.ok).toBe(true);
    if (v.ok) expect(v.settings.peildatum).toBeUndefined();
    const m1 = validateForms({ model: 1, year: 'x', peildatum: '2024-10-01' }, price({ flatPrice: '1' }));
    expect(m1.ok && m1.settings).toMatchObject({ model: 1, peildatum: '2024-10-01' });
    expect(m1.ok && m1.settings.year).toBeUndefined();
  });

  it('reads the agreed peildatum as typed, day first, and only real dates', () => {
    const settingsOf = (peildatum: string) => {
      const v = validateForms({ model: 1, year: '', peildatum }, price({ flatPrice: '1' }));
      return v.ok ? v.settings.peildatum : v.errors;
    };
    expect(settingsOf('01-10-2024')).toBe('2024-10-01');
    expect(settingsOf('1-10-2024')).toBe('2024-10-01');
    expect(settingsOf('29-02-2024')).toBe('2024-02-29');
    // Never month first: 10/01 is the tenth of January, as a Dutch user writes it.
    expect(settingsOf('10/01/2024')).toBe('2024-01-10');
    expect(settingsOf('2024-10-01')).toBe('2024-10-01');
    expect(settingsOf('29-02-2023')).toEqual({ peildatum: 'form.date.invalid' });
    expect(settingsOf('2024-13-01')).toEqual({ peildatum: 'form.date.invalid' });
    expect(settingsOf('01-10-24')).toEqual({ peildatum: 'form.date.invalid' });
  });

  const settingsArb = fc
    .record({
      model: fc.constantFrom(1 as const, 2 as const),
      year: fc.option(fc.integer({ min: 2000, max: 2100 }), { nil: undefined }),
      peildatum: fc.option(fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: undefined }),
      pricing: fc.oneof(
        fc.record({ kind: fc.constant('flat' as const), priceE4: fc.integer({ min: 0, max: 10_000_000 }) }),
        fc.record({
          kind: fc.constantFrom('graduated' as const, 'volume' as const),
          tiers: fc.uniqueArray(fc.integer({ min: 2, max: 1_000_000 }), { maxLength: 4 }).chain((starts) =>
            fc.tuple(...[1, ...[...starts].sort((a, b) => a - b)].map((from) => fc.integer({ min: 0, max: 10_000_000 }).map((priceE4) => ({ from, priceE4 })))),
          ),
        }),
      ),
      minimumCents: fc.integer({ min: 0, max: 100_000_000 }),
      vatBasisPoints: fc.integer({ min: 0, max: 10_000 }),
      toleranceCents: fc.integer({ min: 0, max: 1_000_000 }),
    })
    .map((s) => settingsSchema.parse(s) as Settings);

  it('shows any settings in the forms so that validating them gives the same settings back (nl and en)', () => {
    fc.assert(
      fc.property(settingsArb, fc.constantFrom('nl' as const, 'en' as const), (s, lang) => {
        const { choice, price: p } = formsFromSettings(s, lang);
        const v = validateForms(choice, p);
        expect(v.ok).toBe(true);
        if (!v.ok) return;
        const expected = { ...s, ...(s.model === 2 ? { peildatum: undefined } : { year: undefined }) };
        expect(JSON.parse(JSON.stringify(v.settings))).toEqual(JSON.parse(JSON.stringify(expected)));
      }),
      { numRuns: 300 },
    );
  });
});
