/**
 * The pane's form fields as typed text, and their validation into Settings.
 * People type '9,85' or '€ 1.234,56'; the zod schema below turns the text into the
 * integer units of settings.ts (money.ts parses), and names each bad field with a
 * catalogue key, so the pane shows an inline message next to that field.
 * The final object is checked with settingsSchema as well, so the pane can never hand
 * the engine settings that the CLI would refuse.
 */
import '../../domain/zod-config';
import { array, NEVER, object, pipe, refine, string, transform, type core, type ZodMiniType } from 'zod/mini';
import { formatEuro, formatPrice, parseCents, parseDecimal, parsePriceE4 } from '../../domain/money';
import { settingsSchema, type Settings } from '../../domain/settings';
import type { MessageKey } from '../i18n/catalogue';
import { dateFromText, dateText } from './date-text';

export type PriceKind = 'flat' | 'graduated' | 'volume';

export interface TierForm {
  /** For React keys and focus; not part of the settings. */
  id: string;
  from: string;
  price: string;
}

export interface ChoiceForm {
  model: 1 | 2;
  /** Model 2's year; empty means: take it from the export. */
  year: string;
  /** Model 1's agreed peildatum as typed (dd-mm-jjjj); empty means: from the export. */
  peildatum: string;
}

export interface PriceForm {
  kind: PriceKind;
  flatPrice: string;
  tiers: TierForm[];
  minimum: string;
  vat: string;
  tolerance: string;
}

/** Field path ('flatPrice', 'tiers.1.from', …) → message key. */
export type FieldErrors = Partial<Record<string, MessageKey>>;

let tierSeq = 0;
export const newTier = (from = '', price = ''): TierForm => ({ id: `tier-${++tierSeq}`, from, price });

export const defaultChoiceForm = (): ChoiceForm => ({ model: 2, year: '', peildatum: '' });

export const defaultPriceForm = (lang: 'nl' | 'en' = 'nl'): PriceForm => ({
  kind: 'flat',
  flatPrice: '',
  tiers: [newTier('1', ''), newTier('', '')],
  minimum: moneyText(63_600, lang),
  vat: '21',
  tolerance: moneyText(100, lang),
});

/** Cents as a person would type them: '636,00' (nl) or '636.00' (en). */
export const moneyText = (cents: number, lang: 'nl' | 'en'): string => formatEuro(cents, lang).replace(/^-?€\s?/, '');
export const priceText = (e4: number, lang: 'nl' | 'en'): string => formatPrice(e4, lang).replace(/^€\s?/, '');
export const percentText = (bp: number, lang: 'nl' | 'en'): string => {
  const s = String(bp / 100);
  return lang === 'nl' ? s.replace('.', ',') : s;
};

/**
 * A catalogue key on the text a transform could not read. zod/mini hands a transform the
 * bare parse payload, without full zod's `ctx.addIssue`; this fills in what that did, and
 * leaves `continue` unset as it did, so no later check runs on a value that was not read.
 */
export function issue(ctx: core.ParsePayload, key: MessageKey, path?: PropertyKey[]): void {
  ctx.issues.push({ code: 'custom', message: key, input: ctx.value, ...(path ? { path } : {}) });
}

/** A required text parsed by `parse`; its own message key when empty or unparsable. */
const parsed = (parse: (s: string) => number | null, invalid: MessageKey) =>
  pipe(
    string(),
    transform((s: string, ctx) => {
      if (s.trim() === '') {
        issue(ctx, 'form.required');
        return NEVER;
      }
      const v = parse(s);
      if (v === null) {
        issue(ctx, invalid);
        return NEVER;
      }
      return v;
    }),
  );

/** Unit prices allow 4 decimals; a fifth is a typo, not a price, so say so precisely. */
const priceField = pipe(
  string(),
  transform((s: string, ctx) => {
    if (s.trim() === '') {
      issue(ctx, 'form.required');
      return NEVER;
    }
    const v = parsePriceE4(s);
    if (v !== null) return v;
    issue(ctx, parseDecimal(s, 12) !== null ? 'form.price.tooPrecise' : 'form.price.invalid');
    return NEVER;
  }),
);

const tierFields = object({
  from: parsed((s) => parseDecimal(s, 0), 'form.tier.from.invalid').check(refine((n) => n >= 1, { message: 'form.tier.from.invalid' })),
  price: priceField,
});

const moneyField = parsed(parseCents, 'form.money.invalid');
const vatField = parsed((s) => parseDecimal(s.replace(/%\s*$/, ''), 2), 'form.vat.invalid').check(refine((bp) => bp <= 10_000, { message: 'form.vat.invalid' }));

/**
 * The staffel rows: each row's own messages, then the rows together. They may be typed in
 * any order (the engine sorts them); only a gap below the lowest band and a band that
 * starts where another does are marked, on the row that causes them.
 */
const tiersField = pipe(
  array(object({ id: string(), from: string(), price: string() })),
  transform((rows: { id: string; from: string; price: string }[], ctx) => {
    if (rows.length === 0) {
      issue(ctx, 'form.tiers.empty');
      return NEVER;
    }
    const tiers: { from: number; priceE4: number; row: number }[] = [];
    let bad = false;
    rows.forEach((t, i) => {
      const r = tierFields.safeParse(t);
      if (!r.success) {
        bad = true;
        for (const x of r.error.issues) issue(ctx, x.message as MessageKey, [i, ...x.path]);
        return;
      }
      tiers.push({ from: r.data.from, priceE4: r.data.price, row: i });
    });
    // The rows that read well are checked together even when another row does not, so every message shows at once.
    const sorted = [...tiers].sort((a, b) => a.from - b.from || a.row - b.row);
    if (sorted.length && sorted[0]!.from !== 1) {
      bad = true;
      issue(ctx, 'form.tier.first', [sorted[0]!.row, 'from']);
    }
    for (let k = 1; k < sorted.length; k++) {
      if (sorted[k]!.from !== sorted[k - 1]!.from) continue;
      bad = true;
      issue(ctx, 'form.tier.duplicate', [sorted[k]!.row, 'from']);
    }
    return bad ? NEVER : sorted.map(({ from, priceE4 }) => ({ from, priceE4 }));
  }),
);

/** Model 2's year: empty means 'from the export'. */
const yearField = pipe(
  string(),
  transform((s: string, ctx) => {
    const t = s.trim();
    if (t === '') return undefined;
    const n = /^\d{4}$/.test(t) ? Number(t) : NaN;
    if (!(n >= 2000 && n <= 2100)) {
      issue(ctx, 'form.year.invalid');
      return NEVER;
    }
    return n;
  }),
);

/** Model 1's agreed peildatum, typed dd-mm-jjjj: empty means 'from the export'. */
const peildatumField = pipe(
  string(),
  transform((s: string, ctx) => {
    if (s.trim() === '') return undefined;
    const iso = dateFromText(s);
    if (iso === null) {
      issue(ctx, 'form.date.invalid');
      return NEVER;
    }
    return iso;
  }),
);

export type FormValidation = { ok: true; settings: Settings } | { ok: false; errors: FieldErrors };

const pathKey = (path: PropertyKey[]): string => path.map(String).join('.');

function collect(errors: FieldErrors, issues: readonly core.$ZodIssue[], prefix = ''): void {
  for (const i of issues) {
    const key = [prefix, pathKey(i.path)].filter(Boolean).join('.');
    // The first message per field is the one to fix first.
    if (errors[key] === undefined) errors[key] = (i.message as MessageKey) ?? 'form.required';
  }
}

/**
 * Every field is checked on its own, so one bad field never hides another's message.
 * Only the fields of the chosen price kind count: a hidden field never blocks.
 */
export function validateForms(choice: ChoiceForm, price: PriceForm): FormValidation {
  const errors: FieldErrors = {};
  const field = <T>(name: string, schema: ZodMiniType<T>, value: unknown): T | undefined => {
    const r = schema.safeParse(value);
    if (r.success) return r.data;
    collect(errors, r.error.issues, name);
    return undefined;
  };
  // The year belongs to model 2 and the agreed peildatum to model 1; what is left in the
  // other model's hidden field neither blocks nor changes the result.
  const year = choice.model === 2 ? field('year', yearField, choice.year) : undefined;
  const peildatum = choice.model === 1 ? field('peildatum', peildatumField, choice.peildatum) : undefined;
  const minimum = field('minimum', moneyField, price.minimum);
  const vat = field('vat', vatField, price.vat);
  const tolerance = field('tolerance', moneyField, price.tolerance);
  let pricing: Settings['pricing'] | undefined;
  if (price.kind === 'flat') {
    const p = field('flatPrice', priceField, price.flatPrice);
    if (p !== undefined) pricing = { kind: 'flat', priceE4: p };
  } else {
    const tiers = field('tiers', tiersField, price.tiers);
    if (tiers !== undefined) pricing = { kind: price.kind, tiers };
  }
  if (Object.keys(errors).length || minimum === undefined || vat === undefined || tolerance === undefined || pricing === undefined) return { ok: false, errors };
  const candidate = {
    model: choice.model,
    ...(year !== undefined ? { year } : {}),
    ...(peildatum !== undefined ? { peildatum } : {}),
    pricing,
    minimumCents: minimum,
    vatBasisPoints: vat,
    toleranceCents: tolerance,
  };
  const s = settingsSchema.safeParse(candidate);
  if (!s.success) return { ok: false, errors: { settings: 'form.settings.invalid' } };
  return { ok: true, settings: s.data };
}

/** The forms that show these settings again (after a restore). */
export function formsFromSettings(s: Settings, lang: 'nl' | 'en'): { choice: ChoiceForm; price: PriceForm } {
  const base = defaultPriceForm(lang);
  const pricing = s.pricing;
  return {
    choice: { model: s.model, year: s.year !== undefined ? String(s.year) : '', peildatum: dateText(s.peildatum) },
    price: {
      kind: pricing.kind,
      flatPrice: pricing.kind === 'flat' ? priceText(pricing.priceE4, lang) : '',
      tiers: pricing.kind === 'flat' ? base.tiers : pricing.tiers.map((t) => newTier(String(t.from), priceText(t.priceE4, lang))),
      minimum: moneyText(s.minimumCents, lang),
      vat: percentText(s.vatBasisPoints, lang),
      tolerance: moneyText(s.toleranceCents, lang),
    },
  };
}
