import type { Texts } from './define';
import type { MessageParams } from '../messages';
import { euros, form, n, p } from './define';

const RANGE_SUBJECTS: Record<string, string> = {
  year: 'Het jaarbedrag excl. btw',
  list: 'Het bedrag van de meegetelde dossiers tegen basisprijs',
  invoiced: 'Het gefactureerde totaal',
  signing: 'Het bedrag voor ondertekenen',
  month: 'Het maandbedrag',
};

/** The numeric settings by their key in the settings file, named as the user knows them (never "bedrag of percentage" for a price). */
const NUMBER_FIELDS: Record<string, string> = {
  price: 'geen geldige prijs per dossier',
  minimum: 'geen geldig minimumbedrag',
  vat: 'geen geldig btw-percentage',
  tolerance: 'geen geldige tolerantie in euro',
  tolerancePercent: 'geen geldig tolerantiepercentage',
};

/** What is wrong with a rejected setting, by the kind of schema issue (settings-problem.ts); year.invalid uses it too. */
const ISSUES: Record<string, string> = {
  invalid_type: 'de waarde heeft de verkeerde soort (tekst, getal, lijst)',
  unrecognized_keys: 'deze instelling bestaat niet',
  too_small: 'de waarde is te klein',
  too_big: 'de waarde is te groot',
  invalid_value: 'deze waarde is hier niet toegestaan',
  invalid_format: 'de waarde heeft niet de juiste vorm',
  other: 'de waarde is ongeldig',
};
export const schemaIssue = (x: MessageParams): string => ISSUES[p(x, 'issue')] ?? ISSUES.other!;
/** The setting's key as written in the file (the `field` parameter), or 'als geheel'. */
export const settingField = (x: MessageParams): string => (x.field ? `'${p(x, 'field')}'` : 'als geheel');
export const billingNl = {
  'billing.previousNotBefore': (x) => `De export van het vorige jaar, ${p(x, 'previousFile')} (peildatum ${p(x, 'previous')}), ligt niet vóór de huidige export, ${p(x, 'currentFile')} (peildatum ${p(x, 'current')}). Zijn de bestanden omgewisseld?`,
  'billing.previousNotOneYear': (x) => `De peildatums liggen ${p(x, 'days')} dagen uit elkaar; voor model 2 is dat normaal precies één jaar (31-12 van het vorige jaar).`,
  'billing.previousMissing': () => 'Model 2 heeft twee exports nodig: die van 31-12 van het jaar en die van 31-12 van het jaar ervoor (--previous).',
  'billing.peildatumNot3112': (x) => `Voor model 2 is de peildatum altijd 31 december; deze export heeft peildatum ${p(x, 'date')}.`,
  'billing.negativeActive': (x) => `${n(x, 'count', 'nl', 'werkgever had', 'werkgevers hadden')} vorig jaar meer inactieve dossiers (G) dan nu dossiers (F); het verschil per werkgever is negatief. Het totaal telt zoals Qwoater factureert: ΣF − ΣG.`,
  'billing.onlyInCurrent': (x) => `${n(x, 'count', 'nl', 'werkgever staat', 'werkgevers staan')} alleen in de huidige export (nieuw dit jaar).`,
  'billing.onlyInPrevious': (x) => `${n(x, 'count', 'nl', 'werkgever staat', 'werkgevers staan')} alleen in de export van vorig jaar; ${form(x, 'count', 'nl', 'zijn', 'hun')} inactieve dossiers worden wel afgetrokken.`,
  'billing.renamed': (x) => `${n(x, 'count', 'nl', 'werkgever heeft', 'werkgevers hebben')} een andere naam dan vorig jaar (bijvoorbeeld ${p(x, 'example')}).`,
  'billing.negativeTotal': (x) => `Vorig jaar zijn er meer inactieve dossiers (ΣG = ${p(x, 'inactive')}) dan er nu dossiers zijn (ΣF = ${p(x, 'total')}), en de peildatums zeggen niet welke export van welk jaar is. Zijn de exports omgewisseld? Zo niet, geef de peildatum op; dan rekenen wij door.`,
  'billing.negativeTotalCounted': (x) =>
      `Let op: vorig jaar waren er meer inactieve dossiers (ΣG = ${p(x, 'inactive')} op ${p(x, 'previous')}) dan er nu dossiers zijn (ΣF = ${p(x, 'total')} op ${p(x, 'current')}), bijvoorbeeld omdat een grote klant is vertrokken. De peildatums bevestigen de volgorde, dus wij rekenen door: actieve werknemersdossiers ${p(x, 'active')}, te factureren dossiers ${p(x, 'billable')} (een aantal onder nul telt als 0), en het minimum van ${euros(x, 'minimum', 'nl')} geldt. Controleer dit tegen de factuur.`,
  'billing.sameExportTwice': (x) => `De huidige export (${p(x, 'current')}) en de export van vorig jaar (${p(x, 'previous')}) zijn gelijk. Kies voor het vorige jaar de export met peildatum 31-12 van dat jaar.`,
  'billing.peildatumUnknown': (x) => `De peildatum van ${p(x, 'file')} is onbekend; controleer zelf dat het de juiste export is.`,
  'billing.yearUnknown': () => 'Het jaar is onbekend: de export noemt geen peildatum. Geef het jaar op (--year) of de peildatum.',
  'billing.yearContradictsExport': (x) => `U gaf het jaar ${p(x, 'year')} op, maar ${p(x, 'file')} heeft peildatum ${p(x, 'date')}: dat is het jaar ${p(x, 'dateYear')}. Kies het jaar ${p(x, 'dateYear')}, of de export van ${p(x, 'year')}.`,
  'billing.yearContradictsPrevious': (x) => `U gaf het jaar ${p(x, 'year')} op, maar de export van vorig jaar, ${p(x, 'file')}, heeft peildatum ${p(x, 'date')}; voor ${p(x, 'year')} hoort die ${p(x, 'expected')} te zijn. Deze export hoort bij het jaar ${p(x, 'dateYear')}.`,
  'billing.yearContradictsAgreed': (x) => `U gaf het jaar ${p(x, 'year')} op, maar de afgesproken peildatum is ${p(x, 'date')}: dat is het jaar ${p(x, 'dateYear')}. Pas het jaar of de peildatum aan.`,
  'billing.agreedPeildatumOtherYear': (x) => `De afgesproken peildatum is ${p(x, 'agreed')}, maar ${p(x, 'file')} heeft peildatum ${p(x, 'date')}, in een ander jaar. Kies de export van de afgesproken peildatum, of pas de afgesproken peildatum aan.`,
  'billing.agreedPeildatumDiffers': (x) => `De afgesproken peildatum is ${p(x, 'agreed')}, maar ${p(x, 'file')} heeft peildatum ${p(x, 'date')}. Wij rekenen met de afgesproken peildatum; controleer dat de export de telling van die dag is.`,
  'billing.previousHasNoInactive': (x) => `De export van vorig jaar (${p(x, 'file')}) heeft geen kolom met inactieve dossiers (G); model 2 heeft die nodig.`,
  'billing.ambiguousNumber': (x) => `Werkgeversnummers '${p(x, 'a')}' en '${p(x, 'b')}' in ${p(x, 'file')} zijn gelijk op voorloopnullen na; ze zijn niet eenduidig te koppelen.`,
  'billing.minimumApplied': (x) => `Het bedrag blijft onder het minimum; er wordt ${euros(x, 'topUp', 'nl')} aangevuld tot ${euros(x, 'minimum', 'nl')}.`,
  'billing.beyondRange': (x) => `${RANGE_SUBJECTS[p(x, 'what')] ?? p(x, 'what')} komt uit op ${euros(x, 'amount', 'nl')}. Factuurcheck rekent tot op de cent tot ${euros(x, 'limit', 'nl')} excl. btw, en niet daarboven. Klopt de prijs, en staan er geen bedragen in een kolom met aantallen?`,
  'settings.invalid': (x) => `Instelling ${settingField(x)} klopt niet: ${schemaIssue(x)}.`,
  'settings.badNumber': (x) => `'${p(x, 'value')}' is ${NUMBER_FIELDS[p(x, 'field')] ?? 'geen geldig getal'}.`,
  'settings.badTierPrice': (x) => `'${p(x, 'value')}' is geen geldige prijs voor schijf ${p(x, 'tier')} van de staffel.`,
  'settings.priceMissing': () => 'Geef een prijs per dossier (--price) of een staffel (--settings).',
} satisfies Texts;
