import type { Texts } from './define';
import type { billingNl } from './billing.nl';
import type { MessageParams } from '../messages';
import { euros, form, n, p } from './define';

const RANGE_SUBJECTS: Record<string, string> = {
  year: "The year's amount excl. VAT",
  list: 'The amount of the counted dossiers at list price',
  invoiced: 'The invoiced total',
  signing: 'The amount for signing',
  month: "The month's amount",
};

/** The numeric settings by their key in the settings file, named as the user knows them (never "bedrag of percentage" for a price). */
const NUMBER_FIELDS: Record<string, string> = {
  price: 'not a valid price per dossier',
  minimum: 'not a valid minimum amount',
  vat: 'not a valid VAT percentage',
  tolerance: 'not a valid tolerance in euros',
  tolerancePercent: 'not a valid tolerance percentage',
};

/** What is wrong with a rejected setting, by the kind of schema issue (settings-problem.ts); year.invalid uses it too. */
const ISSUES: Record<string, string> = {
  invalid_type: 'the value is of the wrong kind (text, number, list)',
  unrecognized_keys: 'this setting does not exist',
  too_small: 'the value is too small',
  too_big: 'the value is too large',
  invalid_value: 'this value is not allowed here',
  invalid_format: 'the value does not have the right form',
  other: 'the value is not valid',
};
export const schemaIssue = (x: MessageParams): string => ISSUES[p(x, 'issue')] ?? ISSUES.other!;
/** The setting's key as written in the file (the `field` parameter), or 'as a whole'. */
export const settingField = (x: MessageParams): string => (x.field ? `'${p(x, 'field')}'` : 'as a whole');
export const billingEn: Texts<keyof typeof billingNl> = {
  'billing.previousNotBefore': (x) => `The previous year's export, ${p(x, 'previousFile')} (reference date ${p(x, 'previous')}), is not before the current export, ${p(x, 'currentFile')} (reference date ${p(x, 'current')}). Were the files swapped?`,
  'billing.previousNotOneYear': (x) => `The reference dates are ${p(x, 'days')} days apart; for model 2 this is normally exactly one year (31-12 of the previous year).`,
  'billing.previousMissing': () => 'Model 2 needs two exports: the one dated 31-12 of the year and the one dated 31-12 of the year before (--previous).',
  'billing.peildatumNot3112': (x) => `For model 2 the reference date is always 31 December; this export is dated ${p(x, 'date')}.`,
  'billing.negativeActive': (x) => `${n(x, 'count', 'en', 'employer', 'employers')} had more inactive dossiers last year (G) than dossiers now (F); the difference per employer is negative. The total counts as Qwoater bills it: ΣF − ΣG.`,
  'billing.onlyInCurrent': (x) => `${n(x, 'count', 'en', 'employer appears', 'employers appear')} only in the current export (new this year).`,
  'billing.onlyInPrevious': (x) => `${n(x, 'count', 'en', 'employer appears', 'employers appear')} only in last year's export; ${form(x, 'count', 'en', 'its', 'their')} inactive dossiers are still subtracted.`,
  'billing.renamed': (x) => `${n(x, 'count', 'en', 'employer has', 'employers have')} a different name than last year (for example ${p(x, 'example')}).`,
  'billing.negativeTotal': (x) => `Last year's inactive dossiers (ΣG = ${p(x, 'inactive')}) exceed this year's dossiers (ΣF = ${p(x, 'total')}), and the reference dates do not say which export is which year. Were the exports swapped? If not, give the reference date; then we compute on.`,
  'billing.negativeTotalCounted': (x) =>
      `Note: last year had more inactive dossiers (ΣG = ${p(x, 'inactive')} on ${p(x, 'previous')}) than there are dossiers now (ΣF = ${p(x, 'total')} on ${p(x, 'current')}), for instance because a large client left. The reference dates confirm the order, so we compute on: active employee dossiers ${p(x, 'active')}, billable dossiers ${p(x, 'billable')} (a count below zero counts as 0), and the minimum of ${euros(x, 'minimum', 'en')} applies. Check this against the invoice.`,
  'billing.sameExportTwice': (x) => `The current export (${p(x, 'current')}) and last year's export (${p(x, 'previous')}) are identical. For the previous year, choose the export dated 31-12 of that year.`,
  'billing.peildatumUnknown': (x) => `The reference date of ${p(x, 'file')} is unknown; check yourself that it is the right export.`,
  'billing.yearUnknown': () => 'The year is unknown: the export names no reference date. Give the year (--year) or the reference date.',
  'billing.yearContradictsExport': (x) => `You gave the year ${p(x, 'year')}, but ${p(x, 'file')} has reference date ${p(x, 'date')}: that is the year ${p(x, 'dateYear')}. Choose the year ${p(x, 'dateYear')}, or the export of ${p(x, 'year')}.`,
  'billing.yearContradictsPrevious': (x) => `You gave the year ${p(x, 'year')}, but last year's export, ${p(x, 'file')}, has reference date ${p(x, 'date')}; for ${p(x, 'year')} it should be ${p(x, 'expected')}. This export belongs to the year ${p(x, 'dateYear')}.`,
  'billing.yearContradictsAgreed': (x) => `You gave the year ${p(x, 'year')}, but the agreed reference date is ${p(x, 'date')}: that is the year ${p(x, 'dateYear')}. Change the year or the reference date.`,
  'billing.agreedPeildatumOtherYear': (x) => `The agreed reference date is ${p(x, 'agreed')}, but ${p(x, 'file')} has reference date ${p(x, 'date')}, in another year. Choose the export of the agreed reference date, or change the agreed reference date.`,
  'billing.agreedPeildatumDiffers': (x) => `The agreed reference date is ${p(x, 'agreed')}, but ${p(x, 'file')} has reference date ${p(x, 'date')}. We use the agreed date; check that the export is the count of that day.`,
  'billing.previousHasNoInactive': (x) => `Last year's export (${p(x, 'file')}) has no column of inactive dossiers (G); model 2 needs it.`,
  'billing.ambiguousNumber': (x) => `Employer numbers '${p(x, 'a')}' and '${p(x, 'b')}' in ${p(x, 'file')} differ only in leading zeros; they cannot be matched unambiguously.`,
  'billing.minimumApplied': (x) => `The amount is below the minimum; ${euros(x, 'topUp', 'en')} is added to reach ${euros(x, 'minimum', 'en')}.`,
  'billing.beyondRange': (x) => `${RANGE_SUBJECTS[p(x, 'what')] ?? p(x, 'what')} comes to ${euros(x, 'amount', 'en')}. Factuurcheck computes to the cent up to ${euros(x, 'limit', 'en')} excl. VAT, and not beyond. Is the price right, and is no column of amounts mapped as counts?`,
  'settings.invalid': (x) => `Setting ${settingField(x)} is not valid: ${schemaIssue(x)}.`,
  'settings.badNumber': (x) => `'${p(x, 'value')}' is ${NUMBER_FIELDS[p(x, 'field')] ?? 'not a valid number'}.`,
  'settings.badTierPrice': (x) => `'${p(x, 'value')}' is not a valid price for tier ${p(x, 'tier')} of the graduated prices.`,
  'settings.priceMissing': () => 'Give a price per dossier (--price) or graduated prices (--settings).',
};

