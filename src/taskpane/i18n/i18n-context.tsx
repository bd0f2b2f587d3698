/** Hands the pane's language and its translate helpers down the React tree. */
import { createContext, Fragment, useContext, useMemo, type ReactNode } from 'react';
import type { Problem } from '../../domain/problems';
import type { UiLanguage } from '../../office/runtime';
import { formatCount, formatMegabytes, formatMoney, problemText, translate, translatePlural, type MessageKey, type PluralKey } from './catalogue';
import type { Params } from './format';

export interface I18n {
  lang: UiLanguage;
  t: (key: MessageKey, params?: Params) => string;
  /** A text whose parameters may be elements (a date that must not break over two lines). */
  tx: (key: MessageKey, params: Record<string, ReactNode>) => ReactNode;
  /** A text in the form for `n` ('1 regel', '2 regels'); {count} is `n` as the pane writes counts. */
  tn: (base: PluralKey, n: number, params?: Params) => string;
  problem: (p: Problem) => string;
  count: (n: number) => string;
  money: (cents: number) => string;
  /** Bytes as megabytes with one decimal ('1,2'), for a file being read. */
  megabytes: (bytes: number) => string;
}

const I18nContext = createContext<I18n | null>(null);

/** Fills '{name}' placeholders with elements; a missing one shows as itself, as in fill(). */
function fillNodes(template: string, params: Record<string, ReactNode>): ReactNode {
  return template.split(/(\{\w+\})/).map((part, i) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return <Fragment key={i}>{name !== undefined && name in params ? params[name] : part}</Fragment>;
  });
}

export function makeI18n(lang: UiLanguage): I18n {
  return {
    lang,
    t: (key, params) => translate(lang, key, params),
    tx: (key, params) => fillNodes(translate(lang, key), params),
    tn: (base, n, params) => translatePlural(lang, base, n, params),
    problem: (p) => problemText(lang, p),
    count: (n) => formatCount(lang, n),
    money: (c) => formatMoney(lang, c),
    megabytes: (b) => formatMegabytes(lang, b),
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
