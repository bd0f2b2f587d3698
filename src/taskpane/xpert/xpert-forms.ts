/**
 * The Otherside rates as typed text ('1,25'), and their validation into XpertSettings.
 * Each field is checked on its own, so one bad field never hides another's message; the
 * result then goes through the engine's parseXpertSettings, so the pane can never hand
 * runXpert settings that the CLI would refuse.
 */
import '../../domain/zod-config';
import { NEVER, pipe, string, transform, type ZodMiniType } from 'zod/mini';
import { parseCents, parseDecimal, parsePriceE4 } from '../../domain/money';
// Not the domain/xpert front door: it would bring the Otherside workbook builders into the pane's first chunk.
import { parseXpertSettings, type XpertSettings } from '../../domain/xpert/settings';
import type { MessageKey } from '../i18n/catalogue';
import { issue, moneyText, percentText, priceText } from '../state/forms';

export interface XpertRatesForm {
  rate: string;
  smsRate: string;
  vat: string;
  tolerance: string;
}

export type XpertField = keyof XpertRatesForm;
export type XpertFieldErrors = Partial<Record<XpertField | 'settings', MessageKey>>;
export type XpertFormValidation = { ok: true; settings: XpertSettings } | { ok: false; errors: XpertFieldErrors };

/** The engine keeps rates below € 100 so that count × rate stays exact. */
const MAX_RATE_E4 = 1_000_000;

export const defaultXpertForm = (lang: 'nl' | 'en'): XpertRatesForm => ({ rate: '', smsRate: '', vat: '21', tolerance: moneyText(100, lang) });

export function xpertFormFromSettings(s: XpertSettings, lang: 'nl' | 'en'): XpertRatesForm {
  return { rate: priceText(s.rateE4, lang), smsRate: priceText(s.smsRateE4, lang), vat: percentText(s.vatBasisPoints, lang), tolerance: moneyText(s.toleranceCents, lang) };
}

const rateField = pipe(
  string(),
  transform((s: string, ctx) => {
    if (s.trim() === '') return (issue(ctx, 'form.required'), NEVER);
    const v = parsePriceE4(s);
    if (v === null) return (issue(ctx, parseDecimal(s, 12) !== null ? 'form.price.tooPrecise' : 'xpert.form.rate.invalid'), NEVER);
    if (v > MAX_RATE_E4) return (issue(ctx, 'xpert.form.rate.tooHigh'), NEVER);
    return v;
  }),
);

const vatField = pipe(
  string(),
  transform((s: string, ctx) => {
    const v = s.trim() === '' ? null : parseDecimal(s.replace(/%\s*$/, ''), 2);
    if (v === null || v > 10_000) return (issue(ctx, s.trim() === '' ? 'form.required' : 'form.vat.invalid'), NEVER);
    return v;
  }),
);

const toleranceField = pipe(
  string(),
  transform((s: string, ctx) => {
    const v = s.trim() === '' ? null : parseCents(s);
    if (v === null || v < 0) return (issue(ctx, s.trim() === '' ? 'form.required' : 'form.money.invalid'), NEVER);
    return v;
  }),
);

const FIELDS: { field: XpertField; schema: ZodMiniType<number, string> }[] = [
  { field: 'rate', schema: rateField },
  { field: 'smsRate', schema: rateField },
  { field: 'vat', schema: vatField },
  { field: 'tolerance', schema: toleranceField },
];

export function validateXpertForm(form: XpertRatesForm): XpertFormValidation {
  const errors: XpertFieldErrors = {};
  const values: Partial<Record<XpertField, number>> = {};
  for (const { field, schema } of FIELDS) {
    const r = schema.safeParse(form[field]);
    if (r.success) values[field] = r.data;
    else errors[field] = (r.error.issues[0]?.message as MessageKey | undefined) ?? 'form.required';
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  const settings = parseXpertSettings({ rateE4: values.rate, smsRateE4: values.smsRate, vatBasisPoints: values.vat, toleranceCents: values.tolerance });
  return settings.ok ? { ok: true, settings: settings.value } : { ok: false, errors: { settings: 'xpert.form.invalid' } };
}
