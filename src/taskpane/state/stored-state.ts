/**
 * What the pane keeps in the workbook (through host.saveState) so that reopening the
 * workbook restores the user's choices and exports.
 *
 * The exports are stored as the input the user gave (file bytes, pasted text or the
 * selected cells) plus the overrides they chose, never as parsed figures: on restore
 * they go through the importer again, so a saved state cannot smuggle in counts the
 * importer would not produce. Anyone can edit a workbook, so everything read back is
 * validated here and anything odd is dropped with a warning, never trusted.
 */
import { z } from 'zod';
import { settingsSchema, type Settings } from '../../domain/settings';
import type { DossierImportOptions, Grid, SourceInfo } from '../../domain/imports/types';
import type { MessageKey } from '../i18n/catalogue';
import { yearStoredSchema, type YearStored } from '../year/year-stored';
import { xpertStoredSchema, type XpertStored } from '../xpert/xpert-stored';
import { storedInputSchema, storedSourceSchema } from './stored-input';

export const STORED_STATE_VERSION = 2;
/** Past this the state is not read at all: a bigger one was not written by us. */
export const MAX_STORED_STATE_CHARS = 24 * 1024 * 1024;

export type StoredInput = { kind: 'bytes'; base64: string } | { kind: 'text'; text: string } | { kind: 'grid'; grid: Grid };

export interface StoredExport {
  source: SourceInfo;
  input: StoredInput;
  options: DossierImportOptions;
}

export interface StoredStateV1 {
  version: 1;
  savedAt: string;
  settings: Settings;
  exports: { current: StoredExport | null; previous: StoredExport | null };
}

/** Version 2 adds the year checks (issue 4) and the Otherside history (issue 5), both optional. */
export interface StoredStateV2 extends Omit<StoredStateV1, 'version'> {
  version: 2;
  year?: YearStored;
  xpert?: XpertStored;
}

export type StoredState = StoredStateV2;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const columnIndex = z.number().int().min(0).max(16_383);
const columns = z
  .object({
    employerNumber: columnIndex,
    employerName: columnIndex.nullable(),
    employerDossiers: columnIndex.nullable(),
    employeeDossiers: columnIndex,
    inactiveDossiers: columnIndex.nullable(),
    activeDossiers: columnIndex.nullable(),
    peildatum: columnIndex.nullable(),
  })
  .partial()
  .strict();

const storedExport = z
  .object({
    source: storedSourceSchema,
    input: storedInputSchema,
    options: z.object({ columns: columns.optional(), peildatum: isoDate.optional() }).strict(),
  })
  .strict();

export const storedStateV1Schema = z
  .object({
    version: z.literal(1),
    savedAt: z.string().max(40),
    settings: settingsSchema,
    exports: z.object({ current: storedExport.nullable(), previous: storedExport.nullable() }).strict(),
  })
  .strict();

export const storedStateV2Schema = storedStateV1Schema.extend({
  version: z.literal(2),
  year: yearStoredSchema.optional(),
  xpert: xpertStoredSchema.optional(),
});

export type RestoreFailure =
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'corrupt' | 'invalid' | 'newer' | 'tooLarge'; message: MessageKey; params: Record<string, string | number> };
export type RestoreOutcome = { ok: true; state: StoredState } | RestoreFailure;

/**
 * Earlier versions, each lifted one step towards the current one, so workbooks saved by an
 * older Factuurcheck keep working. Version 1 had no year checks and no Otherside history;
 * version 2 only adds them, as optional parts.
 */
const migrations: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  1: (old) => ({ ...old, version: 2 }),
};

export function migrate(raw: Record<string, unknown>): { ok: true; value: Record<string, unknown> } | RestoreFailure {
  let state = raw;
  const first = state.version;
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 1) {
    return { ok: false, reason: 'invalid', message: 'state.ignored.invalid', params: { detail: 'version' } };
  }
  if (first > STORED_STATE_VERSION) {
    return { ok: false, reason: 'newer', message: 'state.ignored.newer', params: { version: first } };
  }
  let version = first;
  while (version < STORED_STATE_VERSION) {
    const step = migrations[version];
    if (!step) return { ok: false, reason: 'invalid', message: 'state.ignored.invalid', params: { detail: `version ${version}` } };
    state = step(state);
    // A step that does not move forward would loop for ever on a crafted state.
    if (typeof state.version !== 'number' || state.version <= version) {
      return { ok: false, reason: 'invalid', message: 'state.ignored.invalid', params: { detail: 'version' } };
    }
    version = state.version;
  }
  return { ok: true, value: state };
}

/** Parses saved JSON; never throws, never returns something the schema did not accept. */
export function parseStoredState(json: string | null): RestoreOutcome {
  if (json === null || json.trim() === '') return { ok: false, reason: 'empty' };
  if (json.length > MAX_STORED_STATE_CHARS) {
    return { ok: false, reason: 'tooLarge', message: 'state.ignored.tooLarge', params: { size: `${Math.round(json.length / 1024 / 1024)} MB` } };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'corrupt', message: 'state.ignored.corrupt', params: {} };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'corrupt', message: 'state.ignored.corrupt', params: {} };
  }
  const migrated = migrate(raw as Record<string, unknown>);
  if (!migrated.ok) return migrated;
  const parsed = storedStateV2Schema.safeParse(migrated.value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const detail = first ? first.path.map(String).join('.') || first.code : '?';
    return { ok: false, reason: 'invalid', message: 'state.ignored.invalid', params: { detail } };
  }
  return { ok: true, state: parsed.data as StoredState };
}

export function serializeStoredState(
  settings: Settings,
  exports: StoredState['exports'],
  now = new Date(),
  parts: Pick<StoredState, 'year' | 'xpert'> = {},
): string {
  const state: StoredState = { version: 2, savedAt: now.toISOString(), settings, exports, ...parts };
  return JSON.stringify(state);
}

export { base64ToBytes, bytesToBase64 } from './stored-input';
