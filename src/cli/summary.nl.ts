/**
 * The Dutch words of the CLI's summaries (reconcile, spec, demo, xpert), by stable key in the
 * one catalogue mechanism (domain/messages/define.ts). They live with the CLI, like its help,
 * because nothing else shows them, so the task pane never loads them.
 */
import { count, form, n, p, type Texts } from '../domain/messages/define';

export type SummaryKey = keyof typeof summaryNl;
export const summaryNl = {
  'summary.title': (x) => `Qwoater ${p(x, 'year')}, prijsmodel ${p(x, 'model')}`,
  'summary.employers': () => 'Werkgevers',
  'summary.employerDossiers': () => 'Werkgeversdossiers',
  'summary.employeeDossiersF': (x) => `Werknemersdossiers (kolom F, ${p(x, 'date')})`,
  'summary.inactiveG': (x) => `Inactief vorig jaar (kolom G, ${p(x, 'date')})`,
  'summary.active': () => 'Actieve werknemersdossiers (F − G)',
  'summary.employeeDossiers': (x) => `Werknemersdossiers (${p(x, 'date')})`,
  'summary.billable': () => 'Te factureren dossiers',
  'summary.amount': () => 'Bedrag dossiers',
  'summary.topUp': () => 'Aanvulling tot minimum',
  'summary.totalExcl': () => 'Totaal excl. btw',
  'summary.vat': () => 'Btw',
  'summary.totalIncl': () => 'Totaal incl. btw',
  'summary.unknownDate': () => 'onbekend',
  'summary.warnings': () => 'Meldingen:',
  'summary.flatPrice': (x) => `${p(x, 'price')} per dossier`,
  'summary.graduated': (x) => `staffel per schijf (${p(x, 'tiers')})`,
  'summary.volume': (x) => `staffel op volume (${p(x, 'tiers')})`,
  'summary.tier': (x) => `vanaf ${count(x, 'from', 'nl')} ${p(x, 'price')}`,
  'summary.xpert.period': (x) => `${p(x, 'period')} ${count(x, 'employers', 'nl').padStart(5)} ${form(x, 'employers', 'nl', 'werkgever ', 'werkgevers')}  ${count(x, 'employees', 'nl').padStart(8)} ${form(x, 'employees', 'nl', 'medewerker ', 'medewerkers')}  ${count(x, 'sms', 'nl').padStart(8)} sms  ${p(x, 'amount')} excl. btw`,
  'summary.rebill.title': (x) => `Doorbelasting Qwoater ${p(x, 'year')}: ${n(x, 'employers', 'nl', 'werkgever', 'werkgevers')}`,
  'summary.rebill.invoiceLines': (x) => `Factuurregels: ${count(x, 'lines', 'nl')}, te controleren: ${count(x, 'toCheck', 'nl')}`,
  'summary.xpert.testEmployers': () => 'Test-/demowerkgevers:',
} satisfies Texts;
