/**
 * What every stored import shares: where it came from, the warnings it brought, and (in
 * states written before version 3) the input the user gave (a file's bytes, pasted text or
 * selected cells). Shared by the dossier exports and the signing reports, so all are
 * validated by one schema when a workbook is reopened.
 */
import '../../domain/zod-config';
import { array, custom, discriminatedUnion, enum as enumOf, gte, int, literal, lte, maxLength, number, optional, record, regex, strictObject, string, union, type output } from 'zod/mini';
import { isMessageCode, type MessageCode } from '../../domain/messages';
import { problem, type Problem } from '../../domain/problems';

export const storedSourceSchema = strictObject({
  label: string().check(maxLength(500)),
  fileName: optional(string().check(maxLength(500))),
  gridOrigin: optional(strictObject({ row: number().check(int(), gte(1), lte(1_048_576)), column: number().check(int(), gte(0), lte(16_383)) })),
});

/** Version 2 kept the input itself; a version 3 state still holds it for an import that was not read again since. */
export const storedInputSchema = discriminatedUnion('kind', [
  strictObject({ kind: literal('bytes'), base64: string().check(regex(/^[A-Za-z0-9+/]*={0,2}$/)) }),
  strictObject({ kind: literal('text'), text: string() }),
  strictObject({ kind: literal('grid'), grid: array(array(string())) }),
]);

/** An import's warning without its texts: they are made again from the catalogue, so a state cannot bring its own words. */
export const storedProblemSchema = strictObject({
  code: custom<MessageCode>((c) => typeof c === 'string' && isMessageCode(c), 'unknown message'),
  severity: enumOf(['error', 'warning']),
  params: record(string().check(maxLength(100)), union([string().check(maxLength(2_000)), number()])),
  location: optional(strictObject({ file: optional(string().check(maxLength(500))), row: optional(number().check(int(), gte(0))), column: optional(string().check(maxLength(600))) })),
});
export type StoredProblem = output<typeof storedProblemSchema>;

/** Warnings kept per import: enough to explain it, not a way to bloat the workbook. */
export const MAX_STORED_WARNINGS = 200;

/** Only the engine's problems are kept (the command line's own never reach the pane). */
export const storable = (p: Problem): p is Problem & { code: MessageCode } => isMessageCode(p.code);
export const problemToStored = ({ code, severity, params, location }: Problem & { code: MessageCode }): StoredProblem => ({ code, severity, params, ...(location ? { location } : {}) });
export const problemFromStored = (p: StoredProblem): Problem => problem(p.severity, p.code, p.params, p.location);
