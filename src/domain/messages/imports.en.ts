import type { Texts } from './define';
import type { importsNl } from './imports.nl';
import type { MessageParams } from '../messages';
import { n, p } from './define';

/** Column roles as a finance user knows them; params carry the key, each language names it. */
const FIELDS: Record<string, string> = {
  employerNumber: 'employer number',
  employerName: 'employer name',
  employerDossiers: 'employer dossiers',
  employeeDossiers: 'employee dossiers (column F)',
  inactiveDossiers: 'inactive employee dossiers (column G)',
  activeDossiers: 'active employee dossiers',
  peildatum: 'reference date',
};
const field = (x: MessageParams) => FIELDS[p(x, 'field')] ?? p(x, 'field');

const REPORTS: Record<string, string> = {
  signing: "'Ondertekenverzoeken per werkgever' (signing requests, Loket)",
  xpert: 'the SMS and counts specification of Otherside at Work (Xpert Suite)',
};
const report = (x: MessageParams) => REPORTS[p(x, 'report')] ?? p(x, 'report');
/** Import messages. Owned by the imports work; add keys here, never reuse one for another meaning. */
export const importsEn: Texts<keyof typeof importsNl> = {
  'import.empty': () => 'The file is empty.',
  'import.unexpected': (x) => `Something unexpected went wrong while reading (${p(x, 'reason')}). Nothing was imported; please report this to the Factuurcheck maintainer.`,

  // Reading bytes
  'import.pdf': () => 'This is a PDF, not text or CSV: choose it as a file (or name it on the command line), and the PDF is read.',
  'import.zip': () => 'This is an Excel workbook or another compressed file that cannot be read here. Save it as CSV in Excel and choose that file.',
  'import.xls': () => 'This is an old Excel file (.xls). Save it as .xlsx or CSV in Excel and choose that file.',
  'import.binary': () => 'This file is not text or CSV (it contains binary data). Choose the CSV export from Loket.',
  'import.mixedEncoding': (x) => `The file mixes two character sets: line ${p(x, 'utf8Line')} is UTF-8, line ${p(x, 'cp1252Line')} Windows-1252. Each line was read in its own set; check the names with accents.`,
  'import.invalidUtf8': () => 'The file says it is UTF-8, but some characters are unreadable and are shown as �. Check the names.',
  'import.truncatedUtf16': () => 'The file (UTF-16) seems cut off: its last byte is missing. Check that the last row is complete.',

  // Splitting into cells
  'import.unterminatedQuote': (x) => `A quotation mark (") opens here and never closes, from line ${p(x, 'line')} to the end of the file. Was the file cut off?`,

  // Count cells
  'import.count.negative': (x) => `'${p(x, 'value')}' is negative; a number of dossiers is 0 or more.`,
  'import.count.decimal': (x) => `'${p(x, 'value')}' has decimals; a number of dossiers is a whole number. An amount such as '1.000,00' usually means a wrongly mapped column.`,
  'import.count.exponent': (x) => `'${p(x, 'value')}' is in scientific notation; format the column in Excel as 'Number' without decimals.`,
  'import.count.grouping': (x) => `'${p(x, 'value')}': the separators do not group thousands as in '1.234'.`,
  'import.count.notNumber': (x) => `'${p(x, 'value')}' is not a count.`,
  'import.count.tooLarge': (x) => `'${p(x, 'value')}' is too large for a number of dossiers.`,
  'import.count.emptyAsZero': (x) => `${n(x, 'count', 'en', 'empty cell', 'empty cells')}, the first on row ${p(x, 'firstRow')}; they count as 0, as SUM in Excel counts them.`,

  // Which report, which columns
  'import.otherReport': (x) => `This looks like ${report(x)}, not 'Dossiervorming Qwoater per werkgever'. Choose the file at the right step.`,
  'import.noCountColumns': (x) => `No column with the number of employee dossiers was found. Headers seen: ${p(x, 'headers')}. Choose the columns yourself.`,
  'import.noEmployerNumberColumn': (x) => `No column with the employer number was found. Headers seen: ${p(x, 'headers')}. Choose the column yourself.`,
  'import.columnOutOfRange': (x) => `Column ${p(x, 'column')} was chosen for ${field(x)}, but the data has only ${p(x, 'width')} columns.`,
  'import.columnTwice': (x) => `Column ${p(x, 'column')} was chosen for both ${FIELDS[p(x, 'first')] ?? p(x, 'first')} and ${FIELDS[p(x, 'second')] ?? p(x, 'second')}.`,
  'import.columnAmbiguous': (x) => `Several columns look like ${field(x)}; ${p(x, 'chosen')} was chosen, not ${p(x, 'other')}. Check the mapping.`,
  'import.columnByLetter': (x) => `The header was not recognised; for ${field(x)} column ${p(x, 'column')} was taken by its letter, as Loket lays it out. Check the mapping.`,
  'import.noEmployerDossierColumn': () => 'No column with employer dossiers was found; they count as 0. Choose the column yourself if the file has one.',

  // Rows
  'import.rowTooShort': (x) => `This row ends after ${n(x, 'cells', 'en', 'cell', 'cells')}, before this column. Was the file cut off, or does this line use another separator than the rest?`,
  'import.rowTooLong': (x) => `This row has ${p(x, 'cells')} cells, the header only ${p(x, 'width')}: from here on the row has cells without a header, so its cells sit shifted under the headers. Is there a separator in a name without quotes, or a cell twice?`,
  'import.quoteSpansRows': (x) => `The quotation mark (") at the start of this cell closes only on line ${p(x, 'line')}, so the rows in between sit in this one cell and their employers would not count. Is there a stray " in the file?`,
  'import.quoteSwallowsSeparator': () => 'The quotation mark (") at the start of this cell closes only after a separator, in the middle of the row: two cells now sit in one and the cells after it shift one column. Is there a stray " in the file?',
  'import.cellTooLong': (x) => `This cell is ${p(x, 'length')} characters long; Excel holds at most ${p(x, 'max')} in a cell. Is the file right?`,
  'import.missingEmployerNumber': () => 'This row has counts but no employer number, and is not a matching totals row.',
  'import.inactiveAboveTotal': (x) => `More inactive dossiers (${p(x, 'inactive')}) than dossiers in total (${p(x, 'total')}) on the same row; one export cannot have that. Were columns F and G swapped?`,
  'import.duplicateEmployer': (x) => `Employer ${p(x, 'number')} also appears on row ${p(x, 'firstRow')}, with the same counts; it counts once.`,
  'import.employerRowsSummed': (x) => `Employer ${p(x, 'number')} appears on rows ${p(x, 'rows')}, with different counts (one row per administration, say). We add those rows up into one employer, as the invoice follows the column totals.`,
  'import.employerRowsSummedMore': (x) => `And ${n(x, 'count', 'en', 'more employer appears', 'more employers appear')} on several rows; they are added up too. The rows are listed per employer in the notes.`,
  'import.totalsMismatch': (x) => `The totals row says ${p(x, 'file')} ${field(x)}, the rows above add up to ${p(x, 'computed')}. We use the rows.`,
  'import.totalsUnreadable': (x) => `The totals row has '${p(x, 'value')}' here, not a count; this total was not checked.`,
  'import.rowsAfterTotals': (x) => `Employers follow the totals row (row ${p(x, 'totalsRow')}). Are there several lists in one file? Remove the totals row or the extra rows.`,
  'import.noEmployers': () => 'The headers were found, but there are no employers under them.',
  'import.skippedRow': (x) => `This row was skipped because it has no counts: '${p(x, 'text')}'.`,
  'import.activeUnreadable': (x) => `'${p(x, 'value')}' in the active dossiers column is not a count; that column is for information only and is not used.`,

  // Peildatum
  'import.peildatumInvalid': (x) => `'${p(x, 'value')}' is not a valid date (expected dd-mm-yyyy or yyyy-mm-dd).`,
  'import.peildatumMixed': (x) => `This row has reference date ${p(x, 'other')}, row ${p(x, 'firstRow')} has ${p(x, 'first')}. One export has one reference date.`,
  'import.peildatumTwoDigitConflict': (x) => `The date column says ${p(x, 'column')}, with a two-digit year, and the file name ${p(x, 'fileDate')}. They contradict each other: which is right? Or give the reference date.`,
  'import.peildatumTwoDigitYear': (x) => `The date column says ${p(x, 'column')}, with a two-digit year (as Excel sometimes saves a CSV), and nothing else in the file names a date. We read ${p(x, 'read')}; if that is wrong, give the reference date.`,
  'import.peildatumConflict': (x) => `The title gives reference date ${p(x, 'title')}, the date column ${p(x, 'column')}. Which is right?`,
  'import.peildatumFileNameDiffers': (x) => `The file name says ${p(x, 'fileDate')}, but the file itself has reference date ${p(x, 'found')}. We use ${p(x, 'found')}.`,
  'import.peildatumOverridden': (x) => `You chose reference date ${p(x, 'user')}; the file says ${p(x, 'found')}. We use your choice.`,
  'import.peildatumOptionInvalid': (x) => `The chosen reference date '${p(x, 'value')}' is not a valid date.`,
};

