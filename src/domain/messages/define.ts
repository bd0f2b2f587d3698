import type { MessageEntry, MessageParams } from '../messages';

/** Keeps each area's catalogue typed without importing the merged one (no cycles at runtime). */
export const defineMessages = <K extends string>(m: Record<K, MessageEntry>) => m;

/** Reads a parameter as text; a missing parameter shows as '?' rather than 'undefined'. */
export const p = (params: MessageParams, key: string): string => {
  const v = params[key];
  return v === undefined ? '?' : String(v);
};
