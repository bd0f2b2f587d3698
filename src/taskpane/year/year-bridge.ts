/**
 * What 'Maak specificatie' needs from the year step: the checked year data (null when the
 * user entered none, so the make runs exactly as before), whether something blocks it,
 * and a way to ask before making more than 250 employer sheets.
 */
import type { SigningExport } from '../../domain/imports/signing-types';
import type { Problem } from '../../domain/problems';
import type { YearData } from './year-validate';

export interface YearMakeInput {
  data: YearData;
  signing: SigningExport[];
  /** Warnings from the signing imports, repeated in the result. */
  signingWarnings: Problem[];
}

export interface YearBridge {
  input: YearMakeInput | null;
  /** A field in error or a signing export that did not import. */
  blocked: boolean;
  revision: number;
  /** Shows every year error and moves focus to the first. */
  showErrors(): void;
  /** Resolves true when the user agrees to `count` employer sheets. */
  confirmMany(count: number): Promise<boolean>;
}
