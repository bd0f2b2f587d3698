/**
 * What the user chooses, validated with zod. The same schema checks the CLI's
 * --settings file, the task pane's form and the state stored in a workbook.
 * Money is integer cents and unit prices integer 1/10 000 euro (see money.ts);
 * the CLI and the pane convert what people type before it reaches this schema.
 */
import './zod-config';
import { _default, array, discriminatedUnion, enum as enumOf, gte, int, literal, lte, minLength, number, object, optional, pipe, regex, strictObject, string, superRefine, transform, union, type core, type input, type output } from 'zod/mini';

const isoDate = string().check(regex(/^\d{4}-\d{2}-\d{2}$/, 'datum als jjjj-mm-dd'));
const nonNegInt = number().check(int(), gte(0));

export const tierSchema = object({
  /** First unit of the band (1-based, inclusive). */
  from: number().check(int(), gte(1)),
  /** Unit price for this band, in 1/10 000 euro. */
  priceE4: nonNegInt,
});

const sortTiers = (tiers: Tier[]): Tier[] => [...tiers].sort((a, b) => a.from - b.from);

/**
 * A staffel may be listed in any order. Refused are only a gap at the start (dossiers
 * below the lowest band would have no price), two prices from one dossier (an overlap),
 * and a band given twice. Paths point at the offending band as the user listed it.
 */
function checkTiers(tiers: Tier[], ctx: core.$RefinementCtx<Tier[]>): void {
  const order = tiers.map((t, i) => ({ t, i })).sort((a, b) => a.t.from - b.t.from || a.i - b.i);
  const lowest = order[0]!;
  if (lowest.t.from !== 1) {
    ctx.addIssue({ code: 'custom', message: `de laagste staffel begint bij ${lowest.t.from}, niet bij 1: ${lowest.t.from === 2 ? 'dossier 1' : `dossier 1 t/m ${lowest.t.from - 1}`} heeft geen prijs`, path: [lowest.i, 'from'] });
  }
  for (let k = 1; k < order.length; k++) {
    const [a, b] = [order[k - 1]!, order[k]!];
    if (a.t.from !== b.t.from) continue;
    const message = a.t.priceE4 === b.t.priceE4 ? `de staffel vanaf ${b.t.from} staat er twee keer in` : `twee prijzen voor de staffel vanaf ${b.t.from}`;
    ctx.addIssue({ code: 'custom', message, path: [b.i, 'from'] });
  }
}

export const pricingSchema = discriminatedUnion('kind', [
  object({ kind: literal('flat'), priceE4: nonNegInt }),
  object({
    /** graduated: each band's price for the units in that band; volume: one price for all units, by the band the total falls in. */
    kind: enumOf(['graduated', 'volume']),
    /** In any order; kept sorted by `from`, which the pricing relies on. */
    tiers: pipe(array(tierSchema).check(minLength(1), superRefine(checkTiers)), transform(sortTiers)),
  }),
]);

export const settingsSchema = strictObject({
  model: union([literal(1), literal(2)]),
  /** The billed year; derived from the current export's peildatum when absent. */
  year: optional(number().check(int(), gte(2000), lte(2100))),
  /** Model 1's agreed peildatum; overrides what the export says. */
  peildatum: optional(isoDate),
  pricing: pricingSchema,
  minimumCents: _default(nonNegInt, 63_600),
  /** VAT in basis points: 21 % = 2 100. */
  vatBasisPoints: _default(nonNegInt.check(lte(10_000)), 2_100),
  /** The comparison status says 'OK' within this many cents … */
  toleranceCents: _default(nonNegInt, 100),
  /** … or within this many basis points of the invoiced amount, whichever is larger. */
  toleranceBasisPoints: _default(nonNegInt.check(lte(10_000)), 0),
});

export type Tier = output<typeof tierSchema>;
export type Pricing = output<typeof pricingSchema>;
export type Settings = output<typeof settingsSchema>;
export type SettingsInput = input<typeof settingsSchema>;

export const defaultSettings = (model: 1 | 2 = 2): Settings =>
  settingsSchema.parse({ model, pricing: { kind: 'flat', priceE4: 0 } });
