/**
 * 'Dossiervorming Qwoater per werkgever' → DossierExport.
 * Loket does not publish the layout, so everything is found by content: the header
 * row by its texts, the columns by their headers (else by the letters F and G the
 * official article names), the totals row by its label or its sums, the peildatum
 * from a title line, a date column or the file name. The user can override columns
 * and peildatum; every refusal names file, row and column.
 *
 * Rows are streamed: the first rows are kept to find the header, the rest go straight
 * into the row reader, so a 50 000-row file does not keep 400 000 cells alive.
 */
import { columnLabel, error, fail, ok, warning, type Location, type Problem, type Result } from '../problems';
import { parseCount, plainCount } from './counts';
import { findDateInFileName, formatDutchDate, parseDate, readPeildatumInTitle } from './dates';
import { visitDelimited, type RowVisitor } from './delimited';
import { decodeBytes } from './text';
import type { DossierColumnMap, DossierEmployer, DossierExport, DossierImportOptions, Grid, IsoDate, SourceInfo } from './types';

export type DossierInput = { bytes: Uint8Array } | { text: string } | { grid: Grid };

type Field = keyof DossierColumnMap;
export type HeaderRole = Field | 'numberOrName' | 'other' | 'signing' | 'sms';

/** Non-blank rows kept to find the header; title lines and a header fit many times over. */
const HEAD_ROWS = 1000;
/** How far down title lines may push a recognised header; Loket prints three or four. */
const HEADER_SEARCH_ROWS = 100;

export function importDossierExport(
  input: DossierInput,
  source: SourceInfo,
  options: DossierImportOptions = {},
): Result<DossierExport> {
  // A bug must still reach the user as a message, not as a crashed task pane.
  try {
    return importUnguarded(input, source, options);
  } catch (e) {
    return fail(error('import.unexpected', { reason: e instanceof Error ? e.message : String(e) }, { file: source.label }));
  }
}

function importUnguarded(input: DossierInput, source: SourceInfo, options: DossierImportOptions): Result<DossierExport> {
  const warnings: Problem[] = [];
  const ctx: Ctx = { file: source.label, colOffset: source.gridOrigin?.column ?? 0, headers: [], warnings };
  const head: Grid = [];
  const headLines: number[] = [];
  const st = { nonBlank: 0, layout: null as Layout | null, reader: null as RowReader | null, failure: null as Problem | null };

  const begin = (): boolean => {
    const layout = analyseHead(ctx, head, source, options);
    if (!layout.ok) {
      st.failure = layout.error;
      return false;
    }
    st.layout = layout.value;
    const reader = rowReader(ctx, layout.value.columns);
    st.reader = reader;
    for (let r = layout.value.dataStart; r < head.length; r++) {
      st.failure = reader.add(head[r]!, headLines[r]!);
      if (st.failure) return false;
    }
    return true;
  };
  const visit: RowVisitor = (cells, line) => {
    if (st.reader) {
      st.failure = st.reader.add(cells, line);
      return st.failure === null;
    }
    head.push(cells);
    headLines.push(line);
    if (!isBlank(cells) && ++st.nonBlank >= HEAD_ROWS) return begin();
    return true;
  };

  let encoding: DossierExport['encoding'];
  let delimiter: DossierExport['delimiter'];
  if ('grid' in input) {
    const first = source.gridOrigin?.row ?? 1;
    const grid = asText(input.grid);
    for (let r = 0; r < grid.length; r++) if (!visit(grid[r]!, first + r)) break;
  } else {
    let text: string;
    if ('bytes' in input) {
      const decoded = decodeBytes(input.bytes, source);
      warnings.push(...decoded.warnings);
      if (!decoded.ok) return fail(decoded.error, warnings);
      text = decoded.value.text;
      encoding = decoded.value.encoding;
    } else {
      text = input.text;
    }
    const read = visitDelimited(text, { source }, visit);
    if (!read.ok && !st.failure) return fail(read.error, warnings);
    if (read.ok) delimiter = read.value.delimiter;
  }
  if (!st.failure && !st.reader) {
    if (st.nonBlank === 0) return fail(error('import.empty', {}, { file: source.label }), warnings);
    begin();
  }
  const { layout, reader, failure } = st;
  if (failure || !layout || !reader) return fail(failure ?? error('import.empty', {}, { file: source.label }), warnings);

  const rows = reader.done();
  if (rows.employers.length === 0) {
    const where = layout.headerIndex >= 0 ? at(ctx, headLines[layout.headerIndex]!) : { file: source.label };
    return fail(error('import.noEmployers', {}, where), warnings);
  }
  const peil = resolvePeildatum(ctx, source, layout.titleRows, headLines, rows.columnDate, options);
  if (!peil.ok) return fail(peil.error, warnings);

  return ok(
    {
      kind: 'loket-dossiers',
      source,
      peildatum: peil.value.date,
      peildatumFrom: peil.value.from,
      headerRow: layout.headerIndex >= 0 ? headLines[layout.headerIndex]! : 0,
      headers: layout.headers,
      columns: layout.columns,
      columnsFoundBy: layout.foundBy,
      hasInactiveColumn: layout.columns.inactiveDossiers !== null,
      employers: rows.employers,
      totals: rows.totals,
      ...(encoding ? { encoding } : {}),
      ...(delimiter ? { delimiter } : {}),
    },
    warnings,
  );
}

// ─── Shared helpers ─────────────────────────────────────────────────────────────

interface Ctx {
  file: string;
  /** Grid column 0 sits this many columns right of column A (an Excel selection). */
  colOffset: number;
  headers: string[];
  warnings: Problem[];
}

function at(ctx: Ctx, row: number, c?: number): Location {
  const loc: Location = { file: ctx.file, row };
  if (c !== undefined) loc.column = label(ctx, c);
  return loc;
}

const label = (ctx: Ctx, c: number) => columnLabel(c + ctx.colOffset, ctx.headers[c]);

const cell = (row: string[], c: number | null): string => (c === null ? '' : (row[c] ?? '').trim());

function isBlank(row: string[]): boolean {
  for (const c of row) if (c.length && c.trim() !== '') return false;
  return true;
}

/** Office.js may hand over numbers or nulls despite the type; cells are text here. */
function asText(grid: Grid): Grid {
  const clean = grid.every((row) => row.every((c) => typeof c === 'string'));
  return clean ? grid : grid.map((row) => row.map((c: unknown) => (typeof c === 'string' ? c : c == null ? '' : String(c))));
}

// ─── Header row and column roles ──────────────────────────────────────────────────

const normalize = (s: string) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * What a header says, forgiving case, spaces, accents and punctuation. Order matters:
 * 'inactief' contains 'actief', and an active column must never become F or G.
 */
export function classifyDossierHeader(header: string): HeaderRole | null {
  const n = normalize(header);
  if (!n) return null;
  // On the raw text: glued together, 'Werknemers Maandloon' would hold 'sms'.
  if (/(^|[^a-z])sms([^a-z]|$)/i.test(header)) return 'sms';
  if (/onderteken|handtekening|verzoek/.test(n)) return 'signing';
  if (/inactie|inactive|nietactie|^inact/.test(n)) return 'inactiveDossiers';
  if (/actie|active|^act$/.test(n)) return 'activeDossiers';
  if (/werkgever|employer/.test(n) && /dossier/.test(n)) return 'employerDossiers';
  if (/werknemer|employee/.test(n) && /dossier/.test(n)) return 'employeeDossiers';
  if (/peildatum|^datum$|^date$|referencedate/.test(n)) return 'peildatum';
  if (/relatie|administratie|provider|debiteur|vestiging|loonheffing/.test(n)) return 'other';
  if (/^(werkgevers?|wg|employer)?(nummer|nr|no|code|id|number)$/.test(n)) return 'employerNumber';
  if (/^(naam(van)?(de)?(werkgever|bedrijf|onderneming)?|werkgeversnaam|werkgevernaam|bedrijfsnaam|handelsnaam|name|employername)$/.test(n)) {
    return 'employerName';
  }
  if (/^(werkgevers?|employer)$/.test(n)) return 'numberOrName';
  return null;
}

type FoundBy = DossierExport['columnsFoundBy'];

interface Layout {
  /** Index into the head rows, -1 when the data has no header row. */
  headerIndex: number;
  dataStart: number;
  headers: string[];
  titleRows: Grid;
  columns: DossierColumnMap;
  foundBy: FoundBy;
}

function analyseHead(ctx: Ctx, head: Grid, source: SourceInfo, options: DossierImportOptions): Result<Layout> {
  const file = { file: source.label };
  // The best-recognised row near the top, else the row above the first row that has
  // a count in the column the user chose, or in F.
  const found = findHeaderRow(head);
  let headerIndex = found?.index ?? -1;
  let roles: (HeaderRole | null)[] = found?.roles ?? [];
  let dataStart = headerIndex + 1;
  if (!found) {
    const fIdx = options.columns?.employeeDossiers ?? 5;
    const first = firstDataRow(head, fIdx, options.columns?.employerNumber ?? 0);
    if (first === -1) return fail(error('import.noCountColumns', { headers: seenHeaders(head) }, file));
    headerIndex = plainHeaderAbove(head, first, fIdx);
    roles = headerIndex >= 0 ? head[headerIndex]!.map(classifyDossierHeader) : [];
    dataStart = first;
  }
  const headers = headerIndex >= 0 ? head[headerIndex]!.map((h) => h.trim()) : [];
  ctx.headers = headers;
  const titleRows = head.slice(0, headerIndex >= 0 ? headerIndex : dataStart);

  const other = otherReport(titleRows, roles);
  if (other) return fail(error('import.otherReport', { report: other }, file));

  const width = head.reduce((w, row) => Math.max(w, row.length), 0);
  const mapped = mapColumns(ctx, roles, headers, width, head, options);
  if (!mapped.ok) return mapped;
  return ok({ headerIndex, dataStart, headers, titleRows, ...mapped.value });
}

function findHeaderRow(grid: Grid): { index: number; roles: (HeaderRole | null)[] } | null {
  let best: { index: number; roles: (HeaderRole | null)[] } | null = null;
  let bestScore = 1;
  const limit = Math.min(grid.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const roles = grid[r]!.map(classifyDossierHeader);
    const score = roles.filter((x) => x !== null).length;
    if (score > bestScore) {
      best = { index: r, roles };
      bestScore = score;
    }
  }
  return best;
}

function firstDataRow(grid: Grid, fIdx: number, nIdx: number): number {
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r]!;
    const f = cell(row, fIdx);
    if (cell(row, nIdx) !== '' && f !== '' && parseCount(f).ok) return r;
  }
  return -1;
}

/** An unrecognised header: the non-blank row just above the data, with text where F's count is. */
function plainHeaderAbove(grid: Grid, first: number, fIdx: number): number {
  for (let r = first - 1; r >= 0; r--) {
    const row = grid[r]!;
    if (isBlank(row)) continue;
    const f = cell(row, fIdx);
    return f !== '' && !parseCount(f).ok ? r : -1;
  }
  return -1;
}

function seenHeaders(grid: Grid): string {
  let widest: string[] = [];
  for (const row of grid.slice(0, 20)) {
    const filled = row.map((c) => c.trim()).filter((c) => c !== '');
    if (filled.length > widest.length) widest = filled;
  }
  return widest.length ? widest.map((h) => `'${h}'`).join(', ') : '(geen)';
}

/** Users pick the wrong file more often than files are broken; name the report it is. */
function otherReport(titleRows: Grid, roles: (HeaderRole | null)[]): 'signing' | 'xpert' | null {
  if (roles.includes('signing')) return 'signing';
  if (roles.includes('sms')) return 'xpert';
  const title = titleRows.map((r) => r.join(' ')).join(' ');
  if (/dossiervorming/i.test(title)) return null;
  if (/onderteken/i.test(title)) return 'signing';
  if (/\bsms\b|xpert\s*suite|otherside/i.test(title)) return 'xpert';
  return null;
}

const FIELDS: readonly Field[] = [
  'employerNumber', 'employeeDossiers', 'inactiveDossiers', 'employerDossiers', 'employerName', 'activeDossiers', 'peildatum',
];

function mapColumns(
  ctx: Ctx,
  roles: (HeaderRole | null)[],
  headers: string[],
  width: number,
  head: Grid,
  options: DossierImportOptions,
): Result<{ columns: DossierColumnMap; foundBy: FoundBy }> {
  const file = ctx.file;
  const byHeader = new Map<HeaderRole, number[]>();
  roles.forEach((role, i) => {
    if (role) byHeader.set(role, [...(byHeader.get(role) ?? []), i]);
  });
  // 'Werkgever' alone is the number when another column has the name, and vice versa.
  const bare = byHeader.get('numberOrName');
  if (bare) {
    if (!byHeader.has('employerNumber')) byHeader.set('employerNumber', bare);
    else if (!byHeader.has('employerName')) byHeader.set('employerName', bare);
  }

  const columns: Record<Field, number | null> = {
    employerNumber: null, employerName: null, employerDossiers: null, employeeDossiers: null,
    inactiveDossiers: null, activeDossiers: null, peildatum: null,
  };
  const foundBy: FoundBy = {};
  const used = new Map<number, Field>();
  const take = (f: Field, c: number, how: 'header' | 'letter' | 'user'): Problem | null => {
    const prior = used.get(c);
    if (prior) return error('import.columnTwice', { column: label(ctx, c), first: prior, second: f }, { file, column: label(ctx, c) });
    columns[f] = c;
    foundBy[f] = how;
    used.set(c, f);
    return null;
  };

  // The user's choice first, so a header guess never takes a column they assigned.
  const user = options.columns ?? {};
  for (const f of FIELDS) {
    const c = user[f];
    if (c === undefined) continue;
    if (c === null) {
      // The number and F cannot be absent; a null there means "guess", not "none".
      if (f !== 'employerNumber' && f !== 'employeeDossiers') foundBy[f] = 'user';
      continue;
    }
    if (!Number.isInteger(c) || c < 0 || c >= width) {
      const column = Number.isInteger(c) && c >= 0 ? label(ctx, c) : String(c);
      return fail(error('import.columnOutOfRange', { field: f, column, width }, { file, column }));
    }
    const clash = take(f, c, 'user');
    if (clash) return fail(clash);
  }
  for (const f of FIELDS) {
    if (foundBy[f]) continue;
    const cands = (byHeader.get(f) ?? []).filter((c) => !used.has(c));
    if (cands.length === 0) continue;
    take(f, cands[0]!, 'header');
    if (cands.length > 1) {
      const params = { field: f, chosen: label(ctx, cands[0]!), other: label(ctx, cands[1]!) };
      ctx.warnings.push(warning('import.columnAmbiguous', params, { file, column: label(ctx, cands[1]!) }));
    }
  }

  // Letters, as the official article names them; only for a column whose header says
  // nothing we know, so an 'Actieve …' column can never become F or G.
  const free = (c: number) => c < width && (roles[c] ?? null) === null && !used.has(c);
  const byLetter = (f: Field, c: number, tell: boolean) => {
    take(f, c, 'letter');
    if (tell) ctx.warnings.push(warning('import.columnByLetter', { field: f, column: label(ctx, c) }, { file, column: label(ctx, c) }));
  };
  const seen = () => {
    const named = headers.filter((h) => h !== '');
    return named.length ? named.map((h) => `'${h}'`).join(', ') : seenHeaders(head);
  };
  if (!foundBy.employerNumber) {
    if (!free(0)) return fail(error('import.noEmployerNumberColumn', { headers: seen() }, { file }));
    byLetter('employerNumber', 0, headers.length > 0);
  }
  if (!foundBy.employeeDossiers) {
    if (!free(5)) return fail(error('import.noCountColumns', { headers: seen() }, { file }));
    byLetter('employeeDossiers', 5, true);
  }
  if (!foundBy.inactiveDossiers) {
    // G by letter only where the layout is the article's: F itself by letter, or F in F.
    const layoutIsLoket = foundBy.employeeDossiers === 'letter' || (columns.employeeDossiers === 5 && (headers[6] ?? '') !== '');
    if (layoutIsLoket && free(6)) byLetter('inactiveDossiers', 6, true);
  }
  if (!foundBy.employerName && free(1)) byLetter('employerName', 1, false);
  if (!foundBy.employerDossiers) ctx.warnings.push(warning('import.noEmployerDossierColumn', {}, { file }));

  // Each branch above either set the number and F or returned a failure.
  return ok({ columns: { ...columns, employerNumber: columns.employerNumber!, employeeDossiers: columns.employeeDossiers! }, foundBy });
}

// ─── Rows ───────────────────────────────────────────────────────────────────────

type Totals = NonNullable<DossierExport['totals']>;
type CountField = 'employerDossiers' | 'employeeDossiers' | 'inactiveDossiers';
const COUNT_FIELDS: readonly CountField[] = ['employerDossiers', 'employeeDossiers', 'inactiveDossiers'];

interface Rows {
  employers: DossierEmployer[];
  totals: Totals | null;
  columnDate: { date: IsoDate; row: number } | null;
}

interface RowReader {
  /** Reads one row; returns the Problem that stops the import, if any. */
  add(row: string[], line: number): Problem | null;
  done(): Rows;
}

/** 'Totaal', 'Totalen', 'Eindtotaal:' — but not 'Totaalbouw B.V.', a real employer. */
const TOTALS_LABEL = /^\s*(eind|generaal\s*)?tota(a)?l(en|s)?(\b|$)/i;

/** Labels start with a letter; employer numbers with a digit, so most rows skip the regex. */
function mayBeLabel(s: string): boolean {
  const c = s.charCodeAt(0) | 0x20;
  return c === 0x74 /* t */ || c === 0x65 /* e */ || c === 0x67 /* g */;
}

/**
 * Employer numbers stay text, leading zeros and all. Excel writes ="000123" when it
 * wants a CSV reader to keep the zeros; that wrapper is not part of the number.
 */
function employerNumber(text: string): string {
  if (text.charCodeAt(0) !== 61 /* = */) return text;
  const m = /^="(.*)"$/.exec(text);
  return m ? m[1]!.trim() : text;
}

/**
 * The hot path (50 000 rows): no per-row closures or records, a regex only when a cell
 * could be a totals label or a date differs from the previous row's.
 */
function rowReader(ctx: Ctx, map: DossierColumnMap): RowReader {
  const N = map.employerNumber;
  const E = map.employerDossiers;
  const F = map.employeeDossiers;
  const G = map.inactiveDossiers;
  const cols: Record<CountField, number | null> = { employerDossiers: E, employeeDossiers: F, inactiveDossiers: G };
  const employers: DossierEmployer[] = [];
  const byNumber = new Map<string, DossierEmployer>();
  const sums: Record<CountField, number> = { employerDossiers: 0, employeeDossiers: 0, inactiveDossiers: 0 };
  const empty = new Map<CountField, { count: number; firstRow: number }>();
  let totals: Totals | null = null;
  let columnDate: Rows['columnDate'] = null;
  let lastDateText = '';
  let activeWarned = false;
  const headerF = ctx.headers[F] ?? '';
  let problem: Problem | null = null;

  /** A count cell, or -1 with `problem` set; an absent column reads as 0 without a warning. */
  const count = (c: number | null, text: string, f: CountField, line: number): number => {
    if (c === null) return 0;
    const plain = plainCount(text);
    if (plain >= 0) return plain;
    const parsed = parseCount(text);
    if (!parsed.ok) {
      problem = error(parsed.code, { value: text }, at(ctx, line, c));
      return -1;
    }
    if (parsed.empty) {
      const seen = empty.get(f);
      if (seen) seen.count++;
      else empty.set(f, { count: 1, firstRow: line });
    }
    return parsed.value;
  };

  const add = (row: string[], line: number): Problem | null => {
    const rawNumber = cell(row, N);
    // Most rows have a number, which already proves they are not blank.
    if (rawNumber === '' && isBlank(row)) return null;
    const number = employerNumber(rawNumber);
    const eText = cell(row, E);
    const fText = cell(row, F);
    const gText = cell(row, G);
    const countsPresent = eText !== '' || fText !== '' || gText !== '';
    const labelled = mayBeLabel(number) ? TOTALS_LABEL.test(number) : number === '' && row.some((c) => TOTALS_LABEL.test(c));

    if (totals) {
      // Footer notes may follow the totals; another employer may not.
      if (number !== '' && !labelled && fText !== '' && parseCount(fText).ok) {
        return error('import.rowsAfterTotals', { totalsRow: totals.sourceRow }, at(ctx, line, N));
      }
      return null;
    }
    // A header repeated on every page of a printed-then-converted report.
    if (headerF !== '' && fText === headerF) return null;

    if (labelled || (number === '' && countsPresent)) {
      const t = readTotalsRow(ctx, row, line, cols);
      const matches = COUNT_FIELDS.every((f) => t[f] === undefined || t[f] === sums[f]);
      if (!labelled && !matches) return error('import.missingEmployerNumber', {}, at(ctx, line, N));
      for (const f of COUNT_FIELDS) {
        const v = t[f];
        if (v !== undefined && v !== sums[f]) {
          ctx.warnings.push(warning('import.totalsMismatch', { field: f, file: v, computed: sums[f] }, at(ctx, line, cols[f]!)));
        }
      }
      totals = t;
      return null;
    }
    // A row that stops before column F was cut off, or split by another separator than
    // the rest ('000102,Bakkerij,…' is one cell in a ';' file). Skipping it would drop
    // an employer from the total without a word.
    if (row.length <= F && (/^\d+$/.test(number) || splitByOther(row, F))) {
      return error('import.rowTooShort', { cells: row.length }, at(ctx, line, F));
    }
    const name = cell(row, map.employerName);
    if (name.length > MAX_CELL || number.length > MAX_CELL) {
      const c = name.length > MAX_CELL ? map.employerName! : N;
      return error('import.cellTooLong', { length: Math.max(name.length, number.length), max: MAX_CELL }, at(ctx, line, c));
    }
    // Notes such as 'Afgedrukt op …' have no counts; a name alone is no employer either.
    if (!countsPresent && (number === '' || name === '')) {
      ctx.warnings.push(warning('import.skippedRow', { text: row.map((c) => c.trim()).filter(Boolean).join(' ') }, at(ctx, line)));
      return null;
    }

    const e = count(E, eText, 'employerDossiers', line);
    const f = e < 0 ? -1 : count(F, fText, 'employeeDossiers', line);
    const g = f < 0 ? -1 : count(G, gText, 'inactiveDossiers', line);
    if (g < 0) return problem;
    if (g > f) return error('import.inactiveAboveTotal', { inactive: g, total: f }, at(ctx, line, G!));

    if (map.peildatum !== null) {
      const text = cell(row, map.peildatum);
      if (text !== '' && text !== lastDateText) {
        const date = parseDate(text);
        if (!date) return error('import.peildatumInvalid', { value: text }, at(ctx, line, map.peildatum));
        if (!columnDate) columnDate = { date, row: line };
        else if (columnDate.date !== date) {
          const params = { first: formatDutchDate(columnDate.date), firstRow: columnDate.row, other: formatDutchDate(date) };
          return error('import.peildatumMixed', params, at(ctx, line, map.peildatum));
        }
        lastDateText = text;
      }
    }

    const employer: DossierEmployer = { number, name, employerDossiers: e, employeeDossiers: f, inactiveDossiers: g, sourceRow: line };
    if (map.activeDossiers !== null) {
      const text = cell(row, map.activeDossiers);
      const plain = plainCount(text);
      const parsed = plain >= 0 ? null : parseCount(text);
      if (!parsed) employer.activeDossiers = plain;
      else if (parsed.ok) {
        if (!parsed.empty) employer.activeDossiers = parsed.value;
      } else if (!activeWarned) {
        activeWarned = true;
        ctx.warnings.push(warning('import.activeUnreadable', { value: text }, at(ctx, line, map.activeDossiers)));
      }
    }
    sums.employerDossiers += e;
    sums.employeeDossiers += f;
    sums.inactiveDossiers += g;

    const prior = byNumber.get(number);
    if (prior) {
      const same = prior.employerDossiers === e && prior.employeeDossiers === f && prior.inactiveDossiers === g;
      const params = { number, firstRow: prior.sourceRow, row: line };
      if (!same) return error('import.duplicateEmployerConflict', params, at(ctx, line, N));
      ctx.warnings.push(warning('import.duplicateEmployer', params, at(ctx, line, N)));
      return null;
    }
    byNumber.set(number, employer);
    employers.push(employer);
    return null;
  };

  const done = (): Rows => {
    for (const [f, { count: n, firstRow }] of empty) {
      ctx.warnings.push(warning('import.count.emptyAsZero', { count: n, firstRow }, { file: ctx.file, column: label(ctx, cols[f]!) }));
    }
    return { employers, totals, columnDate };
  };
  return { add, done };
}

/** Excel's limit per cell; a longer name could never reach a workbook. */
const MAX_CELL = 32_767;

/** Does a short row hold enough ',', TAB or ';' to have been a full row under another separator? */
function splitByOther(row: string[], f: number): boolean {
  const text = row.join('\u0000');
  for (const d of [',', '\t', ';']) {
    let n = 0;
    for (let i = text.indexOf(d); i !== -1 && n < f; i = text.indexOf(d, i + 1)) n++;
    if (n >= f) return true;
  }
  return false;
}

function readTotalsRow(ctx: Ctx, row: string[], line: number, cols: Record<CountField, number | null>): Totals {
  const t: Totals = { sourceRow: line };
  for (const f of COUNT_FIELDS) {
    const c = cols[f];
    if (c === null) continue;
    const text = cell(row, c);
    if (text === '') continue;
    const parsed = parseCount(text);
    if (parsed.ok) t[f] = parsed.value;
    else ctx.warnings.push(warning('import.totalsUnreadable', { value: text }, at(ctx, line, c)));
  }
  return t;
}

// ─── Peildatum ──────────────────────────────────────────────────────────────────

type PeildatumFrom = DossierExport['peildatumFrom'];

/**
 * Title line, else date column, else file name. A user's choice wins over all of them
 * (that is what the override is for), with a warning when the file says otherwise.
 */
function resolvePeildatum(
  ctx: Ctx,
  source: SourceInfo,
  titleRows: Grid,
  titleLines: number[],
  column: Rows['columnDate'],
  options: DossierImportOptions,
): Result<{ date: IsoDate | null; from: PeildatumFrom }> {
  const file = { file: ctx.file };
  let title: IsoDate | null = null;
  for (let r = 0; r < titleRows.length && !title; r++) {
    const row = titleRows[r]!;
    const found = readPeildatumInTitle(row.filter((c) => c.trim() !== '').join(' '));
    if (found && 'invalid' in found) {
      const c = Math.max(0, row.findIndex((x) => x.includes(found.invalid)));
      const where = { file: ctx.file, row: titleLines[r]!, column: columnLabel(c + ctx.colOffset) };
      return fail(error('import.peildatumInvalid', { value: found.invalid }, where));
    }
    title = found?.iso ?? null;
  }
  if (title && column && title !== column.date) {
    return fail(error('import.peildatumConflict', { title: formatDutchDate(title), column: formatDutchDate(column.date) }, file));
  }
  const fromName = source.fileName ? findDateInFileName(source.fileName) : null;
  let date: IsoDate | null = title ?? column?.date ?? fromName;
  let from: PeildatumFrom = title ? 'title' : column ? 'column' : fromName ? 'filename' : null;
  if (date && fromName && fromName !== date) {
    ctx.warnings.push(warning('import.peildatumFileNameDiffers', { fileDate: formatDutchDate(fromName), found: formatDutchDate(date) }, file));
  }
  if (options.peildatum !== undefined) {
    const user = parseDate(options.peildatum);
    if (!user) return fail(error('import.peildatumOptionInvalid', { value: options.peildatum }, file));
    if (date && date !== user) {
      ctx.warnings.push(warning('import.peildatumOverridden', { user: formatDutchDate(user), found: formatDutchDate(date) }, file));
    }
    if (date !== user) {
      date = user;
      from = 'user';
    }
  }
  return ok({ date, from });
}
