/**
 * Differences between an invoice line and our count that have a known, harmless cause
 * (seed 003, DOMAIN.md 'Known differences'). The rule is deliberately simple, because the
 * check sheet repeats it as a formula so it follows when a user edits a figure:
 *   - digital signing while the subscription includes it            → included
 *   - signing: the invoice counts more requests than Loket          → employers Loket does not know
 *   - dossiers: the invoice counts more than Loket                  → QwoaterDirect / linked systems
 *   - dossiers: the invoice counts fewer, by at most a small share  → destroyed after retention
 * Corrections state a re-estimate or a difference, not a count to compare, so they get none.
 */
import type { Cents } from '../money';
import type { InvoiceKind } from './invoices';

export type KnownCauseCode = 'signingIncluded' | 'signingUnknownEmployers' | 'linkedSystems' | 'destroyedDossiers';

export interface KnownCauseInput {
  kind: InvoiceKind;
  invoicedCount: number | null;
  expectedCount: number | null;
  invoicedCents: Cents;
  signingIncluded: boolean;
  /** A shortfall up to this share of the expected count is 'small', in basis points (200 = 2 %). */
  smallBasisPoints: number;
}

export function knownCause(x: KnownCauseInput): KnownCauseCode | null {
  if (x.kind === 'signing' && x.signingIncluded && x.invoicedCents !== 0) return 'signingIncluded';
  if (x.kind === 'correction' || x.invoicedCount === null || x.expectedCount === null) return null;
  if (x.invoicedCount > x.expectedCount) return x.kind === 'signing' ? 'signingUnknownEmployers' : 'linkedSystems';
  if (x.kind !== 'signing' && x.invoicedCount < x.expectedCount && (x.expectedCount - x.invoicedCount) * 10_000 <= x.smallBasisPoints * x.expectedCount) {
    return 'destroyedDossiers';
  }
  return null;
}

/** Every cause, in the order the legend lists them; their texts are 'cause.<code>.short' and '.long' in the catalogue. */
export const KNOWN_CAUSE_CODES: readonly KnownCauseCode[] = ['destroyedDossiers', 'linkedSystems', 'signingUnknownEmployers', 'signingIncluded'];
