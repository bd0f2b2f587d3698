/**
 * What each kind of input cell accepts, with the message Excel shows when the cell is
 * selected (Dutch, or English for an English workbook) and the one it shows for a value
 * that breaks the rule. The words are in the workbooks' catalogue (texts/input.nl.ts).
 */
import { sheetTexts, type SpecLanguage } from './texts/sheet-texts';
import type { RangeRef, Validation, ValidationRule } from './plan';

export type InputKind = 'price' | 'amount' | 'signedAmount' | 'rate' | 'count' | 'signedCount' | 'quarter' | 'year' | 'date' | 'invoiceKind' | 'tierFrom' | 'description';

function ruleOf(kind: InputKind, items: string[] | undefined): ValidationRule {
  switch (kind) {
    case 'price':
    case 'amount':
      return { kind: 'decimal', min: 0 };
    case 'signedAmount':
      return { kind: 'decimal' };
    case 'rate':
      return { kind: 'decimal', min: 0, max: 1 };
    case 'count':
      return { kind: 'whole', min: 0 };
    case 'signedCount':
      return { kind: 'whole' };
    case 'tierFrom':
      return { kind: 'whole', min: 1 };
    case 'quarter':
      return { kind: 'whole', min: 1, max: 4 };
    case 'year':
      return { kind: 'whole', min: 1900, max: 9999 };
    case 'date':
      return { kind: 'date' };
    case 'description':
      return { kind: 'text', maxLength: 500 };
    case 'invoiceKind':
      if (!items?.length) throw new Error('input rule: a list needs its items');
      return { kind: 'list', items };
  }
}

/** The validation of an input range: its rule, its prompt and its error message. */
export function inputRule(kind: InputKind, range: RangeRef, lang: SpecLanguage, items?: string[]): Validation {
  const L = sheetTexts(lang);
  return {
    range,
    rule: ruleOf(kind, items),
    prompt: { title: L(`input.${kind}.title`), message: L(`input.${kind}.message`) },
    error: { title: L('input.refused'), message: L(`input.${kind}.error`) },
  };
}
