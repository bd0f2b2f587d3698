import type { Texts } from '../domain/messages/define';
import type { MessageParams } from '../domain/messages';
import { p } from '../domain/messages/define';

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
/** Command-line messages: usage, files and what was written where. They live with the CLI, so the task pane never loads them. */
export type CliCode = keyof typeof cliNl;
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

} satisfies Texts;
