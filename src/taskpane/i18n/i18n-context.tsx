/** Hands the pane's language and its translate helpers down the React tree. */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Problem } from '../../domain/problems';
import type { UiLanguage } from '../../office/runtime';
import { formatCount, formatMoney, problemText, translate, type MessageKey } from './catalogue';
import type { Params } from './format';

export interface I18n {
  lang: UiLanguage;
  t: (key: MessageKey, params?: Params) => string;
  problem: (p: Problem) => string;
  count: (n: number) => string;
  money: (cents: number) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function makeI18n(lang: UiLanguage): I18n {
  return {
    lang,
    t: (key, params) => translate(lang, key, params),
    problem: (p) => problemText(lang, p),
    count: (n) => formatCount(lang, n),
    money: (c) => formatMoney(lang, c),
  };
}

export function I18nProvider({ lang, children }: { lang: UiLanguage; children: ReactNode }) {
  const value = useMemo(() => makeI18n(lang), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(I18nContext);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}
