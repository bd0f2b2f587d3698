/**
 * What the user sets for Otherside at Work: the rates (the invoice's price per counted
 * employee and per SMS are not public, so they are always the user's), VAT and the
 * tolerance of the invoice comparison. Validated with zod, like the Qwoater settings;
 * the pane and the CLI convert what people type ('1,25') before it reaches this.
 */
import '../zod-config';
import { _default, gte, int, lte, nullable, number, optional, partial, regex, strictObject, string, type input, type output } from 'zod/mini';
import type { XpertImportOptions } from '../imports/xpert-types';
import { error, fail, ok, type Result } from '../problems';
import { schemaProblem, validated } from '../settings-problem';

/** Rates stay below € 100 so count × rate is exact for any count the importer accepts. */
const nonNegInt = number().check(int(), gte(0));

export const xpertSettingsSchema = strictObject({
  /** Price per counted employee per month, in 1/10 000 euro (€ 1,25 = 12 500). */
  rateE4: nonNegInt.check(lte(1_000_000)),
  /** Price per SMS, in 1/10 000 euro (€ 0,09 = 900). */
  smsRateE4: nonNegInt.check(lte(1_000_000)),
  vatBasisPoints: _default(nonNegInt.check(lte(10_000)), 2_100),
  toleranceCents: _default(nonNegInt, 100),
  toleranceBasisPoints: _default(nonNegInt.check(lte(10_000)), 0),
});

export type XpertSettings = output<typeof xpertSettingsSchema>;
export type XpertSettingsInput = input<typeof xpertSettingsSchema>;

/** Validates settings from the pane or a file; the first problem names its field. */
export function parseXpertSettings(input: unknown): Result<XpertSettings> {
  return validated(xpertSettingsSchema, input, 'settings.invalid');
}

const column = number().check(int(), gte(0), lte(16_383));

/**
 * What the pane may pass to the importer for one file: the user's column choices
 * (`sms: null` = "this report has no SMS") and month. Validated, because the pane keeps
 * them in the workbook's stored state, which anyone can edit.
 */
export const xpertImportOptionsSchema = strictObject({
  columns: optional(
    partial(
      strictObject({
        employerCode: nullable(column),
        employerName: nullable(column),
        employees: column,
        sms: nullable(column),
        period: nullable(column),
        peildatum: nullable(column),
        rate: nullable(column),
        amount: nullable(column),
        smsAmount: nullable(column),
      }),
    ),
  ),
  period: optional(string().check(regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'maand als jjjj-mm'))),
});

export function parseXpertImportOptions(input: unknown): Result<XpertImportOptions> {
  const parsed = xpertImportOptionsSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data as XpertImportOptions);
  return fail(schemaProblem('settings.invalid', parsed.error));
}
