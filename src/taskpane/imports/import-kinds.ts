/**
 * The three kinds of report the pane reads, and what each import of them is: Qwoater's
 * 'Dossiervorming Qwoater per werkgever' (the export cards), Loket's 'Ondertekenverzoeken
 * per werkgever' (the year step) and Otherside's monthly specification. One request and
 * result shape for all three, so one hook, one worker protocol and one card serve them.
 */
import type { SigningExport, SigningImportOptions } from '../../domain/imports/signing-types';
import type { DossierExport, DossierImportOptions, Grid, SourceInfo } from '../../domain/imports/types';
import type { XpertImportOptions, XpertReport } from '../../domain/imports/xpert-types';

export type ImportKind = 'dossiers' | 'signing' | 'xpert';

interface KindTypes {
  dossiers: { value: DossierExport; options: DossierImportOptions };
  signing: { value: SigningExport; options: SigningImportOptions };
  xpert: { value: XpertReport; options: XpertImportOptions };
}

export type KindValue<K extends ImportKind> = KindTypes[K]['value'];
export type KindOptions<K extends ImportKind> = KindTypes[K]['options'];

/** What the user gave: a file's bytes, pasted text, or the cells of an Excel selection. */
export type ImportInput = { bytes: Uint8Array } | { text: string } | { grid: Grid };

export interface ImportRequest<K extends ImportKind> {
  input: ImportInput;
  source: SourceInfo;
  options: KindOptions<K>;
}

const XLSX = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The files a file picker offers per kind; the readers tell a file by its bytes, not its name. */
export const ACCEPT: Record<ImportKind, string> = {
  dossiers: `.csv,.txt,.pdf,text/csv,text/plain,application/pdf,${XLSX}`,
  signing: '.csv,.txt,.pdf,text/csv,text/plain,application/pdf',
  xpert: `.csv,.txt,.pdf,text/csv,text/plain,application/pdf,${XLSX}`,
};
