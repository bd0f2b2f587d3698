/** Messages between the pane and the import worker; plain data, so structured clone carries them. */
import type { PdfText } from '../../domain/imports/pdf-text';
import type { Grid, SourceInfo } from '../../domain/imports/types';
import type { Result } from '../../domain/problems';
import type { ImportInput, ImportKind, KindOptions, KindValue } from '../imports/import-kinds';

/**
 * One import of any kind of report: the worker reads it as that report, a PDF or an .xlsx
 * included. 'pdfText': only a PDF's positioned text, for Qwoater's invoices, whose lines
 * are recognised on the page (year/InvoicePaste.tsx).
 */
export type ImportJob =
  | { [K in ImportKind]: { kind: K; input: ImportInput; source: SourceInfo; options: KindOptions<K> } }[ImportKind]
  | { kind: 'pdfText'; bytes: Uint8Array; source: SourceInfo };

export type ImportJobMessage = ImportJob & { id: number };

export type WorkerReply =
  | { id: number; type: 'started' }
  /** `preview`: the first rows of a file whose columns could not be found, to choose them by hand. */
  | { id: number; type: 'result'; result: Result<KindValue<ImportKind>>; preview?: Grid; ms: number }
  | { id: number; type: 'pdfText'; result: Result<PdfText>; ms: number }
  /** The importer threw: a bug, never the user's fault; reported, not swallowed. */
  | { id: number; type: 'crash'; message: string };
