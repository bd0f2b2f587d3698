/**
 * The message catalogue: one stable key per text, Dutch and English.
 * Each area keeps its own file under messages/ so teams do not edit one big list;
 * this module only merges them and fixes the key type.
 */
import { importMessages } from './messages/imports';
import { billingMessages } from './messages/billing';
import { officeMessages } from './messages/office';
import { planMessages } from './messages/plan';
import { cliMessages } from './messages/cli';
import { yearMessages } from './messages/year';
import { xpertMessages } from './messages/xpert';
import { pdfMessages } from './messages/pdf';
import { hostMessages } from './messages/host';

export type MessageParams = Record<string, string | number>;
export interface MessageEntry {
  nl: (p: MessageParams) => string;
  en: (p: MessageParams) => string;
}

export const messages = {
  ...importMessages,
  ...billingMessages,
  ...officeMessages,
  ...planMessages,
  ...cliMessages,
  ...yearMessages,
  ...xpertMessages,
  ...pdfMessages,
  ...hostMessages,
} satisfies Record<string, MessageEntry>;

export type MessageCode = keyof typeof messages;

/** The text for `code` in `lang`: the one way domain, writers and CLI look a text up. */
export const text = (lang: 'nl' | 'en', code: MessageCode, params: MessageParams = {}): string => messages[code][lang](params);
