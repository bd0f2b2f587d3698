import type { Texts } from './define';
import type { MessageParams } from '../messages';
import { periodLabel } from '../xpert/period';
import { euros, n, p, prices } from './define';

/** 'a en b', 'a, b en c' (nl); 'a and b', 'a, b and c' (en). */
const listOf = (items: readonly string[]): string =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;

/** Column roles of an Xpert Suite report as a finance user names them. */
const FIELDS: Record<string, string> = {
  employerCode: 'werkgevercode',
  employerName: 'naam werkgever',
  employees: 'aantal medewerkers',
  sms: 'aantal sms',
  period: 'periode',
  peildatum: 'peildatum',
  rate: 'tarief',
  amount: 'bedrag',
};
const field = (x: MessageParams, key = 'field') => FIELDS[p(x, key)] ?? p(x, key);

/** Why a count cell was refused; keys are the count parser's codes. */
const COUNT_REASONS: Record<string, string> = {
  'import.count.negative': 'een aantal is 0 of meer',
  'import.count.decimal': 'een aantal is een heel getal; een bedrag wijst op een verkeerd gekoppelde kolom',
  'import.count.exponent': "wetenschappelijke notatie; zet de kolom in Excel op 'Getal' zonder decimalen",
  'import.count.grouping': "de scheidingstekens staan niet op duizendtallen zoals in '1.234'",
  'import.count.notNumber': 'dit is geen aantal',
  'import.count.tooLarge': 'te groot voor een aantal',
};
const reason = (x: MessageParams) => COUNT_REASONS[p(x, 'reason')] ?? p(x, 'reason');

const XPERT_HINT = "Download de specificatie uit de Xpert Suite, map 'Factuurspecificaties Otherside', als CSV, PDF of Excel.";
/** Otherside at Work (Xpert Suite): import, history and checks. */
export const xpertNl = {
  // Which report
  'xpert.loketExport': (x) => `Dit lijkt de Loket-uitdraai 'Dossiervorming Qwoater per werkgever' (kolommen ${p(x, 'headers')}), geen specificatie van Otherside at Work. Kies dit bestand bij Qwoater. ${XPERT_HINT}}`,
  'xpert.signingExport': () => `Dit lijkt de Loket-uitdraai 'Ondertekenverzoeken per werkgever', geen specificatie van Otherside at Work. ${XPERT_HINT}}`,

  // Columns
  'xpert.noEmployeesColumn': (x) => `Geen kolom met het aantal medewerkers gevonden. Gevonden kolomkoppen: ${p(x, 'headers')}. Kies de kolom zelf, of controleer of dit de specificatie van Otherside at Work is.`,
  'xpert.noSmsColumn': (x) => `Geen kolom met SMS-aantallen gevonden (gezocht naar 'SMS' of 'Aantal SMS'). Gevonden kolomkoppen: ${p(x, 'headers')}. Kies de SMS-kolom zelf. Neemt u geen SMS af, geef dan aan dat dit rapport geen SMS heeft (opdrachtregel: --no-sms); de SMS tellen dan als 0.`,
  'xpert.smsNone': () => 'Dit rapport heeft op uw aanwijzing geen SMS-kolom; de SMS tellen als 0.',
  'xpert.noEmployerColumn': (x) => `Geen kolom met de werkgevercode of de naam van de werkgever gevonden. Gevonden kolomkoppen: ${p(x, 'headers')}. Kies de kolom zelf.`,
  'xpert.nameAsCode': () => 'Het rapport heeft geen werkgevercode; werkgevers worden tussen maanden op naam gekoppeld. Een naamswijziging telt dan als een andere werkgever.',
  'xpert.columnOutOfRange': (x) => `Voor ${field(x)} is kolom ${p(x, 'column')} gekozen, maar de gegevens hebben maar ${p(x, 'width')} kolommen.`,
  'xpert.columnTwice': (x) => `Kolom ${p(x, 'column')} is gekozen voor zowel ${field(x, 'first')} als ${field(x, 'second')}.`,
  'xpert.columnAmbiguous': (x) => `Meer kolommen lijken op ${field(x)}; gekozen is ${p(x, 'chosen')}, niet ${p(x, 'other')}. Controleer de koppeling.`,

  // Cells and rows
  'xpert.countInvalid': (x) => `'${p(x, 'value')}' in de kolom ${field(x)}: ${reason(x)}.`,
  'xpert.reportValueUnreadable': (x) => `'${p(x, 'value')}' in de kolom ${field(x)} is geen bedrag; die kolom dient alleen ter controle en wordt overgeslagen.`,
  'xpert.missingEmployer': () => 'Deze rij heeft aantallen maar geen werkgevercode of naam, en is geen totaalrij.',
  'xpert.skippedRow': (x) => `Deze rij is overgeslagen, want er staat geen werkgever in: '${p(x, 'text')}'.`,
  'xpert.duplicateEmployer': (x) => `Werkgever ${p(x, 'code')} staat ook op rij ${p(x, 'firstRow')}, met dezelfde aantallen; hij telt één keer.`,
  'xpert.duplicateEmployerConflict': (x) => `Werkgever ${p(x, 'code')} staat ook op rij ${p(x, 'firstRow')}, met andere aantallen. Welke rij klopt?`,
  'xpert.totalsMismatch': (x) => `De totaalrij zegt ${p(x, 'file')} voor ${field(x)}, de rijen erboven tellen op tot ${p(x, 'computed')}. Wij rekenen met de rijen.`,
  'xpert.rowsAfterTotals': (x) => `Na de totaalrij (rij ${p(x, 'totalsRow')}) staan nog werkgevers. Staan er meer maanden of lijsten in één bestand? Eén bestand per maand, of haal de extra rijen weg.`,
  'xpert.noEmployers': () => 'De kolomkoppen zijn gevonden, maar er staan geen werkgevers onder.',

  // Period
  'xpert.periodUnknown': () => "Niet te zien over welke maand dit rapport gaat: geen periode of peildatum in de titel, in een kolom of in de bestandsnaam. Kies de maand, of zet hem in de bestandsnaam (bijvoorbeeld 'xpert-2024-01.csv').",
  'xpert.periodCellInvalid': (x) => `'${p(x, 'value')}' is geen maand of datum (verwacht bijvoorbeeld 2024-01, januari 2024 of 31-01-2024).`,
  'xpert.periodMixed': (x) => `Deze rij hoort bij ${p(x, 'other')}, rij ${p(x, 'firstRow')} bij ${p(x, 'first')}. Eén rapport is één maand; download per maand een rapport.`,
  'xpert.periodConflict': (x) => `De titel noemt ${p(x, 'title')}, de kolom ${p(x, 'column')}. Welke maand klopt?`,
  'xpert.periodFileNameDiffers': (x) => `De bestandsnaam noemt ${p(x, 'fileMonth')}, maar het rapport zelf ${p(x, 'found')}. Wij gebruiken ${p(x, 'found')}.`,
  'xpert.periodOverridden': (x) => `U koos ${p(x, 'user')}; het rapport noemt ${p(x, 'found')}. Wij gebruiken uw keuze.`,
  'xpert.periodOptionInvalid': (x) => `De gekozen maand '${p(x, 'value')}' is geen maand (verwacht jjjj-mm, bijvoorbeeld 2024-01).`,
  'xpert.monthTwice': (x) => `${p(x, 'month')} staat twee keer in de invoer: in ${p(x, 'first')} en in ${p(x, 'second')}. Kies per maand één rapport.`,

  // Files that are not a specification
  'xpert.pdf': () => `Dit is een PDF, geen tekst: kies het als bestand, dan wordt de PDF gelezen. ${XPERT_HINT}}`,
  'xpert.wordDocument': () => `Dit is een Word-document; die kan Factuurcheck niet lezen. ${XPERT_HINT}}`,

  // .xlsx uploads
  'xpert.xlsxUnreadable': (x) => `Deze Excel-werkmap is niet te lezen (${p(x, 'reason')}). Is hij beveiligd met een wachtwoord of beschadigd? Sla hem in Excel opnieuw op, of download het rapport als CSV.`,
  'xpert.xlsxNoData': () => 'Deze Excel-werkmap heeft geen blad met gegevens.',
  'xpert.xlsxTooLarge': (x) => `Het blad '${p(x, 'sheet')}' heeft ${p(x, 'rows')} rijen; meer dan ${p(x, 'max')} is geen maandspecificatie.`,
  'xpert.xlsxSheetChosen': (x) => `De werkmap heeft meer bladen; gelezen is '${p(x, 'sheet')}', omdat daar de kolomkoppen van het overzicht staan.`,

  // History
  'xpert.history.corrupt': () => 'De opgeslagen maandhistorie van Otherside in deze werkmap is onleesbaar en is genegeerd. Importeer de maanden opnieuw.',
  'xpert.history.newer': (x) => `De opgeslagen maandhistorie is gemaakt door een nieuwere versie van Factuurcheck (versie ${p(x, 'version')}) en is niet gebruikt. Werk de invoegtoepassing bij.`,
  'xpert.history.invalid': (x) => `De opgeslagen maandhistorie klopt niet (${p(x, 'detail')}) en is genegeerd; is de werkmap met de hand bewerkt? Importeer de maanden opnieuw.`,
  'xpert.history.monthDropped': (x) => `De opgeslagen gegevens van ${p(x, 'month')} kloppen niet (${p(x, 'detail')}) en zijn weggelaten; importeer die maand opnieuw.`,
  'xpert.history.replaced': (x) => `${p(x, 'month')} stond al in de historie en is vervangen door ${p(x, 'file')}.`,

  // Rules and trend
  'xpert.noMonths': () => 'Er is nog geen maand van Otherside at Work ingelezen. Kies een of meer specificaties uit de Xpert Suite.',
  'xpert.sameNameTwoCodes': (x) => `'${p(x, 'name')}' staat onder ${listOf(p(x, 'codes').split('|'))} in ${listOf(p(x, 'months').split('|').map((m) => periodLabel(m, 'nl')))}. Beide worden geteld, zoals Otherside factureert; is het één werkgever die twee keer in de Xpert Suite staat?`,
  'xpert.testEmployers': (x) => `${n(x, 'count', 'nl', 'werkgever lijkt', 'werkgevers lijken')} een test- of demowerkgever (${p(x, 'names')}). Sinds 1 oktober 2021 telt Otherside die mee op de factuur; sluit ze als ze niet meer nodig zijn.`,
  'xpert.monthMissing': (x) => `Er ontbreekt een maand in de reeks: ${p(x, 'months')}. Bij de maand erna is de wijziging ten opzichte van de vorige maand niet berekend.`,
  'xpert.employerRenamed': (x) => `Werkgever ${p(x, 'code')} heette '${p(x, 'old')}' en in ${p(x, 'month')} '${p(x, 'new')}'; de nieuwste naam wordt getoond.`,
  'xpert.reportAmountDiffers': (x) => `${p(x, 'month')}: het rapport noemt in totaal ${euros(x, 'reported', 'nl')}, met uw tarieven komt het op ${euros(x, 'computed', 'nl')}. Kloppen de tarieven?`,
  'xpert.reportRateDiffers': (x) => `${p(x, 'month')}: het rapport noemt een tarief van ${prices(x, 'reported', 'nl')} per medewerker, u rekent met ${prices(x, 'used', 'nl')}.`,
} satisfies Texts;
