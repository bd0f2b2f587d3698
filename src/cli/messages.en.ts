import type { Texts } from '../domain/messages/define';
import type { cliNl } from './messages.nl';
import type { MessageParams } from '../domain/messages';
import { p } from '../domain/messages/define';

/** What a value on the command line should look like, by key (the `expected` parameter of cli.badValue). */
const EXPECTED: Record<string, string> = {
  model: 'choose 1 or 2',
  language: 'choose nl or en',
  year: 'a year such as 2024',
  date: 'use dd-mm-yyyy',
  signingUnit: 'choose requests or signers',
  signingPrice: 'an amount such as 0.50',
  notWithIncluded: 'not together with --signing-included',
  count: 'use DATE=COUNT, for example 31-03-2024=1204',
  distribute: 'choose computed or invoiced',
  smallDifference: 'a percentage such as 2',
  rate: 'an amount per employee such as 1.25 (up to 4 decimals)',
  smsRate: 'an amount per text message such as 0.09 (up to 4 decimals)',
  vat: 'a percentage such as 21',
  tolerance: 'an amount such as 1.00',
};
const expected = (x: MessageParams) => EXPECTED[p(x, 'expected')] ?? p(x, 'expected');

/** What the command line wrote (the `kind` parameter of cli.written). */
const WRITTEN: Record<string, string> = {
  spec: 'Specification',
  rebill: 'Re-billing',
  workbook: 'Workbook',
};
/** Command-line messages: usage, files and what was written where. They live with the CLI, so the task pane never loads them. */
export const cliEn: Texts<keyof typeof cliNl> = {
  'cli.unknownCommand': (x) => `Unknown command '${p(x, 'command')}'. Choose from: ${p(x, 'commands')} (see --help).`,
  'cli.unknownOption': (x) => `Unknown option '${p(x, 'option')}' (see --help).`,
  'cli.missingValue': (x) => `Option ${p(x, 'option')} needs a value.`,
  'cli.badValue': (x) => `Invalid value '${p(x, 'value')}' for ${p(x, 'option')}: ${expected(x)}.`,
  'cli.missingOption': (x) => `Option ${p(x, 'option')} is missing.`,
  'cli.signingPriceMissing': () => 'With --signing, give --signing-price (the price per signing request) or --signing-included (signing is part of the subscription); otherwise signing is not passed on.',
  'cli.fileNotFound': (x) => `File not found: ${p(x, 'file')}`,
  'cli.fileUnreadable': (x) => `File cannot be read: ${p(x, 'file')} (${p(x, 'reason')})`,
  'cli.settingsNotJson': (x) => `The settings file ${p(x, 'file')} is not valid JSON: ${p(x, 'reason')}`,
  'cli.outFolderMissing': (x) => `The folder ${p(x, 'folder')} does not exist. Create it first, or choose a file in an existing folder with --out.`,
  'cli.outNotAFolder': (x) => `${p(x, 'folder')} is a file, not a folder; choose a file in an existing folder with --out.`,
  'cli.outIsFolder': (x) => `${p(x, 'file')} is a folder. Give a file name with --out, for example ${p(x, 'example')}.`,
  'cli.writeFailed': (x) => `Cannot write ${p(x, 'file')}: ${p(x, 'reason')}. Is the file open in Excel?`,
  'cli.written': (x) =>
      `${WRITTEN[p(x, 'kind')] ?? p(x, 'kind')} written to: ${p(x, 'file')}` + (x.defaulted ? ' (no --out given: in the current folder)' : ''),
  'cli.settingsUsed': (x) => `Worked out with: ${p(x, 'pricing')}, minimum ${p(x, 'minimum')} per year, VAT ${p(x, 'vat')}.`,
  'cli.demoInvented': (x) => `Demo: the exports in ${p(x, 'folder')} are invented (a fictitious payroll bureau), and so is the price; the amounts say nothing about real invoices.`,

};

