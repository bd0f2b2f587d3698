/**
 * 'Ondertekenverzoeken per werkgever' → SigningExport.
 * The layout is not public (DOMAIN.md), so columns are found by their header texts, with
 * the variants we expect; the period from a column, a title line, the file name or the
 * user. Reading, header and report recognition, row shape and totals are the shared
 * import machinery; this file only knows the report. Every refusal names file, row and
 * column, and a dossier export or an Xpert report chosen here by mistake is named as such.
 */
import { error, fail, ok, warning, type Problem, type Result } from '../problems';
import { isBlank, Locator, seenHeaders } from './cells';
import { guardImport } from './guard';
import { findHeaderRow, gridWidth, headerScorer } from './header-row';
import { readInput } from './input';
import { otherReport } from './report-kind';
import { classifySigningHeader, mapSigningColumns } from './signing-columns';
import { commonPeriod, resolvePeriod } from './signing-periods';
import { readSigningRows } from './signing-rows';
import type { SigningExport, SigningImportOptions, SigningInput } from './signing-types';
import type { SourceInfo } from './types';

export { classifySigningHeader, type SigningHeaderRole } from './signing-columns';
export { formatPeriod, parsePeriod, periodInFileName, quarterOf, quarterPeriod } from './signing-periods';

/** What the separator sniffing looks for: this report's header (as findHeaderRow below finds it). */
export const signingHeaderScore = headerScorer(classifySigningHeader);

export function importSigningExport(input: SigningInput, source: SourceInfo, options: SigningImportOptions = {}): Result<SigningExport> {
  return guardImport(source, () => importUnguarded(input, source, options));
}

function importUnguarded(input: SigningInput, source: SourceInfo, options: SigningImportOptions): Result<SigningExport> {
  const warnings: Problem[] = [];
  const loc = new Locator(source.label, source.gridOrigin?.column ?? 0);
  const read = readInput(input, source, warnings, signingHeaderScore);
  if (!read.ok) return fail(read.error, warnings);
  const { grid, lines, strayQuotes } = read.value;
  if (!grid.some((row) => !isBlank(row))) return fail(error('import.empty', {}, loc.at()), warnings);

  const header = findHeaderRow(grid, classifySigningHeader);
  const other = otherReport(grid, { self: 'signing', headerIndex: header?.index ?? null });
  if (other) return fail(error('signing.otherReport', { report: other.kind }, loc.at()), warnings);
  if (!header) return fail(error('signing.noHeader', { headers: seenHeaders(grid) }, loc.at()), warnings);

  const headerCells = grid[header.index]!;
  loc.headers = headerCells.map((h) => h.trim());
  const mapped = mapSigningColumns(loc, header.roles, gridWidth(grid), options, warnings);
  if (!mapped.ok) return fail(mapped.error, warnings);
  const { columns, foundBy } = mapped.value;

  const titleRows = grid.slice(0, header.index);
  const reportPeriod = resolvePeriod(loc, source.fileName, titleRows, lines, options, warnings);
  if (!reportPeriod.ok) return fail(reportPeriod.error, warnings);

  const headerWidth = 'grid' in input ? null : headerCells.length;
  const rowsInput = { grid, lines, strayQuotes, start: header.index + 1, headerWidth, map: columns, reportPeriod: reportPeriod.value.period };
  const rows = readSigningRows(loc, rowsInput, warnings);
  if (!rows.ok) return fail(rows.error, warnings);
  const { employers, totals } = rows.value;
  if (employers.length === 0) return fail(error('import.noEmployers', {}, loc.at(lines[header.index]!)), warnings);

  let { period, from } = reportPeriod.value;
  if (!period && employers.every((e) => e.period)) from = 'column';
  if (!employers.every((e) => e.period)) warnings.push(warning('signing.periodUnknown', { file: source.label }, loc.at()));
  if (!period && from === 'column') period = commonPeriod(employers);

  return ok(
    {
      kind: 'loket-signing',
      source,
      period,
      periodFrom: from,
      headerRow: lines[header.index]!,
      headers: loc.headers,
      columns,
      columnsFoundBy: foundBy,
      employers,
      totals,
    },
    warnings,
  );
}
