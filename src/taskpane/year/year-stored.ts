/**
 * The year part of the pane's stored state: what the user typed (invoice lines and
 * options, as text) and the signing exports as the input they gave (bytes, text or the
 * selected cells). Never parsed figures: on restore the lines go through the same
 * validation as typing and the exports through the importer again, so an edited
 * workbook cannot smuggle in numbers. Strict: anything unknown rejects the state, and
 * the pane ignores it with a warning (stored-state.ts).
 */
import { z } from 'zod';
import { INVOICE_KINDS } from '../../domain/billing/invoices';
import { storedInputSchema, storedSourceSchema } from '../state/stored-input';

const short = z.string().max(60);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const lineStored = z
  .object({
    kind: z.enum(INVOICE_KINDS),
    date: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]),
    period: short,
    count: short,
    price: short,
    amount: short,
    description: z.string().max(500),
  })
  .strict();

const columnIndex = z.number().int().min(0).max(16_383);
const signingColumns = z
  .object({
    employerNumber: columnIndex,
    employerName: columnIndex.nullable(),
    period: columnIndex.nullable(),
    periodFrom: columnIndex.nullable(),
    periodTo: columnIndex.nullable(),
    requests: columnIndex,
    signers: columnIndex.nullable(),
  })
  .partial()
  .strict();

const signingStored = z
  .object({
    source: storedSourceSchema,
    input: storedInputSchema,
    /** The period the user gave when the report did not name it, and the columns the user chose. */
    options: z.object({ period: z.object({ from: isoDate, to: isoDate }).strict().optional(), columns: signingColumns.optional() }).strict(),
  })
  .strict();

export const yearStoredSchema = z
  .object({
    lines: z.array(lineStored).max(1_000),
    toleranceAbs: short,
    tolerancePct: short,
    signingMode: z.enum(['unknown', 'priced', 'included']),
    signingPrice: short,
    employers: z.object({ on: z.boolean(), mode: z.enum(['all', 'chosen']), numbers: z.string().max(200_000) }).strict(),
    signing: z.array(signingStored).max(100),
  })
  .strict();

export type YearStored = z.infer<typeof yearStoredSchema>;
export type SigningStored = z.infer<typeof signingStored>;
