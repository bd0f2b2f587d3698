import { defineMessages, p } from './define';

export const billingMessages = defineMessages({
  'billing.previousNotBefore': {
    nl: (x) => `De export van het vorige jaar (peildatum ${p(x, 'previous')}) ligt niet vóór de huidige export (peildatum ${p(x, 'current')}). Zijn de bestanden omgewisseld?`,
    en: (x) => `The previous year's export (reference date ${p(x, 'previous')}) is not before the current export (reference date ${p(x, 'current')}). Were the files swapped?`,
  },
  'billing.previousNotOneYear': {
    nl: (x) => `De peildatums liggen ${p(x, 'days')} dagen uit elkaar; voor model 2 is dat normaal precies één jaar (31-12 van het vorige jaar).`,
    en: (x) => `The reference dates are ${p(x, 'days')} days apart; for model 2 this is normally exactly one year (31-12 of the previous year).`,
  },
  'billing.previousMissing': {
    nl: () => 'Model 2 heeft twee exports nodig: die van 31-12 van het jaar en die van 31-12 van het jaar ervoor (--previous).',
    en: () => 'Model 2 needs two exports: the one dated 31-12 of the year and the one dated 31-12 of the year before (--previous).',
  },
  'billing.peildatumNot3112': {
    nl: (x) => `Voor model 2 is de peildatum altijd 31 december; deze export heeft peildatum ${p(x, 'date')}.`,
    en: (x) => `For model 2 the reference date is always 31 December; this export is dated ${p(x, 'date')}.`,
  },
  'billing.negativeActive': {
    nl: (x) => `Werkgever ${p(x, 'number')} (${p(x, 'name')}): meer inactieve dossiers vorig jaar (${p(x, 'inactive')}) dan dossiers nu (${p(x, 'total')}).`,
    en: (x) => `Employer ${p(x, 'number')} (${p(x, 'name')}): more inactive dossiers last year (${p(x, 'inactive')}) than dossiers now (${p(x, 'total')}).`,
  },
  'billing.onlyInCurrent': {
    nl: (x) => `${p(x, 'count')} werkgever(s) staan alleen in de huidige export (nieuw dit jaar).`,
    en: (x) => `${p(x, 'count')} employer(s) appear only in the current export (new this year).`,
  },
  'billing.onlyInPrevious': {
    nl: (x) => `${p(x, 'count')} werkgever(s) staan alleen in de export van vorig jaar; hun inactieve dossiers worden wel afgetrokken.`,
    en: (x) => `${p(x, 'count')} employer(s) appear only in last year's export; their inactive dossiers are still subtracted.`,
  },
  'billing.renamed': {
    nl: (x) => `Werkgever ${p(x, 'number')} heette vorig jaar '${p(x, 'previous')}' en nu '${p(x, 'current')}'.`,
    en: (x) => `Employer ${p(x, 'number')} was called '${p(x, 'previous')}' last year and '${p(x, 'current')}' now.`,
  },
  'billing.minimumApplied': {
    nl: (x) => `Het bedrag blijft onder het minimum; er wordt ${p(x, 'topUp')} aangevuld tot ${p(x, 'minimum')}.`,
    en: (x) => `The amount is below the minimum; ${p(x, 'topUp')} is added to reach ${p(x, 'minimum')}.`,
  },
  'billing.tooLarge': {
    nl: (x) => `Het bedrag is te groot om veilig te rekenen (${p(x, 'what')}).`,
    en: (x) => `The amount is too large to compute safely (${p(x, 'what')}).`,
  },
  'settings.invalid': {
    nl: (x) => `Ongeldige instelling ${p(x, 'field')}: ${p(x, 'reason')}`,
    en: (x) => `Invalid setting ${p(x, 'field')}: ${p(x, 'reason')}`,
  },
});
