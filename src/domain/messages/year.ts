import type { MessageParams } from '../messages';
import { KNOWN_CAUSES, type KnownCauseCode } from '../billing/known-causes';
import { defineMessages, euros, form, n, p } from './define';

/**
 * Messages of the year's work: the signing import, the invoice lines a user enters or
 * pastes, the expected advances, and re-billing per employer.
 */

const SIGNING_FIELDS: Record<string, { nl: string; en: string }> = {
  employerNumber: { nl: 'werkgeversnummer', en: 'employer number' },
  employerName: { nl: 'naam werkgever', en: 'employer name' },
  period: { nl: 'periode', en: 'period' },
  periodFrom: { nl: 'periode van', en: 'period from' },
  periodTo: { nl: 'periode tot en met', en: 'period up to' },
  requests: { nl: 'aantal ondertekenverzoeken', en: 'number of signing requests' },
  signers: { nl: 'aantal ondertekenaars', en: 'number of signers' },
};
const sf = (x: MessageParams, key: string, lang: 'nl' | 'en') => SIGNING_FIELDS[p(x, key)]?.[lang] ?? p(x, key);

const COUNT_REASONS: Record<string, { nl: string; en: string }> = {
  'import.count.negative': { nl: 'een aantal is 0 of meer', en: 'a count is 0 or more' },
  'import.count.decimal': { nl: 'een aantal is een heel getal', en: 'a count is a whole number' },
  'import.count.exponent': { nl: "zet de kolom in Excel op 'Getal' zonder decimalen", en: "format the column in Excel as 'Number' without decimals" },
  'import.count.grouping': { nl: "de scheidingstekens staan niet op duizendtallen zoals in '1.234'", en: "the separators do not group thousands as in '1.234'" },
  'import.count.notNumber': { nl: 'dit is geen aantal', en: 'this is not a count' },
  'import.count.tooLarge': { nl: 'te groot voor een aantal', en: 'too large for a count' },
};

const REPORTS: Record<string, { nl: string; en: string }> = {
  dossiers: { nl: "'Dossiervorming Qwoater per werkgever' (de dossiertelling)", en: "'Dossiervorming Qwoater per werkgever' (the dossier count)" },
  xpert: { nl: 'een specificatie van Otherside at Work (Xpert Suite)', en: 'an Otherside at Work specification (Xpert Suite)' },
};

const KINDS: Record<string, { nl: string; en: string }> = {
  advance: { nl: 'voorschot', en: 'advance' },
  correction: { nl: 'correctie', en: 'correction' },
  final: { nl: 'eindafrekening', en: 'final settlement' },
  signing: { nl: 'digitaal ondertekenen', en: 'digital signing' },
};
const kind = (x: MessageParams, lang: 'nl' | 'en') => KINDS[p(x, 'kind')]?.[lang] ?? p(x, 'kind');
/** 'voorschot Q1', or 'eindafrekening' alone: never a space before the punctuation that follows. */
const what = (x: MessageParams, lang: 'nl' | 'en') => [kind(x, lang), x.period ? p(x, 'period') : ''].filter(Boolean).join(' ');
const cause = (x: MessageParams, lang: 'nl' | 'en') => KNOWN_CAUSES[p(x, 'cause') as KnownCauseCode]?.short[lang] ?? p(x, 'cause');

export const yearMessages = defineMessages({
  // ─── Signing import ───
  'signing.otherReport': {
    nl: (x) => `Dit lijkt ${REPORTS[p(x, 'report')]?.nl ?? p(x, 'report')}, niet 'Ondertekenverzoeken per werkgever'. Kies het bestand bij de juiste stap.`,
    en: (x) => `This looks like ${REPORTS[p(x, 'report')]?.en ?? p(x, 'report')}, not 'Ondertekenverzoeken per werkgever'. Choose the file at the right step.`,
  },
  'signing.noHeader': {
    nl: (x) => `Geen kopregel van 'Ondertekenverzoeken per werkgever' gevonden (werkgever, aantal verzoeken). Gevonden: ${p(x, 'headers')}.`,
    en: (x) => `No header row of 'Ondertekenverzoeken per werkgever' was found (employer, number of requests). Seen: ${p(x, 'headers')}.`,
  },
  'signing.noRequestsColumn': {
    nl: (x) => `Geen kolom met het aantal ondertekenverzoeken gevonden. Gevonden kolomkoppen: ${p(x, 'headers')}. Kies de kolom zelf.`,
    en: (x) => `No column with the number of signing requests was found. Headers seen: ${p(x, 'headers')}. Choose the column yourself.`,
  },
  'signing.noSignersColumn': {
    nl: (x) => `Er wordt per ondertekenaar gefactureerd, maar ${p(x, 'file')} heeft geen kolom met het aantal ondertekenaars.`,
    en: (x) => `Billing is per signer, but ${p(x, 'file')} has no column with the number of signers.`,
  },
  'signing.columnTwice': {
    nl: (x) => `Kolom ${p(x, 'column')} is gekozen voor zowel ${sf(x, 'first', 'nl')} als ${sf(x, 'second', 'nl')}.`,
    en: (x) => `Column ${p(x, 'column')} was chosen for both ${sf(x, 'first', 'en')} and ${sf(x, 'second', 'en')}.`,
  },
  'signing.columnOutOfRange': {
    nl: (x) => `Voor ${sf(x, 'field', 'nl')} is kolom ${p(x, 'column')} gekozen, maar de gegevens hebben maar ${p(x, 'width')} kolommen.`,
    en: (x) => `Column ${p(x, 'column')} was chosen for ${sf(x, 'field', 'en')}, but the data has only ${p(x, 'width')} columns.`,
  },
  'signing.columnAmbiguous': {
    nl: (x) => `Meer kolommen lijken op ${sf(x, 'field', 'nl')}; gekozen is ${p(x, 'chosen')}, niet ${p(x, 'other')}. Controleer de koppeling.`,
    en: (x) => `Several columns look like ${sf(x, 'field', 'en')}; ${p(x, 'chosen')} was chosen, not ${p(x, 'other')}. Check the mapping.`,
  },
  'signing.badCount': {
    nl: (x) => `'${p(x, 'value')}' is geen geldig aantal: ${COUNT_REASONS[p(x, 'reason')]?.nl ?? p(x, 'reason')}.`,
    en: (x) => `'${p(x, 'value')}' is not a valid count: ${COUNT_REASONS[p(x, 'reason')]?.en ?? p(x, 'reason')}.`,
  },
  'signing.totalsMismatch': {
    nl: (x) => `De totaalrij zegt ${p(x, 'file')} (${sf(x, 'field', 'nl')}), de rijen erboven tellen op tot ${p(x, 'computed')}. Wij rekenen met de rijen.`,
    en: (x) => `The totals row says ${p(x, 'file')} (${sf(x, 'field', 'en')}), the rows above add up to ${p(x, 'computed')}. We use the rows.`,
  },
  'signing.periodInvalid': {
    nl: (x) => `'${p(x, 'value')}' is geen geldige periode (verwacht bijvoorbeeld 01-01-2024 t/m 31-03-2024 of Q1 2024).`,
    en: (x) => `'${p(x, 'value')}' is not a valid period (expected e.g. 01-01-2024 t/m 31-03-2024 or Q1 2024).`,
  },
  'signing.periodUnknown': {
    nl: (x) => `De periode van ${p(x, 'file')} is onbekend: het bestand noemt haar niet, ook niet in de naam (zoals ondertekenverzoeken-2024-Q1.csv). Geef de periode op.`,
    en: (x) => `The period of ${p(x, 'file')} is unknown: the file does not name it, not even in its name (such as ondertekenverzoeken-2024-Q1.csv). Give the period.`,
  },
  'signing.periodOverridden': {
    nl: (x) => `U koos periode ${p(x, 'user')}; het bestand noemt ${p(x, 'found')}. Wij gebruiken uw keuze.`,
    en: (x) => `You chose period ${p(x, 'user')}; the file says ${p(x, 'found')}. We use your choice.`,
  },
  'signing.periodFileNameDiffers': {
    nl: (x) => `De bestandsnaam noemt ${p(x, 'fileName')}, het bestand zelf ${p(x, 'found')}. Wij gebruiken ${p(x, 'found')}.`,
    en: (x) => `The file name says ${p(x, 'fileName')}, the file itself ${p(x, 'found')}. We use ${p(x, 'found')}.`,
  },
  'signing.periodSpansQuarters': {
    nl: (x) => `De periode ${p(x, 'period')} valt in meer dan één kwartaal. Ondertekenen wordt per kwartaal gefactureerd: maak de uitdraai per kwartaal (of per maand).`,
    en: (x) => `The period ${p(x, 'period')} spans more than one quarter. Signing is invoiced per quarter: make the report per quarter (or per month).`,
  },
  'signing.outsideYear': {
    nl: (x) => `${n(x, 'count', 'nl', 'rij valt', 'rijen vallen')} buiten ${p(x, 'year')} (bijvoorbeeld ${p(x, 'period')}); die tellen niet mee.`,
    en: (x) => `${n(x, 'count', 'en', 'row falls', 'rows fall')} outside ${p(x, 'year')} (for example ${p(x, 'period')}); they are not counted.`,
  },
  'signing.overlap': {
    nl: (x) => `Werkgever ${p(x, 'number')} staat twee keer in overlappende perioden (${p(x, 'a')} en ${p(x, 'b')}); dan tellen verzoeken dubbel. Is dezelfde uitdraai twee keer gekozen?`,
    en: (x) => `Employer ${p(x, 'number')} appears twice in overlapping periods (${p(x, 'a')} and ${p(x, 'b')}); requests would count twice. Was the same report chosen twice?`,
  },
  'signing.previousQ4': {
    nl: (x) => `De uitdraai van ${p(x, 'period')} (${p(x, 'count')} verzoeken) telt alleen voor de controle van de ondertekenregel ${p(x, 'period')}, die op de factuur van ${p(x, 'invoice')} staat; doorbelast worden die verzoeken bij ${p(x, 'year')}.`,
    en: (x) => `The report of ${p(x, 'period')} (${p(x, 'count')} requests) only counts for checking the signing line ${p(x, 'period')}, which is on the invoice of ${p(x, 'invoice')}; those requests are re-billed with ${p(x, 'year')}.`,
  },
  'signing.unknownToLoketDossiers': {
    nl: (x) => `${n(x, 'count', 'nl', 'werkgever heeft', 'werkgevers hebben')} ondertekenverzoeken maar ${form(x, 'count', 'nl', 'staat', 'staan')} niet in de dossiertelling (bijvoorbeeld ${p(x, 'example')}); ${form(x, 'count', 'nl', 'die krijgt', 'zij krijgen')} alleen het ondertekenen doorbelast.`,
    en: (x) => `${n(x, 'count', 'en', 'employer has', 'employers have')} signing requests but ${form(x, 'count', 'en', 'is', 'are')} not in the dossier count (for example ${p(x, 'example')}); ${form(x, 'count', 'en', 'it is', 'they are')} re-billed for signing only.`,
  },

  // ─── Invoice lines ───
  'invoice.invalid': {
    nl: (x) => `Factuurregel ${p(x, 'line')}: ${p(x, 'field')} is ongeldig: ${p(x, 'reason')}`,
    en: (x) => `Invoice line ${p(x, 'line')}: ${p(x, 'field')} is invalid: ${p(x, 'reason')}`,
  },
  'invoice.noAmountSkipped': {
    nl: (x) => `${n(x, 'count', 'nl', 'regel noemt', 'regels noemen')} een soort factuurregel maar geen bedrag, en ${form(x, 'count', 'nl', 'is als kopje', 'zijn als kopje')} overgeslagen: rij ${p(x, 'rows')}.`,
    en: (x) => `${n(x, 'count', 'en', 'line names', 'lines name')} a kind of invoice line but no amount, and ${form(x, 'count', 'en', 'was skipped as a heading', 'were skipped as headings')}: row ${p(x, 'rows')}.`,
  },
  'invoice.noPeriod': {
    nl: (x) => `Van deze ${kind(x, 'nl')} is het kwartaal of jaar onbekend: '${p(x, 'text')}'. Schrijf bijvoorbeeld 'Q1 2024', of geef een factuurdatum.`,
    en: (x) => `The quarter or year of this ${kind(x, 'en')} is unknown: '${p(x, 'text')}'. Write e.g. 'Q1 2024', or give an invoice date.`,
  },
  'invoice.badNumber': {
    nl: (x) => `'${p(x, 'value')}' is geen geldig ${p(x, 'what')}.`,
    en: (x) => `'${p(x, 'value')}' is not a valid ${p(x, 'what')}.`,
  },
  'invoice.unknownKind': {
    nl: (x) => `'${p(x, 'value')}' is geen soort factuurregel; kies voorschot, correctie, eindafrekening of ondertekenen.`,
    en: (x) => `'${p(x, 'value')}' is not a kind of invoice line; choose advance, correction, final or signing.`,
  },
  'invoice.ambiguousAmount': {
    nl: (x) => `Meer bedragen op deze regel (${p(x, 'amounts')}); genomen is ${p(x, 'chosen')} als bedrag excl. btw. Controleer dat.`,
    en: (x) => `Several amounts on this line (${p(x, 'amounts')}); ${p(x, 'chosen')} was taken as the amount excl. VAT. Please check.`,
  },
  'invoice.skippedLines': {
    nl: (x) => `${n(x, 'count', 'nl', 'regel met een bedrag is', 'regels met een bedrag zijn')} overgeslagen, omdat er geen voorschot, correctie, eindafrekening of ondertekenen in herkend is: rij ${p(x, 'rows')}.`,
    en: (x) => `${n(x, 'count', 'en', 'line with an amount was', 'lines with an amount were')} skipped, because no advance, correction, final settlement or signing was recognised: row ${p(x, 'rows')}.`,
  },
  'invoice.none': {
    nl: () => 'Geen factuurregels gevonden. Plak regels met bijvoorbeeld "Voorschot Q1 2024 € 2.500,00".',
    en: () => 'No invoice lines found. Paste lines such as "Voorschot Q1 2024 € 2.500,00".',
  },

  // ─── The year's expectations ───
  'year.otherYear': {
    nl: (x) => `${n(x, 'count', 'nl', 'factuurregel hoort', 'factuurregels horen')} bij een ander jaar dan ${p(x, 'year')} en ${form(x, 'count', 'nl', 'wordt', 'worden')} hier niet gecontroleerd.`,
    en: (x) => `${n(x, 'count', 'en', 'invoice line belongs', 'invoice lines belong')} to a year other than ${p(x, 'year')} and ${form(x, 'count', 'en', 'is', 'are')} not checked here.`,
  },
  'year.previousQ4SigningNoReport': {
    nl: (x) => `De ondertekenregel ${p(x, 'period')} (op de factuur van ${p(x, 'invoice')}) is niet gecontroleerd: geef ook de uitdraai 'Ondertekenverzoeken per werkgever' van ${p(x, 'period')} op.`,
    en: (x) => `The signing line ${p(x, 'period')} (on the invoice of ${p(x, 'invoice')}) was not checked: also give the 'Ondertekenverzoeken per werkgever' report of ${p(x, 'period')}.`,
  },
  'year.missingLine': {
    nl: (x) => `Geen factuurregel ingevoerd voor ${what(x, 'nl')}; wat wel gefactureerd is, rekent als 0.`,
    en: (x) => `No invoice line entered for ${what(x, 'en')}; what was invoiced counts as 0.`,
  },
  'year.duplicateLine': {
    nl: (x) => `Er staan ${p(x, 'count')} regels voor ${what(x, 'nl')}; elk wordt met het volle verwachte bedrag vergeleken. Dubbel ingevoerd?`,
    en: (x) => `There are ${p(x, 'count')} lines for ${what(x, 'en')}; each is compared with the full expected amount. Entered twice?`,
  },
  'year.signingNotInArrears': {
    nl: (x) => `De ondertekenregel voor ${p(x, 'period')} is gedateerd ${p(x, 'date')}; ondertekenen wordt achteraf gefactureerd, op de factuur van ${p(x, 'expected')}. Klopt het kwartaal?`,
    en: (x) => `The signing line for ${p(x, 'period')} is dated ${p(x, 'date')}; signing is invoiced in arrears, on the invoice of ${p(x, 'expected')}. Is the quarter right?`,
  },
  'year.noFinalYet': {
    nl: () => 'Er is nog geen eindafrekening ingevoerd; de verdeling over het gefactureerde bedrag is dan voorlopig.',
    en: () => 'No final settlement has been entered yet; distributing the invoiced amount is then provisional.',
  },
  'year.signingPriceUnknown': {
    nl: () => 'Er zijn ondertekenregels, maar geen prijs per verzoek en niet inbegrepen; geef de prijs op om ze te controleren.',
    en: () => 'There are signing lines, but no price per request and signing is not included; give the price to check them.',
  },
  'year.tooManySheets': {
    nl: (x) => `Dit worden ${p(x, 'count')} werkgeversbladen (meer dan ${p(x, 'limit')}). Dat maakt de werkmap groot en traag; bevestig of kies minder werkgevers.`,
    en: (x) => `This makes ${p(x, 'count')} employer sheets (more than ${p(x, 'limit')}). That makes the workbook large and slow; confirm, or choose fewer employers.`,
  },
  'year.unknownEmployer': {
    nl: (x) => `Werkgever ${p(x, 'number')} staat niet in de telling.`,
    en: (x) => `Employer ${p(x, 'number')} is not in the count.`,
  },
  'year.invalid': {
    nl: (x) => `Ongeldige invoer ${p(x, 'field')}: ${p(x, 'reason')}`,
    en: (x) => `Invalid input ${p(x, 'field')}: ${p(x, 'reason')}`,
  },
  'year.lineToCheck': {
    nl: (x) =>
      `${what(x, 'nl')}: gefactureerd ${p(x, 'invoiced')}, verwacht ${p(x, 'expected')}, ${p(x, 'difference')} te ${x.over ? 'veel' : 'weinig'}` +
      (x.cause ? `; bekende oorzaak: ${cause(x, 'nl')}` : ''),
    en: (x) =>
      `${what(x, 'en')}: invoiced ${p(x, 'invoiced')}, expected ${p(x, 'expected')}, ${p(x, 'difference')} too ${x.over ? 'much' : 'little'}` +
      (x.cause ? `; known cause: ${cause(x, 'en')}` : ''),
  },

  // ─── Re-billing ───
  'rebill.nothingToShare': {
    nl: (x) => `Er is ${euros(x, 'amount', 'nl')} te verdelen, maar geen werkgever met een positief aantal dossiers of verzoeken om het over te verdelen.`,
    en: (x) => `There is ${euros(x, 'amount', 'en')} to distribute, but no employer with a positive number of dossiers or requests to share it.`,
  },
  'rebill.excluded': {
    nl: (x) => `${n(x, 'count', 'nl', 'werkgever heeft', 'werkgevers hebben')} een negatief of ontbrekend aantal dossiers; ${form(x, 'count', 'nl', 'die krijgt', 'zij krijgen')} geen dossierkosten en geen negatief bedrag.`,
    en: (x) => `${n(x, 'count', 'en', 'employer has', 'employers have')} a negative or missing number of dossiers; ${form(x, 'count', 'en', 'it gets', 'they get')} no dossier charge and no negative amount.`,
  },
  'rebill.targetNegative': {
    nl: (x) => `Het gefactureerde totaal is negatief (${euros(x, 'amount', 'nl')}); een negatief bedrag wordt niet doorbelast.`,
    en: (x) => `The invoiced total is negative (${euros(x, 'amount', 'en')}); a negative amount is not re-billed.`,
  },
});
