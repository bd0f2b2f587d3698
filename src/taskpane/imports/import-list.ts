/**
 * The imports of one kind and their state, and the one reducer that changes them. Pure,
 * so every transition is unit-tested without React, a worker or Excel.
 *
 * An item is one file, paste or selection. It keeps its last good result while it is read
 * again (another column, period or peildatum), so a failed re-read still shows the figures
 * and the column choice that can fix it. An import restored from the workbook has its
 * result but no file (the workbook keeps counts, not files): it cannot be read again. A `slot` ties an item to a card ('current',
 * 'previous'); a kind without cards leaves it null. Every answer carries the job it
 * belongs to: one from a job that was cancelled or replaced changes nothing.
 */
import type { Grid } from '../../domain/imports/types';
import type { Problem } from '../../domain/problems';
import type { Notice } from '../state/notice';
import type { ImportKind, ImportRequest, KindOptions, KindValue } from './import-kinds';

export type ItemPhase = 'reading' | 'parsing' | 'done' | 'failed';

/** Who started the read: only a user's own load moves focus to what it found. */
export type ItemOrigin = 'user' | 'rerun' | 'restore';

export interface ImportItem<K extends ImportKind> {
  id: number;
  slot: string | null;
  /** The read under way or last asked for; null for an import restored from the workbook. */
  request: ImportRequest<K> | null;
  phase: ItemPhase;
  origin: ItemOrigin;
  /** Bytes read from disk so far, while a file is read; null while the worker parses. */
  read: { loaded: number; total: number } | null;
  /** The last good result, with the options and the request that gave it (no request when restored). */
  last: { value: KindValue<K>; warnings: Problem[]; options: KindOptions<K>; request: ImportRequest<K> | null } | null;
  error: Notice | null;
  /** Warnings that came with a failed read; they often explain the error. */
  errorWarnings: Problem[];
  /** The first rows of a file whose columns could not be found, to choose them by hand. */
  preview: Grid | null;
  job: number;
}

export interface ImportList<K extends ImportKind> {
  items: ImportItem<K>[];
  /** Grows on every change of a result, so a result made before can tell it is stale. */
  revision: number;
}

/** Where a new item goes: in place of its card's item, in place of all items, or added. */
export type Placement = 'slot' | 'all' | 'append';

export type ImportAction<K extends ImportKind> =
  | { type: 'start'; id: number; slot: string | null; request: ImportRequest<K>; reading: boolean; job: number; origin: ItemOrigin; placement: Placement }
  | { type: 'read'; id: number; job: number; loaded: number; total: number }
  | { type: 'parsing'; id: number; job: number; request: ImportRequest<K> }
  | { type: 'done'; id: number; job: number; value: KindValue<K>; warnings: Problem[] }
  | { type: 'failed'; id: number; job: number; error: Notice; warnings?: Problem[]; preview?: Grid | null }
  | { type: 'cancelled'; id: number; job: number }
  /** A result brought back from the workbook, as it was imported, without its file. */
  | { type: 'restored'; id: number; slot: string | null; value: KindValue<K>; warnings: Problem[]; options: KindOptions<K>; placement: Placement }
  | { type: 'remove'; id: number }
  | { type: 'clear' }
  /** The two cards' items change places (exports given the wrong way round). */
  | { type: 'swap'; a: string; b: string };

export const emptyImportList = <K extends ImportKind>(): ImportList<K> => ({ items: [], revision: 0 });

const sameSource = <K extends ImportKind>(a: ImportRequest<K> | null, b: ImportRequest<K>) => a !== null && a.input === b.input && a.source.label === b.source.label;

/** Where a new item goes: the items it leaves in place. */
const placed = <K extends ImportKind>(items: ImportItem<K>[], placement: Placement, slot: string | null) =>
  placement === 'all' ? [] : placement === 'slot' ? items.filter((i) => i.slot !== slot) : items;

function update<K extends ImportKind>(list: ImportList<K>, id: number, job: number | null, f: (i: ImportItem<K>) => ImportItem<K>, bump = true): ImportList<K> {
  const item = list.items.find((i) => i.id === id);
  // Answers from a job that was cancelled or replaced change nothing.
  if (!item || (job !== null && item.job !== job)) return list;
  return { items: list.items.map((i) => (i === item ? f(i) : i)), revision: list.revision + (bump ? 1 : 0) };
}

export function importListReducer<K extends ImportKind>(list: ImportList<K>, action: ImportAction<K>): ImportList<K> {
  switch (action.type) {
    case 'start': {
      const fresh = (before: ImportItem<K> | undefined): ImportItem<K> => ({
        id: action.id,
        slot: action.slot,
        request: action.request,
        phase: action.reading ? 'reading' : 'parsing',
        origin: action.origin,
        read: null,
        // The same source read again keeps its figures for the column map; another source starts afresh.
        last: before?.last && sameSource(before.last.request, action.request) ? before.last : null,
        error: null,
        errorWarnings: [],
        preview: null,
        job: action.job,
      });
      const existing = list.items.find((i) => i.id === action.id);
      if (existing) return update(list, action.id, null, fresh);
      return { items: [...placed(list.items, action.placement, action.slot), fresh(undefined)], revision: list.revision + 1 };
    }
    case 'restored': {
      const item: ImportItem<K> = {
        id: action.id,
        slot: action.slot,
        request: null,
        phase: 'done',
        origin: 'restore',
        read: null,
        last: { value: action.value, warnings: action.warnings, options: action.options, request: null },
        error: null,
        errorWarnings: [],
        preview: null,
        job: 0,
      };
      return { items: [...placed(list.items, action.placement, action.slot), item], revision: list.revision + 1 };
    }
    case 'read':
      return update(list, action.id, action.job, (i) => ({ ...i, read: { loaded: action.loaded, total: action.total } }), false);
    case 'parsing':
      return update(list, action.id, action.job, (i) => ({ ...i, phase: 'parsing', request: action.request, read: null }));
    case 'done':
      return update(list, action.id, action.job, (i) => ({
        ...i,
        phase: 'done',
        last: i.request ? { value: action.value, warnings: action.warnings, options: i.request.options, request: i.request } : i.last,
        error: null,
        errorWarnings: [],
        preview: null,
        read: null,
      }));
    case 'failed':
      return update(list, action.id, action.job, (i) => ({
        ...i,
        phase: 'failed',
        error: action.error,
        errorWarnings: action.warnings ?? [],
        preview: action.preview ?? null,
        read: null,
      }));
    case 'cancelled':
      return update(list, action.id, action.job, (i) => ({
        ...i,
        // Back to what was shown before; the cancelled request is forgotten.
        phase: i.last ? 'done' : 'failed',
        request: i.last ? i.last.request : i.request,
        error: { kind: 'message', severity: 'info', key: 'import.cancelled' },
        errorWarnings: [],
        read: null,
        job: i.job + 1,
      }));
    case 'remove':
      if (!list.items.some((i) => i.id === action.id)) return list;
      return { items: list.items.filter((i) => i.id !== action.id), revision: list.revision + 1 };
    case 'clear':
      return list.items.length ? { items: [], revision: list.revision + 1 } : list;
    case 'swap': {
      const other = (s: string | null) => (s === action.a ? action.b : s === action.b ? action.a : s);
      return { items: list.items.map((i) => (i.slot === action.a || i.slot === action.b ? { ...i, slot: other(i.slot) } : i)), revision: list.revision + 1 };
    }
  }
}

/** Read and not being read again: its result is the one to use. */
export const itemReady = <K extends ImportKind>(i: ImportItem<K> | undefined): i is ImportItem<K> & { last: NonNullable<ImportItem<K>['last']> } =>
  i !== undefined && i.phase === 'done' && i.last !== null;
export const itemBusy = <K extends ImportKind>(i: ImportItem<K> | undefined): boolean => i !== undefined && (i.phase === 'reading' || i.phase === 'parsing');
export const slotItem = <K extends ImportKind>(list: ImportList<K>, slot: string): ImportItem<K> | undefined => list.items.find((i) => i.slot === slot);

/** What the item is, for its heading and messages: the file, 'geplakte tekst' or the selection. */
export const itemLabel = <K extends ImportKind>(i: ImportItem<K>): string => i.request?.source.label ?? i.last?.value.source.label ?? '';
/** The options of the read shown: the one under way, else the one that gave the result. */
export const itemOptions = <K extends ImportKind>(i: ImportItem<K>): KindOptions<K> => (i.request?.options ?? i.last?.options ?? {}) as KindOptions<K>;
/** The input to read again with other options; null for an import restored from the workbook. */
export const itemRequest = <K extends ImportKind>(i: ImportItem<K>): ImportRequest<K> | null => i.last?.request ?? i.request;
