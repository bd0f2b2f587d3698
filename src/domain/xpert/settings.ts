/**
 * What the user sets for Otherside at Work: the rates (the invoice's price per counted
 * employee and per SMS are not public, so they are always the user's), VAT and the
 * tolerance of the invoice comparison. Validated with zod, like the Qwoater settings;
 * the pane and the CLI convert what people type ('1,25') before it reaches this.
 */
import * as z from 'zod';
import type { XpertImportOptions } from '../imports/xpert-types';
import { error, fail, ok, type Result } from '../problems';
import { schemaProblem, validated } from '../settings-problem';

/** Rates stay below € 100 so count × rate is exact for any count the importer accepts. */
const nonNegInt = z.number().int().nonnegative();

export const xpertSettingsSchema = z
  .object({
    /** Price per counted employee per month, in 1/10 000 euro (€ 1,25 = 12 500). */
    rateE4: nonNegInt.max(1_000_000),
    /** Price per SMS, in 1/10 000 euro (€ 0,09 = 900). */
    smsRateE4: nonNegInt.max(1_000_000),
    vatBasisPoints: nonNegInt.max(10_000).default(2_100),
    toleranceCents: nonNegInt.default(100),
    toleranceBasisPoints: nonNegInt.max(10_000).default(0),
  })
  .strict();

export type XpertSettings = z.output<typeof xpertSettingsSchema>;
export type XpertSettingsInput = z.input<typeof xpertSettingsSchema>;

/** Validates settings from the pane or a file; the first problem names its field. */
export function parseXpertSettings(input: unknown): Result<XpertSettings> {
  return validated(xpertSettingsSchema, input, 'settings.invalid');
}

const column = z.number().int().min(0).max(16_383);

/**
 * What the pane may pass to the importer for one file: the user's column choices
 * (`sms: null` = "this report has no SMS") and month. Validated, because the pane keeps
 * them in the workbook's stored state, which anyone can edit.
 */
export const xpertImportOptionsSchema = z
  .object({
    columns: z
      .object({
        employerCode: column.nullable(),
        employerName: column.nullable(),
        employees: column,
        sms: column.nullable(),
        period: column.nullable(),
        peildatum: column.nullable(),
        rate: column.nullable(),
        amount: column.nullable(),
        smsAmount: column.nullable(),
      })
      .partial()
      .strict()
      .optional(),
    period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'maand als jjjj-mm').optional(),
  })
  .strict();

export function parseXpertImportOptions(input: unknown): Result<XpertImportOptions> {
  const parsed = xpertImportOptionsSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data as XpertImportOptions);
  return fail(schemaProblem('settings.invalid', parsed.error));
}
