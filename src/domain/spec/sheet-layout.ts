/**
 * The last step of every sheet builder: sizes what a builder wrote so nothing is cut off
 * and every sheet prints cleanly, in both writers.
 *
 *  - Column widths: each column fits its longest label or value at Calibri 11 (measured,
 *    see text-width.ts), never narrower than the builder's own minimum. A wrapped header
 *    (a table's) may take two lines; a value wider than MAX_WIDTH wraps instead.
 *  - Texts outside tables run on over the empty cells to their right, as in any sheet, and
 *    then need no width of their own column; a label that does not reach the next filled
 *    cell widens its column. A note longer than the printed width is merged across it,
 *    wrapped, and its row gets the height of its lines. Wrapped header rows get a height too.
 *  - Text that looks like a number (employer numbers with leading zeros) is listed, so the
 *    writers can tell Excel not to flag it with its green triangle.
 *  - Print: A4, one page wide, a header with the sheet's name and a footer with
 *    "pagina X van Y", the header rows repeated on every page; portrait when the columns
 *    fit, otherwise landscape.
 */
import { sheetTexts, type SpecLanguage } from './texts/sheet-texts';
import { isFormula, range, type CellValue, type PrintText, type RangeRef, type SheetPlan, type Style } from './plan';
import { displayText, lineHeightPoints, pixelsOfWidth, textPixels, widthForPixels, wrappedLines, type Font } from './text-width';

/** 'pagina {page} van {pages}' as print text: its placeholders become the fields Excel fills in on every page. */
const pageFields = (template: string): PrintText =>
  template
    .split(/\{(page|pages)\}/)
    .map((part, i) => (i % 2 ? { field: part as 'page' | 'pages' } : part))
    .filter((part) => part !== '');

/** Widest a column gets, in characters; longer values wrap. */
const MAX_WIDTH = 60;
const MIN_WIDTH = 4;
/** A table header shows a filter button on its right, which must not cover the text. */
const FILTER_BUTTON_PX = 18;
/** Printable width of A4 (8.27 in) at Excel's default margins (0.7 in each side), in pixels at 96 dpi. */
const A4_PORTRAIT_PX = Math.floor((8.27 - 1.4) * 96);
const PLAIN: Font = {};
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
  /** Left-aligned text (the default for text), which Excel lets run on over empty cells to its right. */
  leftAligned: boolean;
}

/**
 * Composes the plan's style ranges for one cell, as far as the layout needs them. Ranges
 * are indexed per column, and the composition is remembered per set of ranges that apply,
 * so the 50,000 alike rows of a big table cost a lookup each, not an allocation.
 */
class StyleLookup {
  private readonly byCol = new Map<number, { range: RangeRef; style: Style }[]>();
  /** Per column: the ranges that apply (a bit each, or their indexes as text past 31) → the composed style. */
  private readonly memo = new Map<number, Map<number | string, Style>>();
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
    const list = this.byCol.get(col);
    if (!list) return NO_STYLE;
    let key: number | string = 0;
    for (let i = 0; i < list.length; i++) {
      const r = list[i]!.range;
      if (row >= r.row && row <= r.lastRow) key = i < 31 && typeof key === 'number' ? key | (1 << i) : `${key},${i}`;
    }
    let memo = this.memo.get(col);
    if (!memo) this.memo.set(col, (memo = new Map()));
    let out = memo.get(key);
    if (!out) {
      out = {};
      for (const s of list) if (row >= s.range.row && row <= s.range.lastRow) Object.assign(out, s.style);
      memo.set(key, out);
    }
    return out;
  }
}
const NO_STYLE: Style = {};

const inRange = (r: RangeRef, row: number, col: number) => row >= r.row && row <= r.lastRow && col >= r.col && col <= r.lastCol;

/** displayText for numbers, remembered per format: a big table repeats its counts and amounts. */
function memoised() {
  const shown = new Map<string | undefined, Map<number | boolean, string>>();
  return {
    display(value: number | boolean, numFmt: string | undefined): string {
      let m = shown.get(numFmt);
      if (!m) shown.set(numFmt, (m = new Map()));
      let t = m.get(value);
      if (t === undefined) m.set(value, (t = displayText(value, numFmt)));
      return t;
    },
  };
}

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
  const styles = new StyleLookup(sheet);
  const memo = memoised();
  const measure = textPixels;
  // One font object per style, so the measurements are remembered per font.
  const fonts = new Map<Style, Font>();
  const fontOf = (st: Style): Font => {
    if (!st.bold && !st.size) return PLAIN;
    let f = fonts.get(st);
    if (!f) fonts.set(st, (f = { bold: st.bold, size: st.size }));
    return f;
  };
  const tables = sheet.tables.map((t) => t.range);
  const merges = [...(sheet.merges ?? [])];
  const tableOf = (row: number, col: number) => {
    for (const t of tables) if (row >= t.row && row <= t.lastRow && col >= t.col && col <= t.lastCol) return t;
    return undefined;
  };
  const isTableHeader = (row: number, col: number) => sheet.tables.some((t) => t.range.row === row && col >= t.range.col && col <= t.range.lastCol);

  // ── Column widths from the cells that keep to their column ──
  // Cells inside a table keep to their column; the others (titles, labels, notes) are
  // gathered per row, as whether they may run on depends on their neighbours.
  const widths = [...sheet.columnWidths];
  const wrapped: CellInfo[] = [];
  const loose = new Map<number, Map<number, CellInfo>>();
  let lastCol = Math.max(-1, ...sheet.tables.map((t) => t.range.lastCol));
  // The widest text seen per column, so a big table's columns are measured, not re-fitted, per cell.
  const widest: number[] = [];
  const fit = (c: Omit<CellInfo, 'leftAligned'>) => {
    const { row, col, text, font, wrap } = c;
    const extra = isTableHeader(row, col) ? FILTER_BUTTON_PX : 0;
    let px = wrap ? twoLinePixels(text, font) : measure(text, font);
    if (!wrap && px <= (widest[col] ?? -1)) return;
    if (widthForPixels(px + extra) > MAX_WIDTH) {
      px = pixelsOfWidth(MAX_WIDTH) - extra;
      wrapped.push({ ...c, leftAligned: false });
    } else if (wrap) wrapped.push({ ...c, leftAligned: false });
    else widest[col] = px;
    const w = widthForPixels(px + extra);
    if (!((widths[col] ?? 0) >= w)) widths[col] = Math.max(w, MIN_WIDTH);
  };
  // Number-like texts as runs down each column, extended while the rows follow on.
  const runs: RangeRef[] = [];
  const openRun = new Map<number, RangeRef>();
  const numberLike = (row: number, col: number) => {
    const run = openRun.get(col);
    if (run && run.lastRow === row - 1) run.lastRow = row;
    else {
      const fresh = range(row, col);
      runs.push(fresh);
      openRun.set(col, fresh);
    }
  };
  for (const b of sheet.blocks) {
    for (let i = 0; i < b.cells.length; i++) {
      const line = b.cells[i]!;
      const row = b.row + i;
      for (let j = 0; j < line.length; j++) {
        const v = line[j];
        if (v === null || v === undefined) continue;
        const col = b.col + j;
        const shown = isFormula(v) ? v.r : v;
        const st = styles.at(row, col);
        const isText = typeof shown === 'string';
        const text = shown === '' ? '' : isText ? (shown as string) : memo.display(shown as number | boolean, st.numFmt);
        if (isText && NUMBER_LIKE.test(text)) numberLike(row, col);
        const font = fontOf(st);
        const wrap = !!st.wrap;
        if (tableOf(row, col)) {
          // Most cells of a big table are no wider than one seen before in their column.
          if (text !== '' && (wrap || measure(text, font) > (widest[col] ?? -1))) fit({ row, col, text, font, wrap });
          if (col > lastCol) lastCol = col;
          continue;
        }
        let r = loose.get(row);
        if (!r) loose.set(row, (r = new Map()));
        r.set(col, { row, col, text, font, wrap, leftAligned: isText && (st.hAlign ?? 'left') === 'left' });
      }
    }
  }
  // A left-aligned text outside tables with an empty cell to its right runs on over the
  // empty cells, as in any sheet: it needs no width of its own column if it fits there.
  const filled = (row: number, col: number) => {
    const c = loose.get(row)?.get(col);
    return (c !== undefined && c.text !== '') || tableOf(row, col) !== undefined;
  };
  const onward: CellInfo[] = [];
  for (const line of loose.values()) {
    for (const c of line.values()) {
      if (c.text === '') continue;
      lastCol = Math.max(lastCol, c.col);
      if (c.leftAligned && !c.wrap && !merges.some((m) => inRange(m, c.row, c.col)) && !filled(c.row, c.col + 1)) onward.push(c);
      else fit(c);
    }
  }
  const edge = sheet.print?.area ? Math.min(lastCol, sheet.print.area.lastCol) : lastCol;
  for (let c = 0; c <= lastCol; c++) widths[c] = Math.max(widths[c] ?? 0, MIN_WIDTH);
  const span = (from: number, to: number) => widths.slice(from, to + 1).reduce((s, w) => s + w, 0);
  /** The last empty column a running-on text may use: up to the next filled cell, or the printed edge. */
  const reach = (c: CellInfo) => {
    let to = c.col;
    while (to + 1 <= edge && !filled(c.row, to + 1)) to++;
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
  if (runs.length) sheet.textNumbers = runs.sort((a, b) => a.col - b.col || a.row - b.row);

  // ── Print ──
  const p = sheet.print ?? {};
  const area = p.area ? p.area.lastCol : lastCol;
  const printedPx = widths.slice(0, area + 1).reduce((s, w) => s + w * 7, 0);
  const page = pageFields(sheetTexts(options.lang)('print.pageOf'));
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
