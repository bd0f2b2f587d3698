/** The Dutch words every printed sheet carries: the page number in the footer (sheet-layout.ts). */
import type { Texts } from '../../messages/define';

export type PrintKey = keyof typeof printNl;
export const printNl = {
  /** {page} and {pages} stay fields, which Excel fills in on every page. */
  'print.pageOf': 'pagina {page} van {pages}',
} satisfies Texts;
