/** What `reconcile`, `spec` and `demo` do (options and help: qwoater.ts). */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lang, ParsedArgs } from '../args';
import { outPath, writeWorkbook } from '../files';
import { toStdout, toText, writeJson, writtenLine } from '../output';
import { report } from '../report';
import { planFor, prepare } from '../run';
import { cliText } from '../problem';

/** `spec` (and `demo`, with its `intro`): the workbook, and the summary. */
export async function writeSpec(args: ParsedArgs, lang: Lang, intro = ''): Promise<number> {
  const prepared = await prepare(args);
  if (!prepared.ok) return report(prepared.error, lang);
  const { rec, input } = prepared.value;
  const out = outPath(args.values.out, `specificatie-${rec.year}.xlsx`);
  if (!out.ok) return report(out.error, lang);
  const written = await writeWorkbook(planFor(prepared.value, lang), out.value.path);
  if (!written.ok) return report(written.error, lang);
  const warnings = [...prepared.value.importWarnings, ...rec.warnings];
  if (args.flags.json) {
    await writeJson(toStdout, rec, warnings, lang, { out: out.value.path });
  } else {
    process.stdout.write(intro + toText(rec, input.settings, warnings, lang));
    process.stdout.write(`\n${writtenLine('spec', out.value, lang)}\n`);
  }
  return 0;
}

export async function runReconcile(args: ParsedArgs, lang: Lang): Promise<number> {
  const prepared = await prepare(args);
  if (!prepared.ok) return report(prepared.error, lang);
  const { rec, input, importWarnings } = prepared.value;
  const warnings = [...importWarnings, ...rec.warnings];
  if (args.flags.json) await writeJson(toStdout, rec, warnings, lang);
  else process.stdout.write(toText(rec, input.settings, warnings, lang));
  return 0;
}

/** The bundled sample pair, priced at an example rate: the same path a user takes. */
export function runDemo(args: ParsedArgs, lang: Lang): Promise<number> {
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
  return writeSpec({ ...args, values }, lang, `${cliText(lang, 'cli.demoInvented', { folder: examples })}\n\n`);
}
