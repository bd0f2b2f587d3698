/** What the CLI prints: the JSON shape the issue fixes, and a short summary a person reads. */
import { formatDutchDate } from '../domain/billing/export-dates';
import { messages } from '../domain/messages';
import type { EmployerLine, Reconciliation } from '../domain/pipeline';
import { formatEuro, formatPrice } from '../domain/money';
import type { Problem } from '../domain/problems';
import type { Pricing, Settings } from '../domain/settings';
import type { Lang } from './args';
import type { OutPath } from './files';

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

const count = (n: number) => n.toLocaleString('nl-NL');

/** '21%', '21,5%' (nl) or '21.5%' (en). */
const percent = (basisPoints: number, lang: Lang) => `${String(basisPoints / 100).replace('.', lang === 'nl' ? ',' : '.')}%`;

function pricingText(pricing: Pricing, lang: Lang): string {
  const nl = lang === 'nl';
  if (pricing.kind === 'flat') return `${formatPrice(pricing.priceE4, lang)} per dossier`;
  const kind = pricing.kind === 'graduated' ? (nl ? 'staffel per schijf' : 'graduated tiers') : nl ? 'staffel op volume' : 'volume tiers';
  return `${kind} (${pricing.tiers.map((t) => `${nl ? 'vanaf' : 'from'} ${t.from} ${formatPrice(t.priceE4, lang)}`).join('; ')})`;
}

/** The price, minimum and VAT a run used, so a default nobody typed is visible. */
export const settingsLine = (s: Settings, lang: Lang): string =>
  messages['cli.settingsUsed'][lang]({ pricing: pricingText(s.pricing, lang), minimum: formatEuro(s.minimumCents, lang), vat: percent(s.vatBasisPoints, lang) });

export function toText(rec: Reconciliation, settings: Settings, warnings: readonly Problem[], lang: Lang): string {
  const t = rec.totals;
  const d = (iso: string | null) => (iso ? formatDutchDate(iso) : lang === 'nl' ? 'onbekend' : 'unknown');
  const nl = lang === 'nl';
  const lines: [string, string][] = [
    [nl ? 'Werkgevers' : 'Employers', count(t.employers)],
    [nl ? 'Werkgeversdossiers' : 'Employer dossiers', count(t.employerDossiers)],
  ];
  if (rec.model === 2) {
    lines.push(
      [nl ? `Werknemersdossiers (kolom F, ${d(rec.currentPeildatum)})` : `Employee dossiers (column F, ${d(rec.currentPeildatum)})`, count(t.employeeDossiers)],
      [nl ? `Inactief vorig jaar (kolom G, ${d(rec.previousPeildatum)})` : `Inactive last year (column G, ${d(rec.previousPeildatum)})`, count(t.inactivePrevious)],
      [nl ? 'Actieve werknemersdossiers (F − G)' : 'Active employee dossiers (F − G)', count(t.activeEmployeeDossiers)],
    );
  } else {
    lines.push([nl ? `Werknemersdossiers (${d(rec.currentPeildatum)})` : `Employee dossiers (${d(rec.currentPeildatum)})`, count(t.employeeDossiers)]);
  }
  lines.push(
    [nl ? 'Te factureren dossiers' : 'Billable dossiers', count(t.billableDossiers)],
    [nl ? 'Bedrag dossiers' : 'Amount for dossiers', formatEuro(t.amountCents, lang)],
    [nl ? 'Aanvulling tot minimum' : 'Top-up to minimum', formatEuro(t.minimumTopUpCents, lang)],
    [nl ? 'Totaal excl. btw' : 'Total excl. VAT', formatEuro(t.totalExclVatCents, lang)],
    [nl ? 'Btw' : 'VAT', formatEuro(t.vatCents, lang)],
    [nl ? 'Totaal incl. btw' : 'Total incl. VAT', formatEuro(t.totalInclVatCents, lang)],
  );
  const width = Math.max(...lines.map(([l]) => l.length)) + 2;
  const out = [nl ? `Qwoater ${rec.year}, prijsmodel ${rec.model}` : `Qwoater ${rec.year}, price model ${rec.model}`, `  ${settingsLine(settings, lang)}`];
  for (const [l, v] of lines) out.push(`  ${(l + ':').padEnd(width)}${v.padStart(16)}`);
  if (warnings.length) {
    out.push(nl ? 'Meldingen:' : 'Warnings:');
    for (const w of warnings) out.push(`  - ${w[lang]}`);
  }
  return out.join('\n') + '\n';
}

/** The line that says where a file went, and that it is the current folder when --out was left out. */
export const writtenLine = (kind: 'spec' | 'rebill' | 'workbook', out: OutPath, lang: Lang): string =>
  messages['cli.written'][lang]({ kind, file: out.path, defaulted: out.defaulted ? 1 : 0 });
