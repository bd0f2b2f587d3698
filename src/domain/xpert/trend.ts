/**
 * The history as a trend: employers × months, the change from the previous month, and
 * the employers that appeared or disappeared. "Previous" is the previous calendar
 * month: when it was not imported, there is no change to show for that month (and a
 * warning says which month is missing), rather than a jump that compares two months
 * apart and calls it monthly.
 */
import { employerKey } from '../employer-key';
import { warning, type Problem } from '../problems';
import { historyPeriods, type XpertHistory } from './history';
import { monthsBetween, periodLabel, previousPeriod, type Period } from './period';
import { detectTestEmployer, type TestEmployerMatch } from './test-employers';

export interface EmployerCounts {
  employees: number;
  sms: number;
}

export interface EmployerTrend {
  /** Match key: the code without leading zeros, lower case. */
  key: string;
  /** Code and name as in the latest month the employer appears in. */
  code: string;
  name: string;
  months: Partial<Record<Period, EmployerCounts>>;
  /** Months in which the employer is present and was absent the (imported) month before. */
  appeared: Period[];
  /** Months in which the employer is absent and was present the (imported) month before. */
  disappeared: Period[];
  testEmployer: TestEmployerMatch | null;
}

export interface MonthTrend {
  period: Period;
  employers: number;
  employees: number;
  sms: number;
  /** null when the previous calendar month is not in the history. */
  previous: Period | null;
  deltaEmployees: number | null;
  deltaSms: number | null;
  appeared: number | null;
  disappeared: number | null;
}

export interface XpertTrend {
  periods: Period[];
  months: MonthTrend[];
  /** Sorted by code, numerically where codes are numbers. */
  employers: EmployerTrend[];
  /** Calendar months missing between the first and the last imported month. */
  gaps: Period[];
}

const byCode = (a: EmployerTrend, b: EmployerTrend) => a.code.localeCompare(b.code, 'nl', { numeric: true }) || (a.key < b.key ? -1 : 1);

export function buildTrend(history: XpertHistory): { trend: XpertTrend; warnings: Problem[] } {
  const periods = historyPeriods(history);
  const imported = new Set(periods);
  const warnings: Problem[] = [];
  const byKey = new Map<string, EmployerTrend>();
  for (const p of periods) {
    for (const e of history.months[p]!.employers) {
      const key = employerKey(e.code);
      let t = byKey.get(key);
      if (!t) byKey.set(key, (t = { key, code: e.code, name: e.name, months: {}, appeared: [], disappeared: [], testEmployer: null }));
      else if (t.name !== e.name) warnings.push(warning('xpert.employerRenamed', { code: e.code, old: t.name, new: e.name, month: periodLabel(p) }));
      t.code = e.code;
      t.name = e.name;
      t.months[p] = { employees: e.employees, sms: e.sms };
    }
  }
  const employers = [...byKey.values()].sort(byCode);
  for (const t of employers) {
    t.testEmployer = detectTestEmployer(t.name, t.code);
    for (const p of periods) {
      const prev = previousPeriod(p);
      if (!imported.has(prev)) continue;
      const now = t.months[p] !== undefined;
      const before = t.months[prev] !== undefined;
      if (now && !before) t.appeared.push(p);
      if (!now && before) t.disappeared.push(p);
    }
  }

  const months = periods.map((p): MonthTrend => {
    const list = history.months[p]!.employers;
    const employees = list.reduce((s, e) => s + e.employees, 0);
    const sms = list.reduce((s, e) => s + e.sms, 0);
    const prev = previousPeriod(p);
    const before = imported.has(prev) ? history.months[prev]!.employers : null;
    return {
      period: p,
      employers: list.length,
      employees,
      sms,
      previous: before ? prev : null,
      deltaEmployees: before ? employees - before.reduce((s, e) => s + e.employees, 0) : null,
      deltaSms: before ? sms - before.reduce((s, e) => s + e.sms, 0) : null,
      appeared: before ? employers.filter((t) => t.appeared.includes(p)).length : null,
      disappeared: before ? employers.filter((t) => t.disappeared.includes(p)).length : null,
    };
  });

  const gaps = periods.length > 1 ? monthsBetween(periods[0]!, periods[periods.length - 1]!).filter((p) => !imported.has(p)) : [];
  if (gaps.length) warnings.push(warning('xpert.monthMissing', { months: gaps.map((p) => periodLabel(p)).join(', ') }));
  return { trend: { periods, months, employers, gaps }, warnings };
}
