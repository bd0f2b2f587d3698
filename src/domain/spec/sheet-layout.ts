/**
 * The last step of every sheet builder: sizes what a builder wrote so nothing is cut off
 * and every sheet prints cleanly, in both writers.
 *
 *  - Column widths: each column fits its longest label or value at Calibri 11 (measured,
 *    see text-width.ts), never narrower than the builder's own minimum. A wrapped header
 *    (a table's) may take two lines; a value wider than MAX_WIDTH wraps instead.
 *  - Long notes: a text alone at the end of its row may run on over empty cells, as in any
 *    sheet; one longer than the sheet is wide is merged across the printed width, wrapped,
 *    and its row gets the height of its lines. Wrapped header rows get a height too.
 *  - Text that looks like a number (employer numbers with leading zeros) is listed, so the
 *    writers can tell Excel not to flag it with its green triangle.
 *  - Print: A4, one page wide, a header with the sheet's name and a footer with
 *    "pagina X van Y", the header rows repeated on every page; portrait when the columns
 *    fit, otherwise landscape.
 */
import type { SpecLanguage } from './labels';
import { isFormula, range, type CellValue, type PrintText, type RangeRef, type SheetPlan, type Style } from './plan';
import { displayText, lineHeightPoints, pixelsOfWidth, textPixels, widthForPixels, wrappedLines, type Font } from './text-width';

/** Widest a column gets, in characters; longer values wrap. */
const MAX_WIDTH = 60;
const MIN_WIDTH = 4;
/** A table header shows a filter button on its right, which must not cover the text. */
const FILTER_BUTTON_PX = 18;
/** Printable width of A4 (8.27 in) at Excel's default margins (0.7 in each side), in pixels at 96 dpi. */
const A4_PORTRAIT_PX = Math.floor((8.27 - 1.4) * 96);
/** Portrait as long as fitting the width keeps at least this much of the size; landscape beyond. */
const PORTRAIT_MIN_SCALE = 0.8;

export interface LayoutOptions {
  lang: SpecLanguage;
  /** Text at the left of the footer (the sheet's source, say); the page number is always on the right. */
  footerLeft?: PrintText;
}

interface CellInfo {
  row: number;
  col: number;
  text: string;
  font: Font;
  wrap: boolean;
  isText: boolean;
  /** Left-aligned text (the default for text), which Excel lets run on over empty cells to its right. */
  leftAligned: boolean;
}

/** The value a cell finally holds (the last block wins). */
function collectCells(sheet: SheetPlan): Map<number, Map<number, CellValue>> {
  const rows = new Map<number, Map<number, CellValue>>();
  for (const b of sheet.blocks) {
    b.cells.forEach((line, i) => {
      let row = rows.get(b.row + i);
      line.forEach((v, j) => {
        if (v === null || v === undefined) return;
        if (!row) rows.set(b.row + i, (row = new Map()));
        row.set(b.col + j, v);
      });
    });
  }
  return rows;
}

/** Composes the plan's style ranges for one cell; ranges are indexed per column so a big sheet stays fast. */
class StyleLookup {
  private readonly byCol = new Map<number, { range: RangeRef; style: Style }[]>();
  constructor(sheet: SheetPlan) {
    for (const s of sheet.styles) {
      // Whole-column styles (to Excel's last row) would make this map huge; they only set formats.
      const last = Math.min(s.range.lastCol, s.range.col + 200);
      for (let c = s.range.col; c <= last; c++) {
        const list = this.byCol.get(c) ?? [];
        list.push(s);
        this.byCol.set(c, list);
      }
    }
  }
  at(row: number, col: number): Style {
    const out: Style = {};
    for (const s of this.byCol.get(col) ?? []) if (row >= s.range.row && row <= s.range.lastRow) Object.assign(out, s.style);
    return out;
  }
}

const inRange = (r: RangeRef, row: number, col: number) => row >= r.row && row <= r.lastRow && col >= r.col && col <= r.lastCol;

/** The narrowest width in pixels at which `text` takes at most two lines. */
function twoLinePixels(text: string, font: Font): number {
  const words = text.split(' ');
  let best = textPixels(text, font);
  for (let i = 1; i < words.length; i++) {
    best = Math.min(best, Math.max(textPixels(words.slice(0, i).join(' '), font), textPixels(words.slice(i).join(' '), font)));
  }
  return best;
}

/** A text Excel could read as a number: '000123', '2024', '1.204'. */
const NUMBER_LIKE = /^\s*[+-]?(\d+([.,]\d+)?|\d{1,3}([.,]\d{3})+([.,]\d+)?)\s*$/;

export function layoutSheet(sheet: SheetPlan, options: LayoutOptions): SheetPlan {
  const grid = collectCells(sheet);
  const styles = new StyleLookup(sheet);
  const merges = [...(sheet.merges ?? [])];
  const inTable = (row: number, col: number) => sheet.tables.some((t) => inRange(t.range, row, col));
  const isTableHeader = (row: number, col: number) => sheet.tables.some((t) => t.range.row === row && col >= t.range.col && col <= t.range.lastCol);

  // Every non-empty cell, with what it shows and its font.
  const cells: CellInfo[] = [];
  for (const [row, line] of grid) {
    for (const [col, v] of line) {
      const shown = isFormula(v) ? v.r : v;
      const st = styles.at(row, col);
      const text = shown === '' ? '' : displayText(shown as number | string | boolean, st.numFmt);
      const isText = typeof shown === 'string';
      cells.push({ row, col, text, font: { bold: st.bold, size: st.size }, wrap: !!st.wrap, isText, leftAligned: isText && (st.hAlign ?? 'left') === 'left' });
    }
  }

  // A left-aligned text outside tables with an empty cell to its right runs on over the
  // empty cells, as in any sheet: it needs no width of its own column if it fits there.
  const runsOn = (c: CellInfo) =>
    c.leftAligned && !c.wrap && !inTable(c.row, c.col) && !merges.some((m) => inRange(m, c.row, c.col)) && !grid.get(c.row)!.has(c.col + 1);

  // ── Column widths from the cells that keep to their column ──
  const widths = [...sheet.columnWidths];
  const wrapped: CellInfo[] = [];
  const onward: CellInfo[] = [];
  let lastCol = Math.max(-1, ...sheet.tables.map((t) => t.range.lastCol));
  for (const c of cells) {
    if (c.text === '') continue;
    lastCol = Math.max(lastCol, c.col);
    if (runsOn(c)) {
      onward.push(c);
      continue;
    }
    const extra = isTableHeader(c.row, c.col) ? FILTER_BUTTON_PX : 0;
    let px = c.wrap ? twoLinePixels(c.text, c.font) : textPixels(c.text, c.font);
    if (widthForPixels(px + extra) > MAX_WIDTH) {
      px = pixelsOfWidth(MAX_WIDTH) - extra;
      wrapped.push(c);
    } else if (c.wrap) wrapped.push(c);
    widths[c.col] = Math.max(widths[c.col] ?? 0, MIN_WIDTH, widthForPixels(px + extra));
  }
  const edge = sheet.print?.area ? Math.min(lastCol, sheet.print.area.lastCol) : lastCol;
  for (let c = 0; c <= lastCol; c++) widths[c] = Math.max(widths[c] ?? 0, MIN_WIDTH);
  const span = (from: number, to: number) => widths.slice(from, to + 1).reduce((s, w) => s + w, 0);
  /** The last empty column a running-on text may use: up to the next filled cell, or the printed edge. */
  const reach = (c: CellInfo) => {
    const line = grid.get(c.row)!;
    let to = c.col;
    while (to + 1 <= edge && !line.has(to + 1)) to++;
    return { to, open: to === edge || to + 1 > edge };
  };
  // A label with a value further along the row that does not fit: its own column widens.
  for (const c of onward) {
    const { to, open } = reach(c);
    if (open) continue;
    const need = widthForPixels(textPixels(c.text, c.font)) - span(c.col + 1, to);
    widths[c.col] = Math.max(widths[c.col]!, Math.min(MAX_WIDTH, need));
  }
  sheet.columnWidths = widths;

  // ── Long notes: merged over the printed width and wrapped when they do not fit ──
  const heights = new Map<number, number>((sheet.rowHeights ?? []).map((h) => [h.row, h.points]));
  const raise = (row: number, points: number) => heights.set(row, Math.max(heights.get(row) ?? 0, points));
  for (const c of onward) {
    const { to, open } = reach(c);
    const room = pixelsOfWidth(span(c.col, to));
    const px = textPixels(c.text, c.font);
    if (px <= room || !open) {
      if ((c.font.size ?? 11) > 11) raise(c.row, lineHeightPoints(c.font.size));
      continue;
    }
    if (to > c.col) merges.push(range(c.row, c.col, c.row, to));
    sheet.styles.push({ range: range(c.row, c.col), style: { wrap: true } });
    raise(c.row, wrappedLines(c.text, room, c.font) * lineHeightPoints(c.font.size));
  }
  // Wrapped cells inside the columns (headers, long names).
  for (const c of wrapped) {
    if (!c.wrap) sheet.styles.push({ range: range(c.row, c.col), style: { wrap: true } });
    const room = pixelsOfWidth(widths[c.col]!) - (isTableHeader(c.row, c.col) ? FILTER_BUTTON_PX : 0);
    const lines = wrappedLines(c.text, room, c.font);
    if (lines > 1) raise(c.row, lines * lineHeightPoints(c.font.size));
  }
  if (merges.length) sheet.merges = merges;
  if (heights.size) sheet.rowHeights = [...heights].sort((a, b) => a[0] - b[0]).map(([row, points]) => ({ row, points }));

  // ── Text that looks like a number ──
  const numeric = cells.filter((c) => c.isText && NUMBER_LIKE.test(c.text)).sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: RangeRef[] = [];
  for (const c of numeric) {
    const last = runs[runs.length - 1];
    if (last && last.col === c.col && last.lastRow === c.row - 1) last.lastRow = c.row;
    else runs.push(range(c.row, c.col));
  }
  if (runs.length) sheet.textNumbers = runs;

  // ── Print ──
  const p = sheet.print ?? {};
  const area = p.area ? p.area.lastCol : lastCol;
  const printedPx = widths.slice(0, area + 1).reduce((s, w) => s + w * 7, 0);
  const page: PrintText = options.lang === 'en' ? ['page ', { field: 'page' }, ' of ', { field: 'pages' }] : ['pagina ', { field: 'page' }, ' van ', { field: 'pages' }];
  sheet.print = {
    ...p,
    paper: 'A4',
    landscape: p.landscape ?? A4_PORTRAIT_PX / printedPx < PORTRAIT_MIN_SCALE,
    fitToWidth: true,
    titleRows: p.titleRows ?? { first: 0, last: 0 },
    header: p.header ?? { center: [{ field: 'sheet' }] },
    footer: p.footer ?? { ...(options.footerLeft ? { left: options.footerLeft } : {}), right: page },
  };
  return sheet;
}
