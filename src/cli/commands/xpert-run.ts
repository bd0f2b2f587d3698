/** What `xpert` does (options and help: xpert.ts). */
import { basename } from 'node:path';
import { formatEuro, parseCents, parseDecimal, parsePriceE4 } from '../../domain/money';
import { fail, ok, type Problem, type Result } from '../../domain/problems';
import type { XpertReport } from '../../domain/imports/xpert-types';
import { addReports, emptyHistory, parseXpertSettings, periodLabel, runXpert, xpertSummary, type XpertSettings } from '../../domain/xpert';
import { readXpertUpload } from '../../readers/upload';
import type { Lang, ParsedArgs } from '../args';
import { outPath, readBytes, writeWorkbook, type OutPath } from '../files';
import { writtenLine } from '../output';
import { report } from '../report';
import { say } from '../summary';
import { cliError } from '../problem';

function money(args: ParsedArgs, option: string, parse: (s: string) => number | null, expected: string, fallback?: number): Result<number> {
  const text = args.values[option];
  if (text === undefined) return fallback === undefined ? fail(cliError('cli.missingOption', { option: `--${option}` })) : ok(fallback);
  const v = parse(text.trim().replace(/%$/, ''));
  return v === null ? fail(cliError('cli.badValue', { option: `--${option}`, value: text, expected })) : ok(v);
}

function settingsFrom(args: ParsedArgs): Result<XpertSettings> {
  const noSms = args.flags['no-sms'] === true;
  const rate = money(args, 'rate', parsePriceE4, 'rate');
  if (!rate.ok) return rate;
  const smsRate = money(args, 'sms-rate', parsePriceE4, 'smsRate', noSms ? 0 : undefined);
  if (!smsRate.ok) return smsRate;
  const vat = money(args, 'vat', (s) => parseDecimal(s, 2), 'vat', 2_100);
  if (!vat.ok) return vat;
  const tolerance = money(args, 'tolerance', parseCents, 'tolerance', 100);
  if (!tolerance.ok) return tolerance;
  return parseXpertSettings({ rateE4: rate.value, smsRateE4: smsRate.value, vatBasisPoints: vat.value, toleranceCents: tolerance.value });
}

/** Reads one file; with --no-sms a report without an SMS column is accepted (SMS = 0). */
async function importFile(path: string, noSms: boolean): Promise<Result<XpertReport>> {
  const bytes = readBytes(path);
  if (!bytes.ok) return bytes;
  const source = { label: path, fileName: basename(path) };
  const first = await readXpertUpload(bytes.value, source);
  if (first.ok || !noSms || first.error.code !== 'xpert.noSmsColumn') return first;
  return readXpertUpload(bytes.value, source, { columns: { sms: null } });
}

function summaryText(out: ReturnType<typeof xpertSummary>, lang: Lang): string {
  const lines = out.periods.map(
    (p) =>
      `  ${say(lang, 'summary.xpert.period', { period: periodLabel(p.period, lang).padEnd(16), employers: p.employers, employees: p.employees, sms: p.sms, amount: formatEuro(p.amountCents, lang).padStart(14) })}`,
  );
  const tests = out.employers.filter((e) => e.testEmployer).map((e) => `${e.code} ${e.name}`);
  const parts = [`Otherside at Work`, ...lines];
  if (tests.length) parts.push(say(lang, 'summary.xpert.testEmployers'), ...tests.map((t) => `  - ${t}`));
  if (out.warnings.length) parts.push(say(lang, 'summary.warnings'), ...out.warnings.map((w) => `  - ${w.message}`));
  return parts.join('\n') + '\n';
}

export async function runXpertCommand(args: ParsedArgs, lang: Lang): Promise<number> {
  const files = args.lists.in ?? [];
  if (!files.length) return report(cliError('cli.missingOption', { option: '--in' }), lang);
  const settings = settingsFrom(args);
  if (!settings.ok) return report(settings.error, lang);

  const reports: XpertReport[] = [];
  const warnings: Problem[] = [];
  for (const f of files) {
    const r = await importFile(f, args.flags['no-sms'] === true);
    if (!r.ok) return report(r.error, lang);
    reports.push(r.value);
    warnings.push(...r.warnings);
  }
  const added = addReports(emptyHistory(), reports);
  if (!added.ok) return report(added.error, lang);
  // An empty history has nothing to replace, so anything but 'updated' is a bug, not bad input.
  if (added.value.status !== 'updated') throw new Error('xpert: an empty history asked to replace a month');
  const outcome = runXpert(added.value.history, settings.value, lang, warnings);
  if (!outcome.ok) return report(outcome.error, lang);

  let out: OutPath | null = null;
  if (args.values.out !== undefined) {
    const path = outPath(args.values.out, 'otherside.xlsx');
    if (!path.ok) return report(path.error, lang);
    const written = await writeWorkbook(outcome.value.plan, path.value.path);
    if (!written.ok) return report(written.error, lang);
    out = path.value;
  }
  const summary = xpertSummary(outcome.value.billing, outcome.value.trend, outcome.value.warnings, lang);
  if (args.flags.json) process.stdout.write(JSON.stringify(summary) + '\n');
  else {
    process.stdout.write(summaryText(summary, lang));
    if (out) process.stdout.write(`\n${writtenLine('workbook', out, lang)}\n`);
  }
  return 0;
}
