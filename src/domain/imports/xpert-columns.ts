/**
 * The columns of an Otherside at Work specification (Xpert Suite). The layout is not
 * public (DOMAIN.md): employer code, name, the counted employees, SMS, maybe a period, a
 * peildatum, a rate and amounts, all found by header synonyms. Roles exist for columns
 * that must never be taken for a count: an SMS rate, a debtor number, Loket's columns.
 */
import { error, fail, ok, warning, type Problem, type Result } from '../problems';
import { cell, seenHeaders, type Locator } from './cells';
import { ColumnMap, columnsByRole, gridWidth, normalizeHeader } from './header-row';
import type { Grid } from './types';
import type { XpertColumnMap, XpertField, XpertImportOptions, XpertReport } from './xpert-types';

/** Roles a header can have; the extra ones exist so they are never mistaken for counts. */
export type XpertRole = XpertField | 'debtor' | 'numberOrName' | 'smsRate' | 'loket' | 'signing';

/**
 * What a header says, forgiving case, spaces, accents and punctuation. Order matters:
 * 'SMS-tarief' is a rate, not an SMS count, and 'Aantalwerknemersdossier' is Loket's,
 * not a number of employees.
 */
export function classifyXpertHeader(header: string): XpertRole | null {
  const n = normalizeHeader(header);
  if (!n) return null;
  if (/dossier/.test(n)) return 'loket';
  if (/onderteken|tekenverzoek/.test(n)) return 'signing';
  const money = /tarief|prijs|rate|price/.test(n) ? 'rate' : /bedrag|amount|kosten|euro|eur$/.test(n) ? 'amount' : null;
  if (/sms/.test(n)) return money === 'rate' ? 'smsRate' : money === 'amount' ? 'smsAmount' : 'sms';
  if (money) return money;
  if (/peildatum|referencedate|^datum$|^date$/.test(n)) return 'peildatum';
  if (/^(factuur)?(periode|period|maand|month)$|^billing(period|month)$/.test(n)) return 'period';
  if (/medewerker|werknemer|employee|personen|headcount|^aantal(len)?$|^count$/.test(n)) return 'employees';
  if (/debiteur|debtor|klantn(umme)?r/.test(n)) return 'debtor';
  if (/^(werkgevers?|wg|employer)(code|nummer|nr|no|id|number)$|^code$/.test(n)) return 'employerCode';
  if (/^(naam|name|werkgeversnaam|werkgevernaam|naamwerkgever|naamvandewerkgever|employername|bedrijfsnaam|organisatie|organisation|organization)$/.test(n)) {
    return 'employerName';
  }
  if (/^(werkgevers?|employer)$/.test(n)) return 'numberOrName';
  return null;
}

/** A header row needs a count column: without one, it is not a specification's header. */
export const hasCountRole = (roles: readonly (XpertRole | null)[]): boolean => roles.includes('employees') || roles.includes('sms');

/** True for a row that reads as an Xpert header: a count column and an employer column. */
export function looksLikeXpertHeader(row: readonly string[]): boolean {
  const roles = new Set(row.map((h) => classifyXpertHeader(h ?? '')));
  const who = roles.has('employerCode') || roles.has('employerName') || roles.has('numberOrName') || roles.has('debtor');
  return hasCountRole([...roles]) && who;
}

const FIELDS: XpertField[] = ['employerCode', 'employerName', 'employees', 'sms', 'period', 'peildatum', 'rate', 'amount', 'smsAmount'];
const CODES = { twice: 'xpert.columnTwice', outOfRange: 'xpert.columnOutOfRange', ambiguous: 'xpert.columnAmbiguous' } as const;

/** 'Werkgever' alone is a code when its cells look like codes ('001001', 'WG-12'). */
function looksLikeCodes(grid: Grid, c: number, from: number): boolean {
  const sample = grid.slice(from, from + 20).map((row) => cell(row, c)).filter((v) => v !== '');
  return sample.length > 0 && sample.every((v) => /^[A-Za-z]{0,4}[-_ ]?\d[\d\-./]*$/.test(v));
}

export function mapXpertColumns(
  loc: Locator,
  grid: Grid,
  roles: readonly (XpertRole | null)[],
  dataStart: number,
  headerRow: number | undefined,
  options: XpertImportOptions,
  warnings: Problem[],
): Result<{ columns: XpertColumnMap; foundBy: XpertReport['columnsFoundBy'] }> {
  const headerLoc = loc.at(headerRow);
  const byRole = columnsByRole(roles);
  const map = new ColumnMap<XpertField>(FIELDS, loc, CODES, warnings);
  // The user's choices first; `null` is a choice too ("this report has no such column").
  const mistake = map.applyUser(options.columns ?? {}, FIELDS, gridWidth(grid));
  if (mistake) return fail(mistake);

  const { columns, foundBy } = map;
  map.fromCandidates('employees', byRole.get('employees'));
  map.fromCandidates('sms', byRole.get('sms'));
  // A werkgevercode beats a debiteurnummer: the latter is Otherside's customer, maybe the bureau itself.
  map.fromCandidates('employerCode', byRole.get('employerCode') ?? byRole.get('debtor'));
  map.fromCandidates('employerName', byRole.get('employerName'));
  const bare = (byRole.get('numberOrName') ?? []).filter((c) => !map.isUsed(c));
  if (bare.length) {
    if (!foundBy.employerCode && (columns.employerName !== null || looksLikeCodes(grid, bare[0]!, dataStart))) map.fromCandidates('employerCode', bare, 'values');
    else map.fromCandidates('employerName', bare, 'values');
  }
  for (const f of ['period', 'peildatum', 'rate', 'amount', 'smsAmount'] as const) map.fromCandidates(f, byRole.get(f));

  if (columns.employees === null) return fail(error('xpert.noEmployeesColumn', { headers: seenHeaders(grid) }, headerLoc));
  if (columns.sms === null) {
    if (foundBy.sms !== 'user') return fail(error('xpert.noSmsColumn', { headers: seenHeaders(grid) }, headerLoc));
    warnings.push(warning('xpert.smsNone', {}, loc.at()));
  }
  if (columns.employerCode === null && columns.employerName === null) {
    return fail(error('xpert.noEmployerColumn', { headers: seenHeaders(grid) }, headerLoc));
  }
  if (columns.employerCode === null) warnings.push(warning('xpert.nameAsCode', {}, loc.at()));
  return ok({ columns: columns as XpertColumnMap, foundBy: foundBy as XpertReport['columnsFoundBy'] });
}
