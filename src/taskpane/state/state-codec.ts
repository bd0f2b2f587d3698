/**
 * The stored state as compact text: gzip, then base64, behind a marker ('fcz1:'). Two
 * 50,000-employer exports are about 5 MB of JSON and a fraction of that gzipped, so the
 * workbook carries less and fewer parts (office/state-parts.ts splits what is left into
 * parts of 1 MB).
 *
 * Gzip comes from the platform's CompressionStream where there is one (Chromium 80 and
 * Edge WebView2, Safari 16.4 and later, Node 18 and later); otherwise from fflate, loaded only
 * then. Either side reads what the other wrote: both are plain gzip. Text without the
 * marker is the JSON of an older Factuurcheck and is passed through as it is.
 */
import { base64FromBytes, bytesFromBase64 } from '../../host/base64';

export const GZIP_MARKER = 'fcz1:';

/** Past this the text is not unpacked: a state of ours is a few MB, a bigger one is not ours (or a zip bomb). */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

/** How to gzip; tests pass `null` to take the fallback. `decompress` stops past `max` bytes. */
export interface Gzip {
  compress(bytes: Uint8Array): Promise<Uint8Array>;
  decompress(bytes: Uint8Array, max: number): Promise<Uint8Array>;
}

const tooLarge = (max: number) => new Error(`the stored state unpacks to more than ${max} bytes`);

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

async function through(bytes: Uint8Array, stream: GenericTransformStream, max = Infinity): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream as TransformStream<Uint8Array, Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return concat(chunks, total);
    total += value.length;
    if (total > max) {
      await reader.cancel();
      throw tooLarge(max);
    }
    chunks.push(value);
  }
}

/** The platform's streams, or null where the page has none. */
export function platformGzip(): Gzip | null {
  const g = globalThis as { CompressionStream?: typeof CompressionStream; DecompressionStream?: typeof DecompressionStream };
  if (typeof g.CompressionStream !== 'function' || typeof g.DecompressionStream !== 'function') return null;
  return {
    compress: (bytes) => through(bytes, new g.CompressionStream!('gzip')),
    decompress: (bytes, max) => through(bytes, new g.DecompressionStream!('gzip'), max),
  };
}

/** fflate's gzip, for a page without CompressionStream. */
async function fallbackGzip(): Promise<Gzip> {
  const { gzipSync, Gunzip } = await import(/* webpackChunkName: "gzip-fallback" */ 'fflate');
  return {
    compress: async (b) => gzipSync(b),
    decompress: async (b, max) => {
      const chunks: Uint8Array[] = [];
      let total = 0;
      const gunzip = new Gunzip((chunk) => {
        total += chunk.length;
        if (total > max) throw tooLarge(max);
        chunks.push(chunk);
      });
      gunzip.push(b, true);
      return concat(chunks, total);
    },
  };
}

const gzipOf = async (given: Gzip | null | undefined) => (given === undefined ? platformGzip() : given) ?? (await fallbackGzip());

export async function encodeState(json: string, gzip?: Gzip | null): Promise<string> {
  const packed = await (await gzipOf(gzip)).compress(new TextEncoder().encode(json));
  return GZIP_MARKER + base64FromBytes(packed);
}

/** The JSON inside; throws on a damaged or oversized text (the caller reports it as an unreadable state). */
export async function decodeState(text: string, gzip?: Gzip | null): Promise<string> {
  if (!text.startsWith(GZIP_MARKER)) return text;
  const bytes = await (await gzipOf(gzip)).decompress(bytesFromBase64(text.slice(GZIP_MARKER.length)), MAX_UNPACKED_BYTES);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
