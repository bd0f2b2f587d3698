/**
 * Entry point of `factuurcheck`. Exit codes: 0 done, 2 bad input or usage (one clear
 * line on stderr naming file, row and column), 1 an internal fault (a short line; the
 * stack only with FACTUURCHECK_DEBUG=1). A user never sees a raw stack trace.
 */
import { error } from '../domain/problems';
import { languageOf, parseOptions } from './args';
import { commands } from './commands';
import { report } from './report';

const HELP_INTRO = `factuurcheck — controleer facturen van Qwoater (Loket.nl) en Otherside at Work, en geef ze door per werkgever

Gebruik:
`;
const HELP_OUTRO = `
Algemene opties:
  --lang nl|en       taal van meldingen en werkmap (standaard nl)
  --json             schrijf het resultaat als JSON
  --help             deze uitleg

Foute invoer eindigt met exitcode 2 en één regel op stderr die bestand, rij en kolom noemt.
`;

export const helpText = () => HELP_INTRO + commands.map((c) => c.help).join('\n\n') + '\n' + HELP_OUTRO;

async function main(argv: string[]): Promise<number> {
  const lang = languageOf(argv);
  const [name, ...rest] = argv;
  if (!name || name === 'help' || argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(helpText());
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) return report(error('cli.unknownCommand', { command: name, commands: commands.map((c) => c.name).join(', ') }), lang);
  const parsed = parseOptions(rest, command.options);
  if (!parsed.ok) return report(parsed.error, lang);
  return command.run(parsed.value, lang);
}

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
