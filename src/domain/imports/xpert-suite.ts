/**
 * An Otherside at Work specification from the Xpert Suite → XpertReport.
 * The layout is not public (DOMAIN.md), so everything is found by content, as with
 * Loket: the header row by its texts, columns by header synonyms, the totals row by its
 * label or its empty employer cells, the month from the title, a column, the peildatum
 * or the file name. The user can override columns and month; every refusal names
 * file, row and column. Pure and synchronous: .xlsx bytes are read into a grid first
 * (xlsx-grid.ts, async), then come through here as `{ grid }`.
 */
import { columnLabel, error, fail, ok, warning, type Location, type Problem, type Result } from '../problems';
import { parseCents, parsePriceE4 } from '../money';
import { findMonthInFileName, findMonthInTitle, isPeriod, parseMonth, periodLabel, periodOfDate, type Period } from '../xpert/period';
import { parseCount } from './counts';
import { findPeildatumInTitle, formatDutchDate, parseDate } from './dates';
import { parseDelimited } from './delimited';
import { decodeBytes } from './text';
import type { Grid, IsoDate, SourceInfo } from './types';
import type { XpertColumnMap, XpertEmployerRow, XpertField, XpertImportOptions, XpertInput, XpertReport } from './xpert-types';

/** Roles a header can have; the extra ones exist so they are never mistaken for counts. */
export type XpertRole = XpertField | 'debtor' | 'numberOrName' | 'smsRate' | 'loket' | 'signing';

const HEADER_SEARCH_ROWS = 100;

const normalize = (s: string) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * What a header says, forgiving case, spaces, accents and punctuation. Order matters:
 * 'SMS-tarief' is a rate, not an SMS count, and 'Aantalwerknemersdossier' is Loket's,
 * not a number of employees.
 */
export function classifyXpertHeader(header: string): XpertRole | null {
  const n = normalize(header);
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

/** True for a row that reads as an Xpert header: a count column and an employer column. */
export function looksLikeXpertHeader(row: readonly string[]): boolean {
  const roles = new Set(row.map((h) => classifyXpertHeader(h ?? '')));
  const counts = roles.has('employees') || roles.has('sms');
  const who = roles.has('employerCode') || roles.has('employerName') || roles.has('numberOrName') || roles.has('debtor');
  return counts && who;
}

export function importXpertReport(input: XpertInput, source: SourceInfo, options: XpertImportOptions = {}): Result<XpertReport> {
  const warnings: Problem[] = [];
  const read = readGrid(input, source, warnings);
  if (!read.ok) return fail(read.error, warnings);
  const { grid, lines } = read.value;
  const file: Location = { file: source.label };
  if (!grid.some((row) => !isBlank(row))) return fail(error('import.empty', {}, file), warnings);

  const ctx: Ctx = { source, grid, lines, colOffset: gridOrigin(source).column, headers: [], warnings };
  const header = findHeaderRow(grid);
  const other = otherReport(ctx, header);
  if (other) return fail(other, warnings);
  // Without a recognised header the user's column choice finds the data: its first row
  // with a count, and the row above it (if it holds text there) as the header.
  const width = grid.reduce((w, row) => Math.max(w, row.length), 0);
  let headerIndex = header?.index ?? -1;
  let dataStart = headerIndex + 1;
  const chosen = options.columns?.employees;
  // A choice outside the data is reported by mapColumns, with the column it names.
  if (!header && !(typeof chosen === 'number' && chosen >= width)) {
    const first = typeof chosen === 'number' ? firstCountRow(grid, chosen) : -1;
    if (first === -1) return fail(error('xpert.noEmployeesColumn', { headers: seenHeaders(grid) }, file), warnings);
    dataStart = first;
    headerIndex = first > 0 && !isBlank(grid[first - 1]!) && !parseCount(cell(grid[first - 1]!, chosen!)).ok ? first - 1 : -1;
  }
  ctx.headers = headerIndex >= 0 ? grid[headerIndex]!.map((h) => h.trim()) : [];
  const roles = header?.roles ?? [];

  const mapped = mapColumns(ctx, roles, width, dataStart, options);
  if (!mapped.ok) return fail(mapped.error, warnings);
  const { columns, foundBy } = mapped.value;

  const rows = readRows(ctx, dataStart, columns);
  if (!rows.ok) return fail(rows.error, warnings);
  if (rows.value.employers.length === 0) {
    return fail(error('xpert.noEmployers', {}, headerIndex >= 0 ? at(ctx, headerIndex) : file), warnings);
  }

  const titleRows = grid.slice(0, headerIndex >= 0 ? headerIndex : dataStart);
  const period = resolvePeriod(ctx, titleRows, rows.value, options);
  if (!period.ok) return fail(period.error, warnings);

  return ok(
    {
      kind: 'xpert-suite',
      source,
      period: period.value.period,
      periodFrom: period.value.from,
      peildatum: period.value.peildatum,
      headerRow: headerIndex >= 0 ? lines[headerIndex]! : 0,
      headers: ctx.headers,
      columns,
      columnsFoundBy: foundBy,
      hasSmsColumn: columns.sms !== null,
      employers: rows.value.employers,
      totals: rows.value.totals,
    },
    warnings,
  );
}

// ─── Reading ────────────────────────────────────────────────────────────────────

interface Ctx {
  source: SourceInfo;
  grid: Grid;
  /** 1-based source row of each grid row. */
  lines: number[];
  /** Where a pasted selection starts on its sheet, so column letters match Excel. */
  colOffset: number;
  headers: string[];
  warnings: Problem[];
}

/** A selection taken from Excel starts somewhere on its sheet; files start at A1. */
const gridOrigin = (source: SourceInfo): { row: number; column: number } => source.gridOrigin ?? { row: 1, column: 0 };

function readGrid(input: XpertInput, source: SourceInfo, warnings: Problem[]): Result<{ grid: Grid; lines: number[] }> {
  if ('grid' in input) {
    // Office.js may hand over numbers or nulls despite the type; cells are text here.
    const grid = input.grid.map((row) => row.map((c: unknown) => (typeof c === 'string' ? c : c == null ? '' : String(c))));
    const first = gridOrigin(source).row;
    return ok({ grid, lines: grid.map((_, i) => first + i) });
  }
  let text: string;
  if ('bytes' in input) {
    const decoded = decodeBytes(input.bytes, source);
    warnings.push(...decoded.warnings);
    // The shared refusal of a PDF points to Loket; this one points to the Xpert Suite.
    if (!decoded.ok && decoded.error.code === 'import.pdf') return fail(error('xpert.pdf', {}, { file: source.label }));
    if (!decoded.ok) return fail(decoded.error);
    text = decoded.value.text;
  } else {
    text = input.text;
  }
  const parsed = parseDelimited(text, { source });
  if (!parsed.ok) return fail(parsed.error);
  return ok({ grid: parsed.value.grid, lines: parsed.value.lines });
}

function at(ctx: Ctx, r: number, c?: number): Location {
  const loc: Location = { file: ctx.source.label, row: ctx.lines[r]! };
  if (c !== undefined) loc.column = columnLabel(c + ctx.colOffset, ctx.headers[c]);
  return loc;
}

const cell = (row: readonly string[], c: number | null): string => (c === null ? '' : (row[c] ?? '').trim());

function firstCountRow(grid: Grid, c: number): number {
  for (let r = 0; r < Math.min(grid.length, HEADER_SEARCH_ROWS * 10); r++) {
    const parsed = parseCount(cell(grid[r]!, c));
    if (parsed.ok && !parsed.empty) return r;
  }
  return -1;
}

function isBlank(row: readonly string[]): boolean {
  for (const c of row) if (c && c.trim() !== '') return false;
  return true;
}

// ─── Header row, other reports ────────────────────────────────────────────────────

interface Header {
  index: number;
  roles: (XpertRole | null)[];
}

function findHeaderRow(grid: Grid): Header | null {
  let best: Header | null = null;
  let bestScore = 1;
  for (let r = 0; r < Math.min(grid.length, HEADER_SEARCH_ROWS); r++) {
    const roles = grid[r]!.map(classifyXpertHeader);
    if (!roles.includes('employees') && !roles.includes('sms')) continue;
    const score = new Set(roles.filter((x) => x !== null)).size;
    if (score > bestScore) {
      best = { index: r, roles };
      bestScore = score;
    }
  }
  return best;
}


/**
 * Users pick the wrong file more often than files are broken: name the report it is.
 * A Loket export has no SMS column either, so this runs before the SMS check; otherwise
 * the user would be told to look for SMS in a file that was never Otherside's.
 */
function otherReport(ctx: Ctx, header: Header | null): Problem | null {
  if (header?.roles.includes('sms')) return null;
  const { grid } = ctx;
  // Only a row of several cells is a header; a title line such as 'Dossiervorming …' is read below.
  let best: { row: number; headers: string[] } | null = null;
  for (let r = 0; r < Math.min(grid.length, HEADER_SEARCH_ROWS); r++) {
    if (grid[r]!.filter((c) => c.trim() !== '').length < 2) continue;
    const roles = grid[r]!.map(classifyXpertHeader);
    if (roles.includes('signing')) return error('xpert.signingExport', {}, at(ctx, r));
    const loket = grid[r]!.filter((_, i) => roles[i] === 'loket').map((h) => `'${h.trim()}'`);
    if (loket.length > (best?.headers.length ?? 0)) best = { row: r, headers: loket };
  }
  if (best) return error('xpert.loketExport', { headers: best.headers.join(', ') }, at(ctx, best.row));
  const title = grid.slice(0, header?.index ?? 10).map((r) => r.join(' ')).join(' ');
  if (/dossiervorming/i.test(title)) return error('xpert.loketExport', { headers: "'Dossiervorming Qwoater per werkgever'" }, { file: ctx.source.label });
  if (/onderteken/i.test(title)) return error('xpert.signingExport', {}, { file: ctx.source.label });
  return null;
}

function seenHeaders(grid: Grid): string {
  let widest: string[] = [];
  for (const row of grid.slice(0, 20)) {
    const filled = row.map((c) => c.trim()).filter((c) => c !== '');
    if (filled.length > widest.length) widest = filled;
  }
  return widest.length ? widest.map((h) => `'${h}'`).join(', ') : '(geen)';
}

// ─── Columns ──────────────────────────────────────────────────────────────────────

const FIELDS: XpertField[] = ['employerCode', 'employerName', 'employees', 'sms', 'period', 'peildatum', 'rate', 'amount', 'smsAmount'];
type FoundBy = XpertReport['columnsFoundBy'];

/** 'Werkgever' alone is a code when its cells look like codes ('001001', 'WG-12'). */
function looksLikeCodes(ctx: Ctx, c: number, from: number): boolean {
  const sample = ctx.grid.slice(from, from + 20).map((row) => cell(row, c)).filter((v) => v !== '');
  return sample.length > 0 && sample.every((v) => /^[A-Za-z]{0,4}[-_ ]?\d[\d\-./]*$/.test(v));
}

function mapColumns(
  ctx: Ctx,
  roles: (XpertRole | null)[],
  width: number,
  dataStart: number,
  options: XpertImportOptions,
): Result<{ columns: XpertColumnMap; foundBy: FoundBy }> {
  const file = { file: ctx.source.label };
  const headerLoc = dataStart > 0 ? at(ctx, dataStart - 1) : file;
  const label = (c: number) => columnLabel(c + ctx.colOffset, ctx.headers[c]);
  const byRole = new Map<XpertRole, number[]>();
  roles.forEach((role, i) => {
    if (role) byRole.set(role, [...(byRole.get(role) ?? []), i]);
  });
  const columns: Record<XpertField, number | null> = {
    employerCode: null, employerName: null, employees: null, sms: null, period: null, peildatum: null, rate: null, amount: null, smsAmount: null,
  };
  const foundBy: FoundBy = {};
  const used = new Map<number, XpertField>();

  // The user's choices first; `null` is a choice too ("this report has no such column").
  const user = options.columns ?? {};
  for (const f of FIELDS) {
    const c = user[f];
    if (c === undefined) continue;
    foundBy[f] = 'user';
    if (c === null) continue;
    if (!Number.isInteger(c) || c < 0 || c >= width) {
      return fail(error('xpert.columnOutOfRange', { field: f, column: columnLabel(Math.max(0, c) + ctx.colOffset), width }, file));
    }
    const other = used.get(c);
    if (other) return fail(error('xpert.columnTwice', { column: label(c), first: other, second: f }, file));
    columns[f] = c;
    used.set(c, f);
  }

  const take = (f: XpertField, candidates: number[] | undefined, how: 'header' | 'values' = 'header') => {
    if (foundBy[f]) return;
    const free = (candidates ?? []).filter((c) => !used.has(c));
    const [first, second] = free;
    if (first === undefined) return;
    columns[f] = first;
    used.set(first, f);
    foundBy[f] = how;
    if (second !== undefined) ctx.warnings.push(warning('xpert.columnAmbiguous', { field: f, chosen: label(first), other: label(second) }, file));
  };
  take('employees', byRole.get('employees'));
  take('sms', byRole.get('sms'));
  // A werkgevercode beats a debiteurnummer: the latter is Otherside's customer, maybe the bureau itself.
  take('employerCode', byRole.get('employerCode') ?? byRole.get('debtor'));
  take('employerName', byRole.get('employerName'));
  const bare = (byRole.get('numberOrName') ?? []).filter((c) => !used.has(c));
  if (bare.length) {
    if (!foundBy.employerCode && (columns.employerName !== null || looksLikeCodes(ctx, bare[0]!, dataStart))) take('employerCode', bare, 'values');
    else take('employerName', bare, 'values');
  }
  for (const f of ['period', 'peildatum', 'rate', 'amount', 'smsAmount'] as const) take(f, byRole.get(f));

  if (columns.employees === null) return fail(error('xpert.noEmployeesColumn', { headers: seenHeaders(ctx.grid) }, headerLoc));
  if (columns.sms === null) {
    if (foundBy.sms !== 'user') return fail(error('xpert.noSmsColumn', { headers: seenHeaders(ctx.grid) }, headerLoc));
    ctx.warnings.push(warning('xpert.smsNone', {}, file));
  }
  if (columns.employerCode === null && columns.employerName === null) {
    return fail(error('xpert.noEmployerColumn', { headers: seenHeaders(ctx.grid) }, headerLoc));
  }
  if (columns.employerCode === null) ctx.warnings.push(warning('xpert.nameAsCode', {}, file));
  return ok({ columns: columns as XpertColumnMap, foundBy });
}

// ─── Rows ─────────────────────────────────────────────────────────────────────────

interface RowsRead {
  employers: XpertEmployerRow[];
  totals: XpertReport['totals'];
  periodColumn: { period: Period; row: number } | null;
  peildatumColumn: { date: IsoDate; row: number } | null;
}

/**
 * A totals row says so where the code would be ('Totaal', 'Eindtotaal:'), or, without a
 * code, as the whole name. 'Totaal Techniek B.V.' with a code is an employer, not a total.
 */
const TOTALS_WORD = /^(?:eind|generaal\s*|grand\s*|sub)?(?:totaal|totalen|total|totals)\b/i;
const TOTALS_EXACT = /^(?:eind|generaal\s*|grand\s*|sub)?(?:totaal|totalen|total|totals)\s*:?$/i;

/** Leading zeros are dropped only for matching: a range taken from Excel may have lost them. */
export const employerKey = (code: string): string => code.trim().replace(/^0+(?=\d)/, '').toLowerCase();

function readRows(ctx: Ctx, dataStart: number, columns: XpertColumnMap): Result<RowsRead> {
  const { grid } = ctx;
  const employers: XpertEmployerRow[] = [];
  const seen = new Map<string, XpertEmployerRow>();
  let totals: XpertReport['totals'] = null;
  let totalsIndex = -1;
  let periodColumn: RowsRead['periodColumn'] = null;
  let peildatumColumn: RowsRead['peildatumColumn'] = null;
  const empties = new Map<number, { count: number; firstRow: number }>();
  const unreadable = new Set<number>();
  const sums = { employees: 0, sms: 0 };

  const count = (r: number, c: number | null, f: 'employees' | 'sms'): Result<number> => {
    if (c === null) return ok(0);
    const parsed = parseCount(cell(grid[r]!, c));
    if (!parsed.ok) return fail(error('xpert.countInvalid', { value: cell(grid[r]!, c), field: f, reason: parsed.code }, at(ctx, r, c)));
    if (parsed.empty) {
      const e = empties.get(c);
      if (e) e.count++;
      else empties.set(c, { count: 1, firstRow: ctx.lines[r]! });
    }
    return ok(parsed.value);
  };
  /** Rate and amount columns are only a cross-check: an odd cell is skipped, once said. */
  const money = (r: number, c: number | null, f: 'rate' | 'amount' | 'smsAmount', parse: (s: string) => number | null): number | null => {
    const text = cell(grid[r]!, c);
    if (c === null || text === '') return null;
    const v = parse(text);
    if (v === null && !unreadable.has(c)) {
      unreadable.add(c);
      ctx.warnings.push(warning('xpert.reportValueUnreadable', { value: text, field: f === 'smsAmount' ? 'amount' : f }, at(ctx, r, c)));
    }
    return v;
  };

  for (let r = dataStart; r < grid.length; r++) {
    const row = grid[r]!;
    if (isBlank(row)) continue;
    const code = cell(row, columns.employerCode);
    const name = cell(row, columns.employerName);
    const hasCounts = cell(row, columns.employees) !== '' || cell(row, columns.sms) !== '';
    // A header repeated on every printed page is not data (checked cheaply, on one cell).
    if (classifyXpertHeader(cell(row, columns.employees)) === 'employees') continue;
    const firstText = row.find((c) => c.trim() !== '')?.trim() ?? '';
    const labelled = code ? TOTALS_WORD.test(code) : TOTALS_EXACT.test(name) || (!name && TOTALS_WORD.test(firstText));

    if (totalsIndex >= 0) {
      if ((code || name) && hasCounts && !labelled) return fail(error('xpert.rowsAfterTotals', { totalsRow: ctx.lines[totalsIndex]! }, at(ctx, r)));
      continue;
    }
    if (labelled || (!code && !name && hasCounts)) {
      const e = parseCount(cell(row, columns.employees));
      const s = parseCount(cell(row, columns.sms));
      const matches = e.ok && s.ok && e.value === sums.employees && (columns.sms === null || s.value === sums.sms);
      // An unlabelled row is a totals row only when it adds up; otherwise it lacks its employer.
      if (!labelled && !matches) return fail(error('xpert.missingEmployer', {}, at(ctx, r)));
      totalsIndex = r;
      totals = { sourceRow: ctx.lines[r]!, ...(e.ok && !e.empty ? { employees: e.value } : {}), ...(s.ok && !s.empty && columns.sms !== null ? { sms: s.value } : {}) };
      continue;
    }
    if (!code && !name) {
      const filled = row.filter((c) => c.trim() !== '');
      if (filled.length > 1) ctx.warnings.push(warning('xpert.skippedRow', { text: filled.join(' | ').slice(0, 80) }, at(ctx, r)));
      continue;
    }
    if (columns.employerCode !== null && !code) {
      return fail(error('xpert.missingEmployer', {}, at(ctx, r, columns.employerCode)));
    }

    const employees = count(r, columns.employees, 'employees');
    if (!employees.ok) return employees;
    const sms = count(r, columns.sms, 'sms');
    if (!sms.ok) return sms;

    const monthText = cell(row, columns.period);
    if (monthText) {
      const p = parseMonth(monthText);
      if (!p) return fail(error('xpert.periodCellInvalid', { value: monthText }, at(ctx, r, columns.period!)));
      if (!periodColumn) periodColumn = { period: p, row: ctx.lines[r]! };
      else if (periodColumn.period !== p) {
        return fail(error('xpert.periodMixed', { first: periodLabel(periodColumn.period), firstRow: periodColumn.row, other: periodLabel(p) }, at(ctx, r, columns.period!)));
      }
    }
    const dateText = cell(row, columns.peildatum);
    if (dateText) {
      const d = parseDate(dateText);
      if (!d) return fail(error('xpert.periodCellInvalid', { value: dateText }, at(ctx, r, columns.peildatum!)));
      if (!peildatumColumn) peildatumColumn = { date: d, row: ctx.lines[r]! };
      else if (periodOfDate(peildatumColumn.date) !== periodOfDate(d)) {
        return fail(error('xpert.periodMixed', { first: formatDutchDate(peildatumColumn.date), firstRow: peildatumColumn.row, other: formatDutchDate(d) }, at(ctx, r, columns.peildatum!)));
      }
    }

    const amount = money(r, columns.amount, 'amount', parseCents);
    const smsAmount = money(r, columns.smsAmount, 'smsAmount', parseCents);
    const employer: XpertEmployerRow = {
      code: code || name,
      name: name || code,
      employees: employees.value,
      sms: sms.value,
      reportedRateE4: money(r, columns.rate, 'rate', parsePriceE4),
      reportedAmountCents: amount === null && smsAmount === null ? null : (amount ?? 0) + (smsAmount ?? 0),
      sourceRow: ctx.lines[r]!,
    };
    const key = employerKey(employer.code);
    const before = seen.get(key);
    if (before) {
      const col = columns.employerCode ?? columns.employerName!;
      if (before.employees === employer.employees && before.sms === employer.sms) {
        ctx.warnings.push(warning('xpert.duplicateEmployer', { code: employer.code, firstRow: before.sourceRow }, at(ctx, r, col)));
        continue;
      }
      return fail(error('xpert.duplicateEmployerConflict', { code: employer.code, firstRow: before.sourceRow }, at(ctx, r, col)));
    }
    seen.set(key, employer);
    employers.push(employer);
    sums.employees += employer.employees;
    sums.sms += employer.sms;
  }

  for (const [c, e] of empties) ctx.warnings.push(warning('import.count.emptyAsZero', { count: e.count, firstRow: e.firstRow }, { file: ctx.source.label, column: columnLabel(c + ctx.colOffset, ctx.headers[c]) }));
  if (totals) {
    for (const f of ['employees', 'sms'] as const) {
      const stated = totals[f];
      const c = columns[f];
      if (stated !== undefined && c !== null && stated !== sums[f]) {
        ctx.warnings.push(warning('xpert.totalsMismatch', { field: f, file: stated, computed: sums[f] }, at(ctx, totalsIndex, c)));
      }
    }
  }
  return ok({ employers, totals, periodColumn, peildatumColumn });
}

// ─── Month ────────────────────────────────────────────────────────────────────────

interface ResolvedPeriod {
  period: Period;
  from: XpertReport['periodFrom'];
  peildatum: IsoDate | null;
}

/**
 * A stated period (title or column) wins over the peildatum, which wins over the file
 * name; the user's choice wins over all. A title and a column that disagree are an
 * error: guessing would bill the wrong month.
 */
function resolvePeriod(ctx: Ctx, titleRows: Grid, rows: RowsRead, options: XpertImportOptions): Result<ResolvedPeriod> {
  const file = { file: ctx.source.label };
  const lines = titleRows.map((r) => r.filter((c) => c.trim() !== '').join(' '));
  const titleMonth = lines.map(findMonthInTitle).find((p) => p !== null) ?? null;
  const titleDate = lines.map(findPeildatumInTitle).find((d) => d !== null) ?? null;
  const columnMonth = rows.periodColumn?.period ?? null;
  const columnDate = rows.peildatumColumn?.date ?? null;

  if (titleMonth && columnMonth && titleMonth !== columnMonth) {
    return fail(error('xpert.periodConflict', { title: periodLabel(titleMonth), column: periodLabel(columnMonth) }, file));
  }
  if (titleDate && columnDate && titleDate !== columnDate) {
    return fail(error('import.peildatumConflict', { title: formatDutchDate(titleDate), column: formatDutchDate(columnDate) }, file));
  }
  const peildatum = columnDate ?? titleDate;
  let found: { period: Period; from: ResolvedPeriod['from'] } | null = null;
  if (columnMonth) found = { period: columnMonth, from: 'column' };
  else if (titleMonth) found = { period: titleMonth, from: 'title' };
  else if (peildatum) found = { period: periodOfDate(peildatum), from: 'peildatum' };

  if (options.period !== undefined) {
    if (!isPeriod(options.period)) return fail(error('xpert.periodOptionInvalid', { value: options.period }));
    if (found && found.period !== options.period) {
      ctx.warnings.push(warning('xpert.periodOverridden', { user: periodLabel(options.period), found: periodLabel(found.period) }, file));
    }
    return ok({ period: options.period, from: 'user', peildatum });
  }
  const fileMonth = ctx.source.fileName ? findMonthInFileName(ctx.source.fileName) : null;
  if (found) {
    if (fileMonth && fileMonth !== found.period) {
      ctx.warnings.push(warning('xpert.periodFileNameDiffers', { fileMonth: periodLabel(fileMonth), found: periodLabel(found.period) }, file));
    }
    return ok({ ...found, peildatum });
  }
  if (fileMonth) return ok({ period: fileMonth, from: 'filename', peildatum });
  return fail(error('xpert.periodUnknown', {}, file));
}
