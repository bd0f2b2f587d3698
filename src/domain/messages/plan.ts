import { defineMessages, p } from './define';

/**
 * What the plan check (writers/plan-check.ts) finds before anything is written: Excel's
 * limits, named by sheet and cell with what to change, or a plan only a bug can make.
 */
export const planMessages = defineMessages({
  'plan.formulaTooLong.tiers': {
    nl: (x) => `Blad '${p(x, 'sheet')}', cel ${p(x, 'cell')}: de formule voor de staffel wordt ${p(x, 'length')} tekens lang, en Excel staat er ${p(x, 'max')} toe. Er zijn te veel schijven in de staffel: voeg schijven samen of gebruik minder schijven, en maak de specificatie opnieuw. Er is niets geschreven.`,
    en: (x) => `Sheet '${p(x, 'sheet')}', cell ${p(x, 'cell')}: the staffel's formula would be ${p(x, 'length')} characters long, and Excel allows ${p(x, 'max')}. The staffel has too many tiers: merge tiers or use fewer, and make the specification again. Nothing was written.`,
  },
  'plan.formulaTooLong': {
    nl: (x) => `Blad '${p(x, 'sheet')}', cel ${p(x, 'cell')}: deze formule wordt ${p(x, 'length')} tekens lang, en Excel staat er ${p(x, 'max')} toe. Dit is een fout in Factuurcheck: meld het met deze tekst. Er is niets geschreven.`,
    en: (x) => `Sheet '${p(x, 'sheet')}', cell ${p(x, 'cell')}: this formula would be ${p(x, 'length')} characters long, and Excel allows ${p(x, 'max')}. This is a bug in Factuurcheck: please report it with this text. Nothing was written.`,
  },
  'plan.textTooLong': {
    nl: (x) => `Blad '${p(x, 'sheet')}', cel ${p(x, 'cell')}: deze tekst is ${p(x, 'length')} tekens lang, en een cel in Excel houdt er ${p(x, 'max')}. Maak de tekst in het bronbestand korter en lees het opnieuw in. Er is niets geschreven.`,
    en: (x) => `Sheet '${p(x, 'sheet')}', cell ${p(x, 'cell')}: this text is ${p(x, 'length')} characters long, and an Excel cell holds ${p(x, 'max')}. Shorten the text in the source file and import it again. Nothing was written.`,
  },
  'plan.invalid': {
    nl: (x) => `Factuurcheck maakte een werkmap die Excel zou weigeren (blad '${p(x, 'sheet')}': ${p(x, 'detail')}). Dit is een fout in Factuurcheck: meld het met deze tekst. Er is niets geschreven.`,
    en: (x) => `Factuurcheck made a workbook Excel would refuse (sheet '${p(x, 'sheet')}': ${p(x, 'detail')}). This is a bug in Factuurcheck: please report it with this text. Nothing was written.`,
  },
});
