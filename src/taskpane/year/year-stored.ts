/**
 * The year part of the pane's stored state: what the user typed (invoice lines and
 * options, as text) and the signing reports. Since version 3 a signing report is kept as
 * its counts per employer (and what the pane shows about it), not as the file; a report
 * kept by version 2 as its input goes through the importer again. The lines go through the
 * same validation as typing. Strict: anything unknown rejects the state, and the pane
 * ignores it with a warning (stored-state.ts).
 */
import '../../domain/zod-config';
import { array, boolean, discriminatedUnion, enum as enumOf, gte, int, literal, lte, maxLength, minLength, nullable, number, optional, partialRecord, record, regex, strictObject, string, union, type output } from 'zod/mini';
import { INVOICE_KINDS } from '../../domain/billing/invoices';
import { MAX_COUNT } from '../../domain/imports/counts';
import { MAX_STORED_WARNINGS, storedInputSchema, storedProblemSchema, storedSourceSchema } from '../state/stored-input';

const short = string().check(maxLength(60));
const isoDate = string().check(regex(/^\d{4}-\d{2}-\d{2}$/));
const period = strictObject({ from: isoDate, to: isoDate });
const columnIndex = number().check(int(), gte(0), lte(16_383));
const count = number().check(int(), gte(0), lte(MAX_COUNT));
const sheetRow = number().check(int(), gte(0), lte(1_048_576));

const lineStored = strictObject({
  kind: enumOf(INVOICE_KINDS),
  date: union([literal(''), string().check(regex(/^\d{4}-\d{2}-\d{2}$/))]),
  period: short,
  count: short,
  price: short,
  amount: short,
  description: string().check(maxLength(500)),
});

/** A signing report as version 2 kept it: the input, with the period the user gave. */
const signingInput = strictObject({
  kind: literal('input'),
  source: storedSourceSchema,
  input: storedInputSchema,
  /** The period the user gave when the report did not name it. */
  options: strictObject({ period: optional(period) }),
});

/** A signing report as version 3 keeps it: the parsed report (SigningExport) and its warnings. */
const signingParsed = strictObject({
  kind: literal('signing'),
  source: storedSourceSchema,
  period: nullable(period),
  periodFrom: nullable(enumOf(['title', 'column', 'filename', 'user'])),
  headerRow: sheetRow,
  headers: array(string().check(maxLength(1_000))).check(maxLength(16_384)),
  columns: strictObject({
    employerNumber: columnIndex,
    employerName: nullable(columnIndex),
    period: nullable(columnIndex),
    periodFrom: nullable(columnIndex),
    periodTo: nullable(columnIndex),
    requests: columnIndex,
    signers: nullable(columnIndex),
    statuses: array(columnIndex).check(maxLength(100)),
  }),
  columnsFoundBy: partialRecord(enumOf(['employerNumber', 'employerName', 'period', 'periodFrom', 'periodTo', 'requests', 'signers']), enumOf(['header', 'user'])),
  employers: array(
    strictObject({
      number: string().check(minLength(1), maxLength(100)),
      name: string().check(maxLength(1_000)),
      period: nullable(period),
      requests: count,
      signers: nullable(count),
      statuses: record(string().check(maxLength(1_000)), count),
      sourceRow: sheetRow,
    }),
  ).check(maxLength(1_000_000)),
  totals: nullable(strictObject({ sourceRow: sheetRow, requests: optional(count), signers: optional(count) })),
  warnings: array(storedProblemSchema).check(maxLength(MAX_STORED_WARNINGS)),
});

export const yearStoredSchema = strictObject({
  lines: array(lineStored).check(maxLength(1_000)),
  toleranceAbs: short,
  tolerancePct: short,
  signingMode: enumOf(['unknown', 'priced', 'included']),
  signingPrice: short,
  employers: strictObject({ on: boolean(), mode: enumOf(['all', 'chosen']), numbers: string().check(maxLength(200_000)) }),
  signing: array(discriminatedUnion('kind', [signingParsed, signingInput])).check(maxLength(100)),
});

export type YearStored = output<typeof yearStoredSchema>;
export type SigningStored = output<typeof signingParsed>;
export type SigningInputStored = output<typeof signingInput>;
