/**
 * What the add-in keeps in the workbook, as custom XML parts (CustomXmlPartCollection,
 * ExcelApi 1.5). The text to keep comes from the pane already compressed (state-codec.ts);
 * here it is split into parts of at most 1 MB, each added in a request of its own and read
 * back in a response of its own, because Excel on the web refuses any request or response
 * over 5 MB ("Resource limits and performance optimization for Office Add-ins") and a
 * custom XML part travels whole in both.
 *
 * A save is crash-safe: its parts carry one save id and their number ("part 2 of 3"); the
 * new parts are added first and the parts of earlier saves deleted last, so an interrupted
 * save leaves the previous one readable, and a load takes the newest complete save.
 * Workbooks saved before this format kept one part in the namespace of LEGACY_NAMESPACE;
 * it is still read, and removed by the next save.
 */
import { error, fail, ok, type Result } from '../domain/problems';
import { base64FromBytes, bytesFromBase64 } from '../host/base64';
import type { XlRequestContext } from './api';

export const STATE_NAMESPACE = 'urn:factuurcheck:state:v2';
export const LEGACY_NAMESPACE = 'urn:factuurcheck:state:v1';
/** Bytes of XML per part, and so per request and per response: far under the 5 MB limit. */
export const MAX_PART_BYTES = 1_000_000;

export interface StatePart {
  save: string;
  saved: string;
  part: number;
  of: number;
  text: string;
}

/** Characters XML 1.0 does not allow even escaped; a text holding one is stored as base64. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescapeXml = (s: string) =>
  s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (e[0] !== '#') return named[e.toLowerCase()]!;
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });

const utf8 = new TextEncoder();
const bytesOf = (s: string) => utf8.encode(s).length;

const toBase64 = (text: string) => base64FromBytes(utf8.encode(text));
const fromBase64 = (b64: string) => new TextDecoder('utf-8', { fatal: true }).decode(bytesFromBase64(b64));

function partXml(p: StatePart, enc: 'text' | 'base64', body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><state xmlns="${STATE_NAMESPACE}" saved="${escapeXml(p.saved)}" save="${escapeXml(p.save)}" part="${p.part}" of="${p.of}" enc="${enc}">${body}</state>`;
}

/** Splits `text` into the XML of parts of at most `maxBytes` each (never inside an escape or a character). */
export function stateParts(text: string, save: string, saved: Date, maxBytes = MAX_PART_BYTES): string[] {
  const enc = NOT_XML.test(text) ? 'base64' : 'text';
  const body = enc === 'base64' ? toBase64(text) : escapeXml(text);
  const envelope = bytesOf(partXml({ save, saved: saved.toISOString(), part: 99_999, of: 99_999, text: '' }, enc, ''));
  const room = maxBytes - envelope;
  if (room < 64) throw new Error(`state part of ${maxBytes} bytes has no room for text`);
  const pieces: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < body.length; ) {
    const c = body.charCodeAt(i);
    // One unit: a whole escape ('&amp;'), a surrogate pair, or one character.
    const len = c === 0x26 ? body.indexOf(';', i) - i + 1 : c >= 0xd800 && c < 0xdc00 ? 2 : 1;
    const b = c < 0x80 ? len : c < 0x800 ? 2 : len === 2 ? 4 : 3;
    if (bytes + b > room) {
      pieces.push(body.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += b;
    i += len;
  }
  pieces.push(body.slice(start));
  const savedAt = saved.toISOString();
  return pieces.map((piece, k) => partXml({ save, saved: savedAt, part: k + 1, of: pieces.length, text: '' }, enc, piece));
}

const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

/** One of our parts read back; tolerant of a namespace prefix or CDATA, in case Excel rewrote it. Null when it is not one. */
export function parseStatePart(xml: string): (StatePart & { enc: string }) | null {
  const m = /<(?:[\w.-]+:)?state\b([^>]*)>([\s\S]*?)<\/(?:[\w.-]+:)?state\s*>/.exec(xml);
  if (!m) return null;
  const attrs = m[1]!;
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(m[2]!);
  const raw = cdata ? cdata[1]! : unescapeXml(m[2]!);
  const part = Number(attr(attrs, 'part') ?? 1);
  const of = Number(attr(attrs, 'of') ?? 1);
  if (!Number.isInteger(part) || !Number.isInteger(of) || part < 1 || part > of) return null;
  const enc = attr(attrs, 'enc') ?? 'text';
  return { save: unescapeXml(attr(attrs, 'save') ?? ''), saved: unescapeXml(attr(attrs, 'saved') ?? ''), part, of, text: raw, enc };
}

/**
 * The newest save whose parts are all there, as text; null when there is none at all.
 * Parts of an interrupted save are passed over.
 */
export function joinStateParts(parts: (StatePart & { enc: string })[]): Result<string | null> {
  if (parts.length === 0) return ok(null);
  const saves = new Map<string, (StatePart & { enc: string })[]>();
  for (const p of parts) saves.set(p.save, [...(saves.get(p.save) ?? []), p]);
  const complete = [...saves.values()]
    .map((list) => list.sort((a, b) => a.part - b.part))
    .filter((list) => list.length === list[0]!.of && list.every((p, i) => p.part === i + 1 && p.of === list[0]!.of && p.enc === list[0]!.enc));
  complete.sort((a, b) => (a[0]!.saved < b[0]!.saved ? 1 : a[0]!.saved > b[0]!.saved ? -1 : 0));
  const newest = complete[0];
  if (!newest) return fail(error('office.stateUnreadable', { detail: `${parts.length} part(s), no complete save` }));
  const body = newest.map((p) => p.text).join('');
  try {
    return ok(newest[0]!.enc === 'base64' ? fromBase64(body) : body);
  } catch (e) {
    return fail(error('office.stateUnreadable', { detail: e instanceof Error ? e.message : String(e) }));
  }
}

// ── Requests ─────────────────────────────────────────────────────────────────────────────

/** Queues the listing of our parts (both namespaces); the ids are there after the next sync. */
function queueList(ctx: XlRequestContext) {
  const lists = [STATE_NAMESPACE, LEGACY_NAMESPACE].map((ns) => ctx.workbook.customXmlParts.getByNamespace(ns));
  for (const l of lists) l.load('items/id');
  return () => lists.flatMap((l) => l.items);
}

/** Reads our parts, one per response, and returns the newest complete save. */
export async function loadStateParts(ctx: XlRequestContext): Promise<Result<string | null>> {
  const list = queueList(ctx);
  await ctx.sync();
  const items = list();
  const parts: (StatePart & { enc: string })[] = [];
  let unreadable = 0;
  for (const item of items) {
    // One part per request: each response stays near 1 MB, however many parts there are.
    const xml = item.getXml();
    await ctx.sync();
    const p = parseStatePart(xml.value);
    if (p) parts.push(p);
    else unreadable++;
  }
  if (parts.length === 0 && unreadable > 0) return fail(error('office.stateUnreadable', { detail: `no <state> element in ${unreadable} part(s)` }));
  return joinStateParts(parts);
}

/** Adds the new parts, one per request, then deletes every part of ours that was there before. */
export async function saveStateParts(ctx: XlRequestContext, text: string, save: string, saved: Date): Promise<Result<void>> {
  // The listing goes first in the first request, so it sees only what was there before this save.
  const list = queueList(ctx);
  for (const xml of stateParts(text, save, saved)) {
    ctx.workbook.customXmlParts.add(xml);
    await ctx.sync();
  }
  // Only now, with the new save complete, do the old ones go.
  const old = list();
  for (const p of old) p.delete();
  if (old.length) await ctx.sync();
  return ok(undefined);
}

/** Deletes every part of ours: the workbook then keeps nothing of Factuurcheck's but the sheets it made. */
export async function clearStateParts(ctx: XlRequestContext): Promise<Result<void>> {
  const list = queueList(ctx);
  await ctx.sync();
  const old = list();
  for (const p of old) p.delete();
  if (old.length) await ctx.sync();
  return ok(undefined);
}
