/**
 * How the pane stores what the user gave it (a file's bytes, pasted text or selected
 * cells) and where it came from. Shared by every stored import (exports, signing), so
 * all are validated by one schema when a workbook is reopened, and all are turned into
 * their stored form (and back) by the same two functions.
 */
import { z } from 'zod';
import type { ImportInput } from '../imports/import-kinds';

export const storedSourceSchema = z
  .object({
    label: z.string().max(500),
    fileName: z.string().max(500).optional(),
    gridOrigin: z.object({ row: z.number().int().min(1).max(1_048_576), column: z.number().int().min(0).max(16_383) }).strict().optional(),
  })
  .strict();

export const storedInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('bytes'), base64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/) }).strict(),
  z.object({ kind: z.literal('text'), text: z.string() }).strict(),
  z.object({ kind: z.literal('grid'), grid: z.array(z.array(z.string())) }).strict(),
]);

export type StoredInputValue = z.infer<typeof storedInputSchema>;

/** Base64 without btoa's 'string too long' trouble on big files. */
export function bytesToBase64(bytes: Uint8Array): string {
  let s = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) s += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(s);
}

export function base64ToBytes(b64: string): Uint8Array {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

// A file's base64 is made once, not on every save.
const base64Cache = new WeakMap<Uint8Array, string>();

/** What the user gave, as it is stored: bytes as base64, text and cells as they are. */
export function storedInputOf(input: ImportInput): StoredInputValue {
  if ('bytes' in input) {
    let b64 = base64Cache.get(input.bytes);
    if (b64 === undefined) {
      b64 = bytesToBase64(input.bytes);
      base64Cache.set(input.bytes, b64);
    }
    return { kind: 'bytes', base64: b64 };
  }
  return 'text' in input ? { kind: 'text', text: input.text } : { kind: 'grid', grid: input.grid };
}

export function inputOfStored(s: StoredInputValue): ImportInput {
  return s.kind === 'bytes' ? { bytes: base64ToBytes(s.base64) } : s.kind === 'text' ? { text: s.text } : { grid: s.grid };
}
