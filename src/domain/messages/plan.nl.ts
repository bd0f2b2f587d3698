import type { Texts } from './define';
import { p } from './define';
/**
 * What the plan check (writers/plan-check.ts) finds before anything is written: Excel's
 * limits, named by sheet and cell with what to change, or a plan only a bug can make.
 */
export const planNl = {
  'plan.formulaTooLong.tiers': (x) => `Blad '${p(x, 'sheet')}', cel ${p(x, 'cell')}: de formule voor de staffel wordt ${p(x, 'length')} tekens lang, en Excel staat er ${p(x, 'max')} toe. Er zijn te veel schijven in de staffel: voeg schijven samen of gebruik minder schijven, en maak de specificatie opnieuw. Er is niets geschreven.`,
  'plan.formulaTooLong': (x) => `Blad '${p(x, 'sheet')}', cel ${p(x, 'cell')}: deze formule wordt ${p(x, 'length')} tekens lang, en Excel staat er ${p(x, 'max')} toe. Dit is een fout in Factuurcheck: meld het met deze tekst. Er is niets geschreven.`,
  'plan.textTooLong': (x) => `Blad '${p(x, 'sheet')}', cel ${p(x, 'cell')}: deze tekst is ${p(x, 'length')} tekens lang, en een cel in Excel houdt er ${p(x, 'max')}. Maak de tekst in het bronbestand korter en lees het opnieuw in. Er is niets geschreven.`,
  'plan.invalid': (x) => `Factuurcheck maakte een werkmap die Excel zou weigeren (blad '${p(x, 'sheet')}': ${p(x, 'detail')}). Dit is een fout in Factuurcheck: meld het met deze tekst. Er is niets geschreven.`,
} satisfies Texts;
