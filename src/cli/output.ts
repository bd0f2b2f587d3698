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

/** Employers per write: few writes, and each piece's objects are gone before the next. */
const JSON_PIECE = 2_000;

/**
 * The --json answer, `first` (such as where the workbook went) before the run's own
 * fields, as one line written in pieces: for 50 000 employers it is 9 MB, which as one
 * string was built whole, kept alive through collections, and turned into two bytes a
 * character by a single '→' in a warning before it could be written.
 */
export function writeJson(write: (text: string) => void, rec: Reconciliation, warnings: readonly Problem[], lang: Lang, first: Record<string, unknown> = {}): void {
  write(`${JSON.stringify({ ...first, ...jsonHead(rec) }).slice(0, -1)},"employers":[`);
  for (let i = 0; i < rec.employers.length; i += JSON_PIECE) {
    const piece = JSON.stringify(rec.employers.slice(i, i + JSON_PIECE).map((e) => jsonEmployer(e, lang)));
    write(`${i ? ',' : ''}${piece.slice(1, -1)}`);
  }
  write(`],"warnings":${JSON.stringify(warnings.map((w) => ({ code: w.code, message: w[lang] })))}}\n`);
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
