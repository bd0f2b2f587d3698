/**
 * The year's workbook: the Qwoater specification (buildQwoaterPlan, unchanged) plus
 * 'Factuurcontrole', 'Doorbelasting' and, when asked, one sheet per employer. It composes
 * rather than edits: the check sheet's formulas point at the specification's own cells
 * (the summary builder says where they are), so they show figures a user already knows.
 *
 * `yearFigures` gives the engine's answers without a plan, for a UI that shows them
 * first (and asks before building more than 250 employer sheets).
 */
import { checkYear, type SigningSummary, type YearCheck, type YearOptions } from '../billing/advances';
import type { InvoiceLine } from '../billing/invoices';
import type { QwoaterInput } from '../billing/qwoater';
import { rebill, type Rebill } from '../billing/rebill';
import type { Reconciliation } from '../billing/types';
import { ok, warning, type Problem, type Result } from '../problems';
import type { Pricing } from '../settings';
import { buildEmployerSheets, type EmployerSelection } from './employer-sheets';
import { buildInvoiceCheckSheet, type SpecRefs } from './invoice-check-sheet';
import { withoutPaths } from './file-name';
import { a1, quoteSheet, type SheetPlan, type WorkbookPlan } from './plan';
import { buildQwoaterWorkbook } from './qwoater-workbook';
import { SpecName, type SummaryRefs } from './summary-sheet';
import { buildRebillSheet } from './rebill-sheet';
import type { SpecLanguage } from './texts/sheet-texts';

export interface YearInput {
  rec: Reconciliation;
  qwoater: QwoaterInput;
  options: YearOptions;
  invoices: readonly InvoiceLine[];
  signing: SigningSummary | null;
}

export interface YearFigures {
  check: YearCheck;
  rebill: Rebill;
  warnings: Problem[];
}

/** The check of every invoice line and the split per employer: what the sheets show. */
export function yearFigures(input: YearInput): Result<YearFigures> {
  const { rec, qwoater, options } = input;
  const check = checkYear({ rec, settings: qwoater.settings, options, invoices: input.invoices, signing: input.signing });
  if (!check.ok) return check;
  const warnings = [...check.warnings];
  let target: number | null = null;
  if (options.distribute === 'invoiced') {
    const lines = input.invoices.filter((l) => l.year === rec.year);
    target = lines.reduce((s, l) => s + l.amountCents, 0);
    if (!lines.some((l) => l.kind === 'final')) warnings.push(warning('year.noFinalYet'));
  }
  const split = rebill({ rec, settings: qwoater.settings, signing: input.signing, signingPlan: options.signing, targetExclCents: target });
  if (!split.ok) return { ...split, warnings: [...warnings, ...split.warnings] };
  warnings.push(...split.warnings);
  return ok({ check: check.value, rebill: split.value, warnings }, warnings);
}

export interface YearWorkbookInput extends YearInput {
  /** Per-employer sheets, for all or some employers; null for none. */
  perEmployer: EmployerSelection | null;
  importWarnings?: readonly Problem[];
  lang?: SpecLanguage;
  /** The date the per-employer snapshots say their amounts are of (jjjj-mm-dd); today when absent. */
  asOf?: string;
}

export interface YearWorkbook extends YearFigures {
  plan: WorkbookPlan;
}

export function buildYearPlan(input: YearWorkbookInput): Result<YearWorkbook> {
  const lang = input.lang ?? 'nl';
  const figures = yearFigures(input);
  if (!figures.ok) return figures;
  const { check, rebill: split } = figures.value;
  const warnings = [...figures.value.warnings];

  const { plan: base, summary, dossiers } = buildQwoaterWorkbook(input.rec, input.qwoater, lang, input.importWarnings ?? []);
  const spec = specRefs(summary, input.qwoater.settings.pricing);
  const sources = [...(input.signing?.sources ?? []), ...input.invoices.flatMap((l) => (l.source ? [l.source.label] : []))];
  const checkSheet = buildInvoiceCheckSheet(
    { rec: input.rec, settings: input.qwoater.settings, options: input.options, check, spec, warnings: check.warnings.map((w) => withoutPaths(w[lang], sources)) },
    lang,
  );
  const rebillSheet = buildRebillSheet(
    split,
    {
      spec: { billable: spec.billable, amount: spec.at(summary.amount), topUp: spec.at(summary.topUp), listPrice: summary.price ? SpecName.price : spec.at(summary.listPrice) },
      dossiers: { table: dossiers.table, number: dossiers.columns.number, billable: dossiers.columns.billable },
      check: checkSheet.refs,
      invoicedCents: check.lines.reduce((sum, l) => sum + l.line.amountCents, 0),
    },
    lang,
  );
  const sheets: SheetPlan[] = [...base.sheets, checkSheet.sheet, rebillSheet];

  if (input.perEmployer) {
    const employers = buildEmployerSheets(
      { rec: input.rec, rebill: split, signing: input.signing, selection: input.perEmployer, taken: sheets.map((s) => s.name), asOf: input.asOf ?? new Date().toISOString().slice(0, 10) },
      lang,
    );
    if (!employers.ok) return { ...employers, warnings: [...warnings, ...employers.warnings] };
    sheets.push(...employers.value);
  }
  return ok({ ...figures.value, plan: { title: base.title, sheets, names: base.names } }, warnings);
}

/** The specification's cells the check needs, as absolute references from another sheet. */
export function specRefs(summary: SummaryRefs, pricing: Pricing): SpecRefs {
  const q = quoteSheet(summary.sheetName);
  const abs = (cell: string) => `${q}!${cell.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2')}`;
  let yearAmount: SpecRefs['yearAmount'];
  if (pricing.kind === 'flat') {
    const price = abs(summary.price!);
    yearAmount = (c) => `ROUND(MAX(0,${c})*${price},2)`;
  } else {
    const { first, last } = summary.tiers!;
    const cell = (r: number, c: number) => `${q}!${a1(r, c, true)}`;
    if (pricing.kind === 'volume') {
      yearAmount = (c) => `ROUND(MAX(0,${c})*INDEX(${cell(first, 2)}:${a1(last, 2, true)},MATCH(MAX(${c},1),${cell(first, 0)}:${a1(last, 0, true)},1)),2)`;
    } else {
      // Each band's units at its price, summed and rounded once, as pricing.ts does.
      yearAmount = (c) =>
        `ROUND(${pricing.tiers
          .map((_, i) => {
            const r = first + i;
            const n = `MAX(0,${c})`;
            const units = i < pricing.tiers.length - 1 ? `MAX(0,MIN(${n},${cell(r, 1)})-${cell(r, 0)}+1)` : `MAX(0,${n}-${cell(r, 0)}+1)`;
            return `${units}*${cell(r, 2)}`;
          })
          .join('+')},2)`;
    }
  }
  return {
    sheetName: summary.sheetName,
    at: abs,
    billable: abs(summary.billable),
    totalExcl: abs(summary.totalExcl),
    toleranceAbs: abs(summary.toleranceAbs),
    tolerancePct: abs(summary.tolerancePct),
    yearAmount,
    ...(pricing.kind === 'graduated' ? { yearAmountGrows: 'tiers' as const } : {}),
  };
}
