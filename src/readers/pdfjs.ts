/**
 * pdfjs-dist (Mozilla's PDF.js), loaded on first use: the CLI keeps it external, and
 * webpack puts it in a chunk of its own that the task pane's import worker fetches only
 * when a PDF is chosen, from the pane's own origin.
 *
 * The legacy build, in Node and in the pane alike: the modern build needs
 * Promise.withResolvers and URL.parse, which Node 20 and the Safari of older Macs lack;
 * the legacy one carries what it needs. 5.6 is the newest release that supports Node 20
 * (5.7 needs Node 22), hence the exact pin in package.json.
 *
 * PDF.js normally parses in a worker of its own, loaded from a URL. We run its parser in
 * this thread instead ("fake worker"): in the pane we are in the import worker already,
 * off the page's thread, and in Node there is nothing to gain. Handing PDF.js the parser
 * module through `globalThis.pdfjsWorker` makes it use that module rather than fetch one.
 */
type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<Pdfjs> | null = null;

export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    const parser = await import(/* webpackChunkName: "pdfjs" */ 'pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = parser;
    return import(/* webpackChunkName: "pdfjs" */ 'pdfjs-dist/legacy/build/pdf.mjs');
  })();
  // A failed load (a chunk that did not arrive) may be tried again with the next file.
  loading.catch(() => (loading = null));
  return loading;
}
