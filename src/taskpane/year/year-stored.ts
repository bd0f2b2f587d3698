/**
 * The year part of the pane's stored state: what the user typed (invoice lines and
 * options, as text) and the signing reports. Since version 3 a signing report is kept as
 * its counts per employer (and what the pane shows about it), not as the file; a report
 * kept by version 2 as its input goes through the importer again. The lines go through the
 * same validation as typing. Strict: anything unknown rejects the state, and the pane
 * ignores it with a warning (stored-state.ts).
 */
import { z } from 'zod';
import { INVOICE_KINDS } from '../../domain/billing/invoices';
import { MAX_COUNT } from '../../domain/imports/counts';
import { MAX_STORED_WARNINGS, storedInputSchema, storedProblemSchema, storedSourceSchema } from '../state/stored-input';

const short = z.string().max(60);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const period = z.object({ from: isoDate, to: isoDate }).strict();
const columnIndex = z.number().int().min(0).max(16_383);
const count = z.number().int().min(0).max(MAX_COUNT);
const sheetRow = z.number().int().min(0).max(1_048_576);

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

/** A signing report as version 2 kept it: the input, with the period the user gave. */
const signingInput = z
  .object({
    kind: z.literal('input'),
    source: storedSourceSchema,
    input: storedInputSchema,
    /** The period the user gave when the report did not name it. */
    options: z.object({ period: period.optional() }).strict(),
  })
  .strict();

/** A signing report as version 3 keeps it: the parsed report (SigningExport) and its warnings. */
const signingParsed = z
  .object({
    kind: z.literal('signing'),
    source: storedSourceSchema,
    period: period.nullable(),
    periodFrom: z.enum(['title', 'column', 'filename', 'user']).nullable(),
    headerRow: sheetRow,
    headers: z.array(z.string().max(1_000)).max(16_384),
    columns: z
      .object({
        employerNumber: columnIndex,
        employerName: columnIndex.nullable(),
        period: columnIndex.nullable(),
        periodFrom: columnIndex.nullable(),
        periodTo: columnIndex.nullable(),
        requests: columnIndex,
        signers: columnIndex.nullable(),
        statuses: z.array(columnIndex).max(100),
      })
      .strict(),
    columnsFoundBy: z.partialRecord(z.enum(['employerNumber', 'employerName', 'period', 'periodFrom', 'periodTo', 'requests', 'signers']), z.enum(['header', 'user'])),
    employers: z
      .array(
        z
          .object({
            number: z.string().min(1).max(100),
            name: z.string().max(1_000),
            period: period.nullable(),
            requests: count,
            signers: count.nullable(),
            statuses: z.record(z.string().max(1_000), count),
            sourceRow: sheetRow,
          })
          .strict(),
      )
      .max(1_000_000),
    totals: z.object({ sourceRow: sheetRow, requests: count.optional(), signers: count.optional() }).strict().nullable(),
    warnings: z.array(storedProblemSchema).max(MAX_STORED_WARNINGS),
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
    signing: z.array(z.discriminatedUnion('kind', [signingParsed, signingInput])).max(100),
  })
  .strict();

export type YearStored = z.infer<typeof yearStoredSchema>;
export type SigningStored = z.infer<typeof signingParsed>;
export type SigningInputStored = z.infer<typeof signingInput>;
