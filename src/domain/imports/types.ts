/**
 * What the importers produce. Importers turn bytes, pasted text or an Excel range into
 * these typed exports, or into a Problem naming file, row and column. Nothing here
 * knows about billing.
 */

/** ISO date 'yyyy-mm-dd'. */
export type IsoDate = string;

/** A grid of cell texts as read from a CSV, a paste or an Excel range (row 0 = first line). */
export type Grid = string[][];

/** Where the rows came from, for messages: a file name, 'geplakte tekst' or 'selectie Blad1!A1:H40'. */
export interface SourceInfo {
  label: string;
  /** The file name when there was one; the peildatum may be read from it. */
  fileName?: string;
  /**
   * For a grid from an Excel range: where its first cell sits, so messages name the
   * sheet's own row (1-based) and column (0-based offset, A = 0). Default row 1, column 0.
   */
  gridOrigin?: { row: number; column: number };
}

/** Which column holds what; indexes are 0-based into the grid row. */
export interface DossierColumnMap {
  employerNumber: number;
  employerName: number | null;
  employerDossiers: number | null;
  /** Column F: all employee dossiers ('Aantalwerknemersdossier'). */
  employeeDossiers: number;
  /** Column G: inactive employee dossiers. Absent in some exports; model 2 needs it on the previous one. */
  inactiveDossiers: number | null;
  /** A column of active dossiers on the peildatum: shown, never used for F or G. */
  activeDossiers: number | null;
  /** A per-row peildatum column, if the export has one. */
  peildatum: number | null;
}

export interface DossierEmployer {
  /** Kept as text: '000123' stays '000123'. */
  number: string;
  name: string;
  employerDossiers: number;
  /** F */
  employeeDossiers: number;
  /** G; 0 when the export has no such column. */
  inactiveDossiers: number;
  /** The 'Actieve werknemersdossiers' column, when the export has one: for display only. */
  activeDossiers?: number;
  /** 1-based row in the source, for messages. */
  sourceRow: number;
  /** When the employer's number stood on several rows with different counts: every row summed into it (sourceRow first). */
  sourceRows?: number[];
}

export interface DossierExport {
  kind: 'loket-dossiers';
  source: SourceInfo;
  peildatum: IsoDate | null;
  peildatumFrom: 'title' | 'column' | 'filename' | 'user' | null;
  /** 1-based row of the header in the source; 0 when the data has no header row (columns then found by letter). */
  headerRow: number;
  headers: string[];
  columns: DossierColumnMap;
  /** How each mapped column was found, for the user to see and change. */
  columnsFoundBy: Partial<Record<keyof DossierColumnMap, 'header' | 'letter' | 'user'>>;
  hasInactiveColumn: boolean;
  employers: DossierEmployer[];
  /** The totals row, when the file has one; used as a checksum, never as an employer. */
  totals: { sourceRow: number; employerDossiers?: number; employeeDossiers?: number; inactiveDossiers?: number } | null;
  /** How the bytes were read, for the user to check when names look garbled. */
  encoding?: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** The separator found in text input. */
  delimiter?: ';' | ',' | '\t';
}

/** What a user may override when the importer guessed wrong. */
export interface DossierImportOptions {
  /** Per field a 0-based grid column, or null for "this export has no such column". */
  columns?: Partial<DossierColumnMap>;
  /** Wins over the date in the file (with a warning when they differ). */
  peildatum?: IsoDate;
}
