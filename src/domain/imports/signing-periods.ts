/**
 * Periods of the signing export as a person or Loket writes them, and the report's own
 * period: from a title line ('Periode: 01-01-2024 t/m 31-03-2024'), the file name or the
 * user, who wins. A title that names an impossible period is refused at its row: read as
 * "no period", the user would be asked for one the file seems to give.
 */
import { error, fail, ok, warning, type Problem, type Result } from '../problems';
import { lineText, type Locator } from './cells';
import { formatDutchDate, parseDate, toIsoDate } from './dates';
import type { Period, SigningEmployer, SigningExport, SigningImportOptions } from './signing-types';
import type { Grid, IsoDate } from './types';

const MONTHS: Record<string, number> = {
  januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6, juli: 7, augustus: 8, september: 9, oktober: 10, november: 11, december: 12,
  jan: 1, feb: 2, mrt: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, may: 5, june: 6, july: 7, august: 8, october: 10,
};

const lastDay = (y: number, m: number): IsoDate => toIsoDate(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate())!;
export const quarterPeriod = (year: number, q: number): Period => ({ from: toIsoDate(year, 3 * q - 2, 1)!, to: lastDay(year, 3 * q) });
const monthPeriod = (year: number, m: number): Period => ({ from: toIsoDate(year, m, 1)!, to: lastDay(year, m) });

const DATE = String.raw`(\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})`;
const RANGE = new RegExp(`${DATE}\\s*(?:t\\s*/\\s*m|t\\.m\\.|tot\\s+en\\s+met|tot|-|–|—|to|until|through)\\s*${DATE}`, 'i');

/**
 * A period as a person or Loket writes it: '01-01-2024 t/m 31-03-2024', '1-1-2024 - 31-3-2024',
 * 'Q1 2024', '2024-Q1', 'kwartaal 1 2024', '1e kwartaal 2024', 'januari 2024', '2024-01'.
 * Null when the text is none of these or names an impossible range.
 */
export function parsePeriod(text: string): Period | null {
  const s = text.trim();
  const range = RANGE.exec(s);
  if (range) {
    const from = parseDate(range[1]!);
    const to = parseDate(range[2]!);
    return from && to && from <= to ? { from, to } : null;
  }
  let m = /(?:^|[^a-z0-9])(?:q|kw|kwartaal|quarter)\s*([1-4])(?:e)?[\s\-_/]*(\d{4})(?!\d)/i.exec(s) ?? null;
  if (m) return quarterPeriod(Number(m[2]), Number(m[1]));
  m = /(?:^|[^0-9])(\d{4})[\s\-_/]*(?:q|kw)\s*([1-4])(?![0-9])/i.exec(s);
  if (m) return quarterPeriod(Number(m[1]), Number(m[2]));
  m = /(?:^|[^0-9])([1-4])e?\s*kwartaal\s*(\d{4})/i.exec(s);
  if (m) return quarterPeriod(Number(m[2]), Number(m[1]));
  m = /^([a-z]+)\.?\s+(\d{4})$/i.exec(s);
  if (m && MONTHS[m[1]!.toLowerCase()]) return monthPeriod(Number(m[2]), MONTHS[m[1]!.toLowerCase()]!);
  m = /^(\d{4})[-/](\d{1,2})$/.exec(s) ?? null;
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return monthPeriod(Number(m[1]), Number(m[2]));
  const day = parseDate(s);
  return day ? { from: day, to: day } : null;
}

export const formatPeriod = (p: Period): string => `${formatDutchDate(p.from)} t/m ${formatDutchDate(p.to)}`;

/** The quarter a period lies in, or null when it spans more than one quarter. */
export function quarterOf(p: Period): { year: number; quarter: 1 | 2 | 3 | 4 } | null {
  const q = (iso: IsoDate) => Math.ceil(Number(iso.slice(5, 7)) / 3);
  if (p.from.slice(0, 4) !== p.to.slice(0, 4) || q(p.from) !== q(p.to)) return null;
  return { year: Number(p.from.slice(0, 4)), quarter: q(p.from) as 1 | 2 | 3 | 4 };
}

/** The report's period from a title line, the file name, or the user's choice (which wins). */
export function resolvePeriod(
  loc: Locator,
  fileName: string | undefined,
  titleRows: Grid,
  titleLines: readonly number[],
  options: SigningImportOptions,
  warnings: Problem[],
): Result<{ period: Period | null; from: SigningExport['periodFrom'] }> {
  const file = loc.at();
  let title: Period | null = null;
  for (let r = 0; r < titleRows.length && !title; r++) {
    const line = lineText(titleRows[r]!);
    const at = line.search(/periode|period|kwartaal/i);
    if (at === -1) continue;
    const text = line.slice(at).replace(/^[a-z]+\s*(van|from)?\s*:?\s*/i, '');
    title = parsePeriod(text);
    const bad = title ? null : impossibleDate(text);
    if (bad !== null) {
      const c = Math.max(0, titleRows[r]!.findIndex((x) => x.includes(bad)));
      return fail(error('signing.periodInvalid', { value: text.trim() }, { file: loc.file, row: titleLines[r]!, column: loc.letter(c) }));
    }
  }
  const name = fileName ? periodInFileName(fileName) : null;
  if (options.period) {
    const { from, to } = options.period;
    if (!parseDate(from) || !parseDate(to) || from > to) return fail(error('signing.periodInvalid', { value: `${from} – ${to}` }, file));
    const found = title ?? name;
    if (found && (found.from !== from || found.to !== to)) {
      warnings.push(warning('signing.periodOverridden', { user: formatPeriod(options.period), found: formatPeriod(found) }, file));
    }
    return ok({ period: { from, to }, from: 'user' });
  }
  if (title && name && (title.from !== name.from || title.to !== name.to)) {
    warnings.push(warning('signing.periodFileNameDiffers', { fileName: formatPeriod(name), found: formatPeriod(title) }, file));
  }
  if (title) return ok({ period: title, from: 'title' });
  if (name) return ok({ period: name, from: 'filename' });
  return ok({ period: null, from: null });
}

/** The first date-shaped token that is no calendar day ('31-02-2024'), or a range that runs backwards; else null. */
function impossibleDate(text: string): string | null {
  for (const token of text.match(/\d{1,2}([-/.])\d{1,2}\1\d{4}|\d{4}([-/.])\d{1,2}\2\d{1,2}/g) ?? []) if (!parseDate(token)) return token;
  const range = RANGE.exec(text);
  const from = range && parseDate(range[1]!);
  const to = range && parseDate(range[2]!);
  if (!from || !to) return range ? range[from ? 2 : 1]! : null;
  return from > to ? range![1]! : null;
}

/** 'ondertekenverzoeken-2024-Q1.csv', 'Q1 2024.csv', or one date range spelled out in the name. */
export function periodInFileName(fileName: string): Period | null {
  const base = (fileName.split(/[\\/]/).pop() ?? '').replace(/\.[a-z0-9]{1,5}$/i, '').replace(/_/g, ' ');
  const quarter = /(?:^|[^a-z0-9])(q|kw)\s*([1-4])[\s-]*(\d{4})(?!\d)|(?:^|[^0-9])(\d{4})[\s-]*(q|kw)\s*([1-4])(?![0-9])/i.exec(base);
  if (quarter) return quarter[2] ? quarterPeriod(Number(quarter[3]), Number(quarter[2])) : quarterPeriod(Number(quarter[4]), Number(quarter[6]));
  const dates = [...base.matchAll(/(\d{1,2})[-. ](\d{1,2})[-. ](\d{4})|(\d{4})[-. ](\d{1,2})[-. ](\d{1,2})/g)]
    .map((m) => (m[1] ? toIsoDate(Number(m[3]), Number(m[2]), Number(m[1])) : toIsoDate(Number(m[4]), Number(m[5]), Number(m[6]))))
    .filter((d): d is IsoDate => d !== null);
  if (dates.length === 2 && dates[0]! <= dates[1]!) return { from: dates[0]!, to: dates[1]! };
  // A single date names a day (a peildatum, a print date), which is no reporting period.
  return null;
}

/** The one period all rows share, or null. */
export function commonPeriod(employers: readonly SigningEmployer[]): Period | null {
  const first = employers[0]?.period;
  if (!first) return null;
  return employers.every((e) => e.period && e.period.from === first.from && e.period.to === first.to) ? first : null;
}
