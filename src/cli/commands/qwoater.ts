/** `reconcile`, `spec` and `demo`: the Qwoater check on Loket's 'Dossiervorming Qwoater per werkgever'. */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { error } from '../../domain/problems';
import type { OptionSpec, ParsedArgs } from '../args';
import type { CliCommand } from '../command';
import { toJson, toText } from '../output';
import { report } from '../report';
import { planFor, prepare } from '../run';

export const QWOATER_OPTIONS: OptionSpec[] = ['model', 'current', 'previous', 'price', 'minimum', 'vat', 'tolerance', 'settings', 'year', 'peildatum', 'out'].map(
  (name) => ({ name, kind: 'value' as const }),
);

const QWOATER_HELP = `  --model 1|2        prijsmodel: 1 = alle opgeslagen dossiers op de peildatum; 2 = actieve dossiers (standaard 2)
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
  --year JAAR        het gefactureerde jaar, als de export geen peildatum noemt; spreekt het de peildatum tegen, dan is dat een fout
  --peildatum DATUM  model 1: de afgesproken peildatum (dd-mm-jjjj), in hetzelfde jaar als die van de export;
                     model 2: de peildatum van --current, als de export die niet noemt
  --out FILE         waar spec de werkmap schrijft (standaard specificatie-<jaar>.xlsx)`;

async function writeSpec(args: ParsedArgs, lang: 'nl' | 'en'): Promise<number> {
  const prepared = prepare(args);
  if (!prepared.ok) return report(prepared.error, lang);
  const { rec } = prepared.value;
  const out = resolve(args.values.out ?? `specificatie-${rec.year}.xlsx`);
  const plan = planFor(prepared.value, lang);
  // Loaded only here: ExcelJS is large and `reconcile` should start as fast as Node itself.
  const { writeXlsxFile } = await import('../../writers/xlsx-file-writer');
  try {
    mkdirSync(dirname(out), { recursive: true });
    await writeXlsxFile(plan, out);
  } catch (e) {
    return report(error('cli.writeFailed', { file: out, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message }), lang);
  }
  const warnings = [...prepared.value.importWarnings, ...rec.warnings];
  if (args.flags.json) {
    process.stdout.write(JSON.stringify({ out, ...toJson(rec, warnings, lang) }) + '\n');
  } else {
    process.stdout.write(toText(rec, warnings, lang));
    process.stdout.write(`\n${lang === 'nl' ? 'Specificatie geschreven naar' : 'Specification written to'}: ${out}\n`);
  }
  return 0;
}

export const reconcileCommand: CliCommand = {
  name: 'reconcile',
  options: QWOATER_OPTIONS,
  help: `  factuurcheck reconcile --model 2 --current export-2024.csv --previous export-2023.csv --price 9,85 [--json]
  factuurcheck reconcile --model 1 --current export-01-10-2024.csv --price 9,85
      telt de dossiers en rekent het bedrag uit; schrijft een korte samenvatting (of JSON met --json)`,
  async run(args, lang) {
    const prepared = prepare(args);
    if (!prepared.ok) return report(prepared.error, lang);
    const { rec, importWarnings } = prepared.value;
    const warnings = [...importWarnings, ...rec.warnings];
    process.stdout.write(args.flags.json ? JSON.stringify(toJson(rec, warnings, lang)) + '\n' : toText(rec, warnings, lang));
    return 0;
  },
};

export const specCommand: CliCommand = {
  name: 'spec',
  options: QWOATER_OPTIONS,
  help: `  factuurcheck spec --model 2 --current export-2024.csv --previous export-2023.csv --price 9,85 --out specificatie-2024.xlsx
      schrijft de specificatie als Excel-werkmap met formules, om naast de factuur te leggen

Opties voor reconcile en spec:
${QWOATER_HELP}`,
  run: writeSpec,
};

export const demoCommand: CliCommand = {
  name: 'demo',
  options: [{ name: 'out', kind: 'value' }, { name: 'price', kind: 'value' }],
  help: `  factuurcheck demo [--out FILE]
      draait spec op de meegeleverde voorbeeldexports (examples/) en zegt waar het bestand staat`,
  run(args, lang) {
    // The bundled sample pair, priced at an example rate: the same path a user takes.
    const root = resolve(__dirname, '..', '..');
    const values = {
      ...args.values,
      model: '2',
      current: join(root, 'examples', 'loket-dossiers-31-12-2024.csv'),
      previous: join(root, 'examples', 'loket-dossiers-31-12-2023.csv'),
      price: args.values.price ?? '9,85',
      out: args.values.out ?? join(root, 'demo-output', 'specificatie-2024.xlsx'),
    };
    return writeSpec({ ...args, values }, lang);
  },
};
