/**
 * The Qwoater flow's form state and the one reducer that changes it. Pure, so every
 * transition is unit-tested without React. The exports themselves are imports like any
 * other (imports/import-list.ts): they live in the dossier importer, one per card.
 */
import { defaultChoiceForm, defaultPriceForm, newTier, type ChoiceForm, type PriceForm, type TierForm } from './forms';
import type { Notice } from './notice';

export type { Notice } from './notice';

/** The export cards: this year's and (model 2) last year's. */
export type SlotKey = 'current' | 'previous';

export interface PaneState {
  choice: ChoiceForm;
  price: PriceForm;
  /** Grows on every change that alters the result, so an old result card can tell it is stale. */
  revision: number;
  notices: Notice[];
}

export const initialPaneState = (lang: 'nl' | 'en' = 'nl'): PaneState => ({
  choice: defaultChoiceForm(),
  price: defaultPriceForm(lang),
  revision: 0,
  notices: [],
});

export type PaneAction =
  | { type: 'choice'; patch: Partial<ChoiceForm> }
  | { type: 'price'; patch: Partial<Omit<PriceForm, 'tiers'>> }
  | { type: 'tier.change'; id: string; patch: Partial<Omit<TierForm, 'id'>> }
  | { type: 'tier.add' }
  | { type: 'tier.remove'; id: string }
  | { type: 'restore'; choice: ChoiceForm; price: PriceForm }
  | { type: 'notice.add'; notice: Notice }
  | { type: 'notice.dismiss'; index: number }
  /** Takes back the notices with this id (a warning that no longer holds). */
  | { type: 'notice.remove'; id: string };

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'choice':
      return { ...state, choice: { ...state.choice, ...action.patch }, revision: state.revision + 1 };
    case 'price':
      return { ...state, price: { ...state.price, ...action.patch }, revision: state.revision + 1 };
    case 'tier.change':
      return {
        ...state,
        price: { ...state.price, tiers: state.price.tiers.map((t) => (t.id === action.id ? { ...t, ...action.patch } : t)) },
        revision: state.revision + 1,
      };
    case 'tier.add':
      return { ...state, price: { ...state.price, tiers: [...state.price.tiers, newTier(state.price.tiers.length === 0 ? '1' : '', '')] }, revision: state.revision + 1 };
    case 'tier.remove':
      return { ...state, price: { ...state.price, tiers: state.price.tiers.filter((t) => t.id !== action.id) }, revision: state.revision + 1 };
    case 'restore':
      return { ...state, choice: action.choice, price: action.price, revision: state.revision + 1 };
    case 'notice.add':
      return { ...state, notices: [...state.notices, action.notice] };
    case 'notice.dismiss':
      return { ...state, notices: state.notices.filter((_, i) => i !== action.index) };
    case 'notice.remove':
      return { ...state, notices: state.notices.filter((n) => n.kind !== 'message' || n.id !== action.id) };
  }
}

/** The export cards the chosen model needs. */
export const neededSlots = (model: 1 | 2): SlotKey[] => (model === 2 ? ['current', 'previous'] : ['current']);
