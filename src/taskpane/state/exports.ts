/**
 * The Qwoater exports as the make step, the checks and the saving need them: per card,
 * the export that is in (read and not being read again), with its warnings and the
 * options (columns, peildatum) that gave it.
 */
import type { DossierExport, DossierImportOptions } from '../../domain/imports/types';
import type { Problem } from '../../domain/problems';
import type { MakeInput } from '../make/make-specification';
import { itemReady, slotItem, type ImportList } from '../imports/import-list';
import { neededSlots, type SlotKey } from './pane-state';

export type DossierList = ImportList<'dossiers'>;

export interface LoadedExport {
  exp: DossierExport;
  warnings: Problem[];
  options: DossierImportOptions;
}

export function loadedExport(list: DossierList, slot: SlotKey): LoadedExport | null {
  const item = slotItem(list, slot);
  return itemReady(item) ? { exp: item.last.value, warnings: item.last.warnings, options: item.last.options } : null;
}

/** The exports the model uses; last year's only for model 2. */
export function loadedExports(list: DossierList, model: 1 | 2): Record<SlotKey, LoadedExport | null> {
  return { current: loadedExport(list, 'current'), previous: model === 2 ? loadedExport(list, 'previous') : null };
}

export const exportsReady = (list: DossierList, model: 1 | 2): boolean => neededSlots(model).every((k) => loadedExport(list, k) !== null);

/** What 'Maak specificatie' is made from: the exports that are in and their warnings; null while this year's is not. */
export function exportsToMake(list: DossierList, model: 1 | 2): Pick<MakeInput, 'current' | 'previous' | 'importWarnings'> | null {
  const { current, previous } = loadedExports(list, model);
  if (!current) return null;
  return { current: current.exp, previous: previous?.exp ?? null, importWarnings: [...current.warnings, ...(previous?.warnings ?? [])] };
}
