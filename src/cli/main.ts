/**
 * Entry point of `factuurcheck`. Exit codes: 0 done, 2 bad input or usage (one clear
 * line on stderr naming file, row and column), 1 an internal fault (a short line; the
 * stack only with FACTUURCHECK_DEBUG=1). A user never sees a raw stack trace.
 *
 * `factuurcheck --help` lists the commands; `factuurcheck <command> --help` (or
 * `factuurcheck help <command>`) shows one command's usage and options; `--version`
 * prints the version from package.json. --lang may stand anywhere.
 *
 * What lives in src/cli/: args.ts (parsing, --lang), command.ts and commands/ (one file
 * per family of commands, each with its options), help.ts and help.nl.ts/help.en.ts (--help),
 * run.ts (exports and settings into the engine), files.ts (reading, and writing only into
 * folders that exist), output.ts (the summaries), report.ts (the one line on stderr), and
 * the CLI's own texts in the one catalogue mechanism: messages.*.ts (its problems and lines,
 * through problem.ts), summary.*.ts (the summaries' words), help.*.ts.
 */
import { version } from '../../package.json';
import { parseOptions, takeLanguage } from './args';
import { optionsOf } from './command';
import { commands } from './commands';
import { commandHelp, overviewHelp } from './help';
import { report } from './report';
import { cliError } from './problem';

async function main(argv: string[]): Promise<number> {
  const language = takeLanguage(argv);
  if (!language.ok) return report(language.error, 'nl');
  const { lang, rest } = language.value;
  if (rest.includes('--version')) {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  const wantsHelp = rest.includes('--help') || rest.includes('-h');
  const [first, ...options] = rest;
  const name = first === 'help' && options[0] && !options[0].startsWith('-') ? options[0] : first;
  if (!name || name === 'help' || (name.startsWith('-') && wantsHelp)) {
    process.stdout.write(overviewHelp(commands, lang));
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) return report(cliError('cli.unknownCommand', { command: name, commands: commands.map((c) => c.name).join(', ') }), lang);
  if (wantsHelp || name !== first) {
    process.stdout.write(commandHelp(command, lang));
    return 0;
  }
  const parsed = parseOptions(options, optionsOf(command));
  if (!parsed.ok) return report(parsed.error, lang);
  return command.run(parsed.value, lang);
}

// `factuurcheck … | head` closes stdout early; that is the reader's choice, not an error to show.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`factuurcheck: interne fout: ${(e as Error)?.message ?? String(e)}\n`);
    if (process.env.FACTUURCHECK_DEBUG) process.stderr.write(`${(e as Error)?.stack}\n`);
    process.exitCode = 1;
  },
);
