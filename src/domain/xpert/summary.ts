/**
 * The figures as plain data: what `factuurcheck xpert --json` prints, in the shape the
 * issue fixes, and what a task-pane screen can list without reading the plan.
 */
import type { Problem } from '../problems';
import type { Period } from './period';
import type { XpertBilling } from './rules';
import type { XpertTrend } from './trend';

export interface XpertSummary {
  periods: { period: Period; employers: number; employees: number; sms: number; amountCents: number }[];
  employers: { code: string; name: string; periods: Record<Period, { employees: number; sms: number }>; testEmployer: boolean }[];
  warnings: { code: string; message: string }[];
}

export function xpertSummary(billing: XpertBilling, trend: XpertTrend, warnings: readonly Problem[], lang: 'nl' | 'en'): XpertSummary {
  return {
    periods: billing.months.map((m) => ({
      period: m.period,
      employers: m.totals.employers,
      employees: m.totals.employees,
      sms: m.totals.sms,
      amountCents: m.totals.amountCents,
    })),
    employers: trend.employers.map((e) => ({
      code: e.code,
      name: e.name,
      periods: Object.fromEntries(trend.periods.filter((p) => e.months[p]).map((p) => [p, { employees: e.months[p]!.employees, sms: e.months[p]!.sms }])),
      testEmployer: e.testEmployer !== null,
    })),
    warnings: warnings.map((w) => ({ code: w.code, message: w[lang] })),
  };
}
