/**
 * A PDF's text as the core receives it: per page, the pieces of text with where they sit.
 * Reading the file (pdfjs-dist) is an adapter at the edge (src/readers/pdf-reader.ts);
 * everything after it, rebuilding rows and columns from the positions, is pure and lives
 * beside the other importers, so it is tested with hand-built pages.
 *
 * Coordinates are the page as a person sees it: points from the top-left corner, after
 * the page's rotation, so a landscape page and a portrait page read the same way.
 */

export interface PdfTextItem {
  text: string;
  /** Left edge of the text. */
  x: number;
  /** Baseline, measured down from the top of the page. */
  y: number;
  /** How far the text runs to the right. */
  width: number;
  /** The font size: the height of one line of this text. */
  height: number;
}

export interface PdfPage {
  /** 1-based, as a PDF viewer numbers pages. */
  number: number;
  width: number;
  height: number;
  items: PdfTextItem[];
}

export interface PdfText {
  pages: PdfPage[];
}

/** Where a rebuilt row sits in the PDF: its page, and its row on that page counted from the top (1-based). */
export interface PdfPlace {
  page: number;
  row: number;
}
