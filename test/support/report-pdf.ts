/**
 * Writes report PDFs laid out the way report tools print them (no real Loket or Qwoater
 * PDF is at hand), with PDFKit, a maintained PDF writer that shares no code with the
 * reader: PDFKit wraps text the way report tools do (at spaces and after hyphens), and
 * places every cell with its own alignment. What a printed report does, each switchable:
 *  - title lines on the first page ('Peildatum: 31-12-2024'), a page heading on every page;
 *  - a header row repeated on every page, its cells wrapped over two or three lines;
 *  - names that wrap onto a second (or third) line, numbers right-aligned, the numbers of
 *    a tall row at its top or in its middle;
 *  - footers 'Pagina 3 van 12' and 'Afgedrukt op …' on every page, notes at the end;
 *  - portrait, landscape, or landscape made by turning a portrait page (/Rotate 90);
 *  - a password (encryption), or no text at all (a 'scan': an image).
 * Used by the tests, the examples script and the benchmark.
 */
import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';

export interface PdfColumn {
  header: string;
  /** Width in points; the header and the cells wrap within it. */
  width: number;
  align: 'left' | 'right';
}

export interface ReportPdfSpec {
  /** Lines above the table on the first page. */
  title?: string[];
  /** Printed at the top of every page, the first one included (above the title). */
  pageHeading?: string[];
  columns: PdfColumn[];
  /** Every row, a totals row included. */
  rows: string[][];
  /** Lines after the table on the last page. */
  notes?: string[];
  orientation?: 'portrait' | 'landscape' | 'rotated';
  /** 'Pagina {page} van {pages}' unless null. */
  pageNumbers?: ((page: number, pages: number) => string) | null;
  /** A footer on every page beside the page number, such as 'Afgedrukt op 02-01-2025 09:14'. */
  footer?: string;
  /** Repeat the header on every page (default) or print it on the first page only. */
  headerEveryPage?: boolean;
  /** Where a tall row's single-line cells sit. */
  cellAlign?: 'top' | 'middle';
  fontSize?: number;
  /** Rows fit by height; this caps the rows on a page as well. */
  maxRowsPerPage?: number;
  /** The file needs this password to open. */
  userPassword?: string;
}

const MARGIN = 40;
/** Space inside each cell: a gutter of 6 pt, as report tools leave (PDF.js joins text closer than 0.6 font sizes). */
const PAD = 3;

export function reportPdf(spec: ReportPdfSpec): Promise<Uint8Array> {
  const orientation = spec.orientation ?? 'portrait';
  const doc = new PDFDocument({
    size: 'A4',
    layout: orientation === 'landscape' ? 'landscape' : 'portrait',
    margin: MARGIN,
    bufferPages: true,
    autoFirstPage: false,
    compress: true,
    info: { Title: spec.title?.[0] ?? 'Rapport', Producer: 'Factuurcheck tests' },
    ...(spec.userPassword ? { userPassword: spec.userPassword, pdfVersion: '1.7' as const } : {}),
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))));

  const size = spec.fontSize ?? 8;
  doc.font('Helvetica').fontSize(size);
  const lineH = doc.currentLineHeight(true);
  const rotated = orientation === 'rotated';
  // What the reader sees: a rotated portrait page shows as landscape.
  const pageW = orientation === 'portrait' ? 595.28 : 841.89;
  const pageH = orientation === 'portrait' ? 841.89 : 595.28;
  const bottom = pageH - MARGIN - 2 * lineH;

  // A column is at least as wide as its header's longest line, as a report tool sizes it.
  doc.font('Helvetica-Bold').fontSize(size);
  spec = { ...spec, columns: spec.columns.map((c) => ({ ...c, width: Math.max(c.width, ...c.header.split('\n').map((l) => doc.widthOfString(l) + 2 * PAD + 1)) })) };
  const cellHeight = (text: string, width: number, bold = false) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size);
    return text === '' ? lineH : doc.heightOfString(text, { width: width - 2 * PAD });
  };
  const headerH = Math.max(...spec.columns.map((c) => cellHeight(c.header, c.width, true))) + 2 * PAD;
  const rowH = spec.rows.map((r) => Math.max(...spec.columns.map((c, i) => cellHeight(r[i] ?? '', c.width))) + 2 * PAD);

  let page = 0;
  let y = 0;
  const newPage = () => {
    doc.addPage({ size: 'A4', layout: orientation === 'landscape' ? 'landscape' : 'portrait', margin: MARGIN });
    if (rotated) {
      // Stored as portrait, shown turned a quarter clockwise: draw in the landscape frame.
      (doc.page as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data.Rotate = 90;
      // Shown point (X, Y) is stored at (Y, 841.89 − X).
      doc.transform(0, -1, 1, 0, 0, 841.89);
    }
    page++;
    y = MARGIN;
    for (const line of spec.pageHeading ?? []) write(line, MARGIN, pageW - 2 * MARGIN, 'left', true);
    if (page === 1) for (const line of spec.title ?? []) write(line, MARGIN, pageW - 2 * MARGIN, 'left', line === spec.title?.[0]);
    if (page === 1 && spec.title?.length) y += lineH;
    if (page === 1 || spec.headerEveryPage !== false) {
      let x = MARGIN;
      doc.font('Helvetica-Bold');
      for (const c of spec.columns) {
        doc.text(c.header, x + PAD, y + PAD, { width: c.width - 2 * PAD, align: c.align });
        x += c.width;
      }
      y += headerH;
      doc.moveTo(MARGIN, y).lineTo(x, y).lineWidth(0.5).stroke();
      doc.font('Helvetica');
    }
  };
  const write = (text: string, x: number, width: number, align: 'left' | 'right', bold = false) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').text(text, x, y, { width, align });
    y += lineH;
    doc.font('Helvetica');
  };

  newPage();
  let onPage = 0;
  spec.rows.forEach((row, r) => {
    if (y + rowH[r]! > bottom || (spec.maxRowsPerPage && onPage >= spec.maxRowsPerPage)) {
      newPage();
      onPage = 0;
    }
    let x = MARGIN;
    spec.columns.forEach((c, i) => {
      const text = row[i] ?? '';
      const h = cellHeight(text, c.width);
      const dy = spec.cellAlign === 'middle' ? (rowH[r]! - 2 * PAD - h) / 2 : 0;
      if (text !== '') doc.text(text, x + PAD, y + PAD + dy, { width: c.width - 2 * PAD, align: c.align });
      x += c.width;
    });
    y += rowH[r]!;
    onPage++;
  });
  for (const note of spec.notes ?? []) {
    if (y + lineH > bottom) newPage();
    y += lineH / 2;
    write(note, MARGIN, pageW - 2 * MARGIN, 'left');
  }

  const pages = page;
  const numbers = spec.pageNumbers === undefined ? (p: number, n: number) => `Pagina ${p} van ${n}` : spec.pageNumbers;
  for (let p = 0; p < pages; p++) {
    doc.switchToPage(p);
    // Footers go below the bottom margin; PDFKit would start a new page for text there.
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, bottom: 0 };
    y = pageH - MARGIN;
    doc.fontSize(size - 1);
    if (spec.footer) doc.text(spec.footer, MARGIN, y, { width: 300, align: 'left', lineBreak: false });
    if (numbers) doc.text(numbers(p + 1, pages), pageW - MARGIN - 150, y, { width: 150, align: 'right', lineBreak: false });
    doc.fontSize(size);
    doc.page.margins = margins;
  }
  doc.end();
  return done;
}

/** A 'scan': pages holding one image each and no text at all. */
export function scanPdf(pages = 2): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  for (let p = 0; p < pages; p++) {
    doc.addPage();
    doc.image(greyPng(), 40, 40, { width: 500 });
  }
  doc.end();
  return done;
}

/** A PDF whose one page is blank. */
export function blankPdf(): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  doc.end();
  return done;
}

/** A 2×2 grey PNG, built by hand so the tests need no image file. */
function greyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  // Two rows, each a filter byte and two grey pixels; stored (uncompressed) deflate.
  const raw = Buffer.from([0, 128, 200, 0, 90, 30]);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
