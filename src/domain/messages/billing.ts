import { defineMessages, euros, form, n, p } from './define';

const RANGE_SUBJECTS: Record<string, { nl: string; en: string }> = {
  year: { nl: 'Het jaarbedrag excl. btw', en: "The year's amount excl. VAT" },
  list: { nl: 'Het bedrag van de meegetelde dossiers tegen basisprijs', en: 'The amount of the counted dossiers at list price' },
  invoiced: { nl: 'Het gefactureerde totaal', en: 'The invoiced total' },
  signing: { nl: 'Het bedrag voor ondertekenen', en: 'The amount for signing' },
  month: { nl: 'Het maandbedrag', en: "The month's amount" },
};

export const billingMessages = defineMessages({
  'billing.previousNotBefore': {
    nl: (x) => `De export van het vorige jaar, ${p(x, 'previousFile')} (peildatum ${p(x, 'previous')}), ligt niet vóór de huidige export, ${p(x, 'currentFile')} (peildatum ${p(x, 'current')}). Zijn de bestanden omgewisseld?`,
    en: (x) => `The previous year's export, ${p(x, 'previousFile')} (reference date ${p(x, 'previous')}), is not before the current export, ${p(x, 'currentFile')} (reference date ${p(x, 'current')}). Were the files swapped?`,
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
    nl: (x) => `${n(x, 'count', 'nl', 'werkgever had', 'werkgevers hadden')} vorig jaar meer inactieve dossiers (G) dan nu dossiers (F); het verschil per werkgever is negatief. Het totaal telt zoals Qwoater factureert: ΣF − ΣG.`,
    en: (x) => `${n(x, 'count', 'en', 'employer', 'employers')} had more inactive dossiers last year (G) than dossiers now (F); the difference per employer is negative. The total counts as Qwoater bills it: ΣF − ΣG.`,
  },
  'billing.onlyInCurrent': {
    nl: (x) => `${n(x, 'count', 'nl', 'werkgever staat', 'werkgevers staan')} alleen in de huidige export (nieuw dit jaar).`,
    en: (x) => `${n(x, 'count', 'en', 'employer appears', 'employers appear')} only in the current export (new this year).`,
  },
  'billing.onlyInPrevious': {
    nl: (x) => `${n(x, 'count', 'nl', 'werkgever staat', 'werkgevers staan')} alleen in de export van vorig jaar; ${form(x, 'count', 'nl', 'zijn', 'hun')} inactieve dossiers worden wel afgetrokken.`,
    en: (x) => `${n(x, 'count', 'en', 'employer appears', 'employers appear')} only in last year's export; ${form(x, 'count', 'en', 'its', 'their')} inactive dossiers are still subtracted.`,
  },
  'billing.renamed': {
    nl: (x) => `${n(x, 'count', 'nl', 'werkgever heeft', 'werkgevers hebben')} een andere naam dan vorig jaar (bijvoorbeeld ${p(x, 'example')}).`,
    en: (x) => `${n(x, 'count', 'en', 'employer has', 'employers have')} a different name than last year (for example ${p(x, 'example')}).`,
  },
  'billing.negativeTotal': {
    nl: (x) => `Vorig jaar zijn er meer inactieve dossiers (ΣG = ${p(x, 'inactive')}) dan er nu dossiers zijn (ΣF = ${p(x, 'total')}), en de peildatums zeggen niet welke export van welk jaar is. Zijn de exports omgewisseld? Zo niet, geef de peildatum op; dan rekenen wij door.`,
    en: (x) => `Last year's inactive dossiers (ΣG = ${p(x, 'inactive')}) exceed this year's dossiers (ΣF = ${p(x, 'total')}), and the reference dates do not say which export is which year. Were the exports swapped? If not, give the reference date; then we compute on.`,
  },
  'billing.negativeTotalCounted': {
    nl: (x) =>
      `Let op: vorig jaar waren er meer inactieve dossiers (ΣG = ${p(x, 'inactive')} op ${p(x, 'previous')}) dan er nu dossiers zijn (ΣF = ${p(x, 'total')} op ${p(x, 'current')}), bijvoorbeeld omdat een grote klant is vertrokken. De peildatums bevestigen de volgorde, dus wij rekenen door: actieve werknemersdossiers ${p(x, 'active')}, te factureren dossiers ${p(x, 'billable')} (een aantal onder nul telt als 0), en het minimum van ${euros(x, 'minimum', 'nl')} geldt. Controleer dit tegen de factuur.`,
    en: (x) =>
      `Note: last year had more inactive dossiers (ΣG = ${p(x, 'inactive')} on ${p(x, 'previous')}) than there are dossiers now (ΣF = ${p(x, 'total')} on ${p(x, 'current')}), for instance because a large client left. The reference dates confirm the order, so we compute on: active employee dossiers ${p(x, 'active')}, billable dossiers ${p(x, 'billable')} (a count below zero counts as 0), and the minimum of ${euros(x, 'minimum', 'en')} applies. Check this against the invoice.`,
  },
  'billing.sameExportTwice': {
    nl: (x) => `De huidige export (${p(x, 'current')}) en de export van vorig jaar (${p(x, 'previous')}) zijn gelijk. Kies voor het vorige jaar de export met peildatum 31-12 van dat jaar.`,
    en: (x) => `The current export (${p(x, 'current')}) and last year's export (${p(x, 'previous')}) are identical. For the previous year, choose the export dated 31-12 of that year.`,
  },
  'billing.peildatumUnknown': {
    nl: (x) => `De peildatum van ${p(x, 'file')} is onbekend; controleer zelf dat het de juiste export is.`,
    en: (x) => `The reference date of ${p(x, 'file')} is unknown; check yourself that it is the right export.`,
  },
  'billing.yearUnknown': {
    nl: () => 'Het jaar is onbekend: de export noemt geen peildatum. Geef het jaar op (--year) of de peildatum.',
    en: () => 'The year is unknown: the export names no reference date. Give the year (--year) or the reference date.',
  },
  'billing.yearContradictsExport': {
    nl: (x) => `U gaf het jaar ${p(x, 'year')} op, maar ${p(x, 'file')} heeft peildatum ${p(x, 'date')}: dat is het jaar ${p(x, 'dateYear')}. Kies het jaar ${p(x, 'dateYear')}, of de export van ${p(x, 'year')}.`,
    en: (x) => `You gave the year ${p(x, 'year')}, but ${p(x, 'file')} has reference date ${p(x, 'date')}: that is the year ${p(x, 'dateYear')}. Choose the year ${p(x, 'dateYear')}, or the export of ${p(x, 'year')}.`,
  },
  'billing.yearContradictsPrevious': {
    nl: (x) => `U gaf het jaar ${p(x, 'year')} op, maar de export van vorig jaar, ${p(x, 'file')}, heeft peildatum ${p(x, 'date')}; voor ${p(x, 'year')} hoort die ${p(x, 'expected')} te zijn. Deze export hoort bij het jaar ${p(x, 'dateYear')}.`,
    en: (x) => `You gave the year ${p(x, 'year')}, but last year's export, ${p(x, 'file')}, has reference date ${p(x, 'date')}; for ${p(x, 'year')} it should be ${p(x, 'expected')}. This export belongs to the year ${p(x, 'dateYear')}.`,
  },
  'billing.yearContradictsAgreed': {
    nl: (x) => `U gaf het jaar ${p(x, 'year')} op, maar de afgesproken peildatum is ${p(x, 'date')}: dat is het jaar ${p(x, 'dateYear')}. Pas het jaar of de peildatum aan.`,
    en: (x) => `You gave the year ${p(x, 'year')}, but the agreed reference date is ${p(x, 'date')}: that is the year ${p(x, 'dateYear')}. Change the year or the reference date.`,
  },
  'billing.agreedPeildatumOtherYear': {
    nl: (x) => `De afgesproken peildatum is ${p(x, 'agreed')}, maar ${p(x, 'file')} heeft peildatum ${p(x, 'date')}, in een ander jaar. Kies de export van de afgesproken peildatum, of pas de afgesproken peildatum aan.`,
    en: (x) => `The agreed reference date is ${p(x, 'agreed')}, but ${p(x, 'file')} has reference date ${p(x, 'date')}, in another year. Choose the export of the agreed reference date, or change the agreed reference date.`,
  },
  'billing.agreedPeildatumDiffers': {
    nl: (x) => `De afgesproken peildatum is ${p(x, 'agreed')}, maar ${p(x, 'file')} heeft peildatum ${p(x, 'date')}. Wij rekenen met de afgesproken peildatum; controleer dat de export de telling van die dag is.`,
    en: (x) => `The agreed reference date is ${p(x, 'agreed')}, but ${p(x, 'file')} has reference date ${p(x, 'date')}. We use the agreed date; check that the export is the count of that day.`,
  },
  'billing.previousHasNoInactive': {
    nl: (x) => `De export van vorig jaar (${p(x, 'file')}) heeft geen kolom met inactieve dossiers (G); model 2 heeft die nodig.`,
    en: (x) => `Last year's export (${p(x, 'file')}) has no column of inactive dossiers (G); model 2 needs it.`,
  },
  'billing.ambiguousNumber': {
    nl: (x) => `Werkgeversnummers '${p(x, 'a')}' en '${p(x, 'b')}' in ${p(x, 'file')} zijn gelijk op voorloopnullen na; ze zijn niet eenduidig te koppelen.`,
    en: (x) => `Employer numbers '${p(x, 'a')}' and '${p(x, 'b')}' in ${p(x, 'file')} differ only in leading zeros; they cannot be matched unambiguously.`,
  },
  'billing.minimumApplied': {
    nl: (x) => `Het bedrag blijft onder het minimum; er wordt ${euros(x, 'topUp', 'nl')} aangevuld tot ${euros(x, 'minimum', 'nl')}.`,
    en: (x) => `The amount is below the minimum; ${euros(x, 'topUp', 'en')} is added to reach ${euros(x, 'minimum', 'en')}.`,
  },
  'billing.beyondRange': {
    nl: (x) => `${RANGE_SUBJECTS[p(x, 'what')]?.nl ?? p(x, 'what')} komt uit op ${euros(x, 'amount', 'nl')}. Factuurcheck rekent tot op de cent tot ${euros(x, 'limit', 'nl')} excl. btw, en niet daarboven. Klopt de prijs, en staan er geen bedragen in een kolom met aantallen?`,
    en: (x) => `${RANGE_SUBJECTS[p(x, 'what')]?.en ?? p(x, 'what')} comes to ${euros(x, 'amount', 'en')}. Factuurcheck computes to the cent up to ${euros(x, 'limit', 'en')} excl. VAT, and not beyond. Is the price right, and is no column of amounts mapped as counts?`,
  },
  'settings.invalid': {
    nl: (x) => `Ongeldige instelling ${p(x, 'field')}: ${p(x, 'reason')}`,
    en: (x) => `Invalid setting ${p(x, 'field')}: ${p(x, 'reason')}`,
  },
});
