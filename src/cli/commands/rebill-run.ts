/** What `rebill` and `spec` with the year's options do (options and help: rebill.ts). */
import { basename } from 'node:path';
import { summariseSigning, validateYearOptions, type CheckedLine, type SigningSummary, type YearOptionsInput } from '../../domain/billing/advances';
import type { InvoiceLine } from '../../domain/billing/invoices';
import { parseCount } from '../../domain/imports/counts';
import { parseDate } from '../../domain/imports/dates';
import type { SigningExport, SigningUnit } from '../../domain/imports/signing-types';
import { formatEuro, parsePriceE4 } from '../../domain/money';
import { fail, ok, warning, type Problem, type Result } from '../../domain/problems';
import { rebillCsvBytes } from '../../domain/spec/rebill-csv';
import { buildYearPlan, yearFigures, type YearFigures, type YearInput } from '../../domain/spec/year-workbook';
import { readInvoiceUpload } from '../../readers/invoice-upload';
import { importSigningUpload } from '../../readers/upload';
import type { Lang, ParsedArgs } from '../args';
import { outPath, readBytes, writeFileAtomically, writeWorkbook, type OutPath } from '../files';
import { report } from '../report';
import { prepare, type Prepared } from '../run';
import { settingsLine, writtenLine } from '../output';
import { cliError } from '../problem';
import { say } from '../summary';

const badValue = (option: string, value: string, expected: string) => fail<never>(cliError('cli.badValue', { option, value, expected }));

/** The year's options from the command line, through the same zod schema the pane uses. */
function yearOptions(args: ParsedArgs): Result<YearOptionsInput> {
  const v = args.values;
  const unit = v['signing-unit'] ?? 'requests';
  if (unit !== 'requests' && unit !== 'signers') return badValue('--signing-unit', unit, 'signingUnit');
  let signing: YearOptionsInput['signing'] = { mode: 'unknown', unit };
  if (v['signing-price'] !== undefined && args.flags['signing-included']) {
    return badValue('--signing-price', v['signing-price'], 'notWithIncluded');
  }
  // Without either, signing would be counted but charged € 0,00 to every employer.
  if (args.lists.signing?.length && v['signing-price'] === undefined && !args.flags['signing-included']) {
    return fail(cliError('cli.signingPriceMissing'));
  }
  if (v['signing-price'] !== undefined) {
    const price = parsePriceE4(v['signing-price']);
    if (price === null) return badValue('--signing-price', v['signing-price'], 'signingPrice');
    signing = { mode: 'priced', priceE4: price, unit };
  } else if (args.flags['signing-included']) {
    signing = { mode: 'included', unit };
  }
  const counts: NonNullable<YearOptionsInput['counts']> = [];
  for (const c of args.lists.count ?? []) {
    const [d, n] = c.split('=');
    const date = d ? parseDate(d) : null;
    const count = n !== undefined ? parseCount(n) : null;
    if (!date || !count?.ok || count.empty) return badValue('--count', c, 'count');
    // No label: the sheet says 'telling <datum>: <aantal>' in words, never the option as typed.
    counts.push({ date, count: count.value, label: '' });
  }
  const distribute = v.distribute ?? 'computed';
  if (distribute !== 'computed' && distribute !== 'invoiced') return badValue('--distribute', distribute, 'distribute');
  let small: number | undefined;
  if (v['small-difference'] !== undefined) {
    const bp = /^\d{1,3}([.,]\d{1,2})?%?$/.test(v['small-difference']) ? Math.round(Number(v['small-difference'].replace('%', '').replace(',', '.')) * 100) : NaN;
    if (!Number.isInteger(bp) || bp > 10_000) return badValue('--small-difference', v['small-difference'], 'smallDifference');
    small = bp;
  }
  return ok({ signing, counts, distribute, ...(small !== undefined ? { smallDifferenceBasisPoints: small } : {}) });
}

async function readSigning(paths: readonly string[], year: number, unit: SigningUnit): Promise<Result<SigningSummary | null>> {
  if (paths.length === 0) return ok(null);
  const exports: SigningExport[] = [];
  const warnings: Problem[] = [];
  for (const path of paths) {
    const bytes = readBytes(path);
    if (!bytes.ok) return bytes;
    const name = basename(path);
    const imported = await importSigningUpload(bytes.value, { label: name, fileName: name });
    if (!imported.ok) return imported;
    warnings.push(...imported.warnings.filter((w) => w.code !== 'signing.periodUnknown'));
    exports.push(imported.value);
  }
  const summary = summariseSigning(exports, year, unit);
  return summary.ok ? ok(summary.value, [...warnings, ...summary.warnings]) : summary;
}

/** The invoice lines: Qwoater's invoice PDF, or text or a table as the user saved it. */
async function readInvoices(path: string | undefined, year: number, vat: number): Promise<Result<InvoiceLine[]>> {
  if (!path) return ok([]);
  const bytes = readBytes(path);
  if (!bytes.ok) return bytes;
  const name = basename(path);
  return readInvoiceUpload(bytes.value, { label: name, fileName: name }, { year, vatBasisPoints: vat });
}

interface YearRun {
  prepared: Prepared;
  input: YearInput;
  warnings: Problem[];
}

/** Everything a year command needs: the reconciliation (prepare), signing, invoices and options. */
async function prepareYear(args: ParsedArgs): Promise<Result<YearRun>> {
  const prepared = await prepare(args);
  if (!prepared.ok) return prepared;
  const { rec, input } = prepared.value;
  const raw = yearOptions(args);
  if (!raw.ok) return raw;
  const options = validateYearOptions(raw.value);
  if (!options.ok) return options;
  const signing = await readSigning(args.lists.signing ?? [], rec.year, options.value.signing.unit);
  if (!signing.ok) return signing;
  const invoices = await readInvoices(args.values.invoices, rec.year, input.settings.vatBasisPoints);
  if (!invoices.ok) return invoices;
  return ok({
    prepared: prepared.value,
    input: { rec, qwoater: input, options: options.value, invoices: invoices.value, signing: signing.value },
    warnings: [...prepared.value.importWarnings, ...rec.warnings, ...signing.warnings, ...invoices.warnings],
  });
}

function summaryJson(f: YearFigures, warnings: readonly Problem[], lang: Lang, out: string) {
  const r = f.rebill;
  return {
    out,
    year: r.year,
    model: r.model,
    distributed: r.distributed,
    totals: r.totals,
    employers: r.shares.map((s) => ({
      number: s.number,
      name: s.name,
      billableDossiers: s.billableDossiers,
      signingUnits: s.signingUnits,
      totalExclCents: s.totalExclCents,
      vatCents: s.vatCents,
      totalInclCents: s.totalInclCents,
    })),
    invoiceCheck: f.check.lines.map((l) => ({
      kind: l.line.kind,
      year: l.line.year,
      quarter: l.line.quarter,
      invoicedCents: l.line.amountCents,
      expectedCents: l.expectedCents,
      differenceCents: l.differenceCents,
      status: l.status,
      cause: l.cause,
      ...(l.line.source ? { source: { file: l.line.source.label, ...(l.line.source.page ? { page: l.line.source.page } : {}), row: l.line.source.row } } : {}),
    })),
    warnings: warnings.map((w) => ({ code: w.code, message: w[lang] })),
  };
}

/** One invoice line to check, named by file and row: what was invoiced, what we expected, and the known cause. */
function lineToCheck(l: CheckedLine, lang: Lang): string {
  const difference = l.differenceCents ?? 0;
  const at = l.line.source ? { file: l.line.source.label, ...(l.line.source.page ? { page: l.line.source.page } : {}), row: l.line.source.row } : undefined;
  return warning(
    'year.lineToCheck',
    {
      kind: l.line.kind,
      period: l.line.quarter ? `Q${l.line.quarter} ${l.line.year}` : String(l.line.year),
      invoiced: formatEuro(l.line.amountCents, lang),
      expected: formatEuro(l.expectedCents ?? 0, lang),
      difference: formatEuro(Math.abs(difference), lang),
      over: difference > 0 ? 1 : 0,
      ...(l.cause ? { cause: l.cause } : {}),
    },
    at,
  )[lang];
}

function summaryText(run: YearRun, f: YearFigures, warnings: readonly Problem[], lang: Lang, out: OutPath, kind: 'spec' | 'rebill'): string {
  const t = f.rebill.totals;
  const lines = [
    say(lang, 'summary.rebill.title', { year: f.rebill.year, employers: f.rebill.shares.length }),
    `  ${settingsLine(run.input.qwoater.settings, lang)}`,
    `  ${say(lang, 'summary.totalExcl')}: ${formatEuro(t.totalExclCents, lang)}`,
    `  ${say(lang, 'summary.vat')}: ${formatEuro(t.vatCents, lang)}`,
    `  ${say(lang, 'summary.totalIncl')}: ${formatEuro(t.totalInclCents, lang)}`,
  ];
  const toCheck = f.check.lines.filter((l) => l.status === 'check');
  if (f.check.lines.length) {
    lines.push(say(lang, 'summary.rebill.invoiceLines', { lines: f.check.lines.length, toCheck: toCheck.length }));
    for (const l of toCheck) lines.push(`  - ${lineToCheck(l, lang)}`);
  }
  if (warnings.length) {
    lines.push(say(lang, 'summary.warnings'));
    for (const w of warnings) lines.push(`  - ${w[lang]}`);
  }
  lines.push(writtenLine(kind, out, lang));
  return lines.join('\n') + '\n';
}

/** `rebill`: the split per employer as CSV. */
export async function runRebill(args: ParsedArgs, lang: Lang): Promise<number> {
  const run = await prepareYear(args);
  if (!run.ok) return report(run.error, lang);
  const figures = yearFigures(run.value.input);
  if (!figures.ok) return report(figures.error, lang);
  const out = outPath(args.values.out, `doorbelasting-${run.value.input.rec.year}.csv`);
  if (!out.ok) return report(out.error, lang);
  const written = writeFileAtomically(out.value.path, rebillCsvBytes(figures.value.rebill, lang));
  if (!written.ok) return report(written.error, lang);
  const warnings = [...run.value.warnings, ...figures.value.warnings];
  process.stdout.write(
    args.flags.json ? JSON.stringify(summaryJson(figures.value, warnings, lang, out.value.path)) + '\n' : summaryText(run.value, figures.value, warnings, lang, out.value, 'rebill'),
  );
  return 0;
}

/** `spec` with a year or sheet option: the year's workbook. */
export async function runYearSpec(args: ParsedArgs, lang: Lang): Promise<number> {
  const run = await prepareYear(args);
  if (!run.ok) return report(run.error, lang);
  const numbers = args.values.employers?.split(/[,;\s]+/).filter(Boolean);
  const perEmployer = args.flags['per-employer'] || numbers ? { ...(numbers ? { numbers } : {}), confirmedMany: Boolean(args.flags.yes) } : null;
  const built = buildYearPlan({ ...run.value.input, perEmployer, importWarnings: run.value.prepared.importWarnings, lang });
  if (!built.ok) return report(built.error, lang);
  const out = outPath(args.values.out, `specificatie-${run.value.input.rec.year}.xlsx`);
  if (!out.ok) return report(out.error, lang);
  const written = await writeWorkbook(built.value.plan, out.value.path);
  if (!written.ok) return report(written.error, lang);
  const warnings = [...run.value.warnings, ...built.value.warnings];
  process.stdout.write(
    args.flags.json
      ? JSON.stringify({ ...summaryJson(built.value, warnings, lang, out.value.path), sheets: built.value.plan.sheets.map((s) => s.name) }) + '\n'
      : summaryText(run.value, built.value, warnings, lang, out.value, 'spec'),
  );
  return 0;
}
