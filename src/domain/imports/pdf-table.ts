/**
 * A report printed to PDF → the grid of cells the CSV of the same report would hold, so
 * that the same importers (header mapping, peildatum, totals, warnings, errors) read it.
 * Rebuilt from where the text sits, page by page:
 *
 *  - The header is the band of one to four closely spaced lines of words right above a
 *    row with counts, in which the most texts name a column we know (`isHeader`). A header
 *    cell wrapped over lines ('Aantal' / 'werknemers-' / 'dossier') is read bottom-up: a
 *    word joins the cell it stands over, so the cell reads 'Aantal werknemersdossier'; a
 *    word standing over several cells (a group heading) joins each of them.
 *  - Columns are the header cells' x-ranges: the border between two columns lies midway
 *    between their headers, or midway in the gap the rows' text leaves there, and a piece
 *    of text belongs to the column it overlaps most, so right-aligned numbers and long
 *    left-aligned names each land in their own column.
 *  - Rows are lines with counts (or amounts). A line of words within a line's height of a
 *    row, in columns where that row has words or nothing and clear of its other cells (a
 *    name over two lines), belongs to the nearer such row, above or below it.
 *  - Every page may repeat the header: its own x-ranges place that page's text (a landscape
 *    page after a portrait one) under the first header's columns. Lines above it are the
 *    page's heading on later pages, and the title lines (with the peildatum) on the first.
 *  - Page numbers ('Pagina 3 van 12', 'Page 3 of 12', '3 / 12'), lines of words that recur
 *    on two or more pages outside the rows (a print date, the provider in a footer) and
 *    lines in the bottom margin below the table go: they are the page's, not the report's.
 *  - Everything else stays a row of its own, as in the CSV: the totals row, a note.
 *
 * Without a recognised header the columns come from the rows' own text, left to right, and
 * the importer finds its columns as it would in a CSV without headers. `places` says per
 * grid row which page and which row on that page it came from, so messages can name them.
 */
import { plainCount } from './counts';
import { pageLines, partsText, type PdfChunk, type PdfLine, type PdfPart } from './pdf-lines';
import type { PdfPlace, PdfText } from './pdf-text';
import type { Grid } from './types';

export interface PdfTable {
  grid: Grid;
  /** Per grid row: where it sits in the PDF. */
  places: PdfPlace[];
  /** The recognised header's index in the grid; -1 without one (the columns are then the rows' own). */
  headerRow: number;
  /** The page count the page numbers print ('Pagina 3 van 12' → 12), if any. */
  printedPages: number | null;
}

export interface PdfTableOptions {
  /** Does this (joined) header text name a column of a report we read? */
  isHeader: (text: string) => boolean;
}

interface Span {
  x0: number;
  x1: number;
}

interface HeaderCell extends Span {
  text: string;
}

interface Band {
  /** Index of the header's first line, and of the line after its last. */
  start: number;
  end: number;
  cells: HeaderCell[];
}

/** A column on one page: the x-range it owns and the grid column it fills. */
interface Zone {
  from: number;
  to: number;
  column: number;
  /** The header cell (or, without a header, the run of text) the zone was made from. */
  cell: Span;
}

interface Row {
  page: number;
  lines: PdfLine[];
  /** Its own line has counts: only such rows take continuation lines. */
  counts: boolean;
  zones: Zone[];
}

const MAX_HEADER_LINES = 4;
/** Lines of one wrapped header are at most this many font sizes apart. */
const HEADER_LEADING = 1.7;
/** The first row is at most this many font sizes below the header. */
const HEADER_TO_ROW = 5;
/** A continuation line is at most this many font sizes from the line it continues. */
const CONTINUATION = 1.6;

/** 'Pagina 3 van 12', 'Page 3 of 12', 'Blad 3', '3 / 12', '- 3 -'; the count of pages is caught. */
const PAGE_NUMBER = /^(?:(?:pagina|page|blad|pag\.?|p\.)\s*\d+(?:\s*(?:van|of|\/|-)\s*(\d+))?|\d+\s*(?:\/|van|of)\s*(\d+)|-\s*\d+\s*-)$/i;
const DATE = /\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d{2}-\d{2}/;

/** A count or an amount: '1.204', '-3', '€ 4,93', '-€ 10,00', '10,00-', '(10,00)'. */
const isNumber = (text: string): boolean => plainCount(text) >= 0 || /^[-−(]?\s*(?:€|EUR)?\s*[-−]?\d[\d.,]*\)?-?$/i.test(text);
const isCountLine = (line: PdfLine): boolean => line.chunks.length >= 2 && line.chunks.some((c) => isNumber(c.text));
const wordsOnly = (line: PdfLine): boolean => line.chunks.every((c) => !isNumber(c.text) && !DATE.test(c.text));
const textOf = (line: PdfLine): string => line.chunks.map((c) => c.text).join(' ');
const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0));

export function pdfTable(pdf: PdfText, options: PdfTableOptions): PdfTable {
  let printedPages: number | null = null;
  const isPageNumber = (l: PdfLine) => {
    const m = PAGE_NUMBER.exec(textOf(l));
    const of = m?.[1] ?? m?.[2];
    if (of) printedPages = Math.max(printedPages ?? 0, Number(of));
    return m !== null;
  };
  const pages = pdf.pages.map((p) => ({ number: p.number, width: p.width, height: p.height, lines: pageLines(p).filter((l) => !isPageNumber(l)) }));
  const bands = pages.map((p) => findHeader(p.lines, options.isHeader));
  const first = bands.findIndex((b) => b !== null);
  const columns: HeaderCell[] = first >= 0 ? bands[first]!.cells : dataColumns(pages.flatMap((p) => p.lines.filter(isCountLine)));
  const baseWidth = first >= 0 ? pages[first]!.width : (pages[0]?.width ?? 0);

  const titles: Row[] = [];
  const body: Row[] = [];
  let zones = zonesOf(columns.map((c, i) => ({ ...c, column: i })));
  let zonesWidth = baseWidth;
  for (const [i, page] of pages.entries()) {
    const band = bands[i];
    if (band) {
      const scale = baseWidth > 0 ? page.width / baseWidth : 1;
      zones = zonesOf(band.cells.map((c) => ({ ...c, column: columnOf(c, columns, scale) })));
      zonesWidth = page.width;
    } else if (zonesWidth > 0 && page.width > 0 && page.width !== zonesWidth) {
      // A page of another orientation without a header of its own: the last columns, scaled.
      const k = page.width / zonesWidth;
      zones = zones.map((z) => ({ from: z.from * k, to: z.to * k, column: z.column, cell: { x0: z.cell.x0 * k, x1: z.cell.x1 * k } }));
      zonesWidth = page.width;
    }
    const cells = zones.map((z) => z.cell).sort((a, b) => a.x0 - b.x0);
    const lines = page.lines.map((l) => (isCountLine(l) ? { ...l, chunks: l.chunks.flatMap((c) => acrossColumns(c, cells)) } : l));
    const below = band ? band.end : Math.max(0, lines.findIndex(isCountLine));
    const fitted = fitToRows(zones, lines.slice(below));
    const top = band ? band.start : tableTop(lines, fitted);
    // Above the table: the title on the first page, the page's heading on the others.
    if (i === 0) for (const line of lines.slice(0, top)) titles.push({ page: page.number, lines: [line], counts: false, zones: fitted });
    body.push(...withoutFooter(pageRows(page.number, lines.slice(band ? band.end : top), fitted), page.height));
  }

  const furniture = recurring(body);
  const kept = body.filter((r) => r.counts || r.lines.length > 1 || !furniture.has(furnitureKey(r.lines[0]!)));

  const grid: Grid = [];
  const places: PdfPlace[] = [];
  const rowsOnPage = new Map<number, number>();
  const add = (cells: string[], page: number) => {
    const row = (rowsOnPage.get(page) ?? 0) + 1;
    rowsOnPage.set(page, row);
    grid.push(cells);
    places.push({ page, row });
  };
  for (const r of titles) add(cellsOf(r, columns.length), r.page);
  const headerRow = first >= 0 ? grid.length : -1;
  if (first >= 0) {
    add(columns.map((c) => c.text), pages[first]!.number);
    // Later pages repeat the header: it is their first row, as a reader counts.
    bands.forEach((b, i) => b && i !== first && rowsOnPage.set(pages[i]!.number, 1));
  }
  for (const r of kept) add(cellsOf(r, columns.length), r.page);
  return { grid, places, headerRow, printedPages };
}

// ─── The header ──────────────────────────────────────────────────────────────────

/**
 * The best-recognised header band above one of the page's first rows with counts; null
 * when none names two columns. The band may end a line or two above the row: the first
 * line of a name printed above its centred numbers is not the header's last line.
 */
function findHeader(lines: PdfLine[], isHeader: (text: string) => boolean): Band | null {
  let tried = 0;
  for (let f = 0; f < lines.length && tried < 6; f++) {
    if (!isCountLine(lines[f]!)) continue;
    tried++;
    let best: Band | null = null;
    let bestScore = 1;
    for (let end = f; end >= Math.max(1, f - 2); end--) {
      if (end < f && !wordsOnly(lines[end]!)) break;
      for (let k = 1; k <= MAX_HEADER_LINES && end - k >= 0; k++) {
        const top = lines[end - k]!;
        const below = lines[end - k + 1]!;
        if (!wordsOnly(top)) break;
        if (below.y - top.y > (k === 1 ? HEADER_TO_ROW : HEADER_LEADING) * Math.max(top.height, below.height)) break;
        const cells = headerCells(lines.slice(end - k, end));
        if (!cells) break;
        const score = cells.filter((c) => isHeader(c.text)).length;
        // A line that only lengthens cells is a wrapped header; one that adds cells is a title, unless it names more.
        const wraps = best !== null && best.end === end && cells.length === best.cells.length;
        if (score > bestScore || (score === bestScore && wraps)) {
          best = { start: end - k, end, cells };
          bestScore = score;
        }
      }
    }
    if (best) return best;
  }
  return null;
}

/**
 * Header cells from bottom to top: a word joins the cell(s) it stands over, else starts
 * one. Null when a line runs over the first column and others: that is a title above the
 * header (group headings stand over the counts, not over the employer's number).
 */
function headerCells(band: PdfLine[]): HeaderCell[] | null {
  const cells: (Span & { parts: string[] })[] = band[band.length - 1]!.chunks.map((c) => ({ x0: c.x0, x1: c.x1, parts: [c.text] }));
  for (let l = band.length - 2; l >= 0; l--) {
    for (const chunk of band[l]!.chunks) {
      const hits = cells.map((cell) => ({ cell, o: overlap(cell, chunk) })).filter((h) => h.o > 0);
      // A group heading covers at least half of each cell under it; a wrapped word joins the one it covers most.
      const spanned = hits.filter((h) => h.o >= 0.5 * (h.cell.x1 - h.cell.x0));
      if (hits.length > 1 && spanned.length > 1) {
        const leftmost = cells.reduce((a, b) => (b.x0 < a.x0 ? b : a));
        if (spanned.some((h) => h.cell === leftmost)) return null;
        for (const h of spanned) h.cell.parts.unshift(chunk.text);
      } else if (hits.length) {
        const cell = hits.reduce((a, b) => (b.o > a.o ? b : a)).cell;
        cell.parts.unshift(chunk.text);
        cell.x0 = Math.min(cell.x0, chunk.x0);
        cell.x1 = Math.max(cell.x1, chunk.x1);
      } else {
        cells.push({ x0: chunk.x0, x1: chunk.x1, parts: [chunk.text] });
      }
    }
  }
  return cells.sort((a, b) => a.x0 - b.x0).map((c) => ({ x0: c.x0, x1: c.x1, text: joinWrapped(c.parts, true) }));
}

/**
 * Lines of one cell as one text: 'werknemers-' + 'dossier' → 'werknemersdossier' in a
 * header, where a hyphen at the end of a line only breaks a word; in a name the hyphen
 * stays ('Jansen-' + 'de Vries'), since it may be the name's own. A word broken without a
 * hyphen because it was wider than its column reads with a space ('Aantalwerkne mers'),
 * which header matching ignores.
 */
export function joinWrapped(parts: readonly string[], header: boolean): string {
  let out = '';
  for (const part of parts) {
    if (out === '') out = part;
    else if (out.endsWith('-')) out = header && /^\p{Ll}/u.test(part) ? out.slice(0, -1) + part : out + part;
    // Some writers carry the hyphen over: 'Werkgevers' / '-nummer'.
    else if (part.startsWith('-')) out += header ? part.slice(1) : part;
    else out += ' ' + part;
  }
  return out;
}

/** The grid column a page's header cell stands for: the first page's cell with the same text, else the nearest. */
function columnOf(cell: HeaderCell, columns: readonly HeaderCell[], scale: number): number {
  const same = columns.findIndex((c) => c.text === cell.text);
  if (same >= 0) return same;
  const mid = (cell.x0 + cell.x1) / 2 / scale;
  let best = 0;
  columns.forEach((c, i) => {
    if (Math.abs((c.x0 + c.x1) / 2 - mid) < Math.abs((columns[best]!.x0 + columns[best]!.x1) / 2 - mid)) best = i;
  });
  return best;
}

/** Without a header: each run of overlapping text across the rows is a column. */
function dataColumns(lines: PdfLine[]): HeaderCell[] {
  const spans = lines.flatMap((l) => l.chunks.map((c) => ({ x0: c.x0, x1: c.x1 }))).sort((a, b) => a.x0 - b.x0);
  const out: HeaderCell[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.x0 < last.x1) last.x1 = Math.max(last.x1, s.x1);
    else out.push({ x0: s.x0, x1: s.x1, text: '' });
  }
  return out.length ? out : [{ x0: 0, x1: 0, text: '' }];
}

/** Borders midway between neighbouring header cells; the outer columns reach the page's edges. */
function zonesOf(cells: (Span & { column: number })[]): Zone[] {
  const sorted = [...cells].sort((a, b) => a.x0 - b.x0);
  return sorted.map((c, i) => ({
    from: i === 0 ? -Infinity : (sorted[i - 1]!.x1 + c.x0) / 2,
    to: i === sorted.length - 1 ? Infinity : (c.x1 + sorted[i + 1]!.x0) / 2,
    column: c.column,
    cell: { x0: c.x0, x1: c.x1 },
  }));
}

/**
 * A piece of a row that runs from one header's column into the next one's is two cells
 * that the PDF (or PDF.js, which joins text less than 0.6 font sizes apart with a space)
 * ran together: '000009' right-aligned just before a left-aligned name. It is cut where
 * the two headers part, at the nearest space or border between its pieces. A name never
 * reaches under the next column's header: a report tool wraps it first.
 */
function acrossColumns(chunk: PdfChunk, cells: readonly Span[]): PdfChunk[] {
  // Most pieces are one word: nothing to cut.
  if (chunk.parts.length === 1 && !chunk.text.includes(' ')) return [chunk];
  for (let i = 0; i + 1 < cells.length; i++) {
    const [a, b] = [cells[i]!, cells[i + 1]!];
    if (!(chunk.x0 < a.x1 && chunk.x1 > b.x0 && a.x1 <= b.x0)) continue;
    const halves = cutNear(chunk, (a.x1 + b.x0) / 2);
    if (halves) return halves.flatMap((h) => acrossColumns(h, cells));
  }
  return [chunk];
}

/** The chunk cut in two at the space or the border between pieces nearest to x; null when it has neither. */
function cutNear(chunk: PdfChunk, x: number): [PdfChunk, PdfChunk] | null {
  let best: { at: number; part: number; char: number } | null = null;
  const consider = (at: number, part: number, char: number) => {
    if (!best || Math.abs(at - x) < Math.abs(best.at - x)) best = { at, part, char };
  };
  chunk.parts.forEach((p, k) => {
    if (k > 0) consider((chunk.parts[k - 1]!.x1 + p.x0) / 2, k, -1);
    const perChar = (p.x1 - p.x0) / Math.max(1, p.text.length);
    for (let j = p.text.indexOf(' '); j !== -1; j = p.text.indexOf(' ', j + 1)) consider(p.x0 + (j + 0.5) * perChar, k, j);
  });
  const cut = best as { at: number; part: number; char: number } | null;
  if (!cut) return null;
  const left: PdfPart[] = chunk.parts.slice(0, cut.part);
  const right: PdfPart[] = chunk.parts.slice(cut.part + (cut.char >= 0 ? 1 : 0));
  if (cut.char >= 0) {
    const p = chunk.parts[cut.part]!;
    const perChar = (p.x1 - p.x0) / Math.max(1, p.text.length);
    left.push({ text: p.text.slice(0, cut.char), x0: p.x0, x1: p.x0 + cut.char * perChar, space: p.space });
    right.unshift({ text: p.text.slice(cut.char + 1), x0: p.x0 + (cut.char + 1) * perChar, x1: p.x1, space: false });
  } else if (right[0]) right[0] = { ...right[0], space: false };
  const piece = (parts: PdfPart[]): PdfChunk => ({ text: partsText(parts).trim(), x0: parts[0]!.x0, x1: parts[parts.length - 1]!.x1, parts });
  return left.length && right.length ? [piece(left), piece(right)] : null;
}

/**
 * Borders moved into the gaps the rows leave. Midway between two headers is a guess: a
 * short 'Naam' over a wide name column puts it inside the longer names. Where the rows'
 * text in one column ends before the next column's text starts, the border goes midway
 * between the two, so the whole width of a column is its own (a wrapped name's second
 * line included). The lines below the header are the evidence.
 */
function fitToRows(zones: Zone[], rows: PdfLine[]): Zone[] {
  const right = new Map<Zone, number>();
  const left = new Map<Zone, number>();
  for (const line of rows) {
    for (const chunk of line.chunks) {
      const zone = zoneOf(chunk, zones);
      right.set(zone, Math.max(right.get(zone) ?? -Infinity, chunk.x1));
      left.set(zone, Math.min(left.get(zone) ?? Infinity, chunk.x0));
    }
  }
  const out = zones.map((z) => ({ ...z }));
  for (let i = 0; i + 1 < out.length; i++) {
    const a = right.get(zones[i]!);
    const b = left.get(zones[i + 1]!);
    if (a === undefined || b === undefined || a >= b) continue;
    out[i]!.to = out[i + 1]!.from = (a + b) / 2;
  }
  return out;
}

// ─── The rows ────────────────────────────────────────────────────────────────────

/** The zone a piece overlaps most (a piece of no width: the zone it stands in). */
function zoneOf(chunk: Span, zones: readonly Zone[]): Zone {
  const width = chunk.x1 - chunk.x0;
  let best = zones[0]!;
  let most = -1;
  for (const z of zones) {
    const o = width > 0 ? overlap({ x0: z.from, x1: z.to }, chunk) : chunk.x0 >= z.from && chunk.x0 < z.to ? 1 : 0;
    if (o > most) {
      best = z;
      most = o;
    }
  }
  return best;
}

/**
 * The page's lines below the header as rows. The lines of words between two rows with
 * counts may continue the row above (a wrapped name), the row below (a name printed
 * above its centred numbers), or stand alone (a note): a chain of close lines that fit
 * grows down from the row above and up from the row below; where both chains reach a
 * line, the nearer row takes it.
 */
function pageRows(page: number, lines: PdfLine[], zones: Zone[]): Row[] {
  const rows: Row[] = [];
  let above: Row | null = null;
  for (let i = 0; i < lines.length; ) {
    if (isCountLine(lines[i]!)) {
      above = { page, lines: [lines[i]!], counts: true, zones };
      rows.push(above);
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && !isCountLine(lines[j]!)) j++;
    const block = lines.slice(i, j);
    const below: Row | null = j < lines.length ? { page, lines: [lines[j]!], counts: true, zones } : null;
    const up = chain(block, above, zones);
    const down = chain([...block].reverse(), below, zones);
    const rowY = (r: Row | null) => r?.lines[0]!.y ?? NaN;
    block.forEach((line, k) => {
      const byUp = k < up;
      const byDown = block.length - 1 - k < down;
      if (byUp && (!byDown || line.y - rowY(above) <= rowY(below) - line.y)) above!.lines.push(line);
      else if (byDown) below!.lines.push(line);
      else rows.push({ page, lines: [line], counts: false, zones });
    });
    if (below) rows.push(below);
    above = below;
    i = j + 1;
  }
  return rows;
}

/**
 * Where the table starts on a page without a header: its first row with counts, or the
 * first line of a name printed above that row's centred numbers. What is above is the
 * page's heading.
 */
function tableTop(lines: PdfLine[], zones: Zone[]): number {
  const first = lines.findIndex(isCountLine);
  if (first === -1) return lines.length;
  const row: Row = { page: 0, lines: [lines[first]!], counts: true, zones };
  return first - chain(lines.slice(0, first).reverse(), row, zones);
}

/** How many of the lines, in order, continue the row: each close to the one before and fitting its columns. */
function chain(lines: readonly PdfLine[], row: Row | null, zones: readonly Zone[]): number {
  if (!row) return 0;
  let last = row.lines[0]!;
  let n = 0;
  for (const line of lines) {
    if (Math.abs(line.y - last.y) > CONTINUATION * Math.max(line.height, last.height) || !continues(line, row, zones)) break;
    last = line;
    n++;
  }
  return n;
}

/**
 * Does a line continue the row? Each of its pieces must stand in a column where the row
 * has words or nothing, and clear of the row's other cells: a wrapped name may be wider
 * than its header, never wider than the gap to the next column's text. A number may only
 * go on words ('Garage' / '2000'): under a count or in an empty cell it is data.
 */
function continues(line: PdfLine, row: Row, zones: readonly Zone[]): boolean {
  if (isCountLine(line)) return false;
  const own = row.lines[0]!.chunks.map((c) => ({ chunk: c, zone: zoneOf(c, zones) }));
  for (const chunk of line.chunks) {
    const zone = zoneOf(chunk, zones);
    const there = own.filter((o) => o.zone === zone);
    if (there.some((o) => isNumber(o.chunk.text))) return false;
    if ((isNumber(chunk.text) || DATE.test(chunk.text)) && there.length === 0) return false;
    if (own.some((o) => o.zone !== zone && overlap(o.chunk, chunk) > 0)) return false;
  }
  return true;
}

/**
 * A row's cells: each piece in its column, the lines of a wrapped cell joined. In a row
 * with counts a piece goes where it overlaps most (numbers are right-aligned); a title or
 * a note starts in the column where its first letter is, as its CSV line would.
 */
function cellsOf(row: Row, width: number): string[] {
  const parts: string[][] = Array.from({ length: width }, () => []);
  const place = (chunk: PdfChunk) => (row.counts ? zoneOf(chunk, row.zones) : row.zones.find((z) => chunk.x0 < z.to) ?? row.zones[row.zones.length - 1]!);
  for (const line of [...row.lines].sort((a, b) => a.y - b.y)) {
    const inLine: string[][] = Array.from({ length: width }, () => []);
    for (const chunk of line.chunks) inLine[place(chunk).column]!.push(chunk.text);
    inLine.forEach((texts, c) => texts.length && parts[c]!.push(texts.join(' ')));
  }
  return parts.map((p) => joinWrapped(p, false));
}

// ─── Page furniture ──────────────────────────────────────────────────────────────

/** A line this far down the page, below the table, is in the bottom margin: a footer. */
const FOOTER_BAND = 0.92;

/** The page's rows without the lines of words in its bottom margin after the last row. */
function withoutFooter(rows: Row[], height: number): Row[] {
  let last = rows.length;
  while (last > 0 && !rows[last - 1]!.counts && rows[last - 1]!.lines[0]!.y >= FOOTER_BAND * height) last--;
  return rows.slice(0, last);
}

/** A footer reads the same on every page but for its numbers and dates. */
const furnitureKey = (line: PdfLine): string => textOf(line).replace(/\d+/g, '#').toLowerCase();

/** Texts of single-line rows without counts that appear on two or more pages. */
function recurring(rows: readonly Row[]): Set<string> {
  const pagesOf = new Map<string, Set<number>>();
  for (const r of rows) {
    if (r.counts || r.lines.length > 1) continue;
    const k = furnitureKey(r.lines[0]!);
    const set = pagesOf.get(k) ?? new Set<number>();
    set.add(r.page);
    pagesOf.set(k, set);
  }
  return new Set([...pagesOf].filter(([, s]) => s.size >= 2).map(([k]) => k));
}
