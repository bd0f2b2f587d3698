import type { Texts } from './define';
import type { xpertNl } from './xpert.nl';
import type { MessageParams } from '../messages';
import { periodLabel } from '../xpert/period';
import { euros, n, p, prices } from './define';

/** 'a en b', 'a, b en c' (nl); 'a and b', 'a, b and c' (en). */
const listOf = (items: readonly string[]): string =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** Column roles of an Xpert Suite report as a finance user names them. */
const FIELDS: Record<string, string> = {
  employerCode: 'employer code',
  employerName: 'employer name',
  employees: 'number of employees',
  sms: 'number of SMS',
  period: 'period',
  peildatum: 'reference date',
  rate: 'rate',
  amount: 'amount',
};
const field = (x: MessageParams, key = 'field') => FIELDS[p(x, key)] ?? p(x, key);

/** Why a count cell was refused; keys are the count parser's codes. */
const COUNT_REASONS: Record<string, string> = {
  'import.count.negative': 'a count is 0 or more',
  'import.count.decimal': 'a count is a whole number; an amount suggests a wrongly mapped column',
  'import.count.exponent': "scientific notation; format the column in Excel as 'Number' without decimals",
  'import.count.grouping': "the separators do not group thousands as in '1.234'",
  'import.count.notNumber': 'this is not a count',
  'import.count.tooLarge': 'too large for a count',
};
const reason = (x: MessageParams) => COUNT_REASONS[p(x, 'reason')] ?? p(x, 'reason');

const XPERT_HINT = "Download the specification from the Xpert Suite, folder 'Factuurspecificaties Otherside', as CSV, PDF or Excel.";
/** Otherside at Work (Xpert Suite): import, history and checks. */
export const xpertEn: Texts<keyof typeof xpertNl> = {
  // Which report
  'xpert.loketExport': (x) => `This looks like Loket's 'Dossiervorming Qwoater per werkgever' export (columns ${p(x, 'headers')}), not an Otherside at Work specification. Choose this file for Qwoater. ${XPERT_HINT}}`,
  'xpert.signingExport': () => `This looks like Loket's 'Ondertekenverzoeken per werkgever' export, not an Otherside at Work specification. ${XPERT_HINT}}`,

  // Columns
  'xpert.noEmployeesColumn': (x) => `No column with the number of employees was found. Headers seen: ${p(x, 'headers')}. Choose the column yourself, or check that this is the Otherside at Work specification.`,
  'xpert.noSmsColumn': (x) => `No column with SMS counts was found (looked for 'SMS' or 'Aantal SMS'). Headers seen: ${p(x, 'headers')}. Choose the SMS column yourself. If you take no SMS, say that this report has no SMS (command line: --no-sms); SMS then count as 0.`,
  'xpert.smsNone': () => 'As you indicated, this report has no SMS column; SMS count as 0.',
  'xpert.noEmployerColumn': (x) => `No column with the employer code or the employer name was found. Headers seen: ${p(x, 'headers')}. Choose the column yourself.`,
  'xpert.nameAsCode': () => 'The report has no employer code; employers are matched between months by name. A change of name then counts as another employer.',
  'xpert.columnOutOfRange': (x) => `Column ${p(x, 'column')} was chosen for ${field(x)}, but the data has only ${p(x, 'width')} columns.`,
  'xpert.columnTwice': (x) => `Column ${p(x, 'column')} was chosen for both ${field(x, 'first')} and ${field(x, 'second')}.`,
  'xpert.columnAmbiguous': (x) => `Several columns look like ${field(x)}; ${p(x, 'chosen')} was chosen, not ${p(x, 'other')}. Check the mapping.`,

  // Cells and rows
  'xpert.countInvalid': (x) => `'${p(x, 'value')}' in the ${field(x)} column: ${reason(x)}.`,
  'xpert.reportValueUnreadable': (x) => `'${p(x, 'value')}' in the ${field(x)} column is not an amount; that column is only a cross-check and is skipped.`,
  'xpert.missingEmployer': () => 'This row has counts but no employer code or name, and is not a totals row.',
  'xpert.skippedRow': (x) => `This row was skipped because it holds no employer: '${p(x, 'text')}'.`,
  'xpert.duplicateEmployer': (x) => `Employer ${p(x, 'code')} also appears on row ${p(x, 'firstRow')}, with the same counts; it counts once.`,
  'xpert.duplicateEmployerConflict': (x) => `Employer ${p(x, 'code')} also appears on row ${p(x, 'firstRow')}, with different counts. Which row is right?`,
  'xpert.totalsMismatch': (x) => `The totals row says ${p(x, 'file')} for ${field(x)}, the rows above add up to ${p(x, 'computed')}. We use the rows.`,
  'xpert.rowsAfterTotals': (x) => `Employers follow the totals row (row ${p(x, 'totalsRow')}). Are there several months or lists in one file? One file per month, or remove the extra rows.`,
  'xpert.noEmployers': () => 'The headers were found, but there are no employers under them.',

  // Period
  'xpert.periodUnknown': () => "Cannot tell which month this report covers: no period or reference date in the title, a column or the file name. Choose the month, or put it in the file name (for example 'xpert-2024-01.csv').",
  'xpert.periodCellInvalid': (x) => `'${p(x, 'value')}' is not a month or date (expected for example 2024-01, January 2024 or 31-01-2024).`,
  'xpert.periodMixed': (x) => `This row belongs to ${p(x, 'other')}, row ${p(x, 'firstRow')} to ${p(x, 'first')}. One report is one month; download one report per month.`,
  'xpert.periodConflict': (x) => `The title says ${p(x, 'title')}, the column ${p(x, 'column')}. Which month is right?`,
  'xpert.periodFileNameDiffers': (x) => `The file name says ${p(x, 'fileMonth')}, but the report itself ${p(x, 'found')}. We use ${p(x, 'found')}.`,
  'xpert.periodOverridden': (x) => `You chose ${p(x, 'user')}; the report says ${p(x, 'found')}. We use your choice.`,
  'xpert.periodOptionInvalid': (x) => `The chosen month '${p(x, 'value')}' is not a month (expected yyyy-mm, for example 2024-01).`,
  'xpert.monthTwice': (x) => `${p(x, 'month')} appears twice in the input: in ${p(x, 'first')} and in ${p(x, 'second')}. Choose one report per month.`,

  // Files that are not a specification
  'xpert.pdf': () => `This is a PDF, not text: choose it as a file, and the PDF is read. ${XPERT_HINT}}`,
  'xpert.wordDocument': () => `This is a Word document, which Factuurcheck cannot read. ${XPERT_HINT}}`,

  // .xlsx uploads
  'xpert.xlsxUnreadable': (x) => `This Excel workbook cannot be read (${p(x, 'reason')}). Is it password-protected or damaged? Save it again in Excel, or download the report as CSV.`,
  'xpert.xlsxNoData': () => 'This Excel workbook has no sheet with data.',
  'xpert.xlsxTooLarge': (x) => `Sheet '${p(x, 'sheet')}' has ${p(x, 'rows')} rows; more than ${p(x, 'max')} is not a monthly specification.`,
  'xpert.xlsxSheetChosen': (x) => `The workbook has several sheets; '${p(x, 'sheet')}' was read, because it holds the report's headers.`,

  // History
  'xpert.history.corrupt': () => 'The stored Otherside month history in this workbook is unreadable and was ignored. Import the months again.',
  'xpert.history.newer': (x) => `The stored month history was made by a newer version of Factuurcheck (version ${p(x, 'version')}) and was not used. Update the add-in.`,
  'xpert.history.invalid': (x) => `The stored month history is not valid (${p(x, 'detail')}) and was ignored; was the workbook edited by hand? Import the months again.`,
  'xpert.history.monthDropped': (x) => `The stored figures for ${p(x, 'month')} are not valid (${p(x, 'detail')}) and were left out; import that month again.`,
  'xpert.history.replaced': (x) => `${p(x, 'month')} was already in the history and was replaced by ${p(x, 'file')}.`,

  // Rules and trend
  'xpert.noMonths': () => 'No Otherside at Work month has been imported yet. Choose one or more specifications from the Xpert Suite.',
  'xpert.sameNameTwoCodes': (x) => `'${p(x, 'name')}' appears under ${listOf(p(x, 'codes').split('|'))} in ${listOf(p(x, 'months').split('|').map((m) => periodLabel(m, 'en')))}. Both are counted, as Otherside invoices them; is it one employer entered twice in the Xpert Suite?`,
  'xpert.testEmployers': (x) => `${n(x, 'count', 'en', 'employer looks', 'employers look')} like a test or demo employer (${p(x, 'names')}). Since 1 October 2021 Otherside counts them on the invoice; close them if they are no longer needed.`,
  'xpert.monthMissing': (x) => `A month is missing from the series: ${p(x, 'months')}. For the month after it, the change from the previous month was not computed.`,
  'xpert.employerRenamed': (x) => `Employer ${p(x, 'code')} was called '${p(x, 'old')}' and in ${p(x, 'month')} '${p(x, 'new')}'; the newest name is shown.`,
  'xpert.reportAmountDiffers': (x) => `${p(x, 'month')}: the report states ${euros(x, 'reported', 'en')} in total; with your rates it comes to ${euros(x, 'computed', 'en')}. Are the rates right?`,
  'xpert.reportRateDiffers': (x) => `${p(x, 'month')}: the report states a rate of ${prices(x, 'reported', 'en')} per employee; you use ${prices(x, 'used', 'en')}.`,
};

