/**
 * How wide a cell's text is at Calibri 11 (Excel's default font), so column widths and
 * wrapped row heights can be set before Excel ever shows the sheet.
 *
 * Widths come from Calibri's advance widths (calibri-widths.ts, taken from metric-
 * compatible Carlito) at 96 dpi, unhinted. Excel at 100 % draws hinted glyphs that are a
 * little narrower (the digit 0 is 7 px there, 7.4 px here), so a column sized from these
 * figures is never too narrow in Excel, and LibreOffice (which uses Carlito) agrees.
 *
 * Excel's column width unit is the width of the digit 0 (7 px at Calibri 11). The width a
 * file stores (and ExcelJS and our Office writer set) includes Excel's 5 px of padding, so
 * a column of stored width w is 7·w px wide; text needs a few pixels of margin on each side.
 */
import { BOLD, CODE_POINTS, REGULAR, UNITS_PER_EM } from './calibri-widths';
import { NumFmt } from './plan';

const INDEX = new Map<number, number>(CODE_POINTS.map((cp, i) => [cp, i]));
const DIGIT = INDEX.get(0x30)!;
/** Widths in font units by character code, for the codes below 256 (nearly every character): an array beats a map. */
const LATIN = (table: readonly number[]) => Float64Array.from({ length: 256 }, (_, c) => table[INDEX.get(c) ?? DIGIT]!);
const LATIN_REGULAR = LATIN(REGULAR);
const LATIN_BOLD = LATIN(BOLD);
/** 11 pt at 96 dpi. */
const PX_PER_PT = 96 / 72;
export const DEFAULT_POINTS = 11;
/** Excel's maximum digit width at Calibri 11, the unit of column widths. */
export const DIGIT_PX = 7;
/** Pixels a cell needs around its text: Excel's margins, the gridline and a little slack. */
export const CELL_PADDING_PX = 9;

export interface Font {
  bold?: boolean;
  /** Points; 11 when absent. */
  size?: number;
}

/** The width of `text` in pixels at 96 dpi. */
export function textPixels(text: string, font: Font = {}): number {
  const table = font.bold ? BOLD : REGULAR;
  const latin = font.bold ? LATIN_BOLD : LATIN_REGULAR;
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 256) units += latin[c]!;
    else {
      // Outside Latin-1: look it up (a surrogate pair is one character).
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      units += table[INDEX.get(cp) ?? DIGIT]!;
    }
  }
  return (units / UNITS_PER_EM) * (font.size ?? DEFAULT_POINTS) * PX_PER_PT;
}

/** The line height Excel uses for a font size, in points (15 for Calibri 11). */
export const lineHeightPoints = (size = DEFAULT_POINTS): number => Math.ceil(size * 1.3636 * 4) / 4;

/** Column width (Excel's character units, in quarters) that shows `px` of text without cutting it. */
export const widthForPixels = (px: number): number => Math.ceil(((px + CELL_PADDING_PX) / DIGIT_PX) * 4) / 4;

/** The pixels of text a column of `chars` width shows, margins left off. */
export const pixelsOfWidth = (chars: number): number => chars * DIGIT_PX - CELL_PADDING_PX;

/** How many lines `text` takes when wrapped at word boundaries in `px` pixels (Excel breaks long words too). */
export function wrappedLines(text: string, px: number, font: Font = {}): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines++;
    let used = 0;
    const space = textPixels(' ', font);
    for (const word of paragraph.split(' ')) {
      const w = textPixels(word, font);
      if (used > 0 && used + space + w > px) {
        lines++;
        used = 0;
      }
      if (w > px) {
        // A word wider than the cell is broken over whole lines.
        lines += Math.ceil(w / px) - 1;
        used = w % px;
      } else used += (used > 0 ? space : 0) + w;
    }
  }
  return lines;
}

const grouped = (n: number, decimals: number): string => {
  const [whole, frac] = Math.abs(n).toFixed(decimals).split('.') as [string, string?];
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
};

/**
 * What Excel shows for a value under one of the plan's number formats, near enough to
 * measure (en-US separators; Dutch ones are as wide).
 */
export function displayText(value: number | string | boolean, numFmt: string | undefined): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const sign = value < 0 ? '-' : '';
  switch (numFmt) {
    case NumFmt.euro:
      return `${sign}€ ${grouped(value, 2)}`;
    case NumFmt.price: {
      const decimals = Math.min(4, Math.max(2, (String(Math.abs(value)).split('.')[1] ?? '').length));
      return `${sign}€ ${grouped(value, decimals)}`;
    }
    case NumFmt.count:
      return sign + grouped(value, 0);
    case NumFmt.percent:
      return `${sign}${(Math.abs(value) * 100).toFixed(1)}%`;
    case NumFmt.date:
      return '31-12-2024';
    case NumFmt.quarter:
      return `Q${value}`;
    default:
      return String(value);
  }
}
