import type { MessageParams } from '../messages';
import { periodLabel } from '../xpert/period';
import { defineMessages, euros, n, p, prices } from './define';

/** 'a en b', 'a, b en c' (nl); 'a and b', 'a, b and c' (en). */
const listOf = (items: readonly string[], lang: 'nl' | 'en'): string =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${items.at(-1)}`;

/** Column roles of an Xpert Suite report as a finance user names them. */
const FIELDS: Record<string, { nl: string; en: string }> = {
  employerCode: { nl: 'werkgevercode', en: 'employer code' },
  employerName: { nl: 'naam werkgever', en: 'employer name' },
  employees: { nl: 'aantal medewerkers', en: 'number of employees' },
  sms: { nl: 'aantal sms', en: 'number of SMS' },
  period: { nl: 'periode', en: 'period' },
  peildatum: { nl: 'peildatum', en: 'reference date' },
  rate: { nl: 'tarief', en: 'rate' },
  amount: { nl: 'bedrag', en: 'amount' },
};
const field = (x: MessageParams, lang: 'nl' | 'en', key = 'field') => FIELDS[p(x, key)]?.[lang] ?? p(x, key);

/** Why a count cell was refused; keys are the count parser's codes. */
const COUNT_REASONS: Record<string, { nl: string; en: string }> = {
  'import.count.negative': { nl: 'een aantal is 0 of meer', en: 'a count is 0 or more' },
  'import.count.decimal': { nl: 'een aantal is een heel getal; een bedrag wijst op een verkeerd gekoppelde kolom', en: 'a count is a whole number; an amount suggests a wrongly mapped column' },
  'import.count.exponent': { nl: "wetenschappelijke notatie; zet de kolom in Excel op 'Getal' zonder decimalen", en: "scientific notation; format the column in Excel as 'Number' without decimals" },
  'import.count.grouping': { nl: "de scheidingstekens staan niet op duizendtallen zoals in '1.234'", en: "the separators do not group thousands as in '1.234'" },
  'import.count.notNumber': { nl: 'dit is geen aantal', en: 'this is not a count' },
  'import.count.tooLarge': { nl: 'te groot voor een aantal', en: 'too large for a count' },
};
const reason = (x: MessageParams, lang: 'nl' | 'en') => COUNT_REASONS[p(x, 'reason')]?.[lang] ?? p(x, 'reason');

const XPERT_HINT = {
  nl: "Download de specificatie uit de Xpert Suite, map 'Factuurspecificaties Otherside', als CSV, PDF of Excel.",
  en: "Download the specification from the Xpert Suite, folder 'Factuurspecificaties Otherside', as CSV, PDF or Excel.",
};

/** Otherside at Work (Xpert Suite): import, history and checks. */
export const xpertMessages = defineMessages({
  // Which report
  'xpert.loketExport': {
    nl: (x) => `Dit lijkt de Loket-uitdraai 'Dossiervorming Qwoater per werkgever' (kolommen ${p(x, 'headers')}), geen specificatie van Otherside at Work. Kies dit bestand bij Qwoater. ${XPERT_HINT.nl}`,
    en: (x) => `This looks like Loket's 'Dossiervorming Qwoater per werkgever' export (columns ${p(x, 'headers')}), not an Otherside at Work specification. Choose this file for Qwoater. ${XPERT_HINT.en}`,
  },
  'xpert.signingExport': {
    nl: () => `Dit lijkt de Loket-uitdraai 'Ondertekenverzoeken per werkgever', geen specificatie van Otherside at Work. ${XPERT_HINT.nl}`,
    en: () => `This looks like Loket's 'Ondertekenverzoeken per werkgever' export, not an Otherside at Work specification. ${XPERT_HINT.en}`,
  },

  // Columns
  'xpert.noEmployeesColumn': {
    nl: (x) => `Geen kolom met het aantal medewerkers gevonden. Gevonden kolomkoppen: ${p(x, 'headers')}. Kies de kolom zelf, of controleer of dit de specificatie van Otherside at Work is.`,
    en: (x) => `No column with the number of employees was found. Headers seen: ${p(x, 'headers')}. Choose the column yourself, or check that this is the Otherside at Work specification.`,
  },
  'xpert.noSmsColumn': {
    nl: (x) => `Geen kolom met SMS-aantallen gevonden (gezocht naar 'SMS' of 'Aantal SMS'). Gevonden kolomkoppen: ${p(x, 'headers')}. Kies de SMS-kolom zelf. Neemt u geen SMS af, geef dan aan dat dit rapport geen SMS heeft (opdrachtregel: --no-sms); de SMS tellen dan als 0.`,
    en: (x) => `No column with SMS counts was found (looked for 'SMS' or 'Aantal SMS'). Headers seen: ${p(x, 'headers')}. Choose the SMS column yourself. If you take no SMS, say that this report has no SMS (command line: --no-sms); SMS then count as 0.`,
  },
  'xpert.smsNone': {
    nl: () => 'Dit rapport heeft op uw aanwijzing geen SMS-kolom; de SMS tellen als 0.',
    en: () => 'As you indicated, this report has no SMS column; SMS count as 0.',
  },
  'xpert.noEmployerColumn': {
    nl: (x) => `Geen kolom met de werkgevercode of de naam van de werkgever gevonden. Gevonden kolomkoppen: ${p(x, 'headers')}. Kies de kolom zelf.`,
    en: (x) => `No column with the employer code or the employer name was found. Headers seen: ${p(x, 'headers')}. Choose the column yourself.`,
  },
  'xpert.nameAsCode': {
    nl: () => 'Het rapport heeft geen werkgevercode; werkgevers worden tussen maanden op naam gekoppeld. Een naamswijziging telt dan als een andere werkgever.',
    en: () => 'The report has no employer code; employers are matched between months by name. A change of name then counts as another employer.',
  },
  'xpert.columnOutOfRange': {
    nl: (x) => `Voor ${field(x, 'nl')} is kolom ${p(x, 'column')} gekozen, maar de gegevens hebben maar ${p(x, 'width')} kolommen.`,
    en: (x) => `Column ${p(x, 'column')} was chosen for ${field(x, 'en')}, but the data has only ${p(x, 'width')} columns.`,
  },
  'xpert.columnTwice': {
    nl: (x) => `Kolom ${p(x, 'column')} is gekozen voor zowel ${field(x, 'nl', 'first')} als ${field(x, 'nl', 'second')}.`,
    en: (x) => `Column ${p(x, 'column')} was chosen for both ${field(x, 'en', 'first')} and ${field(x, 'en', 'second')}.`,
  },
  'xpert.columnAmbiguous': {
    nl: (x) => `Meer kolommen lijken op ${field(x, 'nl')}; gekozen is ${p(x, 'chosen')}, niet ${p(x, 'other')}. Controleer de koppeling.`,
    en: (x) => `Several columns look like ${field(x, 'en')}; ${p(x, 'chosen')} was chosen, not ${p(x, 'other')}. Check the mapping.`,
  },

  // Cells and rows
  'xpert.countInvalid': {
    nl: (x) => `'${p(x, 'value')}' in de kolom ${field(x, 'nl')}: ${reason(x, 'nl')}.`,
    en: (x) => `'${p(x, 'value')}' in the ${field(x, 'en')} column: ${reason(x, 'en')}.`,
  },
  'xpert.reportValueUnreadable': {
    nl: (x) => `'${p(x, 'value')}' in de kolom ${field(x, 'nl')} is geen bedrag; die kolom dient alleen ter controle en wordt overgeslagen.`,
    en: (x) => `'${p(x, 'value')}' in the ${field(x, 'en')} column is not an amount; that column is only a cross-check and is skipped.`,
  },
  'xpert.missingEmployer': {
    nl: () => 'Deze rij heeft aantallen maar geen werkgevercode of naam, en is geen totaalrij.',
    en: () => 'This row has counts but no employer code or name, and is not a totals row.',
  },
  'xpert.skippedRow': {
    nl: (x) => `Deze rij is overgeslagen, want er staat geen werkgever in: '${p(x, 'text')}'.`,
    en: (x) => `This row was skipped because it holds no employer: '${p(x, 'text')}'.`,
  },
  'xpert.duplicateEmployer': {
    nl: (x) => `Werkgever ${p(x, 'code')} staat ook op rij ${p(x, 'firstRow')}, met dezelfde aantallen; hij telt één keer.`,
    en: (x) => `Employer ${p(x, 'code')} also appears on row ${p(x, 'firstRow')}, with the same counts; it counts once.`,
  },
  'xpert.duplicateEmployerConflict': {
    nl: (x) => `Werkgever ${p(x, 'code')} staat ook op rij ${p(x, 'firstRow')}, met andere aantallen. Welke rij klopt?`,
    en: (x) => `Employer ${p(x, 'code')} also appears on row ${p(x, 'firstRow')}, with different counts. Which row is right?`,
  },
  'xpert.totalsMismatch': {
    nl: (x) => `De totaalrij zegt ${p(x, 'file')} voor ${field(x, 'nl')}, de rijen erboven tellen op tot ${p(x, 'computed')}. Wij rekenen met de rijen.`,
    en: (x) => `The totals row says ${p(x, 'file')} for ${field(x, 'en')}, the rows above add up to ${p(x, 'computed')}. We use the rows.`,
  },
  'xpert.rowsAfterTotals': {
    nl: (x) => `Na de totaalrij (rij ${p(x, 'totalsRow')}) staan nog werkgevers. Staan er meer maanden of lijsten in één bestand? Eén bestand per maand, of haal de extra rijen weg.`,
    en: (x) => `Employers follow the totals row (row ${p(x, 'totalsRow')}). Are there several months or lists in one file? One file per month, or remove the extra rows.`,
  },
  'xpert.noEmployers': {
    nl: () => 'De kolomkoppen zijn gevonden, maar er staan geen werkgevers onder.',
    en: () => 'The headers were found, but there are no employers under them.',
  },

  // Period
  'xpert.periodUnknown': {
    nl: () => "Niet te zien over welke maand dit rapport gaat: geen periode of peildatum in de titel, in een kolom of in de bestandsnaam. Kies de maand, of zet hem in de bestandsnaam (bijvoorbeeld 'xpert-2024-01.csv').",
    en: () => "Cannot tell which month this report covers: no period or reference date in the title, a column or the file name. Choose the month, or put it in the file name (for example 'xpert-2024-01.csv').",
  },
  'xpert.periodCellInvalid': {
    nl: (x) => `'${p(x, 'value')}' is geen maand of datum (verwacht bijvoorbeeld 2024-01, januari 2024 of 31-01-2024).`,
    en: (x) => `'${p(x, 'value')}' is not a month or date (expected for example 2024-01, January 2024 or 31-01-2024).`,
  },
  'xpert.periodMixed': {
    nl: (x) => `Deze rij hoort bij ${p(x, 'other')}, rij ${p(x, 'firstRow')} bij ${p(x, 'first')}. Eén rapport is één maand; download per maand een rapport.`,
    en: (x) => `This row belongs to ${p(x, 'other')}, row ${p(x, 'firstRow')} to ${p(x, 'first')}. One report is one month; download one report per month.`,
  },
  'xpert.periodConflict': {
    nl: (x) => `De titel noemt ${p(x, 'title')}, de kolom ${p(x, 'column')}. Welke maand klopt?`,
    en: (x) => `The title says ${p(x, 'title')}, the column ${p(x, 'column')}. Which month is right?`,
  },
  'xpert.periodFileNameDiffers': {
    nl: (x) => `De bestandsnaam noemt ${p(x, 'fileMonth')}, maar het rapport zelf ${p(x, 'found')}. Wij gebruiken ${p(x, 'found')}.`,
    en: (x) => `The file name says ${p(x, 'fileMonth')}, but the report itself ${p(x, 'found')}. We use ${p(x, 'found')}.`,
  },
  'xpert.periodOverridden': {
    nl: (x) => `U koos ${p(x, 'user')}; het rapport noemt ${p(x, 'found')}. Wij gebruiken uw keuze.`,
    en: (x) => `You chose ${p(x, 'user')}; the report says ${p(x, 'found')}. We use your choice.`,
  },
  'xpert.periodOptionInvalid': {
    nl: (x) => `De gekozen maand '${p(x, 'value')}' is geen maand (verwacht jjjj-mm, bijvoorbeeld 2024-01).`,
    en: (x) => `The chosen month '${p(x, 'value')}' is not a month (expected yyyy-mm, for example 2024-01).`,
  },
  'xpert.monthTwice': {
    nl: (x) => `${p(x, 'month')} staat twee keer in de invoer: in ${p(x, 'first')} en in ${p(x, 'second')}. Kies per maand één rapport.`,
    en: (x) => `${p(x, 'month')} appears twice in the input: in ${p(x, 'first')} and in ${p(x, 'second')}. Choose one report per month.`,
  },

  // Files that are not a specification
  'xpert.pdf': {
    nl: () => `Dit is een PDF, geen tekst: kies het als bestand, dan wordt de PDF gelezen. ${XPERT_HINT.nl}`,
    en: () => `This is a PDF, not text: choose it as a file, and the PDF is read. ${XPERT_HINT.en}`,
  },
  'xpert.wordDocument': {
    nl: () => `Dit is een Word-document; die kan Factuurcheck niet lezen. ${XPERT_HINT.nl}`,
    en: () => `This is a Word document, which Factuurcheck cannot read. ${XPERT_HINT.en}`,
  },

  // .xlsx uploads
  'xpert.xlsxUnreadable': {
    nl: (x) => `Deze Excel-werkmap is niet te lezen (${p(x, 'reason')}). Is hij beveiligd met een wachtwoord of beschadigd? Sla hem in Excel opnieuw op, of download het rapport als CSV.`,
    en: (x) => `This Excel workbook cannot be read (${p(x, 'reason')}). Is it password-protected or damaged? Save it again in Excel, or download the report as CSV.`,
  },
  'xpert.xlsxNoData': {
    nl: () => 'Deze Excel-werkmap heeft geen blad met gegevens.',
    en: () => 'This Excel workbook has no sheet with data.',
  },
  'xpert.xlsxTooLarge': {
    nl: (x) => `Het blad '${p(x, 'sheet')}' heeft ${p(x, 'rows')} rijen; meer dan ${p(x, 'max')} is geen maandspecificatie.`,
    en: (x) => `Sheet '${p(x, 'sheet')}' has ${p(x, 'rows')} rows; more than ${p(x, 'max')} is not a monthly specification.`,
  },
  'xpert.xlsxSheetChosen': {
    nl: (x) => `De werkmap heeft meer bladen; gelezen is '${p(x, 'sheet')}', omdat daar de kolomkoppen van het overzicht staan.`,
    en: (x) => `The workbook has several sheets; '${p(x, 'sheet')}' was read, because it holds the report's headers.`,
  },

  // History
  'xpert.history.corrupt': {
    nl: () => 'De opgeslagen maandhistorie van Otherside in deze werkmap is onleesbaar en is genegeerd. Importeer de maanden opnieuw.',
    en: () => 'The stored Otherside month history in this workbook is unreadable and was ignored. Import the months again.',
  },
  'xpert.history.newer': {
    nl: (x) => `De opgeslagen maandhistorie is gemaakt door een nieuwere versie van Factuurcheck (versie ${p(x, 'version')}) en is niet gebruikt. Werk de invoegtoepassing bij.`,
    en: (x) => `The stored month history was made by a newer version of Factuurcheck (version ${p(x, 'version')}) and was not used. Update the add-in.`,
  },
  'xpert.history.invalid': {
    nl: (x) => `De opgeslagen maandhistorie klopt niet (${p(x, 'detail')}) en is genegeerd; is de werkmap met de hand bewerkt? Importeer de maanden opnieuw.`,
    en: (x) => `The stored month history is not valid (${p(x, 'detail')}) and was ignored; was the workbook edited by hand? Import the months again.`,
  },
  'xpert.history.monthDropped': {
    nl: (x) => `De opgeslagen gegevens van ${p(x, 'month')} kloppen niet (${p(x, 'detail')}) en zijn weggelaten; importeer die maand opnieuw.`,
    en: (x) => `The stored figures for ${p(x, 'month')} are not valid (${p(x, 'detail')}) and were left out; import that month again.`,
  },
  'xpert.history.replaced': {
    nl: (x) => `${p(x, 'month')} stond al in de historie en is vervangen door ${p(x, 'file')}.`,
    en: (x) => `${p(x, 'month')} was already in the history and was replaced by ${p(x, 'file')}.`,
  },

  // Rules and trend
  'xpert.noMonths': {
    nl: () => 'Er is nog geen maand van Otherside at Work ingelezen. Kies een of meer specificaties uit de Xpert Suite.',
    en: () => 'No Otherside at Work month has been imported yet. Choose one or more specifications from the Xpert Suite.',
  },
  'xpert.sameNameTwoCodes': {
    nl: (x) => `'${p(x, 'name')}' staat onder ${listOf(p(x, 'codes').split('|'), 'nl')} in ${listOf(p(x, 'months').split('|').map((m) => periodLabel(m, 'nl')), 'nl')}. Beide worden geteld, zoals Otherside factureert; is het één werkgever die twee keer in de Xpert Suite staat?`,
    en: (x) => `'${p(x, 'name')}' appears under ${listOf(p(x, 'codes').split('|'), 'en')} in ${listOf(p(x, 'months').split('|').map((m) => periodLabel(m, 'en')), 'en')}. Both are counted, as Otherside invoices them; is it one employer entered twice in the Xpert Suite?`,
  },
  'xpert.testEmployers': {
    nl: (x) => `${n(x, 'count', 'nl', 'werkgever lijkt', 'werkgevers lijken')} een test- of demowerkgever (${p(x, 'names')}). Sinds 1 oktober 2021 telt Otherside die mee op de factuur; sluit ze als ze niet meer nodig zijn.`,
    en: (x) => `${n(x, 'count', 'en', 'employer looks', 'employers look')} like a test or demo employer (${p(x, 'names')}). Since 1 October 2021 Otherside counts them on the invoice; close them if they are no longer needed.`,
  },
  'xpert.monthMissing': {
    nl: (x) => `Er ontbreekt een maand in de reeks: ${p(x, 'months')}. Bij de maand erna is de wijziging ten opzichte van de vorige maand niet berekend.`,
    en: (x) => `A month is missing from the series: ${p(x, 'months')}. For the month after it, the change from the previous month was not computed.`,
  },
  'xpert.employerRenamed': {
    nl: (x) => `Werkgever ${p(x, 'code')} heette '${p(x, 'old')}' en in ${p(x, 'month')} '${p(x, 'new')}'; de nieuwste naam wordt getoond.`,
    en: (x) => `Employer ${p(x, 'code')} was called '${p(x, 'old')}' and in ${p(x, 'month')} '${p(x, 'new')}'; the newest name is shown.`,
  },
  'xpert.reportAmountDiffers': {
    nl: (x) => `${p(x, 'month')}: het rapport noemt in totaal ${euros(x, 'reported', 'nl')}, met uw tarieven komt het op ${euros(x, 'computed', 'nl')}. Kloppen de tarieven?`,
    en: (x) => `${p(x, 'month')}: the report states ${euros(x, 'reported', 'en')} in total; with your rates it comes to ${euros(x, 'computed', 'en')}. Are the rates right?`,
  },
  'xpert.reportRateDiffers': {
    nl: (x) => `${p(x, 'month')}: het rapport noemt een tarief van ${prices(x, 'reported', 'nl')} per medewerker, u rekent met ${prices(x, 'used', 'nl')}.`,
    en: (x) => `${p(x, 'month')}: the report states a rate of ${prices(x, 'reported', 'en')} per employee; you use ${prices(x, 'used', 'en')}.`,
  },
});
