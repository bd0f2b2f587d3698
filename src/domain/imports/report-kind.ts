/**
 * Which report a file is. Users pick the wrong file more often than files are broken, and
 * 'column F not found' helps nobody who chose the signing export at the dossier step. The
 * three importers ask the same question, so they share one vocabulary:
 *  - 'Dossiervorming Qwoater per werkgever' has dossier columns ('Aantalwerknemersdossier');
 *  - 'Ondertekenverzoeken per werkgever' has request, signer or status columns;
 *  - an Otherside at Work specification (Xpert Suite) has an SMS column.
 * Evidence is weighed in order: the importer's own header row, then other rows that read
 * like a header (texts only, no counts) near the top, then the title lines. A report
 * that shows its own kind anywhere along that order is never called another.
 */
import { cell, lineText } from './cells';
import { plainCount } from './counts';
import { HEADER_SEARCH_ROWS, normalizeHeader } from './header-row';
import type { Grid } from './types';

export type ReportKind = 'dossiers' | 'signing' | 'xpert';
const KINDS: readonly ReportKind[] = ['dossiers', 'signing', 'xpert'];

/** 'SMS', 'Aantal SMS', 'SMS-tarief', 'AantalSMS'; glued words ('Werknemersmaandloon') never. */
const SMS_WORD = /(^|[^a-z])sms([^a-z]|$)/i;

/** What one header text says about the report it belongs to. */
export function reportOfHeader(text: string): ReportKind | null {
  const n = normalizeHeader(text);
  if (!n) return null;
  if (SMS_WORD.test(text) || n.startsWith('sms') || n.endsWith('sms')) return 'xpert';
  if (/onderteken|handtekening|verzoek|request|signer/.test(n)) return 'signing';
  if (/dossier/.test(n)) return 'dossiers';
  return null;
}

/** What a title line says: the report's own name, or Otherside's. */
export function reportOfTitle(text: string): ReportKind[] {
  const found: ReportKind[] = [];
  if (/dossiervorming/i.test(text)) found.push('dossiers');
  if (/onderteken/i.test(text)) found.push('signing');
  if (/\bsms\b|xpert\s*suite|otherside/i.test(text)) found.push('xpert');
  return found;
}

export interface OtherReport {
  kind: ReportKind;
  /** Grid index of the header row that shows it; null when a title line does. */
  row: number | null;
  /** The header texts that show it, for the message. */
  headers: string[];
}

export interface ReportContext {
  /** The report the importer reads. */
  self: ReportKind;
  /** The importer's own header row, if it found one. */
  headerIndex: number | null;
  /** Rows above this index are title lines (default: the header, else the first 10 rows). */
  titleEnd?: number;
}

/** Another report than `self`, with what shows it; null when the file is `self` or says nothing. */
export function otherReport(grid: Grid, ctx: ReportContext): OtherReport | null {
  const { self, headerIndex } = ctx;
  const rows: number[] = headerIndex !== null ? [headerIndex] : [];
  // Other header-like rows: up to the header when there is one, else near the top.
  const end = Math.min(grid.length, headerIndex !== null ? headerIndex : HEADER_SEARCH_ROWS);
  for (let r = 0; r < end; r++) if (r !== headerIndex && readsAsHeader(grid[r]!)) rows.push(r);
  for (const r of rows) {
    const byKind = evidence(grid[r]!);
    if (byKind.has(self)) return null;
    const kind = strongest(byKind);
    if (kind) return { kind, row: r, headers: byKind.get(kind)! };
  }
  const titleEnd = ctx.titleEnd ?? headerIndex ?? Math.min(grid.length, 10);
  const title = grid.slice(0, titleEnd).map(lineText).join(' ');
  const named = reportOfTitle(title);
  if (named.includes(self)) return null;
  return named.length ? { kind: named[0]!, row: null, headers: [] } : null;
}

/** Texts in at least two cells and no count: a header, not a title line or an employer. */
function readsAsHeader(row: readonly string[]): boolean {
  let texts = 0;
  for (let c = 0; c < row.length; c++) {
    const t = cell(row, c);
    if (t === '') continue;
    if (plainCount(t) >= 0) return false;
    texts++;
  }
  return texts >= 2;
}

function evidence(row: readonly string[]): Map<ReportKind, string[]> {
  const byKind = new Map<ReportKind, string[]>();
  for (const h of row) {
    const kind = reportOfHeader(h ?? '');
    if (kind) byKind.set(kind, [...(byKind.get(kind) ?? []), h.trim()]);
  }
  return byKind;
}

/** The kind most cells point to; a tie goes to the earlier of dossiers, signing, xpert. */
function strongest(byKind: Map<ReportKind, string[]>): ReportKind | null {
  let best: ReportKind | null = null;
  for (const k of KINDS) if (byKind.has(k) && (best === null || byKind.get(k)!.length > byKind.get(best)!.length)) best = k;
  return best;
}
