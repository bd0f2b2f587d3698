/**
 * Entry point of `factuurcheck`. Exit codes: 0 done, 2 bad input or usage (one clear
 * line on stderr naming file, row and column), 1 an internal fault (a short line; the
 * stack only with FACTUURCHECK_DEBUG=1). A user never sees a raw stack trace.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Problem } from '../domain/problems';
import { error } from '../domain/problems';
import { HELP, parseArgs, type CliArgs } from './args';
import { toJson, toText } from './output';
import { planFor, prepare } from './run';

type Lang = 'nl' | 'en';

function report(p: Problem, lang: Lang): number {
  process.stderr.write(`factuurcheck: ${p[lang]}\n`);
  return 2;
}

async function writeSpec(args: CliArgs, lang: Lang, defaultOut: (year: number) => string): Promise<number> {
  const prepared = prepare(args);
  if (!prepared.ok) return report(prepared.error, lang);
  const { rec } = prepared.value;
  const out = resolve(args.out ?? defaultOut(rec.year));
  const plan = planFor(prepared.value, lang);
  // Loaded only here: ExcelJS is large and `reconcile` should start as fast as Node itself.
  const { writeXlsxFile } = await import('../writers/xlsx-file-writer');
  try {
    mkdirSync(dirname(out), { recursive: true });
    await writeXlsxFile(plan, out);
  } catch (e) {
    return report(error('cli.writeFailed', { file: out, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message }), lang);
  }
  const warnings = [...prepared.value.importWarnings, ...rec.warnings];
  if (!args.json) process.stdout.write(toText(rec, warnings, lang));
  process.stdout.write(args.json ? JSON.stringify({ out, ...toJson(rec, warnings, lang) }) + '\n' : `\n${lang === 'nl' ? 'Specificatie geschreven naar' : 'Specification written to'}: ${out}\n`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  const lang: Lang = argv.some((a, i) => (a === '--lang' && argv[i + 1] === 'en') || a === '--lang=en') ? 'en' : 'nl';
  if (!parsed.ok) return report(parsed.error, lang);
  const args = parsed.value;
  switch (args.command) {
    case 'help':
      process.stdout.write(HELP);
      return 0;
    case 'reconcile': {
      const prepared = prepare(args);
      if (!prepared.ok) return report(prepared.error, lang);
      const { rec, importWarnings } = prepared.value;
      const warnings = [...importWarnings, ...rec.warnings];
      process.stdout.write(args.json ? JSON.stringify(toJson(rec, warnings, lang)) + '\n' : toText(rec, warnings, lang));
      return 0;
    }
    case 'spec':
      return writeSpec(args, lang, (year) => `specificatie-${year}.xlsx`);
    case 'demo': {
      // The bundled sample pair, priced at an example rate; the same path a user takes.
      const root = resolve(__dirname, '..', '..');
      const demo: CliArgs = {
        ...args,
        command: 'spec',
        model: '2',
        current: join(root, 'examples', 'loket-dossiers-31-12-2024.csv'),
        previous: join(root, 'examples', 'loket-dossiers-31-12-2023.csv'),
        price: args.price ?? '9,85',
        out: args.out ?? join(root, 'demo-output', 'specificatie-2024.xlsx'),
      };
      return writeSpec(demo, lang, (year) => `specificatie-${year}.xlsx`);
    }
  }
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
