/**
 * The one text mechanism: a catalogue is a module per language per area ('billing.nl.ts',
 * 'billing.en.ts', the pane's 'nl.ts'/'en.ts', the CLI's 'help.nl.ts', the workbooks'
 * 'spec/texts/year.nl.ts'), mapping stable keys to a Text. A Text is a template
 * ('{file} is te groot') or, where a text needs counts, money or choices, a function of the
 * parameters. The English module is typed against the Dutch one's keys, so a missing key
 * fails the build; test/texts/catalogue.test.ts checks every text for the other language's
 * words. One language can be loaded without the other.
 * This file holds the helpers texts use: counts, plurals, money, parameters.
 *
 * What lives in src/domain/messages/: this file (the mechanism and its helpers), one
 * <area>.nl.ts and <area>.en.ts a catalogue area, nl.ts and en.ts joining each language.
 */
import { formatEuro, formatPrice } from '../money';

export type MessageParams = Record<string, string | number>;
export type Text = string | ((x: MessageParams) => string);
export type Texts<K extends string = string> = Record<K, Text>;

/** The look-up for one area kept outside the engine's catalogue (the CLI's help and summaries, the workbooks' words). */
export const lookUp =
  <K extends string>(nl: Texts<K>, en: Texts<K>) =>
  (lang: 'nl' | 'en', key: K, x: MessageParams = {}): string =>
    render((lang === 'nl' ? nl : en)[key], x);

/** A Text with its parameters filled in. */
export const render = (t: Text, x: MessageParams = {}): string => (typeof t === 'string' ? fill(t, x) : t(x));

/**
 * Fills '{name}' placeholders. A missing parameter shows as '{name}' rather than
 * 'undefined', so a forgotten argument is visible instead of hidden.
 */
export function fill(template: string, params: MessageParams = {}): string {
  let parts = templates.get(template);
  if (!parts) templates.set(template, (parts = template.split(/\{(\w+)\}/)));
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const v = params[parts[i]!];
    out += (v === undefined ? `{${parts[i]}}` : String(v)) + parts[i + 1]!;
  }
  return out;
}
/**
 * Each template split once into text and placeholder names, alternately: a workbook with a
 * sheet per employer fills the same few templates thousands of times. Only catalogue texts
 * are templates, so this holds at most one entry per text.
 */
const templates = new Map<string, string[]>();

/**
 * Made on first use: the first Intl object of a process loads ICU's data (~13 ms), which
 * the pane's first paint and a CLI run whose texts count nothing need not wait for.
 */
const perLanguage = <T>(make: (locale: string) => T) => {
  const made: Partial<Record<'nl' | 'en', T>> = {};
  return (lang: 'nl' | 'en'): T => (made[lang] ??= make(lang === 'nl' ? 'nl-NL' : 'en-GB'));
};
const pluralRules = perLanguage((locale) => new Intl.PluralRules(locale));

/**
 * The plural form of a count. Dutch and English share one rule for cardinals (CLDR: 'one'
 * when the integer part is 1 and there are no decimals, the sign ignored), so for a whole
 * number it is written out here; Intl answers the rest. Like groupDigits below, this keeps
 * ICU unloaded in a run that only counts, such as a CLI reconcile with a count in a warning.
 */
const pluralOf = (value: number, lang: 'nl' | 'en'): Intl.LDMLPluralRule =>
  Number.isInteger(value) ? (Math.abs(value) === 1 ? 'one' : 'other') : pluralRules(lang).select(value);

/**
 * A count with the words that go with it, in the form Intl.PluralRules gives for it:
 * n(x, 'count', 'nl', 'werkgever heeft', 'werkgevers hebben') → '3 werkgevers hebben'.
 * Never 'werkgever(s)'.
 */
export const n = (params: MessageParams, key: string, lang: 'nl' | 'en', one: string, other: string): string =>
  `${count(params, key, lang)} ${form(params, key, lang, one, other)}`;

const countFormats = perLanguage((locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }));
/** A whole number as the reader writes it: '1.985' in Dutch, '1,985' in English. */
export const formatCount = (value: number, lang: 'nl' | 'en'): string =>
  Number.isSafeInteger(value) ? groupDigits(value, lang === 'nl' ? '.' : ',') : countFormats(lang).format(value);

/**
 * What Intl.NumberFormat('nl-NL' / 'en-GB') writes for a safe integer, character for character
 * (groups of three from the right, a hyphen-minus, '-0' for negative zero; held against Intl
 * by test/domain/count-format.test.ts), without loading ICU: the first Intl object of a process
 * costs ~15 ms, which a 50 000-employer reconcile paid only to say how many were renamed.
 */
function groupDigits(value: number, separator: string): string {
  const digits = String(Math.abs(value));
  const head = ((digits.length - 1) % 3) + 1;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += separator + digits.slice(i, i + 3);
  return value < 0 || Object.is(value, -0) ? `-${out}` : out;
}

/** A count parameter in the reader's format; text passes as it is. */
export const count = (params: MessageParams, key: string, lang: 'nl' | 'en'): string => {
  const v = params[key];
  return typeof v === 'number' ? formatCount(v, lang) : p(params, key);
};

/** Only the words for the count, for a later part of the sentence ('die staat' / 'die staan'). */
export const form = (params: MessageParams, key: string, lang: 'nl' | 'en', one: string, other: string): string => {
  const v = params[key];
  return v !== undefined && pluralOf(Number(v), lang) === 'one' ? one : other;
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

