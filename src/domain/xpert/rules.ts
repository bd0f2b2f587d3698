/**
 * Otherside's monthly amounts, in integer cents. Per employer:
 *   employees × rate, rounded half up to cents
 * + SMS × SMS rate, rounded half up to cents.
 * The month's total is the sum of the employers' amounts, so the amounts passed on to
 * employers add up to it to the cent. Otherside may round once on its total instead;
 * that differs by at most half a cent per employer, which the comparison's tolerance
 * absorbs and the sheet's notes explain.
 */
import { amountCents, percentOf, type Cents } from '../money';
import { beyondRange } from '../billing/range';
import { fail, ok, warning, type Problem, type Result } from '../problems';
import { historyPeriods, type XpertHistory, type XpertMonth } from './history';
import { periodLabel, type Period } from './period';
import type { XpertSettings } from './settings';
import { detectTestEmployer, type TestEmployerMatch } from './test-employers';

export interface EmployerAmount {
  code: string;
  name: string;
  employees: number;
  sms: number;
  employeesCents: Cents;
  smsCents: Cents;
  amountCents: Cents;
  testEmployer: TestEmployerMatch | null;
}

export interface MonthTotals {
  employers: number;
  employees: number;
  sms: number;
  employeesCents: Cents;
  smsCents: Cents;
  /** Excl. VAT: the sum of the employers' amounts. */
  amountCents: Cents;
  vatCents: Cents;
  totalInclVatCents: Cents;
}

export interface MonthBilling {
  period: Period;
  source: XpertMonth['source'];
  peildatum: string | null;
  hasSmsColumn: boolean;
  employers: EmployerAmount[];
  totals: MonthTotals;
}

export interface XpertBilling {
  settings: XpertSettings;
  /** In calendar order. */
  months: MonthBilling[];
}

/** Each employer of the month priced with the user's rates. */
function employerAmounts(month: XpertMonth, settings: XpertSettings): EmployerAmount[] {
  return month.employers.map((e): EmployerAmount => {
    const employeesCents = amountCents(e.employees, settings.rateE4);
    const smsCents = amountCents(e.sms, settings.smsRateE4);
    return { ...e, employeesCents, smsCents, amountCents: employeesCents + smsCents, testEmployer: detectTestEmployer(e.name, e.code) };
  });
}

/** The month's totals over its priced employers; billHistory checks the range first. */
function monthBilling(month: XpertMonth, employers: EmployerAmount[], settings: XpertSettings): MonthBilling {
  const sum = (f: (e: EmployerAmount) => number) => employers.reduce((s, e) => s + f(e), 0);
  const excl = sum((e) => e.amountCents);
  const vat = percentOf(excl, settings.vatBasisPoints);
  return {
    period: month.period,
    source: month.source,
    peildatum: month.peildatum,
    hasSmsColumn: month.hasSmsColumn,
    employers,
    totals: {
      employers: employers.length,
      employees: sum((e) => e.employees),
      sms: sum((e) => e.sms),
      employeesCents: sum((e) => e.employeesCents),
      smsCents: sum((e) => e.smsCents),
      amountCents: excl,
      vatCents: vat,
      totalInclVatCents: excl + vat,
    },
  };
}

/**
 * Every stored month priced with the user's rates, plus what a finance user should
 * notice: test or demo employers on the bill, and a report whose own amounts or rate
 * differ from the user's (a wrong rate is the likeliest mistake, and costs every month).
 */
export function billHistory(history: XpertHistory, settings: XpertSettings): Result<XpertBilling> {
  const months: MonthBilling[] = [];
  for (const p of historyPeriods(history)) {
    const month = history.months[p]!;
    // Each employer's amount is exact (the rates are capped, settings.ts); their sum is checked before its VAT.
    const employers = employerAmounts(month, settings);
    const beyond = beyondRange('month', employers.reduce((s, e) => s + BigInt(e.amountCents), 0n));
    if (beyond) return fail(beyond);
    months.push(monthBilling(month, employers, settings));
  }
  const warnings: Problem[] = [];
  for (const m of months) {
    const stored = history.months[m.period]!;
    const label = periodLabel(m.period);
    if (stored.reportedRateE4 !== null && stored.reportedRateE4 !== settings.rateE4) {
      warnings.push(warning('xpert.reportRateDiffers', { month: label, reported: String(stored.reportedRateE4), used: String(settings.rateE4) }));
    }
    if (stored.reportedAmountCents !== null && stored.reportedAmountCents !== m.totals.amountCents) {
      warnings.push(warning('xpert.reportAmountDiffers', { month: label, reported: String(stored.reportedAmountCents), computed: String(m.totals.amountCents) }));
    }
  }
  warnings.push(...sameNameTwoCodes(months));
  const tests = new Map<string, string>();
  for (const m of months) for (const e of m.employers) if (e.testEmployer) tests.set(e.code, e.name);
  if (tests.size) {
    const names = [...tests.values()];
    warnings.push(warning('xpert.testEmployers', { count: names.length, names: names.slice(0, 5).join(', ') + (names.length > 5 ? ', …' : '') }));
  }
  return ok({ settings, months }, warnings);
}

/**
 * One name under two or more codes in a month: both are counted, as the invoice counts
 * them, but it may be one employer entered twice in the Xpert Suite. Said once per name
 * and set of codes, with the months it happens in.
 */
function sameNameTwoCodes(months: readonly MonthBilling[]): Problem[] {
  const found = new Map<string, { name: string; codes: string[]; months: string[] }>();
  for (const m of months) {
    const byName = new Map<string, EmployerAmount[]>();
    for (const e of m.employers) {
      const key = e.name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
      if (key === '') continue;
      const list = byName.get(key);
      if (list) list.push(e);
      else byName.set(key, [e]);
    }
    for (const list of byName.values()) {
      if (list.length < 2) continue;
      const codes = list.map((e) => e.code).sort();
      const key = codes.join('\u0000');
      const entry = found.get(key) ?? { name: list[0]!.name.trim().replace(/\s+/g, ' '), codes, months: [] };
      entry.months.push(m.period);
      found.set(key, entry);
    }
  }
  return [...found.values()].map((f) => warning('xpert.sameNameTwoCodes', { name: f.name, codes: f.codes.join('|'), months: f.months.join('|') }));
}
