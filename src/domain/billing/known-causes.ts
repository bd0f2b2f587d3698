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

type Text = { nl: string; en: string };

/** A short label for the table cell, and the full explanation for the legend under it. */
export const KNOWN_CAUSES: Record<KnownCauseCode, { short: Text; long: Text }> = {
  destroyedDossiers: {
    short: { nl: 'Vernietigde dossiers (bewaartermijn)', en: 'Destroyed dossiers (retention)' },
    long: {
      nl: 'Qwoater vernietigt dagelijks dossiers waarvan de bewaartermijn voorbij is. Loket kan die nog meetellen, dus de factuur telt iets minder dossiers dan Loket. Het verschil verandert in de loop van de tijd.',
      en: 'Qwoater destroys dossiers daily once their retention period ends. Loket may still count them, so the invoice counts slightly fewer dossiers than Loket. The difference changes over time.',
    },
  },
  linkedSystems: {
    short: { nl: 'QwoaterDirect of gekoppeld systeem', en: 'QwoaterDirect or linked system' },
    long: {
      nl: 'Dossiers die rechtstreeks in QwoaterDirect of een ander gekoppeld systeem zijn aangemaakt, staan niet in de aantallen van Loket. De factuur telt dan meer dossiers dan Loket.',
      en: 'Dossiers created directly in QwoaterDirect or another linked system are not in Loket’s counts. The invoice then counts more dossiers than Loket.',
    },
  },
  signingUnknownEmployers: {
    short: { nl: 'Ondertekenen buiten Loket', en: 'Signing outside Loket' },
    long: {
      nl: 'Ondertekenverzoeken voor werkgevers of werknemers die Loket niet kent, staan niet in de Loket-uitdraai, maar worden wel gefactureerd.',
      en: 'Signing requests for employers or employees that Loket does not know are not in Loket’s report, but are invoiced.',
    },
  },
  signingIncluded: {
    short: { nl: 'Ondertekenen is inbegrepen', en: 'Signing is included' },
    long: {
      nl: 'Uw abonnement is inclusief digitaal ondertekenen; daarvoor hoort geen aparte afrekening te komen.',
      en: 'Your subscription includes digital signing; there should be no separate charge for it.',
    },
  },
};
