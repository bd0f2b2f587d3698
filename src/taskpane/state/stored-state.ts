/**
 * What the pane keeps in the workbook (through host.saveState) so that reopening the
 * workbook restores the user's choices and imports.
 *
 * Since version 3 that is what the pane needs to rebuild its view, not the files: per
 * export the columns per employer the engine uses (stored-dossiers.ts), per signing report
 * its counts per employer (year-stored.ts), the Otherside monthly history, the settings and
 * what the user typed. Versions 1 and 2 kept the input itself (file bytes, pasted text,
 * selected cells); such a state still loads: its inputs go through the importer again, and
 * the next save keeps only what version 3 keeps. state-codec.ts packs the JSON.
 *
 * Anyone can edit a workbook, so everything read back is validated here and anything odd
 * is dropped with a warning, never trusted.
 */
import '../../domain/zod-config';
import { discriminatedUnion, literal, maxLength, nullable, optional, strictObject, string, type output } from 'zod/mini';
import { settingsSchema, type Settings } from '../../domain/settings';
import type { DossierImportOptions, SourceInfo } from '../../domain/imports/types';
import type { MessageKey } from '../i18n/catalogue';
import { yearStoredSchema, type YearStored } from '../year/year-stored';
import { xpertStoredSchema, type XpertStored } from '../xpert/xpert-stored';
import { dossierOptionsSchema, storedDossiersSchema, type StoredDossiers } from './stored-dossiers';
import { storedInputSchema, storedSourceSchema } from './stored-input';

export const STORED_STATE_VERSION = 3;
/** Past this the state is not read at all: a bigger one was not written by us. */
export const MAX_STORED_STATE_CHARS = 48 * 1024 * 1024;

export type StoredInput = output<typeof storedInputSchema>;

/** An export as versions 1 and 2 kept it: the input, to be imported again. */
export interface StoredInputExport {
  kind: 'input';
  source: SourceInfo;
  input: StoredInput;
  options: DossierImportOptions;
}

export type StoredExport = StoredDossiers | StoredInputExport;

export interface StoredState {
  version: 3;
  savedAt: string;
  settings: Settings;
  exports: { current: StoredExport | null; previous: StoredExport | null };
  year?: YearStored;
  xpert?: XpertStored;
}

const storedInputExport = strictObject({ kind: literal('input'), source: storedSourceSchema, input: storedInputSchema, options: dossierOptionsSchema });
const storedExport = discriminatedUnion('kind', [storedDossiersSchema, storedInputExport]);

export const storedStateSchema = strictObject({
  version: literal(3),
  savedAt: string().check(maxLength(40)),
  settings: settingsSchema,
  exports: strictObject({ current: nullable(storedExport), previous: nullable(storedExport) }),
  year: optional(yearStoredSchema),
  xpert: optional(xpertStoredSchema),
});

export type RestoreFailure =
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'corrupt' | 'invalid' | 'newer' | 'tooLarge'; message: MessageKey; params: Record<string, string | number> };
export type RestoreOutcome = { ok: true; state: StoredState } | RestoreFailure;

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
/** An input export of version 1 or 2 ({ source, input, options }) as version 3 names it. */
const tagInput = (e: unknown) => (isObject(e) ? { kind: 'input', ...e } : e);

/**
 * Earlier versions, each lifted one step towards the current one, so workbooks saved by an
 * older Factuurcheck keep working. Version 1 had no year checks and no Otherside history;
 * version 2 only adds them, as optional parts; version 3 tells kept inputs from parsed
 * imports by a `kind`, so the inputs of version 2 are tagged as such.
 */
const migrations: Record<number, (old: Raw) => Raw> = {
  1: (old) => ({ ...old, version: 2 }),
  2: (old) => {
    const exports = isObject(old.exports) ? { ...old.exports, current: tagInput(old.exports.current), previous: tagInput(old.exports.previous) } : old.exports;
    const year = isObject(old.year) && Array.isArray(old.year.signing) ? { ...old.year, signing: old.year.signing.map(tagInput) } : old.year;
    return { ...old, version: 3, exports, ...(year === undefined ? {} : { year }) };
  },
};

export function migrate(raw: Raw): { ok: true; value: Raw } | RestoreFailure {
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
  if (!isObject(raw)) return { ok: false, reason: 'corrupt', message: 'state.ignored.corrupt', params: {} };
  const migrated = migrate(raw);
  if (!migrated.ok) return migrated;
  const parsed = storedStateSchema.safeParse(migrated.value);
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
  const state: StoredState = { version: 3, savedAt: now.toISOString(), settings, exports, ...parts };
  return JSON.stringify(state);
}
