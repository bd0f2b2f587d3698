/**
 * The words the workbooks show, in Dutch and English, by stable key in the one catalogue
 * mechanism (domain/messages/define.ts): sheet names, titles, labels, column headers and notes
 * of the Qwoater specification (spec.*), of the year's sheets and the re-billing CSV
 * (yearSheet.*) and of the Otherside at Work sheets (otherside.*); the prompts of their input
 * cells (input.*); the page number on every printed sheet (print.*).
 *
 * They have their own look-up, like the CLI's texts, rather than joining the engine's problem
 * catalogue (messages/nl.ts, en.ts): the task pane loads that one on its first screen, and
 * these belong with the sheet builders in the engine chunk it loads when it writes a workbook.
 */
import { lookUp, type MessageParams } from '../../messages/define';
import { inputEn } from './input.en';
import { inputNl } from './input.nl';
import { othersideEn } from './otherside.en';
import { printEn } from './print.en';
import { printNl } from './print.nl';
import { othersideNl } from './otherside.nl';
import { specEn } from './spec.en';
import { specNl } from './spec.nl';
import { yearSheetEn } from './year.en';
import { yearSheetNl } from './year.nl';

/** The language a workbook is written in. */
export type SpecLanguage = 'nl' | 'en';

export const sheetNl = { ...specNl, ...yearSheetNl, ...othersideNl, ...inputNl, ...printNl };
export const sheetEn = { ...specEn, ...yearSheetEn, ...othersideEn, ...inputEn, ...printEn };
export type SheetKey = keyof typeof sheetNl;

/** A text of a workbook in one language, its '{name}' parameters filled in. */
export type SheetText = (key: SheetKey, x?: MessageParams) => string;

const say = lookUp(sheetNl, sheetEn);

/** The look-up of one workbook's language: sheetTexts('en')('spec.title', { year: 2024, model: 2 }). */
export const sheetTexts =
  (lang: SpecLanguage): SheetText =>
  (key, x) =>
    say(lang, key, x);

/** The last names of the keys under a prefix: Under<'spec.col'> is 'number' | 'name' | …. */
type Under<P extends string> = SheetKey extends infer K ? (K extends `${P}.${infer N}` ? N : never) : never;

/**
 * The texts under one prefix by their last name, for a table whose column headers are also
 * the names its formulas refer to: under(L, 'yearSheet.rcol').excl is 'Totaal excl. btw'.
 */
export const under = <P extends string>(L: SheetText, prefix: P): Record<Under<P>, string> =>
  Object.fromEntries(
    Object.keys(sheetNl)
      .filter((key) => key.startsWith(`${prefix}.`))
      .map((key) => [key.slice(prefix.length + 1), L(key as SheetKey)]),
  ) as Record<Under<P>, string>;
