import type { MessageParams } from '../messages';
import { count, defineMessages, p } from './define';

/** What a value on the command line should look like, by key (the `expected` parameter of cli.badValue). */
const EXPECTED: Record<string, { nl: string; en: string }> = {
  model: { nl: 'kies 1 of 2', en: 'choose 1 or 2' },
  language: { nl: 'kies nl of en', en: 'choose nl or en' },
  year: { nl: 'een jaartal zoals 2024', en: 'a year such as 2024' },
  date: { nl: 'gebruik dd-mm-jjjj', en: 'use dd-mm-yyyy' },
  signingUnit: { nl: 'kies requests of signers', en: 'choose requests or signers' },
  signingPrice: { nl: 'een bedrag zoals 0,50', en: 'an amount such as 0.50' },
  notWithIncluded: { nl: 'niet samen met --signing-included', en: 'not together with --signing-included' },
  count: { nl: 'gebruik DATUM=AANTAL, bijvoorbeeld 31-03-2024=1204', en: 'use DATE=COUNT, for example 31-03-2024=1204' },
  distribute: { nl: 'kies computed of invoiced', en: 'choose computed or invoiced' },
  smallDifference: { nl: 'een percentage zoals 2', en: 'a percentage such as 2' },
  rate: { nl: 'een bedrag per medewerker zoals 1,25 (tot 4 decimalen)', en: 'an amount per employee such as 1.25 (up to 4 decimals)' },
  smsRate: { nl: 'een bedrag per sms zoals 0,09 (tot 4 decimalen)', en: 'an amount per text message such as 0.09 (up to 4 decimals)' },
  vat: { nl: 'een percentage zoals 21', en: 'a percentage such as 21' },
  tolerance: { nl: 'een bedrag zoals 1,00', en: 'an amount such as 1.00' },
};
const expected = (x: MessageParams, lang: 'nl' | 'en') => EXPECTED[p(x, 'expected')]?.[lang] ?? p(x, 'expected');

/** What the command line wrote (the `kind` parameter of cli.written). */
const WRITTEN: Record<string, { nl: string; en: string }> = {
  spec: { nl: 'Specificatie', en: 'Specification' },
  rebill: { nl: 'Doorbelasting', en: 'Re-billing' },
  workbook: { nl: 'Werkmap', en: 'Workbook' },
};

/** Command-line messages: usage, files and what was written where. */
export const cliMessages = defineMessages({
  'cli.unknownCommand': {
    nl: (x) => `Onbekende opdracht '${p(x, 'command')}'. Kies uit: ${p(x, 'commands')} (zie --help).`,
    en: (x) => `Unknown command '${p(x, 'command')}'. Choose from: ${p(x, 'commands')} (see --help).`,
  },
  'cli.unknownOption': {
    nl: (x) => `Onbekende optie '${p(x, 'option')}' (zie --help).`,
    en: (x) => `Unknown option '${p(x, 'option')}' (see --help).`,
  },
  'cli.missingValue': {
    nl: (x) => `Optie ${p(x, 'option')} heeft een waarde nodig.`,
    en: (x) => `Option ${p(x, 'option')} needs a value.`,
  },
  'cli.badValue': {
    nl: (x) => `Ongeldige waarde '${p(x, 'value')}' voor ${p(x, 'option')}: ${expected(x, 'nl')}.`,
    en: (x) => `Invalid value '${p(x, 'value')}' for ${p(x, 'option')}: ${expected(x, 'en')}.`,
  },
  'cli.missingOption': {
    nl: (x) => `Optie ${p(x, 'option')} ontbreekt.`,
    en: (x) => `Option ${p(x, 'option')} is missing.`,
  },
  'cli.signingPriceMissing': {
    nl: () => 'Met --signing hoort --signing-price (de prijs per ondertekenverzoek) of --signing-included (ondertekenen zit in het abonnement); anders wordt ondertekenen niet doorbelast.',
    en: () => 'With --signing, give --signing-price (the price per signing request) or --signing-included (signing is part of the subscription); otherwise signing is not passed on.',
  },
  'cli.fileNotFound': {
    nl: (x) => `Bestand niet gevonden: ${p(x, 'file')}`,
    en: (x) => `File not found: ${p(x, 'file')}`,
  },
  'cli.fileUnreadable': {
    nl: (x) => `Bestand kan niet gelezen worden: ${p(x, 'file')} (${p(x, 'reason')})`,
    en: (x) => `File cannot be read: ${p(x, 'file')} (${p(x, 'reason')})`,
  },
  'cli.settingsNotJson': {
    nl: (x) => `Het instellingenbestand ${p(x, 'file')} is geen geldige JSON: ${p(x, 'reason')}`,
    en: (x) => `The settings file ${p(x, 'file')} is not valid JSON: ${p(x, 'reason')}`,
  },
  'cli.outFolderMissing': {
    nl: (x) => `De map ${p(x, 'folder')} bestaat niet. Maak hem eerst aan, of kies met --out een bestand in een bestaande map.`,
    en: (x) => `The folder ${p(x, 'folder')} does not exist. Create it first, or choose a file in an existing folder with --out.`,
  },
  'cli.outNotAFolder': {
    nl: (x) => `${p(x, 'folder')} is een bestand, geen map; kies met --out een bestand in een bestaande map.`,
    en: (x) => `${p(x, 'folder')} is a file, not a folder; choose a file in an existing folder with --out.`,
  },
  'cli.outIsFolder': {
    nl: (x) => `${p(x, 'file')} is een map. Geef met --out een bestandsnaam, bijvoorbeeld ${p(x, 'example')}.`,
    en: (x) => `${p(x, 'file')} is a folder. Give a file name with --out, for example ${p(x, 'example')}.`,
  },
  'cli.writeFailed': {
    nl: (x) => `Kan ${p(x, 'file')} niet schrijven: ${p(x, 'reason')}. Is het bestand geopend in Excel?`,
    en: (x) => `Cannot write ${p(x, 'file')}: ${p(x, 'reason')}. Is the file open in Excel?`,
  },
  'cli.written': {
    nl: (x) =>
      `${WRITTEN[p(x, 'kind')]?.nl ?? p(x, 'kind')} geschreven naar: ${p(x, 'file')}` + (x.defaulted ? ' (zonder --out: in de huidige map)' : ''),
    en: (x) =>
      `${WRITTEN[p(x, 'kind')]?.en ?? p(x, 'kind')} written to: ${p(x, 'file')}` + (x.defaulted ? ' (no --out given: in the current folder)' : ''),
  },
  'cli.settingsUsed': {
    nl: (x) => `Gerekend met: ${p(x, 'pricing')}, minimum ${p(x, 'minimum')} per jaar, btw ${p(x, 'vat')}.`,
    en: (x) => `Worked out with: ${p(x, 'pricing')}, minimum ${p(x, 'minimum')} per year, VAT ${p(x, 'vat')}.`,
  },
  'cli.demoInvented': {
    nl: (x) => `Demo: de exports in ${p(x, 'folder')} zijn verzonnen (een fictief salarisbureau), net als de prijs; de bedragen zeggen niets over echte facturen.`,
    en: (x) => `Demo: the exports in ${p(x, 'folder')} are invented (a fictitious payroll bureau), and so is the price; the amounts say nothing about real invoices.`,
  },

  // ─── The summary a person reads (reconcile, spec, demo, xpert) ───
  'cli.summary.title': { nl: (x) => `Qwoater ${p(x, 'year')}, prijsmodel ${p(x, 'model')}`, en: (x) => `Qwoater ${p(x, 'year')}, price model ${p(x, 'model')}` },
  'cli.summary.employers': { nl: () => 'Werkgevers', en: () => 'Employers' },
  'cli.summary.employerDossiers': { nl: () => 'Werkgeversdossiers', en: () => 'Employer dossiers' },
  'cli.summary.employeeDossiersF': { nl: (x) => `Werknemersdossiers (kolom F, ${p(x, 'date')})`, en: (x) => `Employee dossiers (column F, ${p(x, 'date')})` },
  'cli.summary.inactiveG': { nl: (x) => `Inactief vorig jaar (kolom G, ${p(x, 'date')})`, en: (x) => `Inactive last year (column G, ${p(x, 'date')})` },
  'cli.summary.active': { nl: () => 'Actieve werknemersdossiers (F − G)', en: () => 'Active employee dossiers (F − G)' },
  'cli.summary.employeeDossiers': { nl: (x) => `Werknemersdossiers (${p(x, 'date')})`, en: (x) => `Employee dossiers (${p(x, 'date')})` },
  'cli.summary.billable': { nl: () => 'Te factureren dossiers', en: () => 'Billable dossiers' },
  'cli.summary.amount': { nl: () => 'Bedrag dossiers', en: () => 'Amount for dossiers' },
  'cli.summary.topUp': { nl: () => 'Aanvulling tot minimum', en: () => 'Top-up to minimum' },
  'cli.summary.totalExcl': { nl: () => 'Totaal excl. btw', en: () => 'Total excl. VAT' },
  'cli.summary.vat': { nl: () => 'Btw', en: () => 'VAT' },
  'cli.summary.totalIncl': { nl: () => 'Totaal incl. btw', en: () => 'Total incl. VAT' },
  'cli.summary.unknownDate': { nl: () => 'onbekend', en: () => 'unknown' },
  'cli.summary.warnings': { nl: () => 'Meldingen:', en: () => 'Warnings:' },
  'cli.summary.flatPrice': { nl: (x) => `${p(x, 'price')} per dossier`, en: (x) => `${p(x, 'price')} per dossier` },
  'cli.summary.graduated': { nl: (x) => `staffel per schijf (${p(x, 'tiers')})`, en: (x) => `graduated tiers (${p(x, 'tiers')})` },
  'cli.summary.volume': { nl: (x) => `staffel op volume (${p(x, 'tiers')})`, en: (x) => `volume tiers (${p(x, 'tiers')})` },
  'cli.summary.tier': { nl: (x) => `vanaf ${count(x, 'from', 'nl')} ${p(x, 'price')}`, en: (x) => `from ${count(x, 'from', 'en')} ${p(x, 'price')}` },
  'cli.xpert.period': {
    nl: (x) => `${p(x, 'period')} ${count(x, 'employers', 'nl').padStart(5)} werkgevers  ${count(x, 'employees', 'nl').padStart(8)} medewerkers  ${count(x, 'sms', 'nl').padStart(8)} sms  ${p(x, 'amount')} excl. btw`,
    en: (x) => `${p(x, 'period')} ${count(x, 'employers', 'en').padStart(5)} employers  ${count(x, 'employees', 'en').padStart(8)} employees  ${count(x, 'sms', 'en').padStart(8)} SMS  ${p(x, 'amount')} excl. VAT`,
  },
  'cli.xpert.testEmployers': { nl: () => 'Test-/demowerkgevers:', en: () => 'Test/demo employers:' },
});
