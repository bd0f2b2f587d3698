/**
 * A small argument parser: the CLI's options are few and fixed, and a dependency would
 * cost start-up time that the benchmark counts. Unknown options are errors, not ignored,
 * so a typo never silently changes a bill.
 */
import { error, fail, ok, type Result } from '../domain/problems';

export interface OptionSpec {
  name: string;
  /** 'flag' takes no value; 'value' one; 'values' all following words up to the next option. */
  kind: 'flag' | 'value' | 'values';
}

export interface ParsedArgs {
  values: Record<string, string | undefined>;
  lists: Record<string, string[]>;
  flags: Record<string, boolean>;
}

/** Options every command accepts. */
export const COMMON_OPTIONS: OptionSpec[] = [
  { name: 'lang', kind: 'value' },
  { name: 'json', kind: 'flag' },
];

export function parseOptions(argv: readonly string[], specs: readonly OptionSpec[]): Result<ParsedArgs> {
  const byName = new Map([...COMMON_OPTIONS, ...specs].map((s) => [s.name, s]));
  const out: ParsedArgs = { values: {}, lists: {}, flags: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) return fail(error('cli.unknownOption', { option: a }));
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const spec = byName.get(name);
    if (!spec) return fail(error('cli.unknownOption', { option: a }));
    if (spec.kind === 'flag') {
      out.flags[name] = true;
      continue;
    }
    if (spec.kind === 'values') {
      const list = inline !== undefined ? [inline] : [];
      while (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) list.push(argv[++i]!);
      if (!list.length) return fail(error('cli.missingValue', { option: `--${name}` }));
      out.lists[name] = [...(out.lists[name] ?? []), ...list];
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) return fail(error('cli.missingValue', { option: `--${name}` }));
    out.values[name] = value;
  }
  return ok(out);
}

/** The language of messages: --lang en, else Dutch. Read before parsing, so parse errors are translated too. */
export const languageOf = (argv: readonly string[]): 'nl' | 'en' =>
  argv.some((a, i) => (a === '--lang' && argv[i + 1] === 'en') || a === '--lang=en') ? 'en' : 'nl';
