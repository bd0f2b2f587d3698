/**
 * An Otherside at Work specification from the Xpert Suite → XpertReport.
 * The layout is not public (DOMAIN.md), so everything is found by content, as with
 * Loket: the header row by its texts, columns by header synonyms, the totals row by its
 * label or its empty employer cells, the month from the title, a column, the peildatum
 * or the file name. The user can override columns and month; every refusal names
 * file, row and column. Pure and synchronous: an .xlsx or a PDF is read into a grid at the
 * edge first (src/readers/), then comes through here as `{ grid }`.
 */
import { error, fail, ok, type Problem, type Result } from '../problems';
import { cell, isBlank, Locator, seenHeaders } from './cells';
import { parseCount } from './counts';
import { guardImport } from './guard';
import { findHeaderRow, gridWidth, HEADER_SEARCH_ROWS, headerScorer } from './header-row';
import { readInput } from './input';
import { otherReport } from './report-kind';
import type { Grid, SourceInfo } from './types';
import { classifyXpertHeader, hasCountRole, mapXpertColumns } from './xpert-columns';
import { resolveMonth } from './xpert-month';
import { readXpertRows } from './xpert-rows';
import type { XpertImportOptions, XpertInput, XpertReport } from './xpert-types';

export { classifyXpertHeader, looksLikeXpertHeader, type XpertRole } from './xpert-columns';
export { employerKey } from './xpert-rows';

/** The header: a row with a count column, each role counted once. */
const XPERT_HEADER = { accept: hasCountRole, distinct: true };
/** What the separator sniffing looks for: this report's header, as findHeaderRow below finds it. */
export const xpertHeaderScore = headerScorer(classifyXpertHeader, XPERT_HEADER);

export function importXpertReport(input: XpertInput, source: SourceInfo, options: XpertImportOptions = {}): Result<XpertReport> {
  return guardImport(source, () => importUnguarded(input, source, options));
}

function importUnguarded(input: XpertInput, source: SourceInfo, options: XpertImportOptions): Result<XpertReport> {
  const warnings: Problem[] = [];
  const loc = new Locator(source.label, source.gridOrigin?.column ?? 0);
  const read = readInput(input, source, warnings, xpertHeaderScore);
  // The shared refusal of a PDF points to Loket; this one points to the Xpert Suite.
  if (!read.ok && read.error.code === 'import.pdf') return fail(error('xpert.pdf', {}, loc.at()), warnings);
  if (!read.ok) return fail(read.error, warnings);
  const { grid, lines, strayQuotes } = read.value;
  if (!grid.some((row) => !isBlank(row))) return fail(error('import.empty', {}, loc.at()), warnings);

  const header = findHeaderRow(grid, classifyXpertHeader, XPERT_HEADER);
  const other = otherReport(grid, { self: 'xpert', headerIndex: header?.index ?? null });
  if (other) return fail(otherReportError(loc, other.kind, other.row === null ? undefined : lines[other.row], other.headers), warnings);

  // Without a recognised header the user's column choice finds the data: its first row
  // with a count, and the row above it (if it holds text there) as the header.
  const width = gridWidth(grid);
  let headerIndex = header?.index ?? -1;
  let dataStart = headerIndex + 1;
  const chosen = options.columns?.employees;
  // A choice outside the data is reported by the column mapping, with the column it names.
  if (!header && !(typeof chosen === 'number' && chosen >= width)) {
    const first = typeof chosen === 'number' ? firstCountRow(grid, chosen) : -1;
    if (first === -1) return fail(error('xpert.noEmployeesColumn', { headers: seenHeaders(grid) }, loc.at()), warnings);
    dataStart = first;
    headerIndex = first > 0 && !isBlank(grid[first - 1]!) && !parseCount(cell(grid[first - 1]!, chosen!)).ok ? first - 1 : -1;
  }
  loc.headers = headerIndex >= 0 ? grid[headerIndex]!.map((h) => h.trim()) : [];

  const mapped = mapXpertColumns(loc, grid, header?.roles ?? [], dataStart, dataStart > 0 ? lines[dataStart - 1] : undefined, options, warnings);
  if (!mapped.ok) return fail(mapped.error, warnings);
  const { columns, foundBy } = mapped.value;

  // A grid from Excel or an .xlsx cannot shift (see ShapeInput): no width to hold rows to.
  const headerWidth = headerIndex >= 0 && !('grid' in input) ? grid[headerIndex]!.length : null;
  const rows = readXpertRows(loc, { grid, lines, strayQuotes, start: dataStart, headerWidth, columns }, warnings);
  if (!rows.ok) return fail(rows.error, warnings);
  if (rows.value.employers.length === 0) {
    return fail(error('xpert.noEmployers', {}, headerIndex >= 0 ? loc.at(lines[headerIndex]) : loc.at()), warnings);
  }

  const titleEnd = headerIndex >= 0 ? headerIndex : dataStart;
  const month = resolveMonth(loc, source.fileName, grid.slice(0, titleEnd), lines, rows.value, options, warnings);
  if (!month.ok) return fail(month.error, warnings);

  return ok(
    {
      kind: 'xpert-suite',
      source,
      period: month.value.period,
      periodFrom: month.value.from,
      peildatum: month.value.peildatum,
      headerRow: headerIndex >= 0 ? lines[headerIndex]! : 0,
      headers: loc.headers,
      columns,
      columnsFoundBy: foundBy,
      hasSmsColumn: columns.sms !== null,
      employers: rows.value.employers,
      totals: rows.value.totals,
    },
    warnings,
  );
}

/** A Loket export says which of its columns show it, and where to get the right file. */
function otherReportError(loc: Locator, kind: 'dossiers' | 'signing' | 'xpert', row: number | undefined, headers: string[]): Problem {
  if (kind === 'signing') return error('xpert.signingExport', {}, loc.at(row));
  const shown = headers.length ? headers.map((h) => `'${h}'`).join(', ') : "'Dossiervorming Qwoater per werkgever'";
  return error('xpert.loketExport', { headers: shown }, loc.at(row));
}

function firstCountRow(grid: Grid, c: number): number {
  for (let r = 0; r < Math.min(grid.length, HEADER_SEARCH_ROWS * 10); r++) {
    const parsed = parseCount(cell(grid[r]!, c));
    if (parsed.ok && !parsed.empty) return r;
  }
  return -1;
}
