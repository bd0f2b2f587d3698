/**
 * Dates as Dutch users and Loket write them: 'dd-mm-jjjj', 'd-m-jjjj', 'jjjj-mm-dd',
 * with '-', '/' or '.'. Day first, never month first: a Dutch export has no US dates,
 * and guessing would swap 01-10 and 10-01 silently. Two-digit years are refused for
 * the same reason, except by parseTwoDigitYearDate, for a date column that Excel
 * re-saved ('31-12-24'), whose reader holds it against the title or file name. Only real
 * calendar dates pass (31-02-2024 does not).
 */
import type { IsoDate } from './types';

export function isValidYmd(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function toIsoDate(y: number, m: number, d: number): IsoDate | null {
  return isValidYmd(y, m, d) ? `${pad(y, 4)}-${pad(m)}-${pad(d)}` : null;
}

/** '2024-12-31' → '31-12-2024', for messages a Dutch user reads. */
export function formatDutchDate(iso: IsoDate): string {
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}

const DMY = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/;
const YMD = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
/** Excel and some exports add a time of midnight to a date cell. */
const TIME_SUFFIX = /(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/;

/** One cell holding just a date; null when it is anything else or not a real date. */
export function parseDate(text: string): IsoDate | null {
  const s = text.trim().replace(TIME_SUFFIX, '');
  let m = DMY.exec(s);
  if (m) return toIsoDate(Number(m[4]), Number(m[3]), Number(m[1]));
  m = YMD.exec(s);
  if (m) return toIsoDate(Number(m[1]), Number(m[3]), Number(m[4]));
  return null;
}

const DMYY = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{2})$/;

/**
 * 'dd-mm-jj' as 20jj-mm-dd, or null. Only for a peildatum column, whose reader accepts
 * it when the title, the file name or the user's date agrees (see sameDay).
 */
export function parseTwoDigitYearDate(text: string): IsoDate | null {
  const m = DMYY.exec(text.trim().replace(TIME_SUFFIX, ''));
  return m ? toIsoDate(2000 + Number(m[4]), Number(m[3]), Number(m[1])) : null;
}

/** The same day; with `twoDigitYear` only the last two digits of the year count ('31-12-24' is 31-12-2024, and 31-12-1924). */
export const sameDay = (a: IsoDate, b: IsoDate, twoDigitYear = false): boolean => (twoDigitYear ? a.slice(2) === b.slice(2) : a === b);

const MONTHS: Record<string, number> = {
  januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6, juli: 7, augustus: 8,
  september: 9, oktober: 10, november: 11, december: 12,
  jan: 1, feb: 2, mrt: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12,
};

// Without lookbehind: older Safari, which runs the add-in on some Macs, lacks it.
const DATE_IN_TEXT =
  /(?:^|[^\d])(?:(\d{1,2})([-/.])(\d{1,2})\2(\d{4})|(\d{4})([-/.])(\d{1,2})\6(\d{1,2})|(\d{1,2})\s+([a-z]+)\.?\s+(\d{4}))(?!\d)/gi;

interface DateToken {
  /** The token as written, for messages. */
  text: string;
  /** Null when it has a date's shape but is no calendar day ('31-02-2024'). */
  iso: IsoDate | null;
}

/** Every date-shaped token in free text, in order; a month name must be a real month. */
function dateTokens(text: string): DateToken[] {
  const found: DateToken[] = [];
  DATE_IN_TEXT.lastIndex = 0;
  for (let m = DATE_IN_TEXT.exec(text); m; m = DATE_IN_TEXT.exec(text)) {
    const written = m[0].replace(/^[^\d]/, '');
    if (m[1]) found.push({ text: written, iso: toIsoDate(Number(m[4]), Number(m[3]), Number(m[1])) });
    else if (m[5]) found.push({ text: written, iso: toIsoDate(Number(m[5]), Number(m[7]), Number(m[8])) });
    else {
      const month = MONTHS[m[10]!.toLowerCase()];
      if (month) found.push({ text: written, iso: toIsoDate(Number(m[11]), month, Number(m[9])) });
    }
  }
  return found;
}

/**
 * The peildatum in a title line such as 'Peildatum: 31-12-2023' or
 * 'Peildatum 1 oktober 2024'. Only a line that names the peildatum counts: a report
 * also prints the day it was made ('Afgedrukt op 15-01-2025'), which is not it.
 */
export function findPeildatumInTitle(line: string): IsoDate | null {
  const at = line.search(PEILDATUM);
  if (at === -1) return null;
  return dateTokens(line.slice(at)).find((t) => t.iso)?.iso ?? null;
}

/**
 * Like findPeildatumInTitle, but says when the line names a peildatum that is no real
 * day ('Peildatum: 31-02-2024'), so the user hears of it instead of being asked for a
 * date as if the file had none.
 */
export function readPeildatumInTitle(line: string): { iso: IsoDate } | { invalid: string } | null {
  const at = line.search(PEILDATUM);
  if (at === -1) return null;
  const first = dateTokens(line.slice(at))[0];
  if (!first) return null;
  return first.iso ? { iso: first.iso } : { invalid: first.text };
}

const PEILDATUM = /peil\s*-?\s*datum/i;

/**
 * A date in a file name: 'dossiers_31-12-2024.csv', 'peildatum 2024-12-31.csv',
 * '20241231.csv'. A lone year ('export-2024.csv') is not a date. When a name holds
 * two different dates we cannot tell which one is meant, so we take none.
 */
export function findDateInFileName(fileName: string): IsoDate | null {
  const base = (fileName.split(/[\\/]/).pop() ?? '').replace(/\.[a-z0-9]{1,5}$/i, '');
  const dates = new Set<IsoDate>();
  const separated = /(?:^|[^\d])(?:(\d{1,2})([-_. ])(\d{1,2})\2(\d{4})|(\d{4})([-_. ])(\d{1,2})\6(\d{1,2}))(?!\d)/g;
  for (let m = separated.exec(base); m; m = separated.exec(base)) {
    const iso = m[1] ? toIsoDate(Number(m[4]), Number(m[3]), Number(m[1])) : toIsoDate(Number(m[5]), Number(m[7]), Number(m[8]));
    if (iso && plausible(iso)) dates.add(iso);
  }
  const compact = /(?:^|[^\d])(\d{8})(?!\d)/g;
  for (let m = compact.exec(base); m; m = compact.exec(base)) {
    const s = m[1]!;
    // yyyymmdd first; ddmmyyyy only when that reading is not also a date.
    const ymd = toIsoDate(Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6)));
    const dmy = toIsoDate(Number(s.slice(4)), Number(s.slice(2, 4)), Number(s.slice(0, 2)));
    const a = ymd && plausible(ymd) ? ymd : null;
    const b = dmy && plausible(dmy) ? dmy : null;
    if (a && b && a !== b) continue;
    const iso = a ?? b;
    if (iso) dates.add(iso);
  }
  return dates.size === 1 ? [...dates][0]! : null;
}

/** File names carry version numbers and ids; only years near ours make a digit run a date. */
function plausible(iso: IsoDate): boolean {
  const y = Number(iso.slice(0, 4));
  return y >= 1990 && y <= 2100;
}
