/**
 * What the 'Ondertekenverzoeken per werkgever' importer produces. Loket does not publish
 * the layout (see DOMAIN.md), so the column map is kept with the export: the user sees
 * what was found and can change it, as with the dossier export.
 */
import type { Grid, IsoDate, SourceInfo } from './types';

/** What Qwoater bills per: each request, or each person asked to sign. Configurable, as the seed does not say. */
export type SigningUnit = 'requests' | 'signers';

/** A closed range of days, both ends inclusive. */
export interface Period {
  from: IsoDate;
  to: IsoDate;
}

/** Which column holds what; 0-based indexes into the grid row. */
export interface SigningColumnMap {
  employerNumber: number;
  employerName: number | null;
  /** One column holding the whole period: '01-01-2024 t/m 31-03-2024', 'Q1 2024', 'januari 2024'. */
  period: number | null;
  periodFrom: number | null;
  periodTo: number | null;
  /** The number of signing requests: what is billed by default. */
  requests: number;
  /** The number of signers, when the report has it. */
  signers: number | null;
  /** Counts per status ('Ondertekend', 'Verlopen', …): shown, never billed. */
  statuses: number[];
}

export type SigningField = Exclude<keyof SigningColumnMap, 'statuses'>;

export interface SigningEmployer {
  /** Kept as text: '000123' stays '000123'. */
  number: string;
  name: string;
  /** The row's own period, else the report's; null when neither is known. */
  period: Period | null;
  requests: number;
  signers: number | null;
  /** Header text → count, for the status columns. */
  statuses: Record<string, number>;
  /** 1-based row in the source, for messages. */
  sourceRow: number;
}

export interface SigningExport {
  kind: 'loket-signing';
  source: SourceInfo;
  /** The report's period (title line, file name or the user's choice); rows may carry their own. */
  period: Period | null;
  periodFrom: 'title' | 'column' | 'filename' | 'user' | null;
  /** 1-based row of the header in the source. */
  headerRow: number;
  headers: string[];
  columns: SigningColumnMap;
  columnsFoundBy: Partial<Record<SigningField, 'header' | 'user'>>;
  employers: SigningEmployer[];
  /** The totals row, when the file has one: a checksum, never an employer. */
  totals: { sourceRow: number; requests?: number; signers?: number } | null;
}

export interface SigningImportOptions {
  /** Per field a 0-based grid column; null for "this report has no such column". */
  columns?: Partial<Omit<SigningColumnMap, 'statuses'>>;
  /** The period when the report does not say it; wins over the file name, not over per-row periods. */
  period?: Period;
}

export type SigningInput = { bytes: Uint8Array } | { text: string } | { grid: Grid };
