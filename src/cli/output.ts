/** What the CLI prints: the JSON shape the issue fixes, and a short summary a person reads. */
import { formatDutchDate } from '../domain/billing/export-dates';
import { formatCount } from '../domain/messages/define';
import type { EmployerLine, Reconciliation } from '../domain/pipeline';
import { formatEuro, formatPrice } from '../domain/money';
import type { Problem } from '../domain/problems';
import type { Pricing, Settings } from '../domain/settings';
import type { Lang } from './args';
import type { OutPath } from './files';
import { say } from './summary';
import { cliText } from './problem';

/** What --json prints before the employers: the run and its totals. */
function jsonHead(rec: Reconciliation) {
  const t = rec.totals;
  const model2 = rec.model === 2;
  return {
    model: rec.model,
    year: rec.year,
    peildatum: { current: rec.currentPeildatum, previous: rec.previousPeildatum },
    totals: {
      employers: t.employers,
      employerDossiers: t.employerDossiers,
      employeeDossiers: t.employeeDossiers,
      ...(model2 ? { inactivePrevious: t.inactivePrevious, activeEmployeeDossiers: t.activeEmployeeDossiers } : {}),
      billableDossiers: t.billableDossiers,
      amountCents: t.amountCents,
      minimumTopUpCents: t.minimumTopUpCents,
      totalExclVatCents: t.totalExclVatCents,
      vatCents: t.vatCents,
      totalInclVatCents: t.totalInclVatCents,
    },
  };
}

const jsonEmployer = (e: EmployerLine, lang: Lang) => ({
  number: e.number,
  name: e.name,
  employerDossiers: e.employerDossiers,
  employeeDossiers: e.employeeDossiers,
  inactivePrevious: e.inactivePrevious,
  activeEmployeeDossiers: e.activeEmployeeDossiers,
  billableDossiers: e.billableDossiers,
  ...(e.notes.length ? { notes: e.notes.map((n) => n[lang]) } : {}),
});

/**
 * Employers per write: ~55 KB of text at 300, which fits in a pipe's buffer (64 KiB on
 * Linux), so a reader takes in one piece while the next is made.
 */
const JSON_PIECE = 300;

/**
 * The --json answer, `first` (such as where the workbook went) before the run's own
 * fields, as one line written in pieces: for 50 000 employers it is 9 MB, which as one
 * string was built whole, kept alive through collections, and turned into two bytes a
 * character by a single '→' in a warning before it could be written. `write` may return a
 * promise to hold the next piece back until the reader has caught up (see toStdout).
 */
export async function writeJson(
  write: (text: string) => void | Promise<void>,
  rec: Reconciliation,
  warnings: readonly Problem[],
  lang: Lang,
  first: Record<string, unknown> = {},
): Promise<void> {
  await write(`${JSON.stringify({ ...first, ...jsonHead(rec) }).slice(0, -1)},"employers":[`);
  for (let i = 0; i < rec.employers.length; i += JSON_PIECE) {
    const piece = JSON.stringify(rec.employers.slice(i, i + JSON_PIECE).map((e) => jsonEmployer(e, lang)));
    await write(`${i ? ',' : ''}${piece.slice(1, -1)}`);
  }
  await write(`],"warnings":${JSON.stringify(warnings.map((w) => ({ code: w.code, message: w[lang] })))}}\n`);
}

/**
 * Writes to stdout; when the stream holds more than it wants to ("write() returns false
 * if the stream wishes for the calling code to wait for the 'drain' event", Node's
 * stream.Writable docs), the promise waits for 'drain'. A pipe on POSIX is written
 * asynchronously (Node's process docs, 'A note on process I/O'): without waiting, all of
 * a 9 MB answer was queued first and only then drained, one 64 KiB pipe-full at a time,
 * after the work was done instead of beside it (~20 ms of a 50 000-employer reconcile).
 */
export function toStdout(text: string): Promise<void> | void {
  if (process.stdout.write(text)) return;
  return new Promise((resolve) => process.stdout.once('drain', resolve));
}

/** '21%', '21,5%' (nl) or '21.5%' (en). */
const percent = (basisPoints: number, lang: Lang) => `${String(basisPoints / 100).replace('.', lang === 'nl' ? ',' : '.')}%`;

function pricingText(pricing: Pricing, lang: Lang): string {
  if (pricing.kind === 'flat') return say(lang, 'summary.flatPrice', { price: formatPrice(pricing.priceE4, lang) });
  const tiers = pricing.tiers.map((t) => say(lang, 'summary.tier', { from: t.from, price: formatPrice(t.priceE4, lang) })).join('; ');
  return say(lang, pricing.kind === 'graduated' ? 'summary.graduated' : 'summary.volume', { tiers });
}

/** The price, minimum and VAT a run used, so a default nobody typed is visible. */
export const settingsLine = (s: Settings, lang: Lang): string =>
  cliText(lang, 'cli.settingsUsed', { pricing: pricingText(s.pricing, lang), minimum: formatEuro(s.minimumCents, lang), vat: percent(s.vatBasisPoints, lang) });

export function toText(rec: Reconciliation, settings: Settings, warnings: readonly Problem[], lang: Lang): string {
  const t = rec.totals;
  const date = (iso: string | null) => ({ date: iso ? formatDutchDate(iso) : say(lang, 'summary.unknownDate') });
  const count = (n: number) => formatCount(n, lang);
  const lines: [string, string][] = [
    [say(lang, 'summary.employers'), count(t.employers)],
    [say(lang, 'summary.employerDossiers'), count(t.employerDossiers)],
  ];
  if (rec.model === 2) {
    lines.push(
      [say(lang, 'summary.employeeDossiersF', date(rec.currentPeildatum)), count(t.employeeDossiers)],
      [say(lang, 'summary.inactiveG', date(rec.previousPeildatum)), count(t.inactivePrevious)],
      [say(lang, 'summary.active'), count(t.activeEmployeeDossiers)],
    );
  } else {
    lines.push([say(lang, 'summary.employeeDossiers', date(rec.currentPeildatum)), count(t.employeeDossiers)]);
  }
  lines.push(
    [say(lang, 'summary.billable'), count(t.billableDossiers)],
    [say(lang, 'summary.amount'), formatEuro(t.amountCents, lang)],
    [say(lang, 'summary.topUp'), formatEuro(t.minimumTopUpCents, lang)],
    [say(lang, 'summary.totalExcl'), formatEuro(t.totalExclVatCents, lang)],
    [say(lang, 'summary.vat'), formatEuro(t.vatCents, lang)],
    [say(lang, 'summary.totalIncl'), formatEuro(t.totalInclVatCents, lang)],
  );
  const width = Math.max(...lines.map(([l]) => l.length)) + 2;
  const out = [say(lang, 'summary.title', { year: rec.year, model: rec.model }), `  ${settingsLine(settings, lang)}`];
  for (const [l, v] of lines) out.push(`  ${(l + ':').padEnd(width)}${v.padStart(16)}`);
  if (warnings.length) {
    out.push(say(lang, 'summary.warnings'));
    for (const w of warnings) out.push(`  - ${w[lang]}`);
  }
  return out.join('\n') + '\n';
}

/** The line that says where a file went, and that it is the current folder when --out was left out. */
export const writtenLine = (kind: 'spec' | 'rebill' | 'workbook', out: OutPath, lang: Lang): string =>
  cliText(lang, 'cli.written', { kind, file: out.path, defaulted: out.defaulted ? 1 : 0 });
