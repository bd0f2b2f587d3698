/**
 * The history of imported Otherside months, kept in the workbook's stored state so that
 * importing March next to January and February builds the trend.
 *
 * Unlike the Qwoater exports (stored as the user's input and re-imported on restore),
 * months are stored as figures: a year of monthly files would not fit the stored state,
 * and the figures are all the trend needs. Anyone can edit a workbook, so everything
 * read back is validated month by month; a month that fails is dropped with a warning,
 * never trusted, and never breaks the months beside it. (A plausible edit, such as a
 * changed count, cannot be told from a real one without a secret; we do not pretend to.)
 *
 * Versioned: a change of shape adds a version and one migration step here, so a
 * workbook saved by an older add-in keeps its history.
 */
import '../zod-config';
import { array, boolean, gte, int, literal, lte, maxLength, minLength, nullable, number, optional, record, refine, regex, strictObject, string, superRefine, trim, unknown, type output } from 'zod/mini';
import { MAX_COUNT } from '../imports/counts';
import { employerKey } from '../employer-key';
import type { XpertReport } from '../imports/xpert-types';
import { error, fail, ok, warning, type Problem, type Result } from '../problems';
import { isPeriod, periodLabel, type Period } from './period';

export const XPERT_HISTORY_VERSION = 1;
/** Far above ten years of months for a big bureau; a bigger state was not written by us. */
export const MAX_HISTORY_CHARS = 16 * 1024 * 1024;

const count = number().check(int(), gte(0), lte(MAX_COUNT));
const cents = number().check(int(), gte(0), lte(Number.MAX_SAFE_INTEGER));

const employerSchema = strictObject({
  code: string().check(trim(), minLength(1), maxLength(200)),
  name: string().check(maxLength(500)),
  employees: count,
  sms: count,
});

export const monthSchema = strictObject({
  period: string().check(refine(isPeriod, 'geen maand (jjjj-mm)')),
  source: strictObject({ label: string().check(maxLength(500)), fileName: optional(string().check(maxLength(500))) }),
  importedAt: nullable(string().check(maxLength(40))),
  peildatum: nullable(string().check(regex(/^\d{4}-\d{2}-\d{2}$/))),
  hasSmsColumn: boolean(),
  /** The report's own total amount (cross-check only), when it printed amounts. */
  reportedAmountCents: nullable(cents),
  /** The report's own rate per employee, when one rate was printed for all. */
  reportedRateE4: nullable(cents),
  employers: array(employerSchema).check(minLength(1), maxLength(100_000)),
}).check(
  superRefine((m, ctx) => {
    const seen = new Set<string>();
    m.employers.forEach((e, i) => {
      const key = employerKey(e.code);
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `werkgever ${e.code} staat er twee keer in`, path: ['employers', i, 'code'] });
      seen.add(key);
    });
  }),
);

export type XpertMonth = output<typeof monthSchema>;
export type XpertMonthEmployer = output<typeof employerSchema>;

export interface XpertHistory {
  version: typeof XPERT_HISTORY_VERSION;
  /** Keyed by period ('2024-01'); a month is there at most once by construction. */
  months: Record<Period, XpertMonth>;
}

export const emptyHistory = (): XpertHistory => ({ version: XPERT_HISTORY_VERSION, months: {} });

/** The months in calendar order. */
export const historyPeriods = (h: XpertHistory): Period[] => Object.keys(h.months).sort();

/** What a report contributes to the history: its figures, where they came from, and when. */
export function monthFromReport(report: XpertReport, importedAt: Date | null = new Date()): XpertMonth {
  const amounts = report.employers.map((e) => e.reportedAmountCents);
  const rates = new Set(report.employers.map((e) => e.reportedRateE4).filter((r): r is number => r !== null));
  return {
    period: report.period,
    source: { label: report.source.label, ...(report.source.fileName ? { fileName: report.source.fileName } : {}) },
    importedAt: importedAt ? importedAt.toISOString() : null,
    peildatum: report.peildatum,
    hasSmsColumn: report.hasSmsColumn,
    reportedAmountCents: amounts.some((a) => a !== null) ? amounts.reduce<number>((s, a) => s + (a ?? 0), 0) : null,
    reportedRateE4: rates.size === 1 ? [...rates][0]! : null,
    employers: report.employers.map((e) => ({ code: e.code, name: e.name, employees: e.employees, sms: e.sms })),
  };
}

// ─── Adding months ───────────────────────────────────────────────────────────────

export interface ReplaceCandidate {
  period: Period;
  /** Where the stored month came from, and the file that would replace it. */
  stored: XpertMonth['source'];
  incoming: XpertMonth['source'];
}

export type AddMonthsOutcome =
  | { status: 'needsConfirmation'; months: ReplaceCandidate[] }
  | { status: 'updated'; history: XpertHistory; added: Period[]; replaced: Period[]; unchanged: Period[] };

export interface AddMonthsOptions {
  /** Months the user agreed to replace (after a 'needsConfirmation'). */
  confirmReplace?: readonly Period[];
  now?: Date;
}

const sameFigures = (a: XpertMonth, b: XpertMonth): boolean =>
  a.employers.length === b.employers.length &&
  a.employers.every((e, i) => {
    const f = b.employers[i]!;
    return e.code === f.code && e.name === f.name && e.employees === f.employees && e.sms === f.sms;
  });

/**
 * Adds imported reports to the history, all or nothing. Two reports for one month in a
 * single import are an error naming both files (which one is right is the user's call).
 * A month already stored is replaced only when the caller confirms it; until then the
 * answer is 'needsConfirmation', listing those months, and nothing changes. The same
 * figures imported again change nothing and need no question.
 */
export function addReports(history: XpertHistory, reports: readonly XpertReport[], options: AddMonthsOptions = {}): Result<AddMonthsOutcome> {
  const now = options.now ?? new Date();
  const incoming = new Map<Period, XpertMonth>();
  for (const r of reports) {
    const before = incoming.get(r.period);
    if (before) {
      return fail(error('xpert.monthTwice', { month: periodLabel(r.period), first: before.source.label, second: r.source.label }));
    }
    incoming.set(r.period, monthFromReport(r, now));
  }
  const confirmed = new Set(options.confirmReplace ?? []);
  const ask: ReplaceCandidate[] = [];
  const added: Period[] = [];
  const replaced: Period[] = [];
  const unchanged: Period[] = [];
  for (const [period, month] of [...incoming].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const stored = history.months[period];
    if (!stored) added.push(period);
    else if (sameFigures(stored, month)) unchanged.push(period);
    else if (confirmed.has(period)) replaced.push(period);
    else ask.push({ period, stored: stored.source, incoming: month.source });
  }
  if (ask.length) return ok({ status: 'needsConfirmation', months: ask });

  const months = { ...history.months };
  for (const p of [...added, ...replaced]) months[p] = incoming.get(p)!;
  const warnings = replaced.map((p) => warning('xpert.history.replaced', { month: periodLabel(p), file: incoming.get(p)!.source.label }));
  return ok({ status: 'updated', history: { version: XPERT_HISTORY_VERSION, months: sortedMonths(months) }, added, replaced, unchanged }, warnings);
}

export function removeMonth(history: XpertHistory, period: Period): XpertHistory {
  const months = { ...history.months };
  delete months[period];
  return { version: XPERT_HISTORY_VERSION, months };
}

const sortedMonths = (m: Record<Period, XpertMonth>): Record<Period, XpertMonth> =>
  Object.fromEntries(Object.keys(m).sort().map((k) => [k, m[k]!]));

// ─── Saving and loading ──────────────────────────────────────────────────────────

export const serializeHistory = (h: XpertHistory): string => JSON.stringify({ version: h.version, months: sortedMonths(h.months) });

/**
 * Version 0 is what the first prototype stored: no version field, the months as a list,
 * no source or import time. Each step lifts one version; the loop below applies them.
 */
const migrations: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  0: (old) => {
    const list = Array.isArray(old.months) ? (old.months as unknown[]) : [];
    const months: Record<string, unknown> = {};
    for (const m of list) {
      if (typeof m !== 'object' || m === null) continue;
      const o = m as Record<string, unknown>;
      const period = typeof o.period === 'string' ? o.period : '';
      // In v0 a later entry for the same month overwrote the earlier one when shown; keep that.
      months[period] = {
        period,
        source: { label: typeof o.file === 'string' ? o.file : 'onbekend' },
        importedAt: null,
        peildatum: null,
        hasSmsColumn: true,
        reportedAmountCents: null,
        reportedRateE4: null,
        employers: o.employers,
      };
    }
    return { version: 1, months };
  },
};

const versionOf = (raw: Record<string, unknown>): number | null =>
  raw.version === undefined ? 0 : typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version >= 0 ? raw.version : null;

const envelopeSchema = strictObject({ version: literal(1), months: record(string(), unknown()) });

/**
 * Reads a stored history. Never throws and never fails: what cannot be trusted is left
 * out with a warning, and the caller carries on with what remains (possibly nothing).
 */
export function parseHistory(json: string | null | undefined): Result<XpertHistory> {
  if (json === null || json === undefined || json.trim() === '') return ok(emptyHistory());
  const ignore = (p: Problem) => ok(emptyHistory(), [p]);
  if (json.length > MAX_HISTORY_CHARS) return ignore(warning('xpert.history.invalid', { detail: `${Math.round(json.length / 1024 / 1024)} MB` }));
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return ignore(warning('xpert.history.corrupt'));
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return ignore(warning('xpert.history.corrupt'));
  let state = raw as Record<string, unknown>;
  let version = versionOf(state);
  if (version === null) return ignore(warning('xpert.history.invalid', { detail: 'version' }));
  if (version > XPERT_HISTORY_VERSION) return ignore(warning('xpert.history.newer', { version }));
  while (version < XPERT_HISTORY_VERSION) {
    const step = migrations[version];
    if (!step) return ignore(warning('xpert.history.invalid', { detail: `version ${version}` }));
    state = step(state);
    const next = versionOf(state);
    // A step that does not move forward would loop for ever.
    if (next === null || next <= version) return ignore(warning('xpert.history.invalid', { detail: 'version' }));
    version = next;
  }
  const envelope = envelopeSchema.safeParse(state);
  if (!envelope.success) return ignore(warning('xpert.history.invalid', { detail: issuePath(envelope.error.issues[0]) }));

  const warnings: Problem[] = [];
  const months: Record<Period, XpertMonth> = {};
  for (const [key, value] of Object.entries(envelope.data.months)) {
    const month = monthSchema.safeParse(value);
    const label = isPeriod(key) ? periodLabel(key) : `'${key.slice(0, 20)}'`;
    if (!month.success) {
      warnings.push(warning('xpert.history.monthDropped', { month: label, detail: issuePath(month.error.issues[0]) }));
    } else if (month.data.period !== key) {
      warnings.push(warning('xpert.history.monthDropped', { month: label, detail: `period ${month.data.period}` }));
    } else {
      months[key] = month.data;
    }
  }
  return ok({ version: XPERT_HISTORY_VERSION, months: sortedMonths(months) }, warnings);
}

function issuePath(issue: { path: PropertyKey[]; message: string } | undefined): string {
  if (!issue) return '?';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
