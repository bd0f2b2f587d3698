/**
 * 'Ondertekenverzoeken per werkgever' → SigningExport.
 * The layout is not public (DOMAIN.md), so columns are found by their header texts, with
 * the variants we expect; the period from a column, a title line, the file name or the
 * user. Decoding and CSV splitting are the shared import machinery (text.ts, delimited.ts);
 * this file only knows the report. Every refusal names file, row and column, and a dossier
 * export or an Xpert report chosen here by mistake is named as such.
 */
import { columnLabel, error, fail, ok, warning, type Location, type Problem, type Result } from '../problems';
import { parseCount } from './counts';
import { formatDutchDate, parseDate, toIsoDate } from './dates';
import { parseDelimited } from './delimited';
import { classifyDossierHeader } from './loket-dossiers';
import { decodeBytes } from './text';
import type { Grid, IsoDate, SourceInfo } from './types';
import type {
  Period,
  SigningColumnMap,
  SigningEmployer,
  SigningExport,
  SigningField,
  SigningImportOptions,
  SigningInput,
} from './signing-types';

const HEADER_SEARCH_ROWS = 100;

export type SigningHeaderRole = SigningField | 'numberOrName' | 'requestsFallback' | 'status' | 'dossiers' | 'sms';

export function importSigningExport(input: SigningInput, source: SourceInfo, options: SigningImportOptions = {}): Result<SigningExport> {
  const warnings: Problem[] = [];
  const file = { file: source.label };
  const read = readGrid(input, source, warnings);
  if (!read.ok) return fail(read.error, warnings);
  const { grid, lines } = read.value;
  if (!grid.some((row) => !isBlank(row))) return fail(error('import.empty', {}, file), warnings);

  const header = findHeaderRow(grid);
  const titleRows = grid.slice(0, header?.index ?? Math.min(grid.length, 10));
  const other = otherReport(titleRows, header?.roles ?? [], grid);
  if (other) return fail(error('signing.otherReport', { report: other }, file), warnings);
  if (!header) return fail(error('signing.noHeader', { headers: seenHeaders(grid) }, file), warnings);

  const headers = grid[header.index]!.map((h) => h.trim());
  const ctx: Ctx = { source, grid, lines, colOffset: source.gridOrigin?.column ?? 0, headers, warnings };
  const width = grid.reduce((w, row) => Math.max(w, row.length), 0);
  const mapped = mapColumns(header.roles, width, options, ctx);
  if (!mapped.ok) return fail(mapped.error, warnings);
  const { columns, foundBy } = mapped.value;

  const reportPeriod = resolvePeriod(ctx, titleRows, options);
  if (!reportPeriod.ok) return fail(reportPeriod.error, warnings);

  const rows = readRows(ctx, header.index + 1, columns, reportPeriod.value.period);
  if (!rows.ok) return fail(rows.error, warnings);
  if (rows.value.employers.length === 0) return fail(error('import.noEmployers', {}, at(ctx, header.index)), warnings);

  let { period, from } = reportPeriod.value;
  if (!period && rows.value.employers.every((e) => e.period)) from = 'column';
  if (!rows.value.employers.every((e) => e.period)) warnings.push(warning('signing.periodUnknown', { file: source.label }, file));
  if (!period && from === 'column') period = commonPeriod(rows.value.employers);

  return ok(
    {
      kind: 'loket-signing',
      source,
      period,
      periodFrom: from,
      headerRow: lines[header.index]!,
      headers,
      columns,
      columnsFoundBy: foundBy,
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
  lines: number[];
  colOffset: number;
  headers: string[];
  warnings: Problem[];
}

function readGrid(input: SigningInput, source: SourceInfo, warnings: Problem[]): Result<{ grid: Grid; lines: number[] }> {
  if ('grid' in input) {
    // Office.js may hand over numbers or nulls despite the type; cells are text here.
    const grid = input.grid.map((row) => row.map((c: unknown) => (typeof c === 'string' ? c : c == null ? '' : String(c))));
    const first = source.gridOrigin?.row ?? 1;
    return ok({ grid, lines: grid.map((_, i) => first + i) });
  }
  let text: string;
  if ('bytes' in input) {
    const decoded = decodeBytes(input.bytes, source);
    warnings.push(...decoded.warnings);
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

const cell = (row: string[], c: number | null): string => (c === null ? '' : (row[c] ?? '').trim());
const isBlank = (row: string[]): boolean => row.every((c) => c.trim() === '');

// ─── Headers ────────────────────────────────────────────────────────────────────

const normalize = (s: string) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * What a header says, forgiving case, spaces, accents and punctuation. Order matters:
 * 'Ondertekenaars' (signers) and 'Ondertekend' (a status) both start like
 * 'Ondertekenverzoeken' (the requests).
 */
export function classifySigningHeader(header: string): SigningHeaderRole | null {
  const n = normalize(header);
  if (!n) return null;
  if (/sms/.test(n)) return 'sms';
  if (/dossier|inactie/.test(n)) return 'dossiers';
  if (/ondertekenaar|signer|tekenaar/.test(n)) return 'signers';
  if (/verzoek|request/.test(n)) return 'requests';
  if (/^(aantal)?(ondertekend|getekend|afgerond|voltooid|signed|completed|afgewezen|geweigerd|rejected|declined|verlopen|expired|open|openstaand|lopend|inbehandeling|pending|geannuleerd|ingetrokken|cancelled|canceled|withdrawn)$/.test(n)) {
    return 'status';
  }
  if (/^(periode|period)?(van|vanaf|begin|begindatum|startdatum|datumvan|from|start|startdate|periodstart)$/.test(n)) return 'periodFrom';
  if (/^(periode|period)?(tot|totenmet|tm|einde|einddatum|datumtot|datumtm|to|end|enddate|periodend|until)$/.test(n)) return 'periodTo';
  if (/^(periode|period|kwartaal|quarter|maand|month)$/.test(n)) return 'period';
  if (/^(aantal|totaal|total|count|verzonden|verstuurd|sent|ondertekeningen|aantalondertekeningen)$/.test(n)) return 'requestsFallback';
  if (/relatie|administratie|provider|debiteur|vestiging|loonheffing/.test(n)) return null;
  if (/^(werkgevers?|wg|employer)?(nummer|nr|no|code|id|number)$/.test(n) || n === 'nummerwerkgever') return 'employerNumber';
  if (/^(naam(van)?(de)?(werkgever|bedrijf|onderneming)?|werkgeversnaam|werkgevernaam|bedrijfsnaam|handelsnaam|name|employername)$/.test(n)) {
    return 'employerName';
  }
  if (/^(werkgevers?|employer)$/.test(n)) return 'numberOrName';
  return null;
}

/** The header: the row near the top with the most recognised texts, at least two. */
function findHeaderRow(grid: Grid): { index: number; roles: (SigningHeaderRole | null)[] } | null {
  let best: { index: number; roles: (SigningHeaderRole | null)[] } | null = null;
  let bestScore = 1;
  const limit = Math.min(grid.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const roles = grid[r]!.map(classifySigningHeader);
    const score = roles.filter((x) => x !== null).length;
    if (score > bestScore) {
      best = { index: r, roles };
      bestScore = score;
    }
  }
  return best;
}

function seenHeaders(grid: Grid): string {
  let widest: string[] = [];
  for (const row of grid.slice(0, 20)) {
    const filled = row.map((c) => c.trim()).filter((c) => c !== '');
    if (filled.length > widest.length) widest = filled;
  }
  return widest.length ? widest.map((h) => `'${h}'`).join(', ') : '(geen)';
}

/**
 * A user picks the wrong file more often than a file is broken. A dossier export has
 * dossier columns (the dossier importer's own classifier agrees), an Xpert report SMS.
 */
function otherReport(titleRows: Grid, roles: (SigningHeaderRole | null)[], grid: Grid): 'dossiers' | 'xpert' | null {
  const title = titleRows.map((r) => r.join(' ')).join(' ');
  if (/onderteken/i.test(title)) return null;
  if (/dossiervorming/i.test(title)) return 'dossiers';
  if (/xpert\s*suite|otherside/i.test(title)) return 'xpert';
  if (roles.includes('sms')) return 'xpert';
  if (roles.includes('requests') || roles.includes('signers')) return null;
  if (roles.includes('dossiers')) return 'dossiers';
  // No header we know: look at the widest row near the top the way the dossier importer would.
  for (const row of grid.slice(0, 20)) {
    const dossierRoles = row.map(classifyDossierHeader);
    if (dossierRoles.includes('employeeDossiers') || dossierRoles.includes('inactiveDossiers')) return 'dossiers';
    if (dossierRoles.includes('sms')) return 'xpert';
  }
  return null;
}

type FoundBy = SigningExport['columnsFoundBy'];
const FIELDS: SigningField[] = ['employerNumber', 'requests', 'signers', 'employerName', 'period', 'periodFrom', 'periodTo'];

function mapColumns(
  roles: (SigningHeaderRole | null)[],
  width: number,
  options: SigningImportOptions,
  ctx: Ctx,
): Result<{ columns: SigningColumnMap; foundBy: FoundBy }> {
  const file = ctx.source.label;
  const label = (c: number) => columnLabel(c + ctx.colOffset, ctx.headers[c]);
  const byRole = new Map<SigningHeaderRole, number[]>();
  roles.forEach((role, i) => {
    if (role) byRole.set(role, [...(byRole.get(role) ?? []), i]);
  });
  // 'Werkgever' alone is the number when another column has the name, and vice versa.
  const bare = byRole.get('numberOrName');
  if (bare) {
    if (!byRole.has('employerNumber')) byRole.set('employerNumber', bare);
    else if (!byRole.has('employerName')) byRole.set('employerName', bare);
  }
  // 'Aantal' or 'Totaal' is the number of requests only when no column says 'verzoeken'.
  if (!byRole.has('requests') && byRole.has('requestsFallback')) byRole.set('requests', byRole.get('requestsFallback')!);

  const columns: Record<SigningField, number | null> = {
    employerNumber: null, employerName: null, period: null, periodFrom: null, periodTo: null, requests: null, signers: null,
  };
  const foundBy: FoundBy = {};
  const used = new Map<number, SigningField>();
  const take = (f: SigningField, c: number, how: 'header' | 'user'): Problem | null => {
    const prior = used.get(c);
    if (prior) return error('signing.columnTwice', { column: label(c), first: prior, second: f }, { file, column: label(c) });
    columns[f] = c;
    foundBy[f] = how;
    used.set(c, f);
    return null;
  };

  const user = options.columns ?? {};
  for (const f of FIELDS) {
    const c = user[f];
    if (c === undefined) continue;
    if (c === null) {
      // The number and the requests cannot be absent; null there means "guess".
      if (f !== 'employerNumber' && f !== 'requests') foundBy[f] = 'user';
      continue;
    }
    if (!Number.isInteger(c) || c < 0 || c >= width) {
      const column = Number.isInteger(c) && c >= 0 ? label(c) : String(c);
      return fail(error('signing.columnOutOfRange', { field: f, column, width }, { file, column }));
    }
    const clash = take(f, c, 'user');
    if (clash) return fail(clash);
  }
  for (const f of FIELDS) {
    if (foundBy[f]) continue;
    const cands = (byRole.get(f) ?? []).filter((c) => !used.has(c));
    if (cands.length === 0) continue;
    const clash = take(f, cands[0]!, 'header');
    if (clash) return fail(clash);
    if (cands.length > 1) {
      ctx.warnings.push(warning('signing.columnAmbiguous', { field: f, chosen: label(cands[0]!), other: label(cands[1]!) }, { file, column: label(cands[1]!) }));
    }
  }
  if (columns.employerNumber === null) return fail(error('import.noEmployerNumberColumn', { headers: quoted(ctx.headers) }, { file }));
  if (columns.requests === null) return fail(error('signing.noRequestsColumn', { headers: quoted(ctx.headers) }, { file }));
  const statuses = (byRole.get('status') ?? []).filter((c) => !used.has(c));
  return ok({ columns: { ...columns, employerNumber: columns.employerNumber, requests: columns.requests, statuses }, foundBy });
}

const quoted = (headers: string[]) => headers.filter((h) => h !== '').map((h) => `'${h}'`).join(', ') || '(geen)';

// ─── Periods ────────────────────────────────────────────────────────────────────

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

/** The period from a title line ('Periode: 01-01-2024 t/m 31-03-2024'), the file name, or the user (who wins). */
function resolvePeriod(ctx: Ctx, titleRows: Grid, options: SigningImportOptions): Result<{ period: Period | null; from: SigningExport['periodFrom'] }> {
  const file = { file: ctx.source.label };
  let title: Period | null = null;
  for (const row of titleRows) {
    const line = row.filter((c) => c.trim() !== '').join(' ');
    const at = line.search(/periode|period|kwartaal/i);
    if (at === -1) continue;
    title = parsePeriod(line.slice(at).replace(/^[a-z]+\s*(van|from)?\s*:?\s*/i, ''));
    if (title) break;
  }
  const name = ctx.source.fileName ? periodInFileName(ctx.source.fileName) : null;
  if (options.period) {
    const { from, to } = options.period;
    if (!parseDate(from) || !parseDate(to) || from > to) return fail(error('signing.periodInvalid', { value: `${from} – ${to}` }, file));
    const found = title ?? name;
    if (found && (found.from !== from || found.to !== to)) {
      ctx.warnings.push(warning('signing.periodOverridden', { user: formatPeriod(options.period), found: formatPeriod(found) }, file));
    }
    return ok({ period: { from, to }, from: 'user' });
  }
  if (title && name && (title.from !== name.from || title.to !== name.to)) {
    ctx.warnings.push(warning('signing.periodFileNameDiffers', { fileName: formatPeriod(name), found: formatPeriod(title) }, file));
  }
  if (title) return ok({ period: title, from: 'title' });
  if (name) return ok({ period: name, from: 'filename' });
  return ok({ period: null, from: null });
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

function commonPeriod(employers: SigningEmployer[]): Period | null {
  const first = employers[0]?.period;
  if (!first) return null;
  return employers.every((e) => e.period && e.period.from === first.from && e.period.to === first.to) ? first : null;
}

// ─── Rows ───────────────────────────────────────────────────────────────────────

/** 'Totaal', 'Totalen', 'Eindtotaal:' — but not 'Totaalbouw B.V.', a real employer. */
const TOTALS_LABEL = /^\s*(eind|generaal\s*)?tota(a)?l(en|s)?(\b|$)/i;

interface Rows {
  employers: SigningEmployer[];
  totals: SigningExport['totals'];
}

function readRows(ctx: Ctx, start: number, map: SigningColumnMap, reportPeriod: Period | null): Result<Rows> {
  const { grid, lines } = ctx;
  const N = map.employerNumber;
  const employers: SigningEmployer[] = [];
  const seen = new Map<string, SigningEmployer>();
  let totals: SigningExport['totals'] = null;
  let sumRequests = 0;
  let sumSigners = 0;
  let empty: { count: number; firstRow: number; column: number } | null = null;
  const headerRequests = ctx.headers[map.requests] ?? '';

  for (let r = start; r < grid.length; r++) {
    const row = grid[r]!;
    if (isBlank(row)) continue;
    const number = employerNumber(cell(row, N));
    const reqText = cell(row, map.requests);
    const labelled = TOTALS_LABEL.test(number) || (number === '' && row.some((c) => TOTALS_LABEL.test(c)));
    if (totals) {
      if (number !== '' && !labelled && reqText !== '' && parseCount(reqText).ok) {
        return fail(error('import.rowsAfterTotals', { totalsRow: totals.sourceRow }, at(ctx, r, N)));
      }
      continue;
    }
    // A header repeated on every page of a printed-then-converted report.
    if (headerRequests !== '' && reqText === headerRequests) continue;

    if (labelled || (number === '' && reqText !== '')) {
      const t = readTotals(ctx, r, map);
      const matches = (t.requests === undefined || t.requests === sumRequests) && (t.signers === undefined || t.signers === sumSigners);
      if (!labelled && !matches) return fail(error('import.missingEmployerNumber', {}, at(ctx, r, N)));
      if (t.requests !== undefined && t.requests !== sumRequests) {
        ctx.warnings.push(warning('signing.totalsMismatch', { field: 'requests', file: t.requests, computed: sumRequests }, at(ctx, r, map.requests)));
      }
      if (t.signers !== undefined && t.signers !== sumSigners) {
        ctx.warnings.push(warning('signing.totalsMismatch', { field: 'signers', file: t.signers, computed: sumSigners }, at(ctx, r, map.signers!)));
      }
      totals = t;
      continue;
    }
    const name = cell(row, map.employerName);
    if (reqText === '' && (number === '' || name === '')) {
      ctx.warnings.push(warning('import.skippedRow', { text: row.map((c) => c.trim()).filter(Boolean).join(' ') }, at(ctx, r)));
      continue;
    }

    const requests = parseCount(reqText);
    if (!requests.ok) return fail(error('signing.badCount', { value: reqText, reason: requests.code }, at(ctx, r, map.requests)));
    if (requests.empty) {
      if (empty) empty.count++;
      else empty = { count: 1, firstRow: lines[r]!, column: map.requests };
    }
    let signers: number | null = null;
    if (map.signers !== null) {
      const text = cell(row, map.signers);
      const parsed = parseCount(text);
      if (!parsed.ok) return fail(error('signing.badCount', { value: text, reason: parsed.code }, at(ctx, r, map.signers)));
      signers = parsed.value;
    }
    const statuses: Record<string, number> = {};
    for (const c of map.statuses) {
      const text = cell(row, c);
      const parsed = parseCount(text);
      if (!parsed.ok) return fail(error('signing.badCount', { value: text, reason: parsed.code }, at(ctx, r, c)));
      statuses[ctx.headers[c] || columnLabel(c + ctx.colOffset)] = parsed.value;
    }
    const period = rowPeriod(ctx, r, row, map);
    if (!period.ok) return period;

    const employer: SigningEmployer = {
      number,
      name,
      period: period.value ?? reportPeriod,
      requests: requests.value,
      signers,
      statuses,
      sourceRow: lines[r]!,
    };
    sumRequests += employer.requests;
    sumSigners += employer.signers ?? 0;

    // The same employer twice in one period is a doubled row; in another period it is history.
    const key = `${number}|${employer.period?.from ?? ''}|${employer.period?.to ?? ''}`;
    const prior = seen.get(key);
    if (prior) {
      const params = { number, firstRow: prior.sourceRow, row: employer.sourceRow };
      if (prior.requests !== employer.requests || prior.signers !== employer.signers) {
        return fail(error('import.duplicateEmployerConflict', params, at(ctx, r, N)));
      }
      ctx.warnings.push(warning('import.duplicateEmployer', params, at(ctx, r, N)));
      sumRequests -= employer.requests;
      sumSigners -= employer.signers ?? 0;
      continue;
    }
    seen.set(key, employer);
    employers.push(employer);
  }
  if (empty) {
    const column = columnLabel(empty.column + ctx.colOffset, ctx.headers[empty.column]);
    ctx.warnings.push(warning('import.count.emptyAsZero', { count: empty.count, firstRow: empty.firstRow }, { file: ctx.source.label, column }));
  }
  return ok({ employers, totals });
}

/** The row's own period: one column, or a from and a to column. */
function rowPeriod(ctx: Ctx, r: number, row: string[], map: SigningColumnMap): Result<Period | null> {
  if (map.period !== null) {
    const text = cell(row, map.period);
    if (text === '') return ok(null);
    const p = parsePeriod(text);
    return p ? ok(p) : fail(error('signing.periodInvalid', { value: text }, at(ctx, r, map.period)));
  }
  if (map.periodFrom === null && map.periodTo === null) return ok(null);
  const fromText = cell(row, map.periodFrom);
  const toText = cell(row, map.periodTo);
  if (fromText === '' && toText === '') return ok(null);
  const from = parseDate(fromText);
  if (!from) return fail(error('signing.periodInvalid', { value: fromText }, at(ctx, r, map.periodFrom ?? map.periodTo!)));
  const to = map.periodTo === null ? from : parseDate(toText);
  if (!to) return fail(error('signing.periodInvalid', { value: toText }, at(ctx, r, map.periodTo!)));
  if (to < from) return fail(error('signing.periodInvalid', { value: `${fromText} – ${toText}` }, at(ctx, r, map.periodTo!)));
  return ok({ from, to });
}

function readTotals(ctx: Ctx, r: number, map: SigningColumnMap): NonNullable<SigningExport['totals']> {
  const row = ctx.grid[r]!;
  const t: NonNullable<SigningExport['totals']> = { sourceRow: ctx.lines[r]! };
  for (const [field, c] of [['requests', map.requests], ['signers', map.signers]] as const) {
    if (c === null) continue;
    const text = cell(row, c);
    if (text === '') continue;
    const parsed = parseCount(text);
    if (parsed.ok) t[field] = parsed.value;
    else ctx.warnings.push(warning('import.totalsUnreadable', { value: text }, at(ctx, r, c)));
  }
  return t;
}

/** Employer numbers stay text; Excel's ="000123" wrapper for keeping zeros is not part of it. */
function employerNumber(text: string): string {
  const m = /^="(.*)"$/.exec(text);
  return m ? m[1]!.trim() : text;
}
