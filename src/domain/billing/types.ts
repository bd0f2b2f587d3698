/** The outcome of reconciling Loket exports with a price model: counts and money, per employer and in total. */
import type { Cents } from '../money';
import type { IsoDate } from '../imports/types';
import type { Problem } from '../problems';

export interface EmployerLine {
  number: string;
  name: string;
  employerDossiers: number;
  /** F on the current export. */
  employeeDossiers: number;
  /** G on the previous export (model 2), else 0. */
  inactivePrevious: number;
  /** Model 2: F − G, may be negative per employer (the total is what is billed). Model 1: F. */
  activeEmployeeDossiers: number;
  billableDossiers: number;
  inCurrent: boolean;
  inPrevious: boolean;
  /** Short Dutch/English notes for the row: missing side, negative difference, renamed. */
  notes: { code: string; nl: string; en: string }[];
}

export interface Totals {
  employers: number;
  employerDossiers: number;
  employeeDossiers: number;
  inactivePrevious: number;
  /** ΣF − ΣG: below zero when last year's inactive dossiers exceed this year's dossiers. */
  activeEmployeeDossiers: number;
  /** Employer dossiers + active employee dossiers, never below 0: what is billed. */
  billableDossiers: number;
  amountCents: Cents;
  minimumTopUpCents: Cents;
  totalExclVatCents: Cents;
  vatCents: Cents;
  totalInclVatCents: Cents;
}

export interface Reconciliation {
  model: 1 | 2;
  year: number;
  currentPeildatum: IsoDate | null;
  previousPeildatum: IsoDate | null;
  employers: EmployerLine[];
  totals: Totals;
  warnings: Problem[];
}
