/**
 * What the Xpert Suite importer produces: one monthly specification of Otherside at
 * Work, with counts and SMS counts per employer. The layout is not public, so the
 * column map records what was found and how, for the user to see and change.
 */
import type { Period } from '../xpert/period';
import type { Grid, IsoDate, SourceInfo } from './types';

export type XpertInput = { bytes: Uint8Array } | { text: string } | { grid: Grid };

/** Which column holds what; 0-based indexes into the grid row. */
export interface XpertColumnMap {
  /** Werkgevercode, debiteurnummer; null when only a name identifies the employer. */
  employerCode: number | null;
  employerName: number | null;
  /** The counted unit of the subscription: employees ('aantal medewerkers', 'werknemers'). */
  employees: number;
  /** SMS count; null only when the user says the report has none. */
  sms: number | null;
  period: number | null;
  peildatum: number | null;
  /** A rate per employee as printed in the report; a cross-check, never used to bill. */
  rate: number | null;
  /** An amount per employer as printed in the report; a cross-check, never used to bill. */
  amount: number | null;
  /** A separate SMS amount, added to `amount` for the cross-check. */
  smsAmount: number | null;
}

export type XpertField = keyof XpertColumnMap;

export interface XpertEmployerRow {
  /** As printed, leading zeros kept. Equal to the name when the report has no code column. */
  code: string;
  name: string;
  employees: number;
  sms: number;
  /** From the report's own rate column, in 1/10 000 euro, when it has one and it reads. */
  reportedRateE4: number | null;
  /** From the report's own amount columns (amount + SMS amount), in cents. */
  reportedAmountCents: number | null;
  /** 1-based row in the source, for messages. */
  sourceRow: number;
}

export interface XpertReport {
  kind: 'xpert-suite';
  source: SourceInfo;
  period: Period;
  periodFrom: 'title' | 'column' | 'peildatum' | 'filename' | 'user';
  peildatum: IsoDate | null;
  /** 1-based row of the header in the source. */
  headerRow: number;
  headers: string[];
  columns: XpertColumnMap;
  columnsFoundBy: Partial<Record<XpertField, 'header' | 'values' | 'user'>>;
  /** False when the user confirmed the report has no SMS column; SMS then count as 0. */
  hasSmsColumn: boolean;
  employers: XpertEmployerRow[];
  /** The report's totals row: a checksum, never an employer. */
  totals: { sourceRow: number; employees?: number; sms?: number } | null;
}

/** What a user may override when the importer guessed wrong. */
export interface XpertImportOptions {
  /** Column indexes; `sms: null` means "this report has no SMS, count them as 0". */
  columns?: Partial<XpertColumnMap>;
  period?: Period;
}
