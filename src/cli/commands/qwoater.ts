/** `reconcile`, `spec` and `demo`: the Qwoater check on Loket's 'Dossiervorming Qwoater per werkgever'. */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { messages } from '../../domain/messages';
import type { Lang, OptionSpec, ParsedArgs } from '../args';
import type { CliCommand } from '../command';
import { outPath, writeWorkbook } from '../files';
import { toText, writeJson, writtenLine } from '../output';
import { report } from '../report';
import { planFor, prepare } from '../run';

/** What reconcile, spec and rebill read: the exports and the price. */
export const QWOATER_OPTIONS: OptionSpec[] = [
  { name: 'model', kind: 'value', arg: '1|2', help: 'option.model' },
  { name: 'current', kind: 'value', arg: 'arg.file', help: 'option.current' },
  { name: 'previous', kind: 'value', arg: 'arg.file', help: 'option.previous' },
  { name: 'price', kind: 'value', arg: 'arg.eur', help: 'option.price' },
  { name: 'minimum', kind: 'value', arg: 'arg.eur', help: 'option.minimum' },
  { name: 'vat', kind: 'value', arg: 'arg.pct', help: 'option.vat' },
  { name: 'tolerance', kind: 'value', arg: 'arg.eur', help: 'option.tolerance' },
  { name: 'settings', kind: 'value', arg: 'arg.file', help: 'option.settings' },
  { name: 'year', kind: 'value', arg: 'arg.year', help: 'option.year' },
  { name: 'peildatum', kind: 'value', arg: 'arg.date', help: 'option.peildatum' },
];

async function writeSpec(args: ParsedArgs, lang: Lang, intro = ''): Promise<number> {
  const prepared = await prepare(args);
  if (!prepared.ok) return report(prepared.error, lang);
  const { rec, input } = prepared.value;
  const out = outPath(args.values.out, `specificatie-${rec.year}.xlsx`);
  if (!out.ok) return report(out.error, lang);
  const written = await writeWorkbook(planFor(prepared.value, lang), out.value.path);
  if (!written.ok) return report(written.error, lang);
  const warnings = [...prepared.value.importWarnings, ...rec.warnings];
  if (args.flags.json) {
    writeJson((text) => process.stdout.write(text), rec, warnings, lang, { out: out.value.path });
  } else {
    process.stdout.write(intro + toText(rec, input.settings, warnings, lang));
    process.stdout.write(`\n${writtenLine('spec', out.value, lang)}\n`);
  }
  return 0;
}

export const reconcileCommand: CliCommand = {
  name: 'reconcile',
  summary: 'command.reconcile',
  usage: 'usage.reconcile',
  groups: [{ options: QWOATER_OPTIONS }],
  async run(args, lang) {
    const prepared = await prepare(args);
    if (!prepared.ok) return report(prepared.error, lang);
    const { rec, input, importWarnings } = prepared.value;
    const warnings = [...importWarnings, ...rec.warnings];
    if (args.flags.json) writeJson((text) => process.stdout.write(text), rec, warnings, lang);
    else process.stdout.write(toText(rec, input.settings, warnings, lang));
    return 0;
  },
};

export const specCommand: CliCommand = {
  name: 'spec',
  summary: 'command.spec',
  usage: 'usage.spec',
  groups: [{ options: [...QWOATER_OPTIONS, { name: 'out', kind: 'value', arg: 'arg.file', help: 'option.out.spec' }] }],
  run: (args, lang) => writeSpec(args, lang),
};

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'command.demo',
  usage: 'usage.demo',
  groups: [
    {
      options: [
        { name: 'price', kind: 'value', arg: 'arg.eur', help: 'option.price.demo' },
        { name: 'out', kind: 'value', arg: 'arg.file', help: 'option.out.demo' },
      ],
    },
  ],
  run(args, lang) {
    // The bundled sample pair, priced at an example rate: the same path a user takes.
    const root = resolve(__dirname, '..', '..');
    const examples = join(root, 'examples');
    let out = args.values.out;
    if (out === undefined) {
      // Our own folder, unlike a user's --out, so it is made when missing.
      mkdirSync(join(root, 'demo-output'), { recursive: true });
      out = join(root, 'demo-output', 'specificatie-2024.xlsx');
    }
    const values = {
      ...args.values,
      model: '2',
      current: join(examples, 'loket-dossiers-31-12-2024.csv'),
      previous: join(examples, 'loket-dossiers-31-12-2023.csv'),
      price: args.values.price ?? '9,85',
      out,
    };
    return writeSpec({ ...args, values }, lang, `${messages['cli.demoInvented'][lang]({ folder: examples })}\n\n`);
  },
};
