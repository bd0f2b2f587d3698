/**
 * The message catalogue: one stable key per text, a module per language per area under
 * messages/ (the mechanism is described in messages/define.ts). This module joins the two
 * languages for the engine, whose Problems carry both texts; code that shows one language
 * only may import messages/nl or messages/en alone.
 */
import { render, type MessageParams, type Text } from './messages/define';
import { en } from './messages/en';
import { nl, type MessageCode } from './messages/nl';

export type { MessageParams, Text } from './messages/define';
export type { MessageCode } from './messages/nl';

export const catalogues: Record<'nl' | 'en', Record<MessageCode, Text>> = { nl, en };

export const isMessageCode = (code: string): code is MessageCode => Object.prototype.hasOwnProperty.call(nl, code);

/** Both languages of a text, for values that carry them (a Problem, an employer's note). */
export const textPair = (code: MessageCode, params: MessageParams = {}): { nl: string; en: string } => ({ nl: text('nl', code, params), en: text('en', code, params) });

/** The text for `code` in `lang`: the one way domain, writers and CLI look a text up. */
export const text = (lang: 'nl' | 'en', code: MessageCode, params: MessageParams = {}): string => render(catalogues[lang][code], params);
