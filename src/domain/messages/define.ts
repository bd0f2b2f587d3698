import type { MessageEntry, MessageParams } from '../messages';
import { formatEuro, formatPrice } from '../money';

/** Keeps each area's catalogue typed without importing the merged one (no cycles at runtime). */
export const defineMessages = <K extends string>(m: Record<K, MessageEntry>) => m;

const pluralRules = { nl: new Intl.PluralRules('nl-NL'), en: new Intl.PluralRules('en-GB') };

/**
 * A count with the words that go with it, in the form Intl.PluralRules gives for it:
 * n(x, 'count', 'nl', 'werkgever heeft', 'werkgevers hebben') → '3 werkgevers hebben'.
 * Never 'werkgever(s)'.
 */
export const n = (params: MessageParams, key: string, lang: 'nl' | 'en', one: string, other: string): string =>
  `${p(params, key)} ${form(params, key, lang, one, other)}`;

/** Only the words for the count, for a later part of the sentence ('die staat' / 'die staan'). */
export const form = (params: MessageParams, key: string, lang: 'nl' | 'en', one: string, other: string): string => {
  const v = params[key];
  return v !== undefined && pluralRules[lang].select(Number(v)) === 'one' ? one : other;
};

/**
 * Money in the reader's language, one format per language ('€ 1.234,56', '€1,234.56'):
 * the parameter holds cents as digits (they may pass 2^53), or text formatted already.
 */
export const euros = (x: MessageParams, key: string, lang: 'nl' | 'en'): string => (/^-?\d+$/.test(p(x, key)) ? formatEuro(BigInt(p(x, key)), lang) : p(x, key));
/** A unit price (1/10,000 euro, as digits) in the reader's language: '€ 9,855', '€9.855'. */
export const prices = (x: MessageParams, key: string, lang: 'nl' | 'en'): string => (/^\d+$/.test(p(x, key)) ? formatPrice(Number(p(x, key)), lang) : p(x, key));

/** Reads a parameter as text; a missing parameter shows as '?' rather than 'undefined'. */
export const p = (params: MessageParams, key: string): string => {
  const v = params[key];
  return v === undefined ? '?' : String(v);
};
