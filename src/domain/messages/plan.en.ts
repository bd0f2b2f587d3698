import type { Texts } from './define';
import type { planNl } from './plan.nl';
import { p } from './define';
/**
 * What the plan check (writers/plan-check.ts) finds before anything is written: Excel's
 * limits, named by sheet and cell with what to change, or a plan only a bug can make.
 */
export const planEn: Texts<keyof typeof planNl> = {
  'plan.formulaTooLong.tiers': (x) => `Sheet '${p(x, 'sheet')}', cell ${p(x, 'cell')}: the staffel's formula would be ${p(x, 'length')} characters long, and Excel allows ${p(x, 'max')}. The staffel has too many tiers: merge tiers or use fewer, and make the specification again. Nothing was written.`,
  'plan.formulaTooLong': (x) => `Sheet '${p(x, 'sheet')}', cell ${p(x, 'cell')}: this formula would be ${p(x, 'length')} characters long, and Excel allows ${p(x, 'max')}. This is a bug in Factuurcheck: please report it with this text. Nothing was written.`,
  'plan.textTooLong': (x) => `Sheet '${p(x, 'sheet')}', cell ${p(x, 'cell')}: this text is ${p(x, 'length')} characters long, and an Excel cell holds ${p(x, 'max')}. Shorten the text in the source file and import it again. Nothing was written.`,
  'plan.invalid': (x) => `Factuurcheck made a workbook Excel would refuse (sheet '${p(x, 'sheet')}': ${p(x, 'detail')}). This is a bug in Factuurcheck: please report it with this text. Nothing was written.`,
};

