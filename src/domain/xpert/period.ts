/**
 * Billing months ('2024-01') as the Xpert Suite and its users write them: '2024-01',
 * '01-2024', 'januari 2024', 'jan-24' (Excel's mmm-yy), a peildatum such as 31-01-2024,
 * or a range '01-01-2024 t/m 31-01-2024' inside one month.
 *
 * Two-digit years are accepted only next to a month *name*: 'jan-24' cannot be read any
 * other way, while '01-24' could be January 2024 or the 24th of January.
 * A full date stands for its own month: a peildatum of 31-01-2024 is January. A
 * stated period always wins over a peildatum (see xpert-suite.ts), because Otherside
 * prepares the report "per peildatum en periode" and the peildatum may be the first
 * day of the next month.
 */
import { findDateInFileName, parseDate } from '../imports/dates';
import type { IsoDate } from '../imports/types';
import { lookUp } from '../messages/define';
import { monthsEn } from '../messages/months.en';
import { monthsNl } from '../messages/months.nl';

type MonthKey = keyof typeof monthsNl;

/** 'yyyy-mm'. */
export type Period = string;

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const isPeriod = (s: string): boolean => PERIOD.test(s) && plausibleYear(Number(s.slice(0, 4)));

const plausibleYear = (y: number) => y >= 2000 && y <= 2100;

function toPeriod(year: number, month: number): Period | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12 || !plausibleYear(year)) return null;
  return `${year}-${String(month).padStart(2, '0')}`;
}

export const periodOfDate = (iso: IsoDate): Period => iso.slice(0, 7);
export const periodYear = (p: Period): number => Number(p.slice(0, 4));
export const periodMonth = (p: Period): number => Number(p.slice(5, 7));

/** The calendar month before: '2024-01' → '2023-12'. */
export function previousPeriod(p: Period): Period {
  const y = periodYear(p);
  const m = periodMonth(p);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** Calendar months strictly between two periods, for gaps in the history. */
export function monthsBetween(from: Period, to: Period): Period[] {
  const out: Period[] = [];
  for (let p = previousPeriod(to); p > from; p = previousPeriod(p)) out.unshift(p);
  return out;
}

// Dutch and English, full and short; 'mei'/'may', 'mrt'/'mar', 'okt'/'oct' all occur.
const MONTH_NAMES: Record<string, number> = {
  januari: 1, january: 1, jan: 1,
  februari: 2, february: 2, feb: 2, febr: 2,
  maart: 3, march: 3, mrt: 3, mar: 3, maa: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  augustus: 8, august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};
const NAME = Object.keys(MONTH_NAMES).sort((a, b) => b.length - a.length).join('|');

// An area with its own look-up, like the workbooks' words: month names are no problem codes, and the engine
// catalogue's Otherside texts name months through periodLabel.
const month = lookUp(monthsNl, monthsEn);

const monthOf = (p: Period): number | null => {
  const m = periodMonth(p);
  return Number.isInteger(m) && m >= 1 && m <= 12 ? m : null;
};
/** 'januari 2024' / 'January 2024'; something that is no period is shown as it is. */
export const periodLabel = (p: Period, lang: 'nl' | 'en' = 'nl'): string => {
  const m = monthOf(p);
  return m === null ? String(p) : `${month(lang, `month.long.${m}` as MonthKey)} ${periodYear(p)}`;
};
/** 'jan' / 'Jan': column headers within one year's sheet. */
export const monthShort = (p: Period, lang: 'nl' | 'en' = 'nl'): string => {
  const m = monthOf(p);
  return m === null ? String(p) : month(lang, `month.short.${m}` as MonthKey);
};

const year2or4 = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

const YM = /^(\d{4})\s*[-/.]\s*(\d{1,2})$/;
const MY = /^(\d{1,2})\s*[-/.]\s*(\d{4})$/;
const COMPACT = /^(\d{4})(\d{2})$/;
const NAME_Y = new RegExp(`^(${NAME})\\.?\\s*[-/ ]?\\s*'?(\\d{4}|\\d{2})$`);
const Y_NAME = new RegExp(`^(\\d{4})\\s*[-/ ]?\\s*(${NAME})$`);
const DATE = String.raw`\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}-\d{1,2}-\d{1,2}`;
const RANGE = new RegExp(`^(${DATE})(?:\\s*(?:t/m|tm|tot en met|tot|to|until|[-–—])\\s*)(${DATE})$`);

/**
 * One cell or phrase that is a month, else null. A date range counts only when both
 * ends fall in the same month: a quarter is not one monthly report.
 */
export function parseMonth(text: string): Period | null {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/^periode:?\s*/, '');
  if (!s) return null;
  let m = YM.exec(s);
  if (m) return toPeriod(Number(m[1]), Number(m[2]));
  m = MY.exec(s);
  if (m) return toPeriod(Number(m[2]), Number(m[1]));
  m = COMPACT.exec(s);
  if (m) return toPeriod(Number(m[1]), Number(m[2]));
  m = NAME_Y.exec(s);
  if (m) return toPeriod(year2or4(m[2]!), MONTH_NAMES[m[1]!]!);
  m = Y_NAME.exec(s);
  if (m) return toPeriod(Number(m[1]), MONTH_NAMES[m[2]!]!);
  const date = parseDate(s);
  if (date) return toPeriod(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
  m = RANGE.exec(s);
  if (m) {
    const a = parseDate(m[1]!);
    const b = parseDate(m[2]!);
    if (a && b && periodOfDate(a) === periodOfDate(b)) return periodOfDate(a);
  }
  return null;
}

const KEYWORD = /\b(?:periode|maand|period|month|factuurmaand|billing month)\b\s*:?\s*/i;
const NAME_YEAR_IN_TEXT = new RegExp(`(?:^|[^a-z])(${NAME})\\.?[ -](\\d{4})(?!\\d)`, 'g');

/**
 * The month a title line names. 'Periode: januari 2024' and 'Periode 01-01-2024 t/m
 * 31-01-2024' name it after a keyword; 'Aantallen per werkgever januari 2024' by a month
 * name with a four-digit year. A bare date is not enough: reports also print the day
 * they were made ('Afgedrukt op 01-02-2024'). The peildatum line is read separately.
 */
export function findMonthInTitle(line: string): Period | null {
  const k = KEYWORD.exec(line);
  if (k) {
    const rest = line.slice(k.index + k[0].length).trim();
    // Try the longest leading phrase that parses, so trailing words do not spoil it.
    const words = rest.split(/\s+/);
    for (let n = Math.min(words.length, 7); n > 0; n--) {
      const p = parseMonth(words.slice(0, n).join(' ').replace(/[,;]$/, ''));
      if (p) return p;
    }
  }
  const text = line.toLowerCase();
  NAME_YEAR_IN_TEXT.lastIndex = 0;
  for (let m = NAME_YEAR_IN_TEXT.exec(text); m; m = NAME_YEAR_IN_TEXT.exec(text)) {
    // '1 februari 2024' is a day (a print date, say), not a period.
    if (/\d\s*$/.test(text.slice(0, m.index + m[0].indexOf(m[1]!)))) continue;
    return toPeriod(Number(m[2]), MONTH_NAMES[m[1]!]!);
  }
  return null;
}

/**
 * The month in a file name: 'xpert-2024-01.csv', 'aantallen januari 2024.xlsx',
 * 'sms_jan-24.csv', '01-2024.csv', or a full date ('31-01-2024'). Two different months
 * in one name give none: we cannot tell which is meant.
 */
export function findMonthInFileName(fileName: string): Period | null {
  const base = (fileName.split(/[\\/]/).pop() ?? '').replace(/\.[a-z0-9]{1,5}$/i, '').toLowerCase();
  const found = new Set<Period>();
  const date = findDateInFileName(base);
  if (date) found.add(periodOfDate(date));
  // Full dates were read above; strip them so their parts are not read again as months.
  const rest = base.replace(/\d{1,2}[-_. ]\d{1,2}[-_. ]\d{4}|\d{4}[-_. ]\d{1,2}[-_. ]\d{1,2}|\d{8}/g, ' ');
  const patterns: [RegExp, (m: RegExpExecArray) => Period | null][] = [
    [/(?:^|[^\d])(\d{4})[-_. ](\d{1,2})(?![\d])/g, (m) => toPeriod(Number(m[1]), Number(m[2]))],
    [/(?:^|[^\d])(\d{1,2})[-_. ](\d{4})(?!\d)/g, (m) => toPeriod(Number(m[2]), Number(m[1]))],
    [new RegExp(`(?:^|[^a-z])(${NAME})[-_. ]?'?(\\d{4}|\\d{2})(?!\\d)`, 'g'), (m) => toPeriod(year2or4(m[2]!), MONTH_NAMES[m[1]!]!)],
  ];
  for (const [re, read] of patterns) {
    for (let m = re.exec(rest); m; m = re.exec(rest)) {
      const p = read(m);
      if (p) found.add(p);
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}
