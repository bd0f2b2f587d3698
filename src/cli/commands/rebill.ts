/**
 * `rebill` (the split per employer as CSV) and the year's options for `spec`
 * (`--per-employer`, `--signing`, `--invoices`, …), which wrap the lead's spec command
 * rather than edit it: without a year option, `spec` runs exactly as before.
 * The rules all live in the engine; this file reads files and options and reports.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { summariseSigning, validateYearOptions, type SigningSummary, type YearOptionsInput } from '../../domain/billing/advances';
import { parseInvoiceText, type InvoiceLine } from '../../domain/billing/invoices';
import { parseCount } from '../../domain/imports/counts';
import { parseDate } from '../../domain/imports/dates';
import { importSigningExport } from '../../domain/imports/loket-signing';
import type { SigningExport, SigningUnit } from '../../domain/imports/signing-types';
import { decodeBytes } from '../../domain/imports/text';
import { formatEuro, parsePriceE4 } from '../../domain/money';
import { error, fail, ok, type Problem, type Result } from '../../domain/problems';
import { rebillCsvBytes } from '../../domain/spec/rebill-csv';
import { buildYearPlan, yearFigures, type YearFigures, type YearInput } from '../../domain/spec/year-workbook';
import type { OptionSpec, ParsedArgs } from '../args';
import type { CliCommand } from '../command';
import { report } from '../report';
import { prepare, type Prepared } from '../run';
import { QWOATER_OPTIONS } from './qwoater';
import { readBytes } from '../files';

const YEAR_OPTIONS: OptionSpec[] = [
  { name: 'signing', kind: 'values' },
  { name: 'signing-price', kind: 'value' },
  { name: 'signing-included', kind: 'flag' },
  { name: 'signing-unit', kind: 'value' },
  { name: 'invoices', kind: 'value' },
  { name: 'count', kind: 'values' },
  { name: 'distribute', kind: 'value' },
  { name: 'small-difference', kind: 'value' },
];
const SHEET_OPTIONS: OptionSpec[] = [
  { name: 'per-employer', kind: 'flag' },
  { name: 'employers', kind: 'value' },
  { name: 'yes', kind: 'flag' },
];

const YEAR_HELP = `  --signing FILE …   'Ondertekenverzoeken per werkgever' (CSV), één of meer; de periode uit het bestand of de naam (…-2024-Q1.csv)
  --signing-price EUR  prijs per ondertekenverzoek, bijvoorbeeld 0,50
  --signing-included   ondertekenen zit in het abonnement (geen aparte afrekening)
  --signing-unit requests|signers  waarover ondertekenen gefactureerd wordt (standaard requests)
  --invoices FILE    de ontvangen factuurregels: tekst uit de PDF of het grootboek, of een tabel met
                     Soort;Datum;Periode;Aantal;Prijs;Bedrag
  --count DATUM=N …  een telling die Qwoater voor een voorschot kan gebruiken, bijvoorbeeld 31-03-2024=1204
  --distribute computed|invoiced  verdeel het berekende jaarbedrag (standaard) of het gefactureerde totaal
  --small-difference PCT  tot welk percentage minder dossiers 'vernietigde dossiers' heet (standaard 2)`;


const badValue = (option: string, value: string, reason: string) => fail<never>(error('cli.badValue', { option, value, reason }));

/** The year's options from the command line, through the same zod schema the pane uses. */
function yearOptions(args: ParsedArgs): Result<YearOptionsInput> {
  const v = args.values;
  const unit = v['signing-unit'] ?? 'requests';
  if (unit !== 'requests' && unit !== 'signers') return badValue('--signing-unit', unit, 'kies requests of signers');
  let signing: YearOptionsInput['signing'] = { mode: 'unknown', unit };
  if (v['signing-price'] !== undefined && args.flags['signing-included']) {
    return badValue('--signing-price', v['signing-price'], 'niet samen met --signing-included');
  }
  if (v['signing-price'] !== undefined) {
    const price = parsePriceE4(v['signing-price']);
    if (price === null) return badValue('--signing-price', v['signing-price'], 'een bedrag zoals 0,50');
    signing = { mode: 'priced', priceE4: price, unit };
  } else if (args.flags['signing-included']) {
    signing = { mode: 'included', unit };
  }
  const counts: NonNullable<YearOptionsInput['counts']> = [];
  for (const c of args.lists.count ?? []) {
    const [d, n] = c.split('=');
    const date = d ? parseDate(d) : null;
    const count = n !== undefined ? parseCount(n) : null;
    if (!date || !count?.ok || count.empty) return badValue('--count', c, 'gebruik DATUM=AANTAL, bijvoorbeeld 31-03-2024=1204');
    // No label: the sheet says 'telling <datum>: <aantal>' in words, never the option as typed.
    counts.push({ date, count: count.value, label: '' });
  }
  const distribute = v.distribute ?? 'computed';
  if (distribute !== 'computed' && distribute !== 'invoiced') return badValue('--distribute', distribute, 'kies computed of invoiced');
  let small: number | undefined;
  if (v['small-difference'] !== undefined) {
    const bp = /^\d{1,3}([.,]\d{1,2})?%?$/.test(v['small-difference']) ? Math.round(Number(v['small-difference'].replace('%', '').replace(',', '.')) * 100) : NaN;
    if (!Number.isInteger(bp) || bp > 10_000) return badValue('--small-difference', v['small-difference'], 'een percentage zoals 2');
    small = bp;
  }
  return ok({ signing, counts, distribute, ...(small !== undefined ? { smallDifferenceBasisPoints: small } : {}) });
}

function readSigning(paths: readonly string[], year: number, unit: SigningUnit): Result<SigningSummary | null> {
  if (paths.length === 0) return ok(null);
  const exports: SigningExport[] = [];
  const warnings: Problem[] = [];
  for (const path of paths) {
    const bytes = readBytes(path);
    if (!bytes.ok) return bytes;
    const name = basename(path);
    const imported = importSigningExport({ bytes: bytes.value }, { label: name, fileName: name });
    if (!imported.ok) return imported;
    warnings.push(...imported.warnings.filter((w) => w.code !== 'signing.periodUnknown'));
    exports.push(imported.value);
  }
  const summary = summariseSigning(exports, year, unit);
  return summary.ok ? ok(summary.value, [...warnings, ...summary.warnings]) : summary;
}

function readInvoices(path: string | undefined, year: number, vat: number): Result<InvoiceLine[]> {
  if (!path) return ok([]);
  const bytes = readBytes(path);
  if (!bytes.ok) return bytes;
  const name = basename(path);
  const text = decodeBytes(bytes.value, { label: name, fileName: name });
  if (!text.ok) return text;
  return parseInvoiceText(text.value.text, { year, label: name, vatBasisPoints: vat });
}

interface YearRun {
  prepared: Prepared;
  input: YearInput;
  warnings: Problem[];
}

/** Everything a year command needs: the reconciliation (prepare), signing, invoices and options. */
function prepareYear(args: ParsedArgs): Result<YearRun> {
  const prepared = prepare(args);
  if (!prepared.ok) return prepared;
  const { rec, input } = prepared.value;
  const raw = yearOptions(args);
  if (!raw.ok) return raw;
  const options = validateYearOptions(raw.value);
  if (!options.ok) return options;
  const signing = readSigning(args.lists.signing ?? [], rec.year, options.value.signing.unit);
  if (!signing.ok) return signing;
  const invoices = readInvoices(args.values.invoices, rec.year, input.settings.vatBasisPoints);
  if (!invoices.ok) return invoices;
  return ok({
    prepared: prepared.value,
    input: { rec, qwoater: input, options: options.value, invoices: invoices.value, signing: signing.value },
    warnings: [...prepared.value.importWarnings, ...rec.warnings, ...signing.warnings, ...invoices.warnings],
  });
}

/** Writes through a temporary file, so a failure never leaves half a file where the user looks. */
function writeAtomically(path: string, bytes: Uint8Array): Result<true> {
  const tmp = `${path}.${process.pid}.partial`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
    return ok(true);
  } catch (e) {
    rmSync(tmp, { force: true });
    return fail(error('cli.writeFailed', { file: path, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
  }
}

function summaryJson(f: YearFigures, warnings: readonly Problem[], lang: 'nl' | 'en', out: string) {
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
    })),
    warnings: warnings.map((w) => ({ code: w.code, message: w[lang] })),
  };
}

function summaryText(f: YearFigures, warnings: readonly Problem[], lang: 'nl' | 'en', out: string): string {
  const nl = lang === 'nl';
  const t = f.rebill.totals;
  const lines = [
    nl ? `Doorbelasting Qwoater ${f.rebill.year}: ${f.rebill.shares.length} werkgevers` : `Qwoater re-billing ${f.rebill.year}: ${f.rebill.shares.length} employers`,
    `  ${nl ? 'Totaal excl. btw' : 'Total excl. VAT'}: ${formatEuro(t.totalExclCents, lang)}`,
    `  ${nl ? 'Btw' : 'VAT'}: ${formatEuro(t.vatCents, lang)}`,
    `  ${nl ? 'Totaal incl. btw' : 'Total incl. VAT'}: ${formatEuro(t.totalInclCents, lang)}`,
  ];
  const toCheck = f.check.lines.filter((l) => l.status === 'check').length;
  if (f.check.lines.length) {
    lines.push(nl ? `Factuurregels: ${f.check.lines.length}, te controleren: ${toCheck}` : `Invoice lines: ${f.check.lines.length}, to check: ${toCheck}`);
  }
  if (warnings.length) {
    lines.push(nl ? 'Meldingen:' : 'Warnings:');
    for (const w of warnings) lines.push(`  - ${w[lang]}`);
  }
  lines.push(`${nl ? 'Geschreven naar' : 'Written to'}: ${out}`);
  return lines.join('\n') + '\n';
}

export const rebillCommand: CliCommand = {
  name: 'rebill',
  options: [...QWOATER_OPTIONS, ...YEAR_OPTIONS],
  help: `  factuurcheck rebill --model 2 --current export-2024.csv --previous export-2023.csv --price 9,85
                     [--signing FILE …] [--signing-price EUR | --signing-included] [--invoices FILE] --out doorbelasting.csv
      verdeelt het jaarbedrag per werkgever, tot op de cent gelijk aan het totaal, en schrijft het als CSV
      (puntkomma, decimale komma, UTF-8 met BOM) voor Excel of het boekhoudpakket

Jaaropties voor rebill en spec:
${YEAR_HELP}`,
  async run(args, lang) {
    const run = prepareYear(args);
    if (!run.ok) return report(run.error, lang);
    const figures = yearFigures(run.value.input);
    if (!figures.ok) return report(figures.error, lang);
    const out = resolve(args.values.out ?? `doorbelasting-${run.value.input.rec.year}.csv`);
    const written = writeAtomically(out, rebillCsvBytes(figures.value.rebill, lang));
    if (!written.ok) return report(written.error, lang);
    const warnings = [...run.value.warnings, ...figures.value.warnings];
    process.stdout.write(args.flags.json ? JSON.stringify(summaryJson(figures.value, warnings, lang, out)) + '\n' : summaryText(figures.value, warnings, lang, out));
    return 0;
  },
};

const YEAR_FLAGS = ['per-employer', 'signing-included'];
const YEAR_VALUES = ['signing-price', 'signing-unit', 'invoices', 'distribute', 'small-difference', 'employers'];
const wantsYear = (a: ParsedArgs) =>
  YEAR_FLAGS.some((f) => a.flags[f]) || YEAR_VALUES.some((v) => a.values[v] !== undefined) || Boolean(a.lists.signing?.length || a.lists.count?.length);

/**
 * The lead's `spec`, taught the year's options: with any of them it writes the year's
 * workbook (specification, Factuurcontrole, Doorbelasting and, with --per-employer, one
 * sheet per employer); without, it runs the original command untouched.
 */
export function withYearSheets(spec: CliCommand): CliCommand {
  return {
    ...spec,
    options: [...spec.options, ...YEAR_OPTIONS, ...SHEET_OPTIONS],
    help: `${spec.help}

  factuurcheck spec … [--per-employer [--employers 000123,000456] [--yes]] [jaaropties van rebill]
      voegt Factuurcontrole en Doorbelasting toe, en met --per-employer één zelfstandig blad per werkgever
      (meer dan 250 bladen alleen met --yes)`,
    async run(args, lang) {
      if (!wantsYear(args)) return spec.run(args, lang);
      const run = prepareYear(args);
      if (!run.ok) return report(run.error, lang);
      const numbers = args.values.employers?.split(/[,;\s]+/).filter(Boolean);
      const perEmployer = args.flags['per-employer'] || numbers ? { ...(numbers ? { numbers } : {}), confirmedMany: Boolean(args.flags.yes) } : null;
      const built = buildYearPlan({ ...run.value.input, perEmployer, importWarnings: run.value.prepared.importWarnings, lang });
      if (!built.ok) return report(built.error, lang);
      const out = resolve(args.values.out ?? `specificatie-${run.value.input.rec.year}.xlsx`);
      const { writeXlsxFile } = await import('../../writers/xlsx-file-writer');
      try {
        mkdirSync(dirname(out), { recursive: true });
        await writeXlsxFile(built.value.plan, out);
      } catch (e) {
        return report(error('cli.writeFailed', { file: out, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message }), lang);
      }
      const warnings = [...run.value.warnings, ...built.value.warnings];
      process.stdout.write(args.flags.json ? JSON.stringify({ ...summaryJson(built.value, warnings, lang, out), sheets: built.value.plan.sheets.map((s) => s.name) }) + '\n' : summaryText(built.value, warnings, lang, out));
      return 0;
    },
  };
}
