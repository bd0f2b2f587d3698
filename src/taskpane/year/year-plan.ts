/**
 * The year's part of 'Maak specificatie', without React: the signing summary, the
 * question before more than 250 employer sheets, and buildYearPlan. The tolerance typed
 * in the year step replaces step 3's for the whole workbook, so the specification and
 * 'Factuurcontrole' state one and the same rule.
 */
import { summariseSigning, validateYearOptions } from '../../domain/billing/advances';
import type { QwoaterInput } from '../../domain/billing/qwoater';
import type { Rebill } from '../../domain/billing/rebill';
import type { Reconciliation } from '../../domain/billing/types';
import type { Problem } from '../../domain/problems';
import type { Settings } from '../../domain/settings';
import { EMPLOYER_SHEETS_CONFIRM_ABOVE, employerSheetCount, type EmployerSelection } from '../../domain/spec/employer-sheets';
import type { WorkbookPlan } from '../../domain/spec/plan';
import { buildYearPlan, yearFigures } from '../../domain/spec/year-workbook';
import type { YearMakeInput } from './year-bridge';

export interface YearOutcome {
  year: number;
  lang: 'nl' | 'en';
  rebill: Rebill;
  lines: { total: number; ok: number; check: number; other: number };
}

export type YearPlanResult =
  | { kind: 'ok'; plan: WorkbookPlan; replan: () => WorkbookPlan; settings: Settings; outcome: YearOutcome; warnings: Problem[] }
  | { kind: 'failed'; error: Problem; warnings: Problem[] }
  | { kind: 'cancelled' };

export async function planYear(
  rec: Reconciliation,
  qwoater: QwoaterInput,
  year: YearMakeInput,
  lang: 'nl' | 'en',
  importWarnings: readonly Problem[],
  confirmMany?: (count: number) => Promise<boolean>,
): Promise<YearPlanResult> {
  const d = year.data;
  const settings: Settings = { ...qwoater.settings, toleranceCents: d.toleranceCents ?? qwoater.settings.toleranceCents, toleranceBasisPoints: d.toleranceBasisPoints };
  const options = validateYearOptions({ signing: d.signing });
  if (!options.ok) return { kind: 'failed', error: options.error, warnings: [] };
  let signing = null;
  const warnings: Problem[] = [...year.signingWarnings];
  if (year.signing.length) {
    const s = summariseSigning(year.signing, rec.year, d.signing.unit);
    if (!s.ok) return { kind: 'failed', error: s.error, warnings: [...warnings, ...s.warnings] };
    warnings.push(...s.warnings);
    signing = s.value;
  }
  const input = { rec, qwoater: { ...qwoater, settings }, options: options.value, invoices: d.lines, signing };

  let perEmployer: EmployerSelection | null = d.employers ? { ...d.employers, confirmedMany: false } : null;
  if (perEmployer) {
    // Counted before building, so the question comes before the wait.
    const figures = yearFigures(input);
    if (!figures.ok) return { kind: 'failed', error: figures.error, warnings: [...warnings, ...figures.warnings] };
    const count = employerSheetCount(figures.value.rebill, perEmployer);
    if (!count.ok) return { kind: 'failed', error: count.error, warnings };
    if (count.value > EMPLOYER_SHEETS_CONFIRM_ABOVE) {
      if (!confirmMany || !(await confirmMany(count.value))) return { kind: 'cancelled' };
      perEmployer = { ...perEmployer, confirmedMany: true };
    }
  }
  const build = () => buildYearPlan({ ...input, perEmployer, importWarnings, lang });
  const built = build();
  if (!built.ok) return { kind: 'failed', error: built.error, warnings: [...warnings, ...built.warnings] };
  const lines = built.value.check.lines;
  const ok = lines.filter((l) => l.status === 'ok').length;
  const check = lines.filter((l) => l.status === 'check').length;
  return {
    kind: 'ok',
    plan: built.value.plan,
    // The same plan again, built from the same inputs: the caller need not hold on to a large plan.
    replan: () => {
      const again = build();
      return again.ok ? again.value.plan : built.value.plan;
    },
    settings,
    outcome: { year: rec.year, lang, rebill: built.value.rebill, lines: { total: lines.length, ok, check, other: lines.length - ok - check } },
    warnings: [...warnings, ...built.value.warnings],
  };
}
