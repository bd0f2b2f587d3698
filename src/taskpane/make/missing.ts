/** What still stands between the user and 'Maak specificatie'; pure, so it is unit-tested. */
import type { MessageKey } from '../i18n/catalogue';
import type { FormValidation } from '../state/forms';
import { neededSlots, slotBusy, slotReady, type PaneState } from '../state/pane-state';

/** The list, in the order to fix it. */
export function missingForMake(state: PaneState, validation: FormValidation): MessageKey[] {
  const out: MessageKey[] = [];
  const needed = neededSlots(state.choice.model);
  if (needed.some((k) => slotBusy(state.slots[k]))) out.push('make.missing.busy');
  if (needed.some((k) => state.slots[k].phase === 'failed')) out.push('make.missing.exportError');
  if (!slotReady(state.slots.current) && state.slots.current.phase !== 'failed') {
    out.push(state.choice.model === 2 ? 'make.missing.current' : 'make.missing.currentModel1');
  }
  if (state.choice.model === 2 && !slotReady(state.slots.previous) && state.slots.previous.phase !== 'failed') out.push('make.missing.previous');
  if (!validation.ok) out.push('make.missing.form');
  return out;
}

