/**
 * The year step's fields → the engine's invoice lines and year options, or a message
 * key per bad field (shown inline, like forms.ts). Every line goes through the engine's
 * own schema (validateInvoiceLines) as well, so the pane can never hand the engine a
 * line the CLI would refuse.
 */
import { validateYearOptions, type SigningPlan } from '../../domain/billing/advances';
import { signedCents, validateInvoiceLines, type InvoiceLine } from '../../domain/billing/invoices';
import { parseCents, parseDecimal, parsePriceE4 } from '../../domain/money';
import type { MessageKey } from '../i18n/catalogue';
import { employerKey } from '../../domain/employer-key';
import { dateFromText } from '../state/date-text';
import type { FieldErrors } from '../state/forms';
import { parsePeriodText } from './period-text';
import type { LineForm, YearForm } from './year-form';

export interface YearData {
  lines: InvoiceLine[];
  /** Null: the tolerance of step 3 applies. */
  toleranceCents: number | null;
  toleranceBasisPoints: number;
  signing: SigningPlan;
  /** Null: no per-employer sheets; undefined numbers: all employers. */
  employers: { numbers?: string[] } | null;
}

export type YearValidation = { ok: true; data: YearData } | { ok: false; errors: FieldErrors };

/** Field ids, shared by the inputs (id, aria) and the error map. */
export const lineField = (id: string, field: keyof Omit<LineForm, 'id'>) => `year-${id}-${field}`;
export const YEAR_FIELDS = {
  toleranceAbs: 'year-tolerance-abs',
  tolerancePct: 'year-tolerance-pct',
  signingPrice: 'year-signing-price',
  employers: 'year-employer-numbers',
} as const;

function signedCount(text: string): number | null {
  const t = text.trim();
  const neg = /^[-−]/.test(t);
  const v = parseDecimal(neg ? t.slice(1) : t, 0);
  return v === null ? null : neg ? -v : v;
}

export const employerNumbers = (text: string): string[] => text.split(/[\s,;]+/).filter(Boolean);

/**
 * `known`: the keys (employerKey) of the employers the re-billing will have, once the
 * exports are in; a chosen number outside them is an error at the field, as 'Maak' would
 * refuse it.
 */
export function validateYear(form: YearForm, fallbackYear: number | null, known: ReadonlySet<string> | null = null): YearValidation {
  const errors: FieldErrors = {};
  const set = (key: string, msg: MessageKey) => {
    errors[key] ??= msg;
  };
  const lines: unknown[] = [];
  for (const l of form.lines) {
    const f = (name: keyof Omit<LineForm, 'id'>) => lineField(l.id, name);
    const period = parsePeriodText(l.period, fallbackYear);
    if (l.period.trim() === '') set(f('period'), 'year.err.periodRequired');
    else if (!period) set(f('period'), 'year.err.period');
    else if (l.kind === 'final' && period.quarter !== null) set(f('period'), 'year.err.finalPeriod');
    else if (l.kind !== 'final' && period.quarter === null) set(f('period'), 'year.err.quarter');
    const date = l.date.trim() === '' ? null : dateFromText(l.date);
    if (l.date.trim() !== '' && date === null) set(f('date'), 'form.date.invalid');
    const count = l.count.trim() === '' ? null : signedCount(l.count);
    if (count === null && l.count.trim() !== '') set(f('count'), 'year.err.count');
    else if (count !== null && count < 0 && l.kind !== 'correction') set(f('count'), 'year.err.countNegative');
    const price = l.price.trim() === '' ? null : parsePriceE4(l.price);
    if (price === null && l.price.trim() !== '') set(f('price'), 'form.price.invalid');
    // The engine's reading, so '-/- 120,50' and '120,50 CR' are credits here as in a paste.
    const amount = signedCents(l.amount);
    if (l.amount.trim() === '') set(f('amount'), 'form.required');
    else if (amount === null) set(f('amount'), 'form.money.invalid');
    if (period && amount !== null) {
      lines.push({
        kind: l.kind,
        date,
        year: period.year,
        quarter: l.kind === 'final' ? null : period.quarter,
        count,
        priceE4: price,
        amountCents: amount,
        description: l.description.slice(0, 500),
      });
    }
  }

  const abs = form.toleranceAbs.trim() === '' ? null : parseCents(form.toleranceAbs);
  if (abs === null && form.toleranceAbs.trim() !== '') set(YEAR_FIELDS.toleranceAbs, 'form.money.invalid');
  const pctText = form.tolerancePct.trim().replace(/%\s*$/, '');
  const pct = pctText === '' ? 0 : parseDecimal(pctText, 2);
  if (pct === null || pct > 10_000) set(YEAR_FIELDS.tolerancePct, 'year.err.percent');

  let signing: SigningPlan = form.signingMode === 'included' ? { mode: 'included', unit: 'requests' } : { mode: 'unknown', unit: 'requests' };
  if (form.signingMode === 'priced') {
    const p = form.signingPrice.trim() === '' ? null : parsePriceE4(form.signingPrice);
    if (form.signingPrice.trim() === '') set(YEAR_FIELDS.signingPrice, 'form.required');
    else if (p === null) set(YEAR_FIELDS.signingPrice, 'form.price.invalid');
    else signing = { mode: 'priced', priceE4: p, unit: 'requests' };
  }

  let employers: YearData['employers'] = null;
  if (form.employers.on) {
    if (form.employers.mode === 'all') employers = {};
    else {
      const numbers = employerNumbers(form.employers.numbers);
      if (numbers.length === 0) set(YEAR_FIELDS.employers, 'year.err.employersEmpty');
      else if (numbers.some((n) => !/^\d{1,12}$/.test(n))) set(YEAR_FIELDS.employers, 'year.err.employerNumber');
      else if (known && numbers.some((n) => !known.has(employerKey(n)))) set(YEAR_FIELDS.employers, 'year.err.employersUnknown');
      else employers = { numbers };
    }
  }

  if (Object.keys(errors).length) return { ok: false, errors };
  const checked = validateInvoiceLines(lines);
  if (!checked.ok) {
    // The fields above already catch what a user can type; this is the engine's last word.
    const index = Number(checked.error.params?.line) - 1;
    const id = form.lines[index]?.id;
    return { ok: false, errors: { [id ? lineField(id, 'amount') : 'year-lines']: 'year.err.line' } };
  }
  const options = validateYearOptions({ signing });
  if (!options.ok) return { ok: false, errors: { [YEAR_FIELDS.signingPrice]: 'form.price.invalid' } };
  return {
    ok: true,
    data: { lines: checked.value, toleranceCents: abs, toleranceBasisPoints: pct ?? 0, signing: options.value.signing, employers },
  };
}
