/**
 * Assembles the Otherside workbook plan: one 'Otherside <jaar>' sheet per year in the
 * history, then the trend sheet over all months. Pure: the pane hands the plan to the
 * Office writer, the CLI to the xlsx writer.
 */
import { fail, error, ok, type Problem, type Result } from '../problems';
import { buildOthersideSheet } from '../spec/otherside-sheet';
import type { WorkbookPlan } from '../spec/plan';
import type { SpecLanguage } from '../spec/texts/sheet-texts';
import { buildTrendSheet } from '../spec/trend-sheet';
import { historyPeriods, type XpertHistory } from './history';
import { periodYear } from './period';
import { billHistory, type XpertBilling } from './rules';
import type { XpertSettings } from './settings';
import { buildTrend, type XpertTrend } from './trend';

export interface XpertOutcome {
  billing: XpertBilling;
  trend: XpertTrend;
  plan: WorkbookPlan;
  /** Import warnings given in, then what the rules and the trend noticed. */
  warnings: Problem[];
}

export function runXpert(
  history: XpertHistory,
  settings: XpertSettings,
  lang: SpecLanguage = 'nl',
  importWarnings: readonly Problem[] = [],
): Result<XpertOutcome> {
  if (historyPeriods(history).length === 0) return fail(error('xpert.noMonths'));
  const billed = billHistory(history, settings);
  if (!billed.ok) return billed;
  const { trend, warnings: trendWarnings } = buildTrend(history);
  const warnings = [...importWarnings, ...billed.warnings, ...trendWarnings];
  const years = [...new Set(billed.value.months.map((m) => periodYear(m.period)))];
  const texts = warnings.map((w) => w[lang]);
  const sheets = years.map((year) =>
    buildOthersideSheet({ year, months: billed.value.months.filter((m) => periodYear(m.period) === year), settings, warnings: texts }, lang),
  );
  sheets.push(buildTrendSheet(trend, lang));
  // The title names the download (standalone-host.ts), so the file says which year(s) it holds.
  const span = years.length > 1 ? `${Math.min(...years)}-${Math.max(...years)}` : `${years[0]}`;
  return ok({ billing: billed.value, trend, plan: { title: `Otherside at Work ${span}`, sheets }, warnings }, warnings);
}
