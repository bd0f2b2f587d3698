/** Messages between the pane and the import worker; plain data, so structured clone carries them. */
import type { PdfText } from '../../domain/imports/pdf-text';
import type { DossierExport, DossierImportOptions, SourceInfo } from '../../domain/imports/types';
import type { Result } from '../../domain/problems';
import type { ImportInput } from '../state/pane-state';

/**
 * 'dossiers': a whole export slot's import (CSV, PDF, paste or selection).
 * 'pdfText': only a PDF's positioned text, for the imports that run on the page's own thread
 * (signing, Otherside, invoices): PDF.js is large and slow, so it runs here, the rest there.
 */
export type ImportJob =
  | { kind: 'dossiers'; input: ImportInput; source: SourceInfo; options: DossierImportOptions }
  | { kind: 'pdfText'; bytes: Uint8Array; source: SourceInfo };

export type ImportJobMessage = ImportJob & { id: number };

export type WorkerReply =
  | { id: number; type: 'started' }
  | { id: number; type: 'result'; result: Result<DossierExport>; ms: number }
  | { id: number; type: 'pdfText'; result: Result<PdfText>; ms: number }
  /** The importer threw: a bug, never the user's fault; reported, not swallowed. */
  | { id: number; type: 'crash'; message: string };
