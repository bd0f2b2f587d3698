/**
 * Plan styles → ExcelJS cell styles, shared by the in-memory and the streaming writer.
 *
 * ExcelJS has no range styles: every cell carries a style index. What makes that cheap
 * is object identity: ExcelJS caches the style id per style *object* (a WeakMap), so a
 * cell that gets an interned object costs a lookup instead of serialising the style.
 * Hence one ExcelJS object per distinct combination of plan styles, reused everywhere.
 *
 * Overlapping ranges compose in plan order: a later range overrides earlier properties,
 * borders add up. Borders are drawn on the edges of the range (as Office.js's EdgeTop,
 * EdgeBottom, …), not around every cell, so 'box' outlines a block.
 */
import type * as ExcelJS from 'exceljs';
import type { StyleRange, Style } from '../domain/spec/plan';

export type XlsxStyle = Partial<ExcelJS.Style>;

/** Excel's last row (0-based); a range reaching it from row 0 is a whole column. */
export const LAST_ROW = 1_048_575;
export const LAST_COL = 16_383;

const TOP = 1;
const BOTTOM = 2;
const LEFT = 4;
const RIGHT = 8;

/** A plan style after composition; borders reduced to the sides of this cell. */
type Composed = Omit<Style, 'border'> & { sides: number };

const HEX = /^[0-9A-Fa-f]{6}$/;
function argb(rgb: string): string {
  if (!HEX.test(rgb)) throw new Error(`xlsx writer: colour '${rgb}' is not RRGGBB`);
  return `FF${rgb.toUpperCase()}`;
}
export { argb };

function sidesOf(border: Style['border'], top: boolean, bottom: boolean, left: boolean, right: boolean): number {
  switch (border) {
    case 'top':
      return top ? TOP : 0;
    case 'bottom':
      return bottom ? BOTTOM : 0;
    case 'box':
      return (top ? TOP : 0) | (bottom ? BOTTOM : 0) | (left ? LEFT : 0) | (right ? RIGHT : 0);
    default:
      return 0;
  }
}

function compose(base: Composed | undefined, s: Style, sides: number): Composed {
  const c: Composed = base ? { ...base } : { sides: 0 };
  if (s.numFmt !== undefined) c.numFmt = s.numFmt;
  if (s.bold !== undefined) c.bold = s.bold;
  if (s.italic !== undefined) c.italic = s.italic;
  if (s.size !== undefined) c.size = s.size;
  if (s.fontColor !== undefined) c.fontColor = s.fontColor;
  if (s.fill !== undefined) c.fill = s.fill;
  if (s.hAlign !== undefined) c.hAlign = s.hAlign;
  if (s.wrap !== undefined) c.wrap = s.wrap;
  if (s.input !== undefined) c.input = s.input;
  c.sides |= sides;
  return c;
}

function keyOf(c: Composed): string {
  return [c.numFmt, c.bold, c.italic, c.size, c.fontColor, c.fill, c.hAlign, c.wrap, c.input, c.sides]
    .map((v) => (v === undefined ? '' : String(v)))
    .join('|');
}

function toExcel(c: Composed): XlsxStyle | undefined {
  const s: XlsxStyle = {};
  if (c.numFmt !== undefined) s.numFmt = c.numFmt;
  if (c.bold || c.italic || c.size !== undefined || c.fontColor !== undefined) {
    // A font entry without a name renders differently per application; spell out the default.
    s.font = { name: 'Calibri', family: 2, size: c.size ?? 11 };
    if (c.bold) s.font.bold = true;
    if (c.italic) s.font.italic = true;
    if (c.fontColor !== undefined) s.font.color = { argb: argb(c.fontColor) };
  }
  if (c.fill !== undefined) s.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(c.fill) } };
  if (c.hAlign !== undefined || c.wrap) {
    s.alignment = {};
    if (c.hAlign !== undefined) s.alignment.horizontal = c.hAlign;
    if (c.wrap) s.alignment.wrapText = true;
  }
  if (c.sides) {
    const thin = { style: 'thin' } as const;
    s.border = {};
    if (c.sides & TOP) s.border.top = thin;
    if (c.sides & BOTTOM) s.border.bottom = thin;
    if (c.sides & LEFT) s.border.left = thin;
    if (c.sides & RIGHT) s.border.right = thin;
  }
  // The builder adds the yellow fill; the writer's part of 'input' is only the protection.
  if (c.input) s.protection = { locked: false };
  return Object.keys(s).length ? s : undefined;
}

/** Interns ExcelJS style objects for a whole workbook, so identical styles share one object. */
export class StyleBook {
  private readonly byKey = new Map<string, XlsxStyle | undefined>();

  intern(c: Composed): XlsxStyle | undefined {
    const key = keyOf(c);
    if (this.byKey.has(key)) return this.byKey.get(key);
    const s = toExcel(c);
    this.byKey.set(key, s);
    return s;
  }

  get size(): number {
    return this.byKey.size;
  }
}

const isWholeColumn = (s: StyleRange): boolean => s.range.row === 0 && s.range.lastRow >= LAST_ROW;

/**
 * Answers "which style does each cell of row r get" for rows visited in ascending order,
 * with a sweep over the ranges (so many ranges and many rows stay linear) and a cache per
 * set of active ranges (so 50,000 alike table rows are composed once).
 */
export class SheetStyler {
  private readonly byStart: number[];
  private next = 0;
  private active: number[] = [];
  private lastRow = -1;
  private readonly cache = new Map<string, ReadonlyMap<number, XlsxStyle>>();

  constructor(
    private readonly ranges: readonly StyleRange[],
    private readonly book: StyleBook,
  ) {
    this.byStart = ranges.map((_, i) => i).sort((a, b) => ranges[a]!.range.row - ranges[b]!.range.row);
  }

  /** Styles for whole columns (ranges from row 1 to Excel's last row), as column styles. */
  columnStyles(): Map<number, XlsxStyle> {
    const composed = new Map<number, Composed>();
    for (const s of this.ranges) {
      if (!isWholeColumn(s)) continue;
      const { col, lastCol } = s.range;
      for (let c = col; c <= lastCol; c++) {
        composed.set(c, compose(composed.get(c), s.style, sidesOf(s.style.border, false, false, c === col, c === lastCol)));
      }
    }
    const out = new Map<number, XlsxStyle>();
    for (const [c, comp] of composed) {
      const s = this.book.intern(comp);
      if (s) out.set(c, s);
    }
    return out;
  }

  /** Rows that carry a style of their own (whole columns excluded: their column style covers them). */
  *styledRows(): Generator<number> {
    for (const s of this.ranges) {
      if (isWholeColumn(s)) continue;
      for (let r = s.range.row; r <= s.range.lastRow; r++) yield r;
    }
  }

  /** Column → style for row r. Rows must be asked in ascending order. */
  forRow(r: number): ReadonlyMap<number, XlsxStyle> {
    if (r <= this.lastRow) throw new Error(`xlsx writer: rows must ascend (${r} after ${this.lastRow})`);
    this.lastRow = r;
    let added = false;
    while (this.next < this.byStart.length && this.ranges[this.byStart[this.next]!]!.range.row <= r) {
      this.active.push(this.byStart[this.next++]!);
      added = true;
    }
    // Plan order decides which range wins, so keep the active set in index order.
    if (added) this.active.sort((a, b) => a - b);
    this.active = this.active.filter((i) => this.ranges[i]!.range.lastRow >= r);
    if (this.active.length === 0) return EMPTY;

    let signature = '';
    for (const i of this.active) {
      const { range, style } = this.ranges[i]!;
      signature += style.border ? `${i}${r === range.row ? 't' : ''}${r === range.lastRow ? 'b' : ''},` : `${i},`;
    }
    let styles = this.cache.get(signature);
    if (!styles) {
      styles = this.compute(r);
      // Per-row ranges would make every signature unique; bound the cache instead of leaking.
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(signature, styles);
    }
    return styles;
  }

  private compute(r: number): ReadonlyMap<number, XlsxStyle> {
    const composed = new Map<number, Composed>();
    for (const i of this.active) {
      const { range, style } = this.ranges[i]!;
      const top = r === range.row;
      const bottom = r === range.lastRow;
      for (let c = range.col; c <= range.lastCol; c++) {
        composed.set(c, compose(composed.get(c), style, sidesOf(style.border, top, bottom, c === range.col, c === range.lastCol)));
      }
    }
    const out = new Map<number, XlsxStyle>();
    for (const [c, comp] of composed) {
      const s = this.book.intern(comp);
      if (s) out.set(c, s);
    }
    return out;
  }
}

const EMPTY: ReadonlyMap<number, XlsxStyle> = new Map();
