/**
 * A small argument parser: the CLI's options are few and fixed, and a dependency would
 * cost start-up time that the benchmark counts. Unknown options are errors, not ignored,
 * so a typo never silently changes a bill.
 */
import { fail, ok, type Result } from '../domain/problems';
import type { HelpKey } from './help.nl';
import { cliError } from './problem';

export type Lang = 'nl' | 'en';

export interface OptionSpec {
  name: string;
  /** 'flag' takes no value; 'value' one; 'values' all following words up to the next option. */
  kind: 'flag' | 'value' | 'values';
  /** How the value looks in --help: a placeholder's key ('arg.file') or the choices ('1|2'). */
  arg?: HelpKey | `${string}|${string}`;
  /** Its explanation in --help. */
  help: HelpKey;
}

export interface ParsedArgs {
  values: Record<string, string | undefined>;
  lists: Record<string, string[]>;
  flags: Record<string, boolean>;
}

/**
 * Options every command parses. --lang is taken out before parsing (takeLanguage), and
 * --help and --version are answered before it; help.ts lists all of them together.
 */
export const COMMON_OPTIONS: OptionSpec[] = [{ name: 'json', kind: 'flag', help: 'option.json' }];

export function parseOptions(argv: readonly string[], specs: readonly OptionSpec[]): Result<ParsedArgs> {
  const byName = new Map([...COMMON_OPTIONS, ...specs].map((s) => [s.name, s]));
  const out: ParsedArgs = { values: {}, lists: {}, flags: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) return fail(cliError('cli.unknownOption', { option: a }));
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const spec = byName.get(name);
    if (!spec) return fail(cliError('cli.unknownOption', { option: a }));
    if (spec.kind === 'flag') {
      out.flags[name] = true;
      continue;
    }
    if (spec.kind === 'values') {
      const list = inline !== undefined ? [inline] : [];
      while (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) list.push(argv[++i]!);
      if (!list.length) return fail(cliError('cli.missingValue', { option: `--${name}` }));
      out.lists[name] = [...(out.lists[name] ?? []), ...list];
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) return fail(cliError('cli.missingValue', { option: `--${name}` }));
    out.values[name] = value;
  }
  return ok(out);
}

/**
 * The language of messages, taken out of the arguments wherever it stands: --lang nl or
 * en, else Dutch. Read before anything else, so every later message is translated; any
 * other value is refused (in Dutch) like a bad --model.
 */
export function takeLanguage(argv: readonly string[]): Result<{ lang: Lang; rest: string[] }> {
  let lang: Lang = 'nl';
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = a === '--lang' ? argv[++i] : a.startsWith('--lang=') ? a.slice('--lang='.length) : null;
    if (value === null) {
      rest.push(a);
      continue;
    }
    if (value === undefined || (a === '--lang' && value.startsWith('--'))) return fail(cliError('cli.missingValue', { option: '--lang' }));
    if (value !== 'nl' && value !== 'en') return fail(cliError('cli.badValue', { option: '--lang', value, expected: 'language' }));
    lang = value;
  }
  return ok({ lang, rest });
}
