/** What still stands between the user and 'Maak specificatie'; pure, so it is unit-tested. */
import type { MessageKey } from '../i18n/catalogue';
import { itemBusy, itemReady, slotItem } from '../imports/import-list';
import type { DossierList } from '../state/exports';
import type { FieldErrors, FormValidation } from '../state/forms';
import { neededSlots } from '../state/pane-state';

/** The fields of step 1 (model and year); the others are step 3's (prices). */
const STEP1_FIELDS = new Set(['year', 'peildatum']);

export interface MissingExtras {
  /** The exports' dates contradict the year or each other (shown on the cards). */
  datesDisagree?: boolean;
  /** Step 4 has a field in error or a signing report that did not read. */
  yearBlocked?: boolean;
}

/** The list, in the order to fix it, each naming the step it is about. */
export function missingForMake(model: 1 | 2, exports: DossierList, validation: FormValidation, extras: MissingExtras = {}): MessageKey[] {
  const out: MessageKey[] = [];
  const items = neededSlots(model).map((k) => ({ slot: k, item: slotItem(exports, k) }));
  if (items.some(({ item }) => itemBusy(item))) out.push('make.missing.busy');
  // A cancelled read is no error: the card simply has no export.
  const failed = (i: (typeof items)[number]['item']) => i?.phase === 'failed' && !itemReady(i) && !(i.error?.kind === 'message' && i.error.severity === 'info');
  if (items.some(({ item }) => failed(item))) out.push('make.missing.exportError');
  for (const { slot, item } of items) {
    if (itemReady(item) || itemBusy(item) || failed(item)) continue;
    out.push(slot === 'previous' ? 'make.missing.previous' : model === 2 ? 'make.missing.current' : 'make.missing.currentModel1');
  }
  if (extras.datesDisagree) out.push('make.missing.dates');
  if (!validation.ok) {
    const fields = Object.keys(validation.errors as FieldErrors);
    if (fields.some((f) => STEP1_FIELDS.has(f))) out.push('make.missing.step1');
    if (fields.some((f) => !STEP1_FIELDS.has(f))) out.push('make.missing.step3');
  }
  if (extras.yearBlocked) out.push('make.missing.step4');
  return out;
}
