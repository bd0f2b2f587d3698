/**
 * A small argument parser: the CLI's options are few and fixed, and a dependency would
 * cost start-up time that the benchmark counts. Unknown options are errors, not ignored,
 * so a typo never silently changes a bill.
 */
import { error, fail, ok, type Result } from '../domain/problems';

export type Command = 'reconcile' | 'spec' | 'demo' | 'help';

export interface CliArgs {
  command: Command;
  model?: string;
  current?: string;
  previous?: string;
  price?: string;
  minimum?: string;
  vat?: string;
  tolerance?: string;
  settings?: string;
  year?: string;
  peildatum?: string;
  out?: string;
  lang?: string;
  json: boolean;
}

const VALUE_OPTIONS = ['model', 'current', 'previous', 'price', 'minimum', 'vat', 'tolerance', 'settings', 'year', 'peildatum', 'out', 'lang'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];
const COMMANDS: Command[] = ['reconcile', 'spec', 'demo', 'help'];

export function parseArgs(argv: readonly string[]): Result<CliArgs> {
  const args: CliArgs = { command: 'help', json: false };
  let commandSeen = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') {
      args.command = 'help';
      return ok(args);
    }
    if (a === '--json') {
      args.json = true;
      continue;
    }
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (!(VALUE_OPTIONS as readonly string[]).includes(name)) return fail(error('cli.unknownOption', { option: a }));
      const value = inline ?? argv[++i];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) return fail(error('cli.missingValue', { option: `--${name}` }));
      args[name as ValueOption] = value;
      continue;
    }
    if (!commandSeen && (COMMANDS as string[]).includes(a)) {
      args.command = a as Command;
      commandSeen = true;
      continue;
    }
    return fail(commandSeen ? error('cli.unknownOption', { option: a }) : error('cli.unknownCommand', { command: a }));
  }
  return ok(args);
}

export const HELP = `factuurcheck — controleer Qwoater-facturen met de Loket-export 'Dossiervorming Qwoater per werkgever'

Gebruik:
  factuurcheck reconcile --model 2 --current export-2024.csv --previous export-2023.csv --price 9,85 [--json]
  factuurcheck spec      --model 2 --current export-2024.csv --previous export-2023.csv --price 9,85 --out specificatie-2024.xlsx
  factuurcheck reconcile --model 1 --current export-01-10-2024.csv --price 9,85
  factuurcheck demo      (maakt een specificatie van de voorbeeldexports in examples/)

Opdrachten:
  reconcile   telt de dossiers en rekent het bedrag uit; schrijft een korte samenvatting (of JSON met --json)
  spec        schrijft de specificatie als Excel-werkmap (.xlsx) met formules, om naast de factuur te leggen
  demo        draait spec op de meegeleverde voorbeeldexports en zegt waar het bestand staat

Opties:
  --model 1|2        prijsmodel: 1 = alle opgeslagen dossiers op de peildatum; 2 = actieve dossiers (standaard 2)
  --current FILE     de export van het jaar (model 2: peildatum 31-12 van het jaar; model 1: de afgesproken peildatum)
  --previous FILE    model 2: de export met peildatum 31-12 van het jaar ervoor (levert kolom G, inactieve dossiers)
  --price EUR        prijs per dossier per jaar, bijvoorbeeld 9,85 of 9.85 (tot 4 decimalen)
  --minimum EUR      minimumbedrag per jaar (standaard 636)
  --vat PCT          btw-percentage (standaard 21)
  --tolerance EUR    verschil dat in de vergelijking nog 'OK' heet (standaard 1,00)
  --settings FILE    JSON met instellingen, bijvoorbeeld een staffel:
                     { "model": 2, "staffel": { "kind": "graduated", "tiers": [ { "from": 1, "price": "10,50" },
                       { "from": 501, "price": "9,85" } ] }, "minimum": 636, "vat": 21 }
                     kind "graduated": elke schijf tegen haar eigen prijs; "volume": één prijs, volgens de schijf van het totaal.
                     Opties op de opdrachtregel gaan voor.
  --year JAAR        het gefactureerde jaar, als de export geen peildatum noemt
  --peildatum DATUM  de peildatum van --current (dd-mm-jjjj), als de export die niet noemt of model 1 een andere afspraak heeft
  --out FILE         waar spec de werkmap schrijft (standaard specificatie-<jaar>.xlsx)
  --lang nl|en       taal van meldingen en werkmap (standaard nl)
  --json             reconcile: schrijf het resultaat als JSON
  --help             deze uitleg

Foute invoer eindigt met exitcode 2 en één regel op stderr die bestand, rij en kolom noemt.
`;
