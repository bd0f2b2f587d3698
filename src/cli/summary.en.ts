/** The English words of the CLI's summaries, typed against the Dutch keys (summary.nl.ts). */
import { count, form, n, p, type Texts } from '../domain/messages/define';
import type { SummaryKey } from './summary.nl';

export const summaryEn: Texts<SummaryKey> = {
  'summary.title': (x) => `Qwoater ${p(x, 'year')}, price model ${p(x, 'model')}`,
  'summary.employers': () => 'Employers',
  'summary.employerDossiers': () => 'Employer dossiers',
  'summary.employeeDossiersF': (x) => `Employee dossiers (column F, ${p(x, 'date')})`,
  'summary.inactiveG': (x) => `Inactive last year (column G, ${p(x, 'date')})`,
  'summary.active': () => 'Active employee dossiers (F − G)',
  'summary.employeeDossiers': (x) => `Employee dossiers (${p(x, 'date')})`,
  'summary.billable': () => 'Billable dossiers',
  'summary.amount': () => 'Amount for dossiers',
  'summary.topUp': () => 'Top-up to minimum',
  'summary.totalExcl': () => 'Total excl. VAT',
  'summary.vat': () => 'VAT',
  'summary.totalIncl': () => 'Total incl. VAT',
  'summary.unknownDate': () => 'unknown',
  'summary.warnings': () => 'Warnings:',
  'summary.flatPrice': (x) => `${p(x, 'price')} per dossier`,
  'summary.graduated': (x) => `graduated tiers (${p(x, 'tiers')})`,
  'summary.volume': (x) => `volume tiers (${p(x, 'tiers')})`,
  'summary.tier': (x) => `from ${count(x, 'from', 'en')} ${p(x, 'price')}`,
  'summary.xpert.period': (x) => `${p(x, 'period')} ${count(x, 'employers', 'en').padStart(5)} ${form(x, 'employers', 'en', 'employer ', 'employers')}  ${count(x, 'employees', 'en').padStart(8)} ${form(x, 'employees', 'en', 'employee ', 'employees')}  ${count(x, 'sms', 'en').padStart(8)} SMS  ${p(x, 'amount')} excl. VAT`,
  'summary.rebill.title': (x) => `Qwoater re-billing ${p(x, 'year')}: ${n(x, 'employers', 'en', 'employer', 'employers')}`,
  'summary.rebill.invoiceLines': (x) => `Invoice lines: ${count(x, 'lines', 'en')}, to check: ${count(x, 'toCheck', 'en')}`,
  'summary.xpert.testEmployers': () => 'Test/demo employers:',
};
