/**
 * Looks texts up by key in the pane's language. Kept free of React so reducers, form
 * validation and tests can translate too.
 *
 * What lives in src/taskpane/i18n/: the pane's catalogue, a module per language per area
 * (nl.ts and en.ts with import-, year- and xpert- parts), in the one mechanism of
 * domain/messages/define.ts; this look-up, pseudo.ts (the pseudo-locale) and the React
 * context (i18n-context.tsx).
 */
import type { Problem } from '../../domain/problems';
import { formatEuro } from '../../domain/money';
import { formatCount as formatDomainCount } from '../../domain/messages/define';
import type { UiLanguage } from '../../office/runtime';
import { fill, type Params } from './format';
import { nl, type Catalogue, type MessageKey } from './nl';
import { pseudoLocalize } from './pseudo';

export type { MessageKey } from './nl';

/**
 * A text with forms per count: the keys '<base>.one' and '<base>.other' (the two forms
 * Intl.PluralRules knows for Dutch and English), so 'werkgever(s)' is never written.
 */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer B}.other` ? B : never) : never;

/**
 * The English texts load only where the pane runs in English (or the pseudo-locale, made
 * from them): most users work in Dutch, and every open of the pane fetches its first chunk.
 * The entry point awaits loadLanguage before the first render, so look-ups stay synchronous.
 */
let en: Catalogue | null = null;
let pseudoCache: Catalogue | null = null;

/** Fetches the texts `lang` needs; false when they could not be fetched (the pane then speaks Dutch). */
export async function loadLanguage(lang: UiLanguage): Promise<boolean> {
  if (lang === 'nl' || en) return true;
  try {
    en = (await import(/* webpackChunkName: "pane-en" */ './en')).en;
    return true;
  } catch (e) {
    console.warn('Factuurcheck: the English texts did not load', e);
    return false;
  }
}

function english(): Catalogue {
  if (!en) throw new Error('the English texts are used before loadLanguage()');
  return en;
}

function pseudoCatalogue(): Catalogue {
  pseudoCache ??= Object.fromEntries(Object.entries(english()).map(([k, v]) => [k, pseudoLocalize(v)])) as Catalogue;
  return pseudoCache;
}

export function catalogue(lang: UiLanguage): Catalogue {
  return lang === 'nl' ? nl : lang === 'en' ? english() : pseudoCatalogue();
}

export const isMessageKey = (key: string): key is MessageKey => Object.prototype.hasOwnProperty.call(nl, key);

export function translate(lang: UiLanguage, key: MessageKey, params?: Params): string {
  return fill(catalogue(lang)[key], params);
}

const pluralRules = { nl: new Intl.PluralRules('nl-NL'), en: new Intl.PluralRules('en-GB') };

/** The form of `base` for `n`, with {count} filled in as the pane writes counts ('1.401'). */
export function translatePlural(lang: UiLanguage, base: PluralKey, n: number, params?: Params): string {
  const form = `${base}.${pluralRules[engineLanguage(lang)].select(n)}`;
  const key = (isMessageKey(form) ? form : `${base}.other`) as MessageKey;
  return translate(lang, key, { count: formatCount(lang, n), ...params });
}

/** The language the engine's own texts and the workbook use: the pseudo-locale writes English. */
export const engineLanguage = (lang: UiLanguage): 'nl' | 'en' => (lang === 'nl' ? 'nl' : 'en');

/**
 * A Problem in the pane's language: the engine's catalogue text, which already names the
 * place (file, page, row, column). The pane keeps no texts of its own for engine codes.
 */
export function problemText(lang: UiLanguage, p: Pick<Problem, 'nl' | 'en'>): string {
  if (lang === 'nl') return p.nl;
  return lang === 'en' ? p.en : pseudoLocalize(p.en);
}

export const formatCount = (lang: UiLanguage, n: number): string => formatDomainCount(n, engineLanguage(lang));
const megabyteFormats = {
  nl: new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};
export const formatMegabytes = (lang: UiLanguage, bytes: number): string => megabyteFormats[engineLanguage(lang)].format(bytes / 1024 / 1024);
export const formatMoney = (lang: UiLanguage, cents: number): string => formatEuro(cents, engineLanguage(lang));
/** 'dd-mm-jjjj', as Loket and the Dutch invoices write dates, in either language. */
export const formatIsoDate = (iso: string): string => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
