/**
 * Errors and warnings are values, never exceptions that reach a user.
 * Each carries a stable code (the UI and CLI translate by code), ready Dutch and
 * English texts, and where it applies the place in the input: file, row, column.
 */
import { text, type MessageCode, type MessageParams } from './messages';

export interface Location {
  /** File name as the user knows it, or a label such as 'geplakte tekst'. */
  file?: string;
  /** 1-based page of a PDF; `row` then counts the rows on that page. */
  page?: number;
  /** 1-based row number as a spreadsheet or text editor shows it. */
  row?: number;
  /** Column letter (A, B, …) and, where known, its header text. */
  column?: string;
}

/**
 * A Problem's code: a key of the engine's catalogue, or of the command line's own
 * ('cli.…', src/cli/messages.nl.ts), which only the CLI makes and shows.
 */
export type ProblemCode = MessageCode | `cli.${string}`;

export interface Problem {
  code: ProblemCode;
  severity: 'error' | 'warning';
  params: MessageParams;
  location?: Location;
  nl: string;
  en: string;
}

export function problem(
  severity: Problem['severity'],
  code: MessageCode,
  params: MessageParams = {},
  location?: Location,
): Problem {
  return {
    code,
    severity,
    params,
    ...(location ? { location } : {}),
    nl: withLocation(text('nl', code, params), location, 'nl'),
    en: withLocation(text('en', code, params), location, 'en'),
  };
}

export const error = (code: MessageCode, params?: MessageParams, location?: Location) =>
  problem('error', code, params, location);
export const warning = (code: MessageCode, params?: MessageParams, location?: Location) =>
  problem('warning', code, params, location);

/** "bestand.csv, rij 12, kolom F (Aantal): <text>" (a PDF: "…, pagina 3, rij 12, …") — the place first, so a user finds it. */
export function withLocation(message: string, loc: Location | undefined, lang: 'nl' | 'en'): string {
  if (!loc) return message;
  const parts: string[] = [];
  if (loc.file) parts.push(loc.file);
  if (loc.page !== undefined) parts.push(text(lang, 'location.page', { n: loc.page }));
  if (loc.row !== undefined) parts.push(text(lang, 'location.row', { n: loc.row }));
  if (loc.column) parts.push(text(lang, 'location.column', { n: loc.column }));
  return parts.length ? `${parts.join(', ')}: ${message}` : message;
}

export type Result<T> =
  | { ok: true; value: T; warnings: Problem[] }
  | { ok: false; error: Problem; warnings: Problem[] };

export const ok = <T>(value: T, warnings: Problem[] = []): Result<T> => ({ ok: true, value, warnings });
export const fail = <T = never>(err: Problem, warnings: Problem[] = []): Result<T> => ({
  ok: false,
  error: err,
  warnings,
});

/** Column index (0-based) to spreadsheet letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 'F (Aantal werknemersdossiers)' — letter plus header, as the user sees it in Excel. */
export function columnLabel(index: number, header?: string): string {
  const h = header?.trim();
  return h ? `${columnLetter(index)} (${h})` : columnLetter(index);
}
