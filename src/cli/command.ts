/** What a CLI command is: its options (in groups, as --help shows them), its help texts, and what it runs. */
import type { Lang, OptionSpec, ParsedArgs } from './args';
import type { HelpKey } from './help.nl';

export interface OptionGroup {
  /** A heading in --help; the first group has none ('Opties'). */
  title?: HelpKey;
  options: OptionSpec[];
}

export interface CliCommand {
  name: string;
  /** One line (or two) on what it does, in `factuurcheck --help` and its own --help. */
  summary: HelpKey;
  /** Example calls, one per line. */
  usage: HelpKey;
  groups: OptionGroup[];
  /** Returns the exit code: 0 done, 2 bad input or usage. */
  run(args: ParsedArgs, lang: Lang): Promise<number>;
}

export const optionsOf = (c: CliCommand): OptionSpec[] => c.groups.flatMap((g) => g.options);

/**
 * A run loaded when the command runs. The command list (names, options, help) is all
 * `factuurcheck` needs to read its arguments; what a command does, with the parts of the
 * engine and their schemas behind it, is compiled only for the command that runs.
 */
export const later =
  <M>(load: () => Promise<M>, pick: (m: M) => CliCommand['run']): CliCommand['run'] =>
  async (args, lang) =>
    pick(await load())(args, lang);
