import type { Texts } from './define';
import type { MessageParams } from '../messages';
import { count, p } from './define';

/** What a value on the command line should look like, by key (the `expected` parameter of cli.badValue). */
const EXPECTED: Record<string, string> = {
  model: 'kies 1 of 2',
  language: 'kies nl of en',
  year: 'een jaartal zoals 2024',
  date: 'gebruik dd-mm-jjjj',
  signingUnit: 'kies requests of signers',
  signingPrice: 'een bedrag zoals 0,50',
  notWithIncluded: 'niet samen met --signing-included',
  count: 'gebruik DATUM=AANTAL, bijvoorbeeld 31-03-2024=1204',
  distribute: 'kies computed of invoiced',
  smallDifference: 'een percentage zoals 2',
  rate: 'een bedrag per medewerker zoals 1,25 (tot 4 decimalen)',
  smsRate: 'een bedrag per sms zoals 0,09 (tot 4 decimalen)',
  vat: 'een percentage zoals 21',
  tolerance: 'een bedrag zoals 1,00',
};
const expected = (x: MessageParams) => EXPECTED[p(x, 'expected')] ?? p(x, 'expected');

/** What the command line wrote (the `kind` parameter of cli.written). */
const WRITTEN: Record<string, string> = {
  spec: 'Specificatie',
  rebill: 'Doorbelasting',
  workbook: 'Werkmap',
};
/** Command-line messages: usage, files and what was written where. */
export const cliNl = {
  'cli.unknownCommand': (x) => `Onbekende opdracht '${p(x, 'command')}'. Kies uit: ${p(x, 'commands')} (zie --help).`,
  'cli.unknownOption': (x) => `Onbekende optie '${p(x, 'option')}' (zie --help).`,
  'cli.missingValue': (x) => `Optie ${p(x, 'option')} heeft een waarde nodig.`,
  'cli.badValue': (x) => `Ongeldige waarde '${p(x, 'value')}' voor ${p(x, 'option')}: ${expected(x)}.`,
  'cli.missingOption': (x) => `Optie ${p(x, 'option')} ontbreekt.`,
  'cli.signingPriceMissing': () => 'Met --signing hoort --signing-price (de prijs per ondertekenverzoek) of --signing-included (ondertekenen zit in het abonnement); anders wordt ondertekenen niet doorbelast.',
  'cli.fileNotFound': (x) => `Bestand niet gevonden: ${p(x, 'file')}`,
  'cli.fileUnreadable': (x) => `Bestand kan niet gelezen worden: ${p(x, 'file')} (${p(x, 'reason')})`,
  'cli.settingsNotJson': (x) => `Het instellingenbestand ${p(x, 'file')} is geen geldige JSON: ${p(x, 'reason')}`,
  'cli.outFolderMissing': (x) => `De map ${p(x, 'folder')} bestaat niet. Maak hem eerst aan, of kies met --out een bestand in een bestaande map.`,
  'cli.outNotAFolder': (x) => `${p(x, 'folder')} is een bestand, geen map; kies met --out een bestand in een bestaande map.`,
  'cli.outIsFolder': (x) => `${p(x, 'file')} is een map. Geef met --out een bestandsnaam, bijvoorbeeld ${p(x, 'example')}.`,
  'cli.writeFailed': (x) => `Kan ${p(x, 'file')} niet schrijven: ${p(x, 'reason')}. Is het bestand geopend in Excel?`,
  'cli.written': (x) =>
      `${WRITTEN[p(x, 'kind')] ?? p(x, 'kind')} geschreven naar: ${p(x, 'file')}` + (x.defaulted ? ' (zonder --out: in de huidige map)' : ''),
  'cli.settingsUsed': (x) => `Gerekend met: ${p(x, 'pricing')}, minimum ${p(x, 'minimum')} per jaar, btw ${p(x, 'vat')}.`,
  'cli.demoInvented': (x) => `Demo: de exports in ${p(x, 'folder')} zijn verzonnen (een fictief salarisbureau), net als de prijs; de bedragen zeggen niets over echte facturen.`,

  // ─── The summary a person reads (reconcile, spec, demo, xpert) ───
  'cli.summary.title': (x) => `Qwoater ${p(x, 'year')}, prijsmodel ${p(x, 'model')}`,
  'cli.summary.employers': () => 'Werkgevers',
  'cli.summary.employerDossiers': () => 'Werkgeversdossiers',
  'cli.summary.employeeDossiersF': (x) => `Werknemersdossiers (kolom F, ${p(x, 'date')})`,
  'cli.summary.inactiveG': (x) => `Inactief vorig jaar (kolom G, ${p(x, 'date')})`,
  'cli.summary.active': () => 'Actieve werknemersdossiers (F − G)',
  'cli.summary.employeeDossiers': (x) => `Werknemersdossiers (${p(x, 'date')})`,
  'cli.summary.billable': () => 'Te factureren dossiers',
  'cli.summary.amount': () => 'Bedrag dossiers',
  'cli.summary.topUp': () => 'Aanvulling tot minimum',
  'cli.summary.totalExcl': () => 'Totaal excl. btw',
  'cli.summary.vat': () => 'Btw',
  'cli.summary.totalIncl': () => 'Totaal incl. btw',
  'cli.summary.unknownDate': () => 'onbekend',
  'cli.summary.warnings': () => 'Meldingen:',
  'cli.summary.flatPrice': (x) => `${p(x, 'price')} per dossier`,
  'cli.summary.graduated': (x) => `staffel per schijf (${p(x, 'tiers')})`,
  'cli.summary.volume': (x) => `staffel op volume (${p(x, 'tiers')})`,
  'cli.summary.tier': (x) => `vanaf ${count(x, 'from', 'nl')} ${p(x, 'price')}`,
  'cli.xpert.period': (x) => `${p(x, 'period')} ${count(x, 'employers', 'nl').padStart(5)} werkgevers  ${count(x, 'employees', 'nl').padStart(8)} medewerkers  ${count(x, 'sms', 'nl').padStart(8)} sms  ${p(x, 'amount')} excl. btw`,
  'cli.xpert.testEmployers': () => 'Test-/demowerkgevers:',
} satisfies Texts;
