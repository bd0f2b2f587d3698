/**
 * Cell formats, always per range: one call formats a whole rectangle, because per-cell
 * format calls are hundreds of times slower in Excel. Also the rectangles that get the text
 * format '@' before their values, so a text is never parsed as a formula, number or date.
 */
import { a1, range, type CellBlock, type CellValue, type RangeRef, type Style } from '../../domain/spec/plan';
import type { XlRange } from '../api';

const isText = (v: CellValue | undefined): v is string => typeof v === 'string' && v !== '';

/**
 * Rectangles covering exactly the text cells of a block: runs per row, merged down while
 * the next row has the same run. A text column of 50,000 rows becomes one range.
 */
export function textRectangles(b: CellBlock): RangeRef[] {
  const out: RangeRef[] = [];
  let open = new Map<string, RangeRef>();
  b.cells.forEach((line, i) => {
    const next = new Map<string, RangeRef>();
    for (let j = 0; j < line.length; j++) {
      if (!isText(line[j])) continue;
      let k = j;
      while (isText(line[k + 1])) k++;
      const key = `${j}:${k}`;
      const prev = open.get(key);
      const rect = prev ?? range(b.row + i, b.col + j, b.row + i, b.col + k);
      rect.lastRow = b.row + i;
      open.delete(key);
      next.set(key, rect);
      j = k;
    }
    out.push(...open.values());
    open = next;
  });
  out.push(...open.values());
  return out;
}

const HALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const EDGES = { top: ['EdgeTop'], bottom: ['EdgeBottom'], box: ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] } as const;
export const color = (hex: string) => `#${hex.replace(/^#/, '')}`;

export function styleOps(s: Style): number {
  return Object.values(s).filter((v) => v !== undefined).length + (s.border === 'box' ? 3 : 0);
}
export function applyStyle(r: XlRange, s: Style): void {
  if (s.numFmt !== undefined) r.numberFormat = s.numFmt;
  const f = r.format;
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.italic !== undefined) f.font.italic = s.italic;
  if (s.size !== undefined) f.font.size = s.size;
  if (s.fontColor) f.font.color = color(s.fontColor);
  if (s.fill) f.fill.color = color(s.fill);
  if (s.hAlign) f.horizontalAlignment = HALIGN[s.hAlign];
  if (s.wrap !== undefined) f.wrapText = s.wrap;
  if (s.border) for (const edge of EDGES[s.border]) f.borders.getItem(edge).style = 'Continuous';
  if (s.input) f.protection.locked = false;
}

/** Excel column width in characters → points: 7 px per character of Calibri 11 plus 5 px padding, 0.75 pt per px. */
export const widthPoints = (chars: number): number => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
export const colLetters = (c: number) => a1(0, c).replace(/\d+$/, '');
