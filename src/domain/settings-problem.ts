/**
 * One way to turn a rejected setting into a Problem, for every schema (settings file,
 * year options, Otherside settings, import options). Zod's own messages are English
 * sentences, so they never reach a user: the catalogue words the issue by its kind.
 */
import type { core, output, ZodMiniType } from 'zod/mini';
import { error, fail, ok, type Location, type Problem, type Result } from './problems';

/** The kinds of schema issue the catalogue words; anything else reads as 'not valid'. */
const KINDS = new Set(['invalid_type', 'unrecognized_keys', 'too_small', 'too_big', 'invalid_value', 'invalid_format']);

export function schemaProblem(code: 'settings.invalid' | 'year.invalid', err: core.$ZodError, location?: Location): Problem {
  const issue = err.issues[0]!;
  const keys = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '';
  const field = [...issue.path.map(String), ...(keys ? [keys] : [])].join('.');
  return error(code, { field, issue: KINDS.has(issue.code) ? issue.code : 'other' }, location);
}

/** Input checked against a schema: its value, or the first issue as a Problem. */
export function validated<S extends ZodMiniType>(schema: S, input: unknown, code: 'settings.invalid' | 'year.invalid'): Result<output<S>> {
  const parsed = schema.safeParse(input);
  return parsed.success ? ok(parsed.data) : fail(schemaProblem(code, parsed.error));
}
