/** What a CLI command is: its options, its lines in --help, and what it runs. */
import type { OptionSpec, ParsedArgs } from './args';

export interface CliCommand {
  name: string;
  options: OptionSpec[];
  /** Usage lines and option explanations for --help, in Dutch. */
  help: string;
  /** Returns the exit code: 0 done, 2 bad input or usage. */
  run(args: ParsedArgs, lang: 'nl' | 'en'): Promise<number>;
}
