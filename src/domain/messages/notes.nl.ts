import type { Texts } from './define';

/** Short notes beside an employer in the workbook and the CLI's JSON ('Nieuw: niet in export vorig jaar'). */
export const notesNl = {
  'note.onlyInPrevious': 'Alleen in export vorig jaar',
  'note.onlyInCurrent': 'Nieuw: niet in export vorig jaar',
  'note.negativeActive': 'Meer inactief (G) dan totaal (F)',
  'note.summedRows': 'Opgeteld uit rij {rows}',
  'note.summedRowsPrevious': 'Vorig jaar opgeteld uit rij {rows}',
  'note.renamed': 'Vorig jaar: {name}',
  'note.negative': 'Negatief aantal dossiers: geen dossierkosten',
  'note.signingOnly': 'Niet in de dossiertelling: alleen ondertekenen',

  // Known, harmless causes of a difference with the invoice (billing/known-causes.ts): a short label and the legend.
  'cause.destroyedDossiers.short': 'Vernietigde dossiers (bewaartermijn)',
  'cause.destroyedDossiers.long':
    'Qwoater vernietigt dagelijks dossiers waarvan de bewaartermijn voorbij is. Loket kan die nog meetellen, dus de factuur telt iets minder dossiers dan Loket. Het verschil verandert in de loop van de tijd.',
  'cause.linkedSystems.short': 'QwoaterDirect of gekoppeld systeem',
  'cause.linkedSystems.long':
    'Dossiers die rechtstreeks in QwoaterDirect of een ander gekoppeld systeem zijn aangemaakt, staan niet in de aantallen van Loket. De factuur telt dan meer dossiers dan Loket.',
  'cause.signingUnknownEmployers.short': 'Ondertekenen buiten Loket',
  'cause.signingUnknownEmployers.long':
    'Ondertekenverzoeken voor werkgevers of werknemers die Loket niet kent, staan niet in de Loket-uitdraai, maar worden wel gefactureerd.',
  'cause.signingIncluded.short': 'Ondertekenen is inbegrepen',
  'cause.signingIncluded.long': 'Uw abonnement is inclusief digitaal ondertekenen; daarvoor hoort geen aparte afrekening te komen.',
} satisfies Texts;
