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
import { error, fail, ok, type Problem, type Result } from '../problems';
import { cell, isBlank, Locator, seenHeaders } from './cells';
import { parseCount } from './counts';
import type { RowVisitor } from './delimited';
import { classifyDossierHeader, mapDossierColumns, type HeaderRole } from './dossier-columns';
import { resolvePeildatum } from './dossier-peildatum';
import { DossierRowReader } from './dossier-rows';
import { guardImport } from './guard';
import { findHeaderRow, gridWidth, headerScorer } from './header-row';
import { visitInput, type ImportInput } from './input';
import { typicalWidth } from './row-shape';
import { otherReport } from './report-kind';
import type { DossierColumnMap, DossierExport, DossierImportOptions, Grid, SourceInfo } from './types';

export { classifyDossierHeader, type HeaderRole } from './dossier-columns';

export type DossierInput = ImportInput;

/** What the separator sniffing looks for: this report's header (see findHeaderRow in analyseHead). */
export const dossierHeaderScore = headerScorer(classifyDossierHeader);

/** Non-blank rows kept to find the header; title lines and a header fit many times over. */
const HEAD_ROWS = 1000;

export function importDossierExport(input: DossierInput, source: SourceInfo, options: DossierImportOptions = {}): Result<DossierExport> {
  return guardImport(source, () => importUnguarded(input, source, options));
}

function importUnguarded(input: DossierInput, source: SourceInfo, options: DossierImportOptions): Result<DossierExport> {
  const warnings: Problem[] = [];
  const loc = new Locator(source.label, source.gridOrigin?.column ?? 0);
  const head: Grid = [];
  const headLines: number[] = [];
  /** Per head row: the line it ends on and the field of a stray quote (see RowVisitor). */
  const headEnds: number[] = [];
  const headStrays: number[] = [];
  const st = { nonBlank: 0, layout: null as Layout | null, reader: null as DossierRowReader | null, failure: null as Problem | null };

  const begin = (): boolean => {
    const layout = analyseHead(loc, head, options, warnings);
    if (!layout.ok) {
      st.failure = layout.error;
      return false;
    }
    st.layout = layout.value;
    const { headerIndex, dataStart, columns } = layout.value;
    // A grid from Excel cannot shift (see ShapeInput): no header width to hold rows to.
    const header = headerIndex >= 0 && !('grid' in input) ? head[headerIndex]!.length : null;
    const widths = { header, data: typicalWidth(head, dataStart) };
    const reader = new DossierRowReader(loc, columns, widths, warnings);
    st.reader = reader;
    for (let r = dataStart; r < head.length; r++) {
      st.failure = reader.add(head[r]!, headLines[r]!, headEnds[r]!, headStrays[r]!);
      if (st.failure) return false;
    }
    return true;
  };
  const visit: RowVisitor = (cells, line, endLine, strayQuote) => {
    if (st.reader) {
      st.failure = st.reader.add(cells, line, endLine, strayQuote);
      return st.failure === null;
    }
    head.push(cells);
    headLines.push(line);
    headEnds.push(endLine);
    headStrays.push(strayQuote);
    if (!isBlank(cells) && ++st.nonBlank >= HEAD_ROWS) return begin();
    return true;
  };

  const read = visitInput(input, source, warnings, visit, dossierHeaderScore);
  if (!read.ok && !st.failure) return fail(read.error, warnings);
  if (!st.failure && !st.reader) {
    if (st.nonBlank === 0) return fail(error('import.empty', {}, loc.at()), warnings);
    begin();
  }
  const { layout, reader, failure } = st;
  if (failure || !layout || !reader) return fail(failure ?? error('import.empty', {}, loc.at()), warnings);

  const rows = reader.done();
  if (rows.employers.length === 0) {
    const where = layout.headerIndex >= 0 ? loc.at(headLines[layout.headerIndex]!) : loc.at();
    return fail(error('import.noEmployers', {}, where), warnings);
  }
  const titleLines = headLines.slice(0, layout.titleRows.length);
  const peil = resolvePeildatum(loc, source, layout.titleRows, titleLines, rows.columnDate, options, warnings);
  if (!peil.ok) return fail(peil.error, warnings);

  const { encoding, delimiter } = read.ok ? read.value : {};
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

// ─── The head: header row, other reports, columns ─────────────────────────────────

interface Layout {
  /** Index into the head rows, -1 when the data has no header row. */
  headerIndex: number;
  dataStart: number;
  headers: string[];
  titleRows: Grid;
  columns: DossierColumnMap;
  foundBy: DossierExport['columnsFoundBy'];
}

function analyseHead(loc: Locator, head: Grid, options: DossierImportOptions, warnings: Problem[]): Result<Layout> {
  // The best-recognised row near the top, else the row above the first row that has
  // a count in the column the user chose, or in F.
  const found = findHeaderRow(head, classifyDossierHeader);
  let headerIndex = found?.index ?? -1;
  let roles: (HeaderRole | null)[] = found?.roles ?? [];
  let dataStart = headerIndex + 1;
  if (!found) {
    const fIdx = options.columns?.employeeDossiers ?? 5;
    const first = firstDataRow(head, fIdx, options.columns?.employerNumber ?? 0);
    if (first === -1) {
      const other = otherReport(head, { self: 'dossiers', headerIndex: null });
      if (other) return fail(error('import.otherReport', { report: other.kind }, loc.at()));
      return fail(error('import.noCountColumns', { headers: seenHeaders(head) }, loc.at()));
    }
    headerIndex = plainHeaderAbove(head, first, fIdx);
    roles = headerIndex >= 0 ? head[headerIndex]!.map(classifyDossierHeader) : [];
    dataStart = first;
  }
  const headers = headerIndex >= 0 ? head[headerIndex]!.map((h) => h.trim()) : [];
  loc.headers = headers;
  const titleRows = head.slice(0, headerIndex >= 0 ? headerIndex : dataStart);

  const other = otherReport(head, { self: 'dossiers', headerIndex: headerIndex >= 0 ? headerIndex : null, titleEnd: titleRows.length });
  if (other) return fail(error('import.otherReport', { report: other.kind }, loc.at()));

  const mapped = mapDossierColumns(loc, roles, gridWidth(head), head, options, warnings);
  if (!mapped.ok) return mapped;
  return ok({ headerIndex, dataStart, headers, titleRows, ...mapped.value });
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
