import type { Texts } from './define';
import type { MessageParams } from '../messages';
import { notesNl } from './notes.nl';
import type { KnownCauseCode } from '../billing/known-causes';
import { euros, form, n, p } from './define';
import { schemaIssue, settingField } from './billing.nl';

/**
 * Messages of the year's work: the signing import, the invoice lines a user enters or
 * pastes, the expected advances, and re-billing per employer.
 */

const SIGNING_FIELDS: Record<string, string> = {
  employerNumber: 'werkgeversnummer',
  employerName: 'naam werkgever',
  period: 'periode',
  periodFrom: 'periode van',
  periodTo: 'periode tot en met',
  requests: 'aantal ondertekenverzoeken',
  signers: 'aantal ondertekenaars',
};
const sf = (x: MessageParams, key: string) => SIGNING_FIELDS[p(x, key)] ?? p(x, key);

const COUNT_REASONS: Record<string, string> = {
  'import.count.negative': 'een aantal is 0 of meer',
  'import.count.decimal': 'een aantal is een heel getal',
  'import.count.exponent': "zet de kolom in Excel op 'Getal' zonder decimalen",
  'import.count.grouping': "de scheidingstekens staan niet op duizendtallen zoals in '1.234'",
  'import.count.notNumber': 'dit is geen aantal',
  'import.count.tooLarge': 'te groot voor een aantal',
};

const REPORTS: Record<string, string> = {
  dossiers: "'Dossiervorming Qwoater per werkgever' (de dossiertelling)",
  xpert: 'een specificatie van Otherside at Work (Xpert Suite)',
};

const KINDS: Record<string, string> = {
  advance: 'voorschot',
  correction: 'correctie',
  final: 'eindafrekening',
  signing: 'digitaal ondertekenen',
};
const kind = (x: MessageParams) => KINDS[p(x, 'kind')] ?? p(x, 'kind');
/** 'voorschot Q1', or 'eindafrekening' alone: never a space before the punctuation that follows. */
const what = (x: MessageParams) => [kind(x), x.period ? p(x, 'period') : ''].filter(Boolean).join(' ');
const cause = (x: MessageParams) => (notesNl as Record<string, string>)[`cause.${p(x, 'cause') as KnownCauseCode}.short`] ?? p(x, 'cause');
export const yearNl = {
  // ─── Signing import ───
  'signing.otherReport': (x) => `Dit lijkt ${REPORTS[p(x, 'report')] ?? p(x, 'report')}, niet 'Ondertekenverzoeken per werkgever'. Kies het bestand bij de juiste stap.`,
  'signing.noHeader': (x) => `Geen kopregel van 'Ondertekenverzoeken per werkgever' gevonden (werkgever, aantal verzoeken). Gevonden: ${p(x, 'headers')}.`,
  'signing.noRequestsColumn': (x) => `Geen kolom met het aantal ondertekenverzoeken gevonden. Gevonden kolomkoppen: ${p(x, 'headers')}. Kies de kolom zelf.`,
  'signing.noSignersColumn': (x) => `Er wordt per ondertekenaar gefactureerd, maar ${p(x, 'file')} heeft geen kolom met het aantal ondertekenaars.`,
  'signing.columnTwice': (x) => `Kolom ${p(x, 'column')} is gekozen voor zowel ${sf(x, 'first')} als ${sf(x, 'second')}.`,
  'signing.columnOutOfRange': (x) => `Voor ${sf(x, 'field')} is kolom ${p(x, 'column')} gekozen, maar de gegevens hebben maar ${p(x, 'width')} kolommen.`,
  'signing.columnAmbiguous': (x) => `Meer kolommen lijken op ${sf(x, 'field')}; gekozen is ${p(x, 'chosen')}, niet ${p(x, 'other')}. Controleer de koppeling.`,
  'signing.badCount': (x) => `'${p(x, 'value')}' is geen geldig aantal: ${COUNT_REASONS[p(x, 'reason')] ?? p(x, 'reason')}.`,
  'signing.totalsMismatch': (x) => `De totaalrij zegt ${p(x, 'file')} (${sf(x, 'field')}), de rijen erboven tellen op tot ${p(x, 'computed')}. Wij rekenen met de rijen.`,
  'signing.periodInvalid': (x) => `'${p(x, 'value')}' is geen geldige periode (verwacht bijvoorbeeld 01-01-2024 t/m 31-03-2024 of Q1 2024).`,
  'signing.periodUnknown': (x) => `De periode van ${p(x, 'file')} is onbekend: het bestand noemt haar niet, ook niet in de naam (zoals ondertekenverzoeken-2024-Q1.csv). Geef de periode op.`,
  'signing.periodOverridden': (x) => `U koos periode ${p(x, 'user')}; het bestand noemt ${p(x, 'found')}. Wij gebruiken uw keuze.`,
  'signing.periodFileNameDiffers': (x) => `De bestandsnaam noemt ${p(x, 'fileName')}, het bestand zelf ${p(x, 'found')}. Wij gebruiken ${p(x, 'found')}.`,
  'signing.periodSpansQuarters': (x) => `De periode ${p(x, 'period')} valt in meer dan één kwartaal. Ondertekenen wordt per kwartaal gefactureerd: maak de uitdraai per kwartaal (of per maand).`,
  'signing.outsideYear': (x) => `${n(x, 'count', 'nl', 'rij valt', 'rijen vallen')} buiten ${p(x, 'year')} (bijvoorbeeld ${p(x, 'period')}); die tellen niet mee.`,
  'signing.overlap': (x) => `Werkgever ${p(x, 'number')} staat twee keer in overlappende perioden (${p(x, 'a')} en ${p(x, 'b')}); dan tellen verzoeken dubbel. Is dezelfde uitdraai twee keer gekozen?`,
  'signing.previousQ4': (x) => `De uitdraai van ${p(x, 'period')} (${p(x, 'count')} verzoeken) telt alleen voor de controle van de ondertekenregel ${p(x, 'period')}, die op de factuur van ${p(x, 'invoice')} staat; doorbelast worden die verzoeken bij ${p(x, 'year')}.`,
  'signing.unknownToLoketDossiers': (x) => `${n(x, 'count', 'nl', 'werkgever heeft', 'werkgevers hebben')} ondertekenverzoeken maar ${form(x, 'count', 'nl', 'staat', 'staan')} niet in de dossiertelling (bijvoorbeeld ${p(x, 'example')}); ${form(x, 'count', 'nl', 'die krijgt', 'zij krijgen')} alleen het ondertekenen doorbelast.`,

  // ─── Invoice lines ───
  'invoice.invalid': (x) => `Factuurregel ${p(x, 'line')}: ${p(x, 'field')} is ongeldig: ${p(x, 'reason')}`,
  'invoice.noAmountSkipped': (x) => `${n(x, 'count', 'nl', 'regel noemt', 'regels noemen')} een soort factuurregel maar geen bedrag, en ${form(x, 'count', 'nl', 'is als kopje', 'zijn als kopje')} overgeslagen: rij ${p(x, 'rows')}.`,
  'invoice.noPeriod': (x) => `Van deze ${kind(x)} is het kwartaal of jaar onbekend: '${p(x, 'text')}'. Schrijf bijvoorbeeld 'Q1 2024', of geef een factuurdatum.`,
  'invoice.badNumber': (x) => `'${p(x, 'value')}' is geen geldig ${p(x, 'what')}.`,
  'invoice.unknownKind': (x) => `'${p(x, 'value')}' is geen soort factuurregel; kies voorschot, correctie, eindafrekening of ondertekenen.`,
  'invoice.ambiguousAmount': (x) => `Meer bedragen op deze regel (${p(x, 'amounts')}); genomen is ${p(x, 'chosen')} als bedrag excl. btw. Controleer dat.`,
  'invoice.skippedLines': (x) => `${n(x, 'count', 'nl', 'regel met een bedrag is', 'regels met een bedrag zijn')} overgeslagen, omdat er geen voorschot, correctie, eindafrekening of ondertekenen in herkend is: rij ${p(x, 'rows')}.`,
  'invoice.none': () => 'Geen factuurregels gevonden. Plak regels met bijvoorbeeld "Voorschot Q1 2024 € 2.500,00".',

  // ─── The year's expectations ───
  'year.otherYear': (x) => `${n(x, 'count', 'nl', 'factuurregel hoort', 'factuurregels horen')} bij een ander jaar dan ${p(x, 'year')} en ${form(x, 'count', 'nl', 'wordt', 'worden')} hier niet gecontroleerd.`,
  'year.previousQ4SigningNoReport': (x) => `De ondertekenregel ${p(x, 'period')} (op de factuur van ${p(x, 'invoice')}) is niet gecontroleerd: geef ook de uitdraai 'Ondertekenverzoeken per werkgever' van ${p(x, 'period')} op.`,
  'year.missingLine': (x) => `Geen factuurregel ingevoerd voor ${what(x)}; wat wel gefactureerd is, rekent als 0.`,
  'year.duplicateLine': (x) => `Er staan ${p(x, 'count')} regels voor ${what(x)}; elk wordt met het volle verwachte bedrag vergeleken. Dubbel ingevoerd?`,
  'year.signingNotInArrears': (x) => `De ondertekenregel voor ${p(x, 'period')} is gedateerd ${p(x, 'date')}; ondertekenen wordt achteraf gefactureerd, op de factuur van ${p(x, 'expected')}. Klopt het kwartaal?`,
  'year.noFinalYet': () => 'Er is nog geen eindafrekening ingevoerd; de verdeling over het gefactureerde bedrag is dan voorlopig.',
  'year.signingPriceUnknown': () => 'Er zijn ondertekenregels, maar geen prijs per verzoek en niet inbegrepen; geef de prijs op om ze te controleren.',
  'year.tooManySheets': (x) => `Dit worden ${p(x, 'count')} werkgeversbladen (meer dan ${p(x, 'limit')}). Dat maakt de werkmap groot en traag; bevestig of kies minder werkgevers.`,
  'year.unknownEmployer': (x) => `Werkgever ${p(x, 'number')} staat niet in de telling.`,
  'year.invalid': (x) => `Ongeldige invoer ${settingField(x)}: ${schemaIssue(x)}.`,
  'year.lineToCheck': (x) =>
      `${what(x)}: gefactureerd ${p(x, 'invoiced')}, verwacht ${p(x, 'expected')}, ${p(x, 'difference')} te ${x.over ? 'veel' : 'weinig'}` +
      (x.cause ? `; bekende oorzaak: ${cause(x)}` : ''),

  // ─── Re-billing ───
  'rebill.nothingToShare': (x) => `Er is ${euros(x, 'amount', 'nl')} te verdelen, maar geen werkgever met een positief aantal dossiers of verzoeken om het over te verdelen.`,
  'rebill.excluded': (x) => `${n(x, 'count', 'nl', 'werkgever heeft', 'werkgevers hebben')} een negatief of ontbrekend aantal dossiers; ${form(x, 'count', 'nl', 'die krijgt', 'zij krijgen')} geen dossierkosten en geen negatief bedrag.`,
  'rebill.targetNegative': (x) => `Het gefactureerde totaal is negatief (${euros(x, 'amount', 'nl')}); een negatief bedrag wordt niet doorbelast.`,
} satisfies Texts;
