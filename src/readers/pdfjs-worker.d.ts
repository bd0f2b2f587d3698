/** PDF.js's parser module ships without types; we only hand it back to PDF.js (see pdfjs.ts). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
