/**
 * A PDF file → its text with positions (PdfText), read with PDF.js. The adapter at the
 * edge: it knows PDF.js and nothing of reports; rebuilding rows and columns from the
 * positions is pure (src/domain/imports/pdf-table.ts).
 *
 * Positions are turned into the page as a person sees it, through the page's viewport:
 * a landscape page stored as a rotated portrait one reads left to right like any other.
 * Text running another way (a diagonal 'CONCEPT', a vertical margin note) is no table
 * text and is left out.
 *
 * What a user may hand us instead of a report, each with one clear message: a PDF locked
 * with a password, a scan (pages of images, no text; we do no OCR), an empty PDF, a
 * damaged file. An OCR'd scan carries an invisible text layer, which PDF.js reads, so it
 * works.
 */
import type { PdfPage, PdfText, PdfTextItem } from '../domain/imports/pdf-text';
import type { SourceInfo } from '../domain/imports/types';
import { error, fail, ok, type Result } from '../domain/problems';
import { loadPdfjs } from './pdfjs';

/** Reads a PDF's text; in the pane this runs in the import worker (see taskpane/worker/pdf-client.ts). */
export type PdfReader = (bytes: Uint8Array, source: SourceInfo) => Promise<Result<PdfText>>;

/** Pages looked at for images when a PDF has no text: a scan shows on its first pages. */
const SCAN_PAGES = 3;

export const readPdfText: PdfReader = async (bytes, source) => {
  const file = { file: source.label };
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    // A copy: PDF.js may take the buffer over, and the pane keeps the bytes to import again.
    data: new Uint8Array(bytes),
    // The pane's CSP forbids eval; text needs no fonts loaded into the page, nor canvases.
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as Error)?.name;
    // PDF.js's own words ('Invalid PDF structure.') are English and say no more than ours.
    return fail(error(name === 'PasswordException' ? 'pdf.encrypted' : 'pdf.damaged', {}, file));
  }
  try {
    const pages: PdfPage[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const m = pdfjs.Util.transform(viewport.transform, item.transform) as number[];
        const [a, b, c, d, x, y] = m as [number, number, number, number, number, number];
        const size = Math.hypot(a, b);
        // Left to right on the page as shown; anything else is no table text.
        if (size === 0 || a / size < 0.99) continue;
        items.push({ text: item.str, x, y, width: item.width, height: Math.hypot(c, d) || size });
        chars += item.str.length;
      }
      pages.push({ number: n, width: viewport.width, height: viewport.height, items });
      page.cleanup();
    }
    if (chars === 0) return fail(error((await hasImages(doc, pdfjs.OPS)) ? 'pdf.scan' : 'pdf.empty', {}, file));
    return ok({ pages });
  } catch {
    return fail(error('pdf.damaged', {}, file));
  } finally {
    await doc.destroy();
  }
};

async function hasImages(doc: { numPages: number; getPage(n: number): Promise<{ getOperatorList(): Promise<{ fnArray: number[] }> }> }, OPS: Record<string, number>): Promise<boolean> {
  const painters = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageXObjectRepeat, OPS.paintImageMaskXObject]);
  for (let n = 1; n <= Math.min(doc.numPages, SCAN_PAGES); n++) {
    const ops = await (await doc.getPage(n)).getOperatorList();
    if (ops.fnArray.some((fn) => painters.has(fn))) return true;
  }
  return false;
}
