import { describe, expect, it } from 'vitest';
import { defaultXpertForm, validateXpertForm, xpertFormFromSettings } from '../../src/taskpane/xpert/xpert-forms';

const form = (patch: Partial<ReturnType<typeof defaultXpertForm>>) => ({ ...defaultXpertForm('nl'), ...patch });

describe('Otherside rates form', () => {
  it('turns typed Dutch amounts into the engine settings', () => {
    const v = validateXpertForm(form({ rate: '1,25', smsRate: '€ 0,09' }));
    expect(v).toEqual({ ok: true, settings: { rateE4: 12_500, smsRateE4: 900, vatBasisPoints: 2_100, toleranceCents: 100, toleranceBasisPoints: 0 } });
  });

  it('names every bad field on its own', () => {
    const v = validateXpertForm(form({ rate: '', smsRate: '0,09x', vat: '120', tolerance: 'abc' }));
    expect(v).toEqual({ ok: false, errors: { rate: 'form.required', smsRate: 'xpert.form.rate.invalid', vat: 'form.vat.invalid', tolerance: 'form.money.invalid' } });
  });

  it('says when a rate has too many decimals or is above € 100', () => {
    expect(validateXpertForm(form({ rate: '1,123456', smsRate: '0' }))).toEqual({ ok: false, errors: { rate: 'form.price.tooPrecise' } });
    expect(validateXpertForm(form({ rate: '150', smsRate: '0' }))).toEqual({ ok: false, errors: { rate: 'xpert.form.rate.tooHigh' } });
  });

  it('shows restored settings as the user would type them', () => {
    const v = validateXpertForm(form({ rate: '1,25', smsRate: '0,09', vat: '9', tolerance: '2,50' }));
    if (!v.ok) throw new Error('invalid');
    const back = xpertFormFromSettings(v.settings, 'nl');
    expect(validateXpertForm(back)).toEqual(v);
  });
});
