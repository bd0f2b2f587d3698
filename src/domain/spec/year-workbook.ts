/**
 * The year's workbook: the Qwoater specification (buildQwoaterPlan, unchanged) plus
 * 'Factuurcontrole', 'Doorbelasting' and, when asked, one sheet per employer. It composes
 * rather than edits: the check sheet finds the specification's cells by their labels,
 * so its formulas point at the figures a user already knows.
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
import { specLabels, type SpecLabels, type SpecLanguage } from './labels';
import { yearLabels } from './labels-year';
import { a1, cellsOf, quoteSheet, type SheetPlan, type WorkbookPlan } from './plan';
import { buildQwoaterPlan } from './qwoater-workbook';
import { buildRebillSheet } from './rebill-sheet';

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

  const base = buildQwoaterPlan(input.rec, input.qwoater, lang, input.importWarnings ?? []);
  const summary = base.sheets.find((s) => s.key === 'summary')!;
  const Y = yearLabels(lang);
  const spec = specRefs(summary, specLabels(lang), input.qwoater.settings.pricing);
  const checkSheet = buildInvoiceCheckSheet(
    { rec: input.rec, settings: input.qwoater.settings, options: input.options, check, spec, warnings: check.warnings.map((w) => w[lang]) },
    Y,
    lang,
  );
  const rebillSheet = buildRebillSheet(split, Y, lang);
  const sheets: SheetPlan[] = [...base.sheets, checkSheet, rebillSheet];

  if (input.perEmployer) {
    const employers = buildEmployerSheets(
      { rec: input.rec, rebill: split, signing: input.signing, selection: input.perEmployer, taken: sheets.map((s) => s.name) },
      Y,
      lang,
    );
    if (!employers.ok) return { ...employers, warnings: [...warnings, ...employers.warnings] };
    sheets.push(...employers.value);
  }
  return ok({ ...figures.value, plan: { title: base.title, sheets } }, warnings);
}

/**
 * The specification's cells the check needs, found by their labels in column A (value
 * in B). A label that is not found is a builder bug after a layout change, and throws
 * so a test catches it; it never depends on user input.
 */
export function specRefs(summary: SheetPlan, L: SpecLabels, pricing: Pricing): SpecRefs {
  const firstRowOf = new Map<string, number>();
  const rowText = new Map<number, string[]>();
  for (const { row, col, value } of cellsOf(summary)) {
    if (typeof value !== 'string') continue;
    if (col === 0 && !firstRowOf.has(value)) firstRowOf.set(value, row);
    if (col <= 1) (rowText.get(row) ?? rowText.set(row, []).get(row)!)[col] = value;
  }
  const q = quoteSheet(summary.name);
  const ref = (label: string) => {
    const row = firstRowOf.get(label);
    if (row === undefined) throw new Error(`year workbook: '${label}' not found on '${summary.name}'`);
    return `${q}!${a1(row, 1, true)}`;
  };
  let yearAmount: SpecRefs['yearAmount'];
  if (pricing.kind === 'flat') {
    const price = ref(L.price);
    yearAmount = (c) => `ROUND(MAX(0,${c})*${price},2)`;
  } else {
    const head = [...rowText].find(([, t]) => t[0] === L.tierFrom && t[1] === L.tierTo)?.[0];
    if (head === undefined) throw new Error(`year workbook: staffel table not found on '${summary.name}'`);
    const first = head + 1;
    const last = head + pricing.tiers.length;
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
    sheetName: summary.name,
    billable: ref(L.billable),
    totalExcl: ref(L.totalExcl),
    toleranceAbs: ref(L.toleranceAbs),
    tolerancePct: ref(L.tolerancePct),
    yearAmount,
  };
}
