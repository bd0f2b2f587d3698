import type { Texts } from './define';
import type { yearNl } from './year.nl';
import type { MessageParams } from '../messages';
import { notesEn } from './notes.en';
import type { KnownCauseCode } from '../billing/known-causes';
import { euros, form, n, p } from './define';
import { schemaIssue, settingField } from './billing.en';

/**
 * Messages of the year's work: the signing import, the invoice lines a user enters or
 * pastes, the expected advances, and re-billing per employer.
 */

const SIGNING_FIELDS: Record<string, string> = {
  employerNumber: 'employer number',
  employerName: 'employer name',
  period: 'period',
  periodFrom: 'period from',
  periodTo: 'period up to',
  requests: 'number of signing requests',
  signers: 'number of signers',
};
const sf = (x: MessageParams, key: string) => SIGNING_FIELDS[p(x, key)] ?? p(x, key);

const COUNT_REASONS: Record<string, string> = {
  'import.count.negative': 'a count is 0 or more',
  'import.count.decimal': 'a count is a whole number',
  'import.count.exponent': "format the column in Excel as 'Number' without decimals",
  'import.count.grouping': "the separators do not group thousands as in '1.234'",
  'import.count.notNumber': 'this is not a count',
  'import.count.tooLarge': 'too large for a count',
};

const REPORTS: Record<string, string> = {
  dossiers: "'Dossiervorming Qwoater per werkgever' (the dossier count)",
  xpert: 'an Otherside at Work specification (Xpert Suite)',
};

const KINDS: Record<string, string> = {
  advance: 'advance',
  correction: 'correction',
  final: 'final settlement',
  signing: 'digital signing',
};
const kind = (x: MessageParams) => KINDS[p(x, 'kind')] ?? p(x, 'kind');
/** 'voorschot Q1', or 'eindafrekening' alone: never a space before the punctuation that follows. */
const what = (x: MessageParams) => [kind(x), x.period ? p(x, 'period') : ''].filter(Boolean).join(' ');
const cause = (x: MessageParams) => (notesEn as Record<string, string>)[`cause.${p(x, 'cause') as KnownCauseCode}.short`] ?? p(x, 'cause');
export const yearEn: Texts<keyof typeof yearNl> = {
  // ─── Signing import ───
  'signing.otherReport': (x) => `This looks like ${REPORTS[p(x, 'report')] ?? p(x, 'report')}, not 'Ondertekenverzoeken per werkgever'. Choose the file at the right step.`,
  'signing.noHeader': (x) => `No header row of 'Ondertekenverzoeken per werkgever' was found (employer, number of requests). Seen: ${p(x, 'headers')}.`,
  'signing.noRequestsColumn': (x) => `No column with the number of signing requests was found. Headers seen: ${p(x, 'headers')}. Choose the column yourself.`,
  'signing.noSignersColumn': (x) => `Billing is per signer, but ${p(x, 'file')} has no column with the number of signers.`,
  'signing.columnTwice': (x) => `Column ${p(x, 'column')} was chosen for both ${sf(x, 'first')} and ${sf(x, 'second')}.`,
  'signing.columnOutOfRange': (x) => `Column ${p(x, 'column')} was chosen for ${sf(x, 'field')}, but the data has only ${p(x, 'width')} columns.`,
  'signing.columnAmbiguous': (x) => `Several columns look like ${sf(x, 'field')}; ${p(x, 'chosen')} was chosen, not ${p(x, 'other')}. Check the mapping.`,
  'signing.badCount': (x) => `'${p(x, 'value')}' is not a valid count: ${COUNT_REASONS[p(x, 'reason')] ?? p(x, 'reason')}.`,
  'signing.totalsMismatch': (x) => `The totals row says ${p(x, 'file')} (${sf(x, 'field')}), the rows above add up to ${p(x, 'computed')}. We use the rows.`,
  'signing.periodInvalid': (x) => `'${p(x, 'value')}' is not a valid period (expected e.g. 01-01-2024 t/m 31-03-2024 or Q1 2024).`,
  'signing.periodUnknown': (x) => `The period of ${p(x, 'file')} is unknown: the file does not name it, not even in its name (such as ondertekenverzoeken-2024-Q1.csv). Give the period.`,
  'signing.periodOverridden': (x) => `You chose period ${p(x, 'user')}; the file says ${p(x, 'found')}. We use your choice.`,
  'signing.periodFileNameDiffers': (x) => `The file name says ${p(x, 'fileName')}, the file itself ${p(x, 'found')}. We use ${p(x, 'found')}.`,
  'signing.periodSpansQuarters': (x) => `The period ${p(x, 'period')} spans more than one quarter. Signing is invoiced per quarter: make the report per quarter (or per month).`,
  'signing.outsideYear': (x) => `${n(x, 'count', 'en', 'row falls', 'rows fall')} outside ${p(x, 'year')} (for example ${p(x, 'period')}); they are not counted.`,
  'signing.overlap': (x) => `Employer ${p(x, 'number')} appears twice in overlapping periods (${p(x, 'a')} and ${p(x, 'b')}); requests would count twice. Was the same report chosen twice?`,
  'signing.previousQ4': (x) => `The report of ${p(x, 'period')} (${p(x, 'count')} requests) only counts for checking the signing line ${p(x, 'period')}, which is on the invoice of ${p(x, 'invoice')}; those requests are re-billed with ${p(x, 'year')}.`,
  'signing.unknownToLoketDossiers': (x) => `${n(x, 'count', 'en', 'employer has', 'employers have')} signing requests but ${form(x, 'count', 'en', 'is', 'are')} not in the dossier count (for example ${p(x, 'example')}); ${form(x, 'count', 'en', 'it is', 'they are')} re-billed for signing only.`,

  // ─── Invoice lines ───
  'invoice.invalid': (x) => `Invoice line ${p(x, 'line')}: ${p(x, 'field')} is invalid: ${p(x, 'reason')}`,
  'invoice.noAmountSkipped': (x) => `${n(x, 'count', 'en', 'line names', 'lines name')} a kind of invoice line but no amount, and ${form(x, 'count', 'en', 'was skipped as a heading', 'were skipped as headings')}: row ${p(x, 'rows')}.`,
  'invoice.noPeriod': (x) => `The quarter or year of this ${kind(x)} is unknown: '${p(x, 'text')}'. Write e.g. 'Q1 2024', or give an invoice date.`,
  'invoice.badNumber': (x) => `'${p(x, 'value')}' is not a valid ${p(x, 'what')}.`,
  'invoice.unknownKind': (x) => `'${p(x, 'value')}' is not a kind of invoice line; choose advance, correction, final or signing.`,
  'invoice.ambiguousAmount': (x) => `Several amounts on this line (${p(x, 'amounts')}); ${p(x, 'chosen')} was taken as the amount excl. VAT. Please check.`,
  'invoice.skippedLines': (x) => `${n(x, 'count', 'en', 'line with an amount was', 'lines with an amount were')} skipped, because no advance, correction, final settlement or signing was recognised: row ${p(x, 'rows')}.`,
  'invoice.none': () => 'No invoice lines found. Paste lines such as "Voorschot Q1 2024 € 2.500,00".',

  // ─── The year's expectations ───
  'year.otherYear': (x) => `${n(x, 'count', 'en', 'invoice line belongs', 'invoice lines belong')} to a year other than ${p(x, 'year')} and ${form(x, 'count', 'en', 'is', 'are')} not checked here.`,
  'year.previousQ4SigningNoReport': (x) => `The signing line ${p(x, 'period')} (on the invoice of ${p(x, 'invoice')}) was not checked: also give the 'Ondertekenverzoeken per werkgever' report of ${p(x, 'period')}.`,
  'year.missingLine': (x) => `No invoice line entered for ${what(x)}; what was invoiced counts as 0.`,
  'year.duplicateLine': (x) => `There are ${p(x, 'count')} lines for ${what(x)}; each is compared with the full expected amount. Entered twice?`,
  'year.signingNotInArrears': (x) => `The signing line for ${p(x, 'period')} is dated ${p(x, 'date')}; signing is invoiced in arrears, on the invoice of ${p(x, 'expected')}. Is the quarter right?`,
  'year.noFinalYet': () => 'No final settlement has been entered yet; distributing the invoiced amount is then provisional.',
  'year.signingPriceUnknown': () => 'There are signing lines, but no price per request and signing is not included; give the price to check them.',
  'year.tooManySheets': (x) => `This makes ${p(x, 'count')} employer sheets (more than ${p(x, 'limit')}). That makes the workbook large and slow; confirm, or choose fewer employers.`,
  'year.unknownEmployer': (x) => `Employer ${p(x, 'number')} is not in the count.`,
  'year.invalid': (x) => `Invalid input ${settingField(x)}: ${schemaIssue(x)}.`,
  'year.lineToCheck': (x) =>
      `${what(x)}: invoiced ${p(x, 'invoiced')}, expected ${p(x, 'expected')}, ${p(x, 'difference')} too ${x.over ? 'much' : 'little'}` +
      (x.cause ? `; known cause: ${cause(x)}` : ''),

  // ─── Re-billing ───
  'rebill.nothingToShare': (x) => `There is ${euros(x, 'amount', 'en')} to distribute, but no employer with a positive number of dossiers or requests to share it.`,
  'rebill.excluded': (x) => `${n(x, 'count', 'en', 'employer has', 'employers have')} a negative or missing number of dossiers; ${form(x, 'count', 'en', 'it gets', 'they get')} no dossier charge and no negative amount.`,
  'rebill.targetNegative': (x) => `The invoiced total is negative (${euros(x, 'amount', 'en')}); a negative amount is not re-billed.`,
};

