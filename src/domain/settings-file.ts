/**
 * The settings file people write by hand (CLI --settings, and what the pane can export):
 * amounts in euros as numbers or Dutch strings ('9,85'), VAT and tolerances in percent.
 * It is converted to the exact Settings (cents, 1/10 000 euro, basis points) here, so a
 * typo is reported with the field that holds it.
 */
import './zod-config';
import { array, enum as enumOf, int, literal, minLength, number, object, optional, strictObject, string, union, type output } from 'zod/mini';
import { parseCents, parseDecimal, parsePriceE4 } from './money';
import { error, fail, ok, type Result } from './problems';
import { schemaProblem } from './settings-problem';
import { settingsSchema, type Settings } from './settings';

const euroInput = union([number(), string()]);

export const settingsFileSchema = strictObject({
  model: optional(union([literal(1), literal(2)])),
  year: optional(number().check(int())),
  peildatum: optional(string()),
  price: optional(euroInput),
  staffel: optional(
    object({
      kind: enumOf(['graduated', 'volume']),
      tiers: array(object({ from: number().check(int()), price: euroInput })).check(minLength(1)),
    }),
  ),
  minimum: optional(euroInput),
  vat: optional(euroInput),
  tolerance: optional(euroInput),
  tolerancePercent: optional(euroInput),
});

export type SettingsFile = output<typeof settingsFileSchema>;

const asText = (v: number | string) => (typeof v === 'number' ? String(v) : v);

/** Converts a euro/percent field, or says which field is wrong. */
function convert(field: string, v: number | string | undefined, parse: (s: string) => number | null): Result<number | undefined> {
  if (v === undefined) return ok(undefined);
  const n = parse(asText(v));
  if (n === null) return fail(error('settings.badNumber', { field, value: asText(v) }));
  return ok(n);
}

const percentToBasisPoints = (s: string) => parseDecimal(s, 2);

/** Merges a settings file (may be partial) with overrides (CLI flags win) into valid Settings. */
export function settingsFromFile(file: SettingsFile, overrides: SettingsFile = {}): Result<Settings> {
  const merged: SettingsFile = { ...file, ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) };
  const price = convert('price', merged.price, parsePriceE4);
  const minimum = convert('minimum', merged.minimum, parseCents);
  const vat = convert('vat', merged.vat, percentToBasisPoints);
  const tol = convert('tolerance', merged.tolerance, parseCents);
  const tolPct = convert('tolerancePercent', merged.tolerancePercent, percentToBasisPoints);
  for (const r of [price, minimum, vat, tol, tolPct]) if (!r.ok) return r as Result<never>;
  let pricing: unknown;
  if (merged.staffel && overrides.price === undefined) {
    const tiers = [];
    for (const [i, t] of merged.staffel.tiers.entries()) {
      const p = parsePriceE4(asText(t.price));
      if (p === null) return fail(error('settings.badTierPrice', { tier: i + 1, value: asText(t.price) }));
      tiers.push({ from: t.from, priceE4: p });
    }
    pricing = { kind: merged.staffel.kind, tiers };
  } else if (price.ok && price.value !== undefined) {
    pricing = { kind: 'flat', priceE4: price.value };
  } else {
    return fail(error('settings.priceMissing'));
  }
  const parsed = settingsSchema.safeParse({
    model: merged.model ?? 2,
    year: merged.year,
    peildatum: merged.peildatum,
    pricing,
    minimumCents: minimum.ok ? minimum.value : undefined,
    vatBasisPoints: vat.ok ? vat.value : undefined,
    toleranceCents: tol.ok ? tol.value : undefined,
    toleranceBasisPoints: tolPct.ok ? tolPct.value : undefined,
  });
  if (!parsed.success) {
    return fail(schemaProblem('settings.invalid', parsed.error));
  }
  return ok(parsed.data);
}
