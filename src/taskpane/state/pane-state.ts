/**
 * The pane's state and the one reducer that changes it. Pure, so every transition is
 * unit-tested without React, a worker or Excel.
 */
import type { DossierExport, DossierImportOptions, Grid, SourceInfo } from '../../domain/imports/types';
import type { Problem } from '../../domain/problems';
import type { MessageKey } from '../i18n/catalogue';
import type { Params } from '../i18n/format';
import { defaultChoiceForm, defaultPriceForm, newTier, type ChoiceForm, type PriceForm, type TierForm } from './forms';

export type SlotKey = 'current' | 'previous';

export type ImportInput = { bytes: Uint8Array } | { text: string } | { grid: Grid };

export interface ImportRequest {
  input: ImportInput;
  source: SourceInfo;
  options: DossierImportOptions;
}

/** A message of the pane's own (with an id when it may be taken back), or a Problem from the engine. */
export type Notice = { kind: 'message'; severity: 'error' | 'warning' | 'info'; key: MessageKey; params?: Params; id?: string } | { kind: 'problem'; problem: Problem };

export interface SlotState {
  phase: 'empty' | 'reading' | 'parsing' | 'loaded' | 'failed';
  /** The import shown or under way; kept for re-imports (another column map) and for saving. */
  request: ImportRequest | null;
  /**
   * The last successful import of this source; after a failed re-import it still offers the
   * column map. `request` is null for an export restored from the workbook, which keeps the
   * counts and the column map chosen (`options`) but not the file: changing a column or the
   * peildatum then needs the file again.
   */
  loaded: { exp: DossierExport; warnings: Problem[]; request: ImportRequest | null; options: DossierImportOptions } | null;
  error: Notice | null;
  /** Warnings that came with a failed import; they often explain the error. */
  errorWarnings: Problem[];
  /** 0–100 while a file is read from disk; null while the worker parses (no finer progress exists). */
  readPercent: number | null;
  /** Identifies the running job, so a late answer from a cancelled job is ignored. */
  job: number;
}

export interface PaneState {
  choice: ChoiceForm;
  price: PriceForm;
  slots: Record<SlotKey, SlotState>;
  /** Grows on every change that alters the result, so an old result card can tell it is stale. */
  revision: number;
  notices: Notice[];
}

export const emptySlot = (): SlotState => ({ phase: 'empty', request: null, loaded: null, error: null, errorWarnings: [], readPercent: null, job: 0 });

export const initialPaneState = (lang: 'nl' | 'en' = 'nl'): PaneState => ({
  choice: defaultChoiceForm(),
  price: defaultPriceForm(lang),
  slots: { current: emptySlot(), previous: emptySlot() },
  revision: 0,
  notices: [],
});

export type PaneAction =
  | { type: 'choice'; patch: Partial<ChoiceForm> }
  | { type: 'price'; patch: Partial<Omit<PriceForm, 'tiers'>> }
  | { type: 'tier.change'; id: string; patch: Partial<Omit<TierForm, 'id'>> }
  | { type: 'tier.add' }
  | { type: 'tier.remove'; id: string }
  | { type: 'import.start'; slot: SlotKey; job: number; request: ImportRequest; reading: boolean }
  | { type: 'import.readProgress'; slot: SlotKey; job: number; percent: number }
  | { type: 'import.parsing'; slot: SlotKey; job: number; request: ImportRequest }
  | { type: 'import.done'; slot: SlotKey; job: number; exp: DossierExport; warnings: Problem[] }
  | { type: 'import.failed'; slot: SlotKey; job: number; error: Notice; warnings?: Problem[] }
  | { type: 'import.cancelled'; slot: SlotKey; job: number }
  /** An export brought back from the workbook as it was imported, without its file. */
  | { type: 'import.restored'; slot: SlotKey; exp: DossierExport; warnings: Problem[]; options: DossierImportOptions }
  | { type: 'slot.clear'; slot: SlotKey }
  | { type: 'restore'; choice: ChoiceForm; price: PriceForm }
  | { type: 'notice.add'; notice: Notice }
  | { type: 'notice.dismiss'; index: number }
  /** Takes back the notices with this id (a warning that no longer holds). */
  | { type: 'notice.remove'; id: string };

function updateSlot(state: PaneState, key: SlotKey, job: number | null, f: (s: SlotState) => SlotState): PaneState {
  const slot = state.slots[key];
  // Answers from a job that was cancelled or replaced change nothing.
  if (job !== null && slot.job !== job) return state;
  return { ...state, slots: { ...state.slots, [key]: f(slot) }, revision: state.revision + 1 };
}

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
    case 'import.start':
      return updateSlot(state, action.slot, null, (s) => ({
        ...s,
        phase: action.reading ? 'reading' : 'parsing',
        request: action.request,
        // A new source drops the old result; the same source re-imported keeps it for the column map.
        loaded: s.loaded && sameSource(s.request, action.request) ? s.loaded : null,
        error: null,
        errorWarnings: [],
        readPercent: action.reading ? 0 : null,
        job: action.job,
      }));
    case 'import.readProgress':
      return updateSlot(state, action.slot, action.job, (s) => ({ ...s, readPercent: Math.max(0, Math.min(100, Math.round(action.percent))) }));
    case 'import.parsing':
      return updateSlot(state, action.slot, action.job, (s) => ({ ...s, phase: 'parsing', request: action.request, readPercent: null }));
    case 'import.done':
      return updateSlot(state, action.slot, action.job, (s) => ({
        ...s,
        phase: 'loaded',
        loaded: s.request ? { exp: action.exp, warnings: action.warnings, request: s.request, options: s.request.options } : null,
        error: null,
        readPercent: null,
      }));
    case 'import.failed':
      return updateSlot(state, action.slot, action.job, (s) => ({ ...s, phase: 'failed', error: action.error, errorWarnings: action.warnings ?? [], readPercent: null }));
    case 'import.cancelled':
      return updateSlot(state, action.slot, action.job, (s) => ({
        ...s,
        phase: s.loaded ? 'loaded' : 'empty',
        // Back to what was shown before; the cancelled request is forgotten.
        request: s.loaded?.request ?? null,
        error: { kind: 'message', severity: 'info', key: 'slot.cancelled' },
        readPercent: null,
        job: s.job + 1,
      }));
    case 'import.restored':
      return updateSlot(state, action.slot, null, (s) => ({
        ...emptySlot(),
        phase: 'loaded',
        loaded: { exp: action.exp, warnings: action.warnings, request: null, options: action.options },
        job: s.job + 1,
      }));
    case 'slot.clear':
      return updateSlot(state, action.slot, null, (s) => ({ ...emptySlot(), job: s.job + 1 }));
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

function sameSource(a: ImportRequest | null, b: ImportRequest): boolean {
  return a !== null && a.input === b.input && a.source.label === b.source.label;
}

/** Ready means: loaded, not busy, not failed. */
export const slotReady = (s: SlotState): boolean => s.phase === 'loaded' && s.loaded !== null;
export const slotBusy = (s: SlotState): boolean => s.phase === 'reading' || s.phase === 'parsing';

/** The slots the chosen model needs. */
export const neededSlots = (model: 1 | 2): SlotKey[] => (model === 2 ? ['current', 'previous'] : ['current']);
