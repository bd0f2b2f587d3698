/**
 * The text pieces of one PDF page → its lines, left to right, each made of chunks: runs of
 * text with no wide gap inside. A PDF does not store lines or words, only where each piece
 * of text is drawn, and producers cut text up differently: a whole line, a word, a glyph,
 * or a line of columns padded with spaces. So:
 *  - pieces whose baselines are closer than 40 % of the font size share a line;
 *  - a piece with runs of two or more spaces is cut there, each run placed by its share of
 *    the piece's width (exact for the fixed-width fonts that pad with spaces);
 *  - pieces closer than a third of a font size join into one chunk, with a space when the
 *    gap is as wide as one, so 'B','a','k' and 'Bakkerij','Müller' read as words (wider gaps
 *    are gutters between columns; the pieces stay known, to cut a chunk at a column);
 *  - the same text drawn twice on the same spot (a fake bold) counts once.
 */
import type { PdfPage, PdfTextItem } from './pdf-text';

export interface PdfChunk {
  text: string;
  x0: number;
  x1: number;
  /** The pieces it was joined from, each with whether a space went before it: a chunk that runs over two columns is cut back at them. */
  parts: PdfPart[];
}

export interface PdfPart {
  text: string;
  x0: number;
  x1: number;
  space: boolean;
}

export interface PdfLine {
  /** Baseline of the line's first piece, from the top of the page. */
  y: number;
  /** The largest font size on the line. */
  height: number;
  chunks: PdfChunk[];
}

/** Baselines closer than this share of the font size are one line. */
const SAME_LINE = 0.4;
/** Pieces closer than this share of the font size are one chunk: a space is about 0.28. */
const JOIN_GAP = 0.35;
/** A gap narrower than this share of the font size is no space ('B','a','k'). */
const NO_SPACE = 0.12;

/** The line's text, its chunks joined by a space. */
export const lineText = (line: PdfLine): string => line.chunks.map((c) => c.text).join(' ');

export function pageLines(page: PdfPage): PdfLine[] {
  const items = page.items.flatMap(splitPadded).sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: { y: number; height: number; items: PdfTextItem[] }[] = [];
  for (const item of items) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(item.y - last.y) <= SAME_LINE * Math.max(item.height, last.height)) {
      last.items.push(item);
      last.height = Math.max(last.height, item.height);
    } else {
      lines.push({ y: item.y, height: item.height, items: [item] });
    }
  }
  return lines.map((l) => ({ y: l.y, height: l.height, chunks: chunksOf(l.items) }));
}

/** Usable pieces only, cut at runs of two or more spaces (or a tab). */
function splitPadded(item: PdfTextItem): PdfTextItem[] {
  const { text } = item;
  if (!Number.isFinite(item.x) || !Number.isFinite(item.y) || text.trim() === '') return [];
  const height = item.height > 0 && Number.isFinite(item.height) ? item.height : 1;
  const width = item.width > 0 && Number.isFinite(item.width) ? item.width : 0;
  const perChar = text.length ? width / text.length : 0;
  const out: PdfTextItem[] = [];
  for (const m of text.matchAll(/\S+(?: \S+)*/g)) {
    out.push({ text: m[0], x: item.x + m.index * perChar, y: item.y, width: m[0].length * perChar, height });
  }
  return out;
}

function chunksOf(items: PdfTextItem[]): PdfChunk[] {
  items.sort((a, b) => a.x - b.x);
  const chunks: (PdfChunk & { height: number })[] = [];
  for (const it of items) {
    const part: PdfPart = { text: it.text.trim(), x0: it.x, x1: it.x + it.width, space: false };
    const last = chunks[chunks.length - 1];
    if (last) {
      const h = Math.max(last.height, it.height);
      const prev = last.parts[last.parts.length - 1]!;
      // A fake bold: the same text again, a hair to the right.
      if (part.text === prev.text && Math.abs(part.x0 - prev.x0) < 0.2 * h) continue;
      const gap = part.x0 - last.x1;
      if (gap < JOIN_GAP * h) {
        part.space = gap >= NO_SPACE * h;
        last.text += (part.space ? ' ' : '') + part.text;
        last.x1 = Math.max(last.x1, part.x1);
        last.height = h;
        last.parts.push(part);
        continue;
      }
    }
    chunks.push({ text: part.text, x0: part.x0, x1: part.x1, parts: [part], height: it.height });
  }
  return chunks.map(({ text, x0, x1, parts }) => ({ text, x0, x1, parts }));
}

/** Parts as text again, each space where it was. */
export const partsText = (parts: readonly PdfPart[]): string => parts.map((p, i) => (i > 0 && p.space ? ' ' : '') + p.text).join('');
