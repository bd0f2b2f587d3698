import type { MessageParams } from '../messages';
import { defineMessages, n, p } from './define';

/** Column roles as a finance user knows them; params carry the key, each language names it. */
const FIELDS: Record<string, { nl: string; en: string }> = {
  employerNumber: { nl: 'werkgeversnummer', en: 'employer number' },
  employerName: { nl: 'naam werkgever', en: 'employer name' },
  employerDossiers: { nl: 'werkgeversdossiers', en: 'employer dossiers' },
  employeeDossiers: { nl: 'werknemersdossiers (kolom F)', en: 'employee dossiers (column F)' },
  inactiveDossiers: { nl: 'inactieve werknemersdossiers (kolom G)', en: 'inactive employee dossiers (column G)' },
  activeDossiers: { nl: 'actieve werknemersdossiers', en: 'active employee dossiers' },
  peildatum: { nl: 'peildatum', en: 'reference date' },
};
const field = (x: MessageParams, lang: 'nl' | 'en') => FIELDS[p(x, 'field')]?.[lang] ?? p(x, 'field');

const REPORTS: Record<string, { nl: string; en: string }> = {
  signing: { nl: "'Ondertekenverzoeken per werkgever' (Loket)", en: "'Ondertekenverzoeken per werkgever' (signing requests, Loket)" },
  xpert: { nl: 'de SMS- en aantallenspecificatie van Otherside at Work (Xpert Suite)', en: 'the SMS and counts specification of Otherside at Work (Xpert Suite)' },
};
const report = (x: MessageParams, lang: 'nl' | 'en') => REPORTS[p(x, 'report')]?.[lang] ?? p(x, 'report');

/** Import messages. Owned by the imports work; add keys here, never reuse one for another meaning. */
export const importMessages = defineMessages({
  'import.empty': {
    nl: () => 'Het bestand is leeg.',
    en: () => 'The file is empty.',
  },

  'import.unexpected': {
    nl: (x) => `Er ging iets onverwachts mis bij het lezen (${p(x, 'reason')}). Er is niets geïmporteerd; meld dit aan de beheerder van Factuurcheck.`,
    en: (x) => `Something unexpected went wrong while reading (${p(x, 'reason')}). Nothing was imported; please report this to the Factuurcheck maintainer.`,
  },

  // Reading bytes
  'import.pdf': {
    nl: () => 'Dit is een PDF, geen tekst of CSV: kies het als bestand (of noem het op de opdrachtregel), dan wordt de PDF gelezen.',
    en: () => 'This is a PDF, not text or CSV: choose it as a file (or name it on the command line), and the PDF is read.',
  },
  'import.zip': {
    nl: () => 'Dit is een Excel-werkmap (.xlsx) of een ander gecomprimeerd bestand. Open het in Excel en gebruik de selectie, of sla het op als CSV.',
    en: () => 'This is an Excel workbook (.xlsx) or another compressed file. Open it in Excel and use the selection, or save it as CSV.',
  },
  'import.xls': {
    nl: () => 'Dit is een oud Excel-bestand (.xls). Open het in Excel en gebruik de selectie, of sla het op als CSV.',
    en: () => 'This is an old Excel file (.xls). Open it in Excel and use the selection, or save it as CSV.',
  },
  'import.binary': {
    nl: () => 'Dit bestand is geen tekst of CSV (het bevat binaire gegevens). Kies de CSV-uitdraai uit Loket.',
    en: () => 'This file is not text or CSV (it contains binary data). Choose the CSV export from Loket.',
  },
  'import.mixedEncoding': {
    nl: (x) => `Het bestand mengt twee tekensets: regel ${p(x, 'utf8Line')} is UTF-8, regel ${p(x, 'cp1252Line')} Windows-1252. Elke regel is in zijn eigen tekenset gelezen; controleer de namen met accenten.`,
    en: (x) => `The file mixes two character sets: line ${p(x, 'utf8Line')} is UTF-8, line ${p(x, 'cp1252Line')} Windows-1252. Each line was read in its own set; check the names with accents.`,
  },
  'import.invalidUtf8': {
    nl: () => 'Het bestand zegt UTF-8 te zijn, maar enkele tekens zijn onleesbaar en worden als � getoond. Controleer de namen.',
    en: () => 'The file says it is UTF-8, but some characters are unreadable and are shown as �. Check the names.',
  },
  'import.truncatedUtf16': {
    nl: () => 'Het bestand (UTF-16) lijkt afgebroken: de laatste byte ontbreekt. Controleer of de laatste rij compleet is.',
    en: () => 'The file (UTF-16) seems cut off: its last byte is missing. Check that the last row is complete.',
  },

  // Splitting into cells
  'import.unterminatedQuote': {
    nl: (x) => `Hier opent een aanhalingsteken (") dat nergens meer sluit, vanaf regel ${p(x, 'line')} tot het eind van het bestand. Is het bestand afgebroken?`,
    en: (x) => `A quotation mark (") opens here and never closes, from line ${p(x, 'line')} to the end of the file. Was the file cut off?`,
  },

  // Count cells
  'import.count.negative': {
    nl: (x) => `'${p(x, 'value')}' is negatief; een aantal dossiers is 0 of meer.`,
    en: (x) => `'${p(x, 'value')}' is negative; a number of dossiers is 0 or more.`,
  },
  'import.count.decimal': {
    nl: (x) => `'${p(x, 'value')}' heeft decimalen; een aantal dossiers is een heel getal. Een bedrag zoals '1.000,00' wijst meestal op een verkeerd gekoppelde kolom.`,
    en: (x) => `'${p(x, 'value')}' has decimals; a number of dossiers is a whole number. An amount such as '1.000,00' usually means a wrongly mapped column.`,
  },
  'import.count.exponent': {
    nl: (x) => `'${p(x, 'value')}' is in wetenschappelijke notatie; zet de kolom in Excel op 'Getal' zonder decimalen.`,
    en: (x) => `'${p(x, 'value')}' is in scientific notation; format the column in Excel as 'Number' without decimals.`,
  },
  'import.count.grouping': {
    nl: (x) => `'${p(x, 'value')}': de scheidingstekens staan niet op duizendtallen zoals in '1.234'.`,
    en: (x) => `'${p(x, 'value')}': the separators do not group thousands as in '1.234'.`,
  },
  'import.count.notNumber': {
    nl: (x) => `'${p(x, 'value')}' is geen aantal.`,
    en: (x) => `'${p(x, 'value')}' is not a count.`,
  },
  'import.count.tooLarge': {
    nl: (x) => `'${p(x, 'value')}' is te groot voor een aantal dossiers.`,
    en: (x) => `'${p(x, 'value')}' is too large for a number of dossiers.`,
  },
  'import.count.emptyAsZero': {
    nl: (x) => `${n(x, 'count', 'nl', 'lege cel', 'lege cellen')}, de eerste op rij ${p(x, 'firstRow')}; die tellen als 0, zoals SOM in Excel ze telt.`,
    en: (x) => `${n(x, 'count', 'en', 'empty cell', 'empty cells')}, the first on row ${p(x, 'firstRow')}; they count as 0, as SUM in Excel counts them.`,
  },

  // Which report, which columns
  'import.otherReport': {
    nl: (x) => `Dit lijkt ${report(x, 'nl')}, niet 'Dossiervorming Qwoater per werkgever'. Kies het bestand bij de juiste stap.`,
    en: (x) => `This looks like ${report(x, 'en')}, not 'Dossiervorming Qwoater per werkgever'. Choose the file at the right step.`,
  },
  'import.noCountColumns': {
    nl: (x) => `Geen kolom met het aantal werknemersdossiers gevonden. Gevonden kolomkoppen: ${p(x, 'headers')}. Kies de kolommen zelf.`,
    en: (x) => `No column with the number of employee dossiers was found. Headers seen: ${p(x, 'headers')}. Choose the columns yourself.`,
  },
  'import.noEmployerNumberColumn': {
    nl: (x) => `Geen kolom met het werkgeversnummer gevonden. Gevonden kolomkoppen: ${p(x, 'headers')}. Kies de kolom zelf.`,
    en: (x) => `No column with the employer number was found. Headers seen: ${p(x, 'headers')}. Choose the column yourself.`,
  },
  'import.columnOutOfRange': {
    nl: (x) => `Voor ${field(x, 'nl')} is kolom ${p(x, 'column')} gekozen, maar de gegevens hebben maar ${p(x, 'width')} kolommen.`,
    en: (x) => `Column ${p(x, 'column')} was chosen for ${field(x, 'en')}, but the data has only ${p(x, 'width')} columns.`,
  },
  'import.columnTwice': {
    nl: (x) => `Kolom ${p(x, 'column')} is gekozen voor zowel ${FIELDS[p(x, 'first')]?.nl ?? p(x, 'first')} als ${FIELDS[p(x, 'second')]?.nl ?? p(x, 'second')}.`,
    en: (x) => `Column ${p(x, 'column')} was chosen for both ${FIELDS[p(x, 'first')]?.en ?? p(x, 'first')} and ${FIELDS[p(x, 'second')]?.en ?? p(x, 'second')}.`,
  },
  'import.columnAmbiguous': {
    nl: (x) => `Meer kolommen lijken op ${field(x, 'nl')}; gekozen is ${p(x, 'chosen')}, niet ${p(x, 'other')}. Controleer de koppeling.`,
    en: (x) => `Several columns look like ${field(x, 'en')}; ${p(x, 'chosen')} was chosen, not ${p(x, 'other')}. Check the mapping.`,
  },
  'import.columnByLetter': {
    nl: (x) => `De kolomkop is niet herkend; voor ${field(x, 'nl')} is op de letter kolom ${p(x, 'column')} genomen, zoals Loket die indeelt. Controleer de koppeling.`,
    en: (x) => `The header was not recognised; for ${field(x, 'en')} column ${p(x, 'column')} was taken by its letter, as Loket lays it out. Check the mapping.`,
  },
  'import.noEmployerDossierColumn': {
    nl: () => 'Geen kolom met werkgeversdossiers gevonden; die tellen als 0. Kies de kolom zelf als het bestand hem wel heeft.',
    en: () => 'No column with employer dossiers was found; they count as 0. Choose the column yourself if the file has one.',
  },

  // Rows
  'import.rowTooShort': {
    nl: (x) => `Deze rij houdt op na ${n(x, 'cells', 'nl', 'cel', 'cellen')}, vóór deze kolom. Is het bestand afgebroken, of staat deze regel met een ander scheidingsteken dan de rest?`,
    en: (x) => `This row ends after ${n(x, 'cells', 'en', 'cell', 'cells')}, before this column. Was the file cut off, or does this line use another separator than the rest?`,
  },
  'import.rowTooLong': {
    nl: (x) => `Deze rij heeft ${p(x, 'cells')} cellen, de kopregel maar ${p(x, 'width')}: vanaf hier heeft deze rij cellen zonder kolomkop, dus haar cellen staan verschoven onder de koppen. Staat er een scheidingsteken in een naam zonder aanhalingstekens, of een cel dubbel?`,
    en: (x) => `This row has ${p(x, 'cells')} cells, the header only ${p(x, 'width')}: from here on the row has cells without a header, so its cells sit shifted under the headers. Is there a separator in a name without quotes, or a cell twice?`,
  },
  'import.quoteSpansRows': {
    nl: (x) => `Het aanhalingsteken (") aan het begin van deze cel sluit pas op regel ${p(x, 'line')}, zodat de rijen daartussen in deze ene cel staan en hun werkgevers niet meetellen. Staat er een losse " in het bestand?`,
    en: (x) => `The quotation mark (") at the start of this cell closes only on line ${p(x, 'line')}, so the rows in between sit in this one cell and their employers would not count. Is there a stray " in the file?`,
  },
  'import.cellTooLong': {
    nl: (x) => `Deze cel is ${p(x, 'length')} tekens lang; Excel kan er hoogstens ${p(x, 'max')} in een cel kwijt. Klopt het bestand wel?`,
    en: (x) => `This cell is ${p(x, 'length')} characters long; Excel holds at most ${p(x, 'max')} in a cell. Is the file right?`,
  },
  'import.missingEmployerNumber': {
    nl: () => 'Deze rij heeft aantallen maar geen werkgeversnummer, en is geen kloppende totaalrij.',
    en: () => 'This row has counts but no employer number, and is not a matching totals row.',
  },
  'import.inactiveAboveTotal': {
    nl: (x) => `Meer inactieve dossiers (${p(x, 'inactive')}) dan dossiers in totaal (${p(x, 'total')}) op dezelfde rij; dat kan in één uitdraai niet. Zijn kolommen F en G verwisseld?`,
    en: (x) => `More inactive dossiers (${p(x, 'inactive')}) than dossiers in total (${p(x, 'total')}) on the same row; one export cannot have that. Were columns F and G swapped?`,
  },
  'import.duplicateEmployer': {
    nl: (x) => `Werkgever ${p(x, 'number')} staat ook op rij ${p(x, 'firstRow')}, met dezelfde aantallen; hij telt één keer.`,
    en: (x) => `Employer ${p(x, 'number')} also appears on row ${p(x, 'firstRow')}, with the same counts; it counts once.`,
  },
  'import.employerRowsSummed': {
    nl: (x) => `Werkgever ${p(x, 'number')} staat op rij ${p(x, 'rows')}, met verschillende aantallen (bijvoorbeeld één rij per administratie). Wij tellen die rijen op tot één werkgever, zoals de factuur de kolomtotalen volgt.`,
    en: (x) => `Employer ${p(x, 'number')} appears on rows ${p(x, 'rows')}, with different counts (one row per administration, say). We add those rows up into one employer, as the invoice follows the column totals.`,
  },
  'import.employerRowsSummedMore': {
    nl: (x) => `En nog ${n(x, 'count', 'nl', 'werkgever staat', 'werkgevers staan')} op meer rijen; ook die zijn opgeteld. De rijen staan per werkgever in de toelichting.`,
    en: (x) => `And ${n(x, 'count', 'en', 'more employer appears', 'more employers appear')} on several rows; they are added up too. The rows are listed per employer in the notes.`,
  },
  'import.totalsMismatch': {
    nl: (x) => `De totaalrij zegt ${p(x, 'file')} ${field(x, 'nl')}, de rijen erboven tellen op tot ${p(x, 'computed')}. Wij rekenen met de rijen.`,
    en: (x) => `The totals row says ${p(x, 'file')} ${field(x, 'en')}, the rows above add up to ${p(x, 'computed')}. We use the rows.`,
  },
  'import.totalsUnreadable': {
    nl: (x) => `De totaalrij heeft hier '${p(x, 'value')}', geen aantal; dit totaal is niet gecontroleerd.`,
    en: (x) => `The totals row has '${p(x, 'value')}' here, not a count; this total was not checked.`,
  },
  'import.rowsAfterTotals': {
    nl: (x) => `Na de totaalrij (rij ${p(x, 'totalsRow')}) staan nog werkgevers. Staan er meer lijsten in één bestand? Haal de totaalrij of de extra rijen weg.`,
    en: (x) => `Employers follow the totals row (row ${p(x, 'totalsRow')}). Are there several lists in one file? Remove the totals row or the extra rows.`,
  },
  'import.noEmployers': {
    nl: () => 'De kolomkoppen zijn gevonden, maar er staan geen werkgevers onder.',
    en: () => 'The headers were found, but there are no employers under them.',
  },
  'import.skippedRow': {
    nl: (x) => `Deze rij is overgeslagen, want er staan geen aantallen in: '${p(x, 'text')}'.`,
    en: (x) => `This row was skipped because it has no counts: '${p(x, 'text')}'.`,
  },
  'import.activeUnreadable': {
    nl: (x) => `'${p(x, 'value')}' in de kolom actieve dossiers is geen aantal; die kolom is alleen ter informatie en telt niet mee.`,
    en: (x) => `'${p(x, 'value')}' in the active dossiers column is not a count; that column is for information only and is not used.`,
  },

  // Peildatum
  'import.peildatumInvalid': {
    nl: (x) => `'${p(x, 'value')}' is geen geldige datum (verwacht dd-mm-jjjj of jjjj-mm-dd).`,
    en: (x) => `'${p(x, 'value')}' is not a valid date (expected dd-mm-yyyy or yyyy-mm-dd).`,
  },
  'import.peildatumMixed': {
    nl: (x) => `Deze rij heeft peildatum ${p(x, 'other')}, rij ${p(x, 'firstRow')} heeft ${p(x, 'first')}. Eén uitdraai heeft één peildatum.`,
    en: (x) => `This row has reference date ${p(x, 'other')}, row ${p(x, 'firstRow')} has ${p(x, 'first')}. One export has one reference date.`,
  },
  'import.peildatumTwoDigitConflict': {
    nl: (x) => `De kolom peildatum noemt ${p(x, 'column')}, met een jaar van twee cijfers, en de bestandsnaam ${p(x, 'fileDate')}. Die spreken elkaar tegen: welke klopt? Geef anders de peildatum op.`,
    en: (x) => `The date column says ${p(x, 'column')}, with a two-digit year, and the file name ${p(x, 'fileDate')}. They contradict each other: which is right? Or give the reference date.`,
  },
  'import.peildatumTwoDigitYear': {
    nl: (x) => `De kolom peildatum noemt ${p(x, 'column')}, met een jaar van twee cijfers (zo slaat Excel een CSV soms op), en niets anders in het bestand noemt een datum. Wij lezen ${p(x, 'read')}; klopt dat niet, geef dan de peildatum op.`,
    en: (x) => `The date column says ${p(x, 'column')}, with a two-digit year (as Excel sometimes saves a CSV), and nothing else in the file names a date. We read ${p(x, 'read')}; if that is wrong, give the reference date.`,
  },
  'import.peildatumConflict': {
    nl: (x) => `De titel noemt peildatum ${p(x, 'title')}, de kolom peildatum ${p(x, 'column')}. Welke klopt?`,
    en: (x) => `The title gives reference date ${p(x, 'title')}, the date column ${p(x, 'column')}. Which is right?`,
  },
  'import.peildatumFileNameDiffers': {
    nl: (x) => `De bestandsnaam noemt ${p(x, 'fileDate')}, maar het bestand zelf peildatum ${p(x, 'found')}. Wij gebruiken ${p(x, 'found')}.`,
    en: (x) => `The file name says ${p(x, 'fileDate')}, but the file itself has reference date ${p(x, 'found')}. We use ${p(x, 'found')}.`,
  },
  'import.peildatumOverridden': {
    nl: (x) => `U koos peildatum ${p(x, 'user')}; het bestand noemt ${p(x, 'found')}. Wij gebruiken uw keuze.`,
    en: (x) => `You chose reference date ${p(x, 'user')}; the file says ${p(x, 'found')}. We use your choice.`,
  },
  'import.peildatumOptionInvalid': {
    nl: (x) => `De gekozen peildatum '${p(x, 'value')}' is geen geldige datum.`,
    en: (x) => `The chosen reference date '${p(x, 'value')}' is not a valid date.`,
  },
});
