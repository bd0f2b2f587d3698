/**
 * What every stored import shares: where it came from, the warnings it brought, and (in
 * states written before version 3) the input the user gave (a file's bytes, pasted text or
 * selected cells). Shared by the dossier exports and the signing reports, so all are
 * validated by one schema when a workbook is reopened.
 */
import { z } from 'zod';
import { isMessageCode, type MessageCode } from '../../domain/messages';
import { problem, type Problem } from '../../domain/problems';

export const storedSourceSchema = z
  .object({
    label: z.string().max(500),
    fileName: z.string().max(500).optional(),
    gridOrigin: z.object({ row: z.number().int().min(1).max(1_048_576), column: z.number().int().min(0).max(16_383) }).strict().optional(),
  })
  .strict();

/** Version 2 kept the input itself; a version 3 state still holds it for an import that was not read again since. */
export const storedInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('bytes'), base64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/) }).strict(),
  z.object({ kind: z.literal('text'), text: z.string() }).strict(),
  z.object({ kind: z.literal('grid'), grid: z.array(z.array(z.string())) }).strict(),
]);

/** An import's warning without its texts: they are made again from the catalogue, so a state cannot bring its own words. */
export const storedProblemSchema = z
  .object({
    code: z.custom<MessageCode>((c) => typeof c === 'string' && isMessageCode(c), 'unknown message'),
    severity: z.enum(['error', 'warning']),
    params: z.record(z.string().max(100), z.union([z.string().max(2_000), z.number()])),
    location: z.object({ file: z.string().max(500).optional(), row: z.number().int().min(0).optional(), column: z.string().max(600).optional() }).strict().optional(),
  })
  .strict();
export type StoredProblem = z.infer<typeof storedProblemSchema>;

/** Warnings kept per import: enough to explain it, not a way to bloat the workbook. */
export const MAX_STORED_WARNINGS = 200;

/** Only the engine's problems are kept (the command line's own never reach the pane). */
export const storable = (p: Problem): p is Problem & { code: MessageCode } => isMessageCode(p.code);
export const problemToStored = ({ code, severity, params, location }: Problem & { code: MessageCode }): StoredProblem => ({ code, severity, params, ...(location ? { location } : {}) });
export const problemFromStored = (p: StoredProblem): Problem => problem(p.severity, p.code, p.params, p.location);
