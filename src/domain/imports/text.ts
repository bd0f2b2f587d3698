/**
 * Bytes → text. Loket does not document its CSV encoding, so we trust a BOM, else
 * strict UTF-8, else Windows-1252 (what Excel on a Dutch Windows writes as "CSV"),
 * line by line when a file mixes the two.
 * Files that are not text at all (an .xlsx, an old .xls) are refused with a message that
 * tells the user what to export instead. A PDF never gets here from a file picker or the
 * CLI (src/readers/upload.ts reads it first); handed in as bytes, it is refused too.
 */
import { error, fail, ok, warning, type Location, type Problem, type Result } from '../problems';
import type { SourceInfo } from './types';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F. We map it ourselves: Node 20's
 * TextDecoder('windows-1252') silently drops those bytes (€, ‘, ’, …), corrupting names.
 * The five undefined bytes map to the C1 code points, as the WHATWG decoder does.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
] as const;

/** Fails on the first invalid sequence, which is how we tell UTF-8 from Windows-1252. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
/** Native and about five times faster than String.fromCharCode in chunks; every runtime has it. */
const utf16le = new TextDecoder('utf-16le', { ignoreBOM: true });
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function decodeBytes(bytes: Uint8Array, source?: SourceInfo): Result<DecodedText> {
  const loc: Location | undefined = source?.label ? { file: source.label } : undefined;
  if (bytes.length === 0) return fail(error('import.empty', {}, loc));
  const kind = binaryKind(bytes);
  if (kind) return fail(error(kind, {}, loc));

  const warnings: Problem[] = [];
  let decoded: DecodedText;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    const strict = tryStrictUtf8(body);
    if (strict === null) warnings.push(warning('import.invalidUtf8', {}, loc));
    decoded = { text: strict ?? lenientUtf8.decode(body), encoding: 'utf-8-bom' };
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    decoded = { text: decodeUtf16(bytes.subarray(2), true, warnings, loc), encoding: 'utf-16le' };
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    decoded = { text: decodeUtf16(bytes.subarray(2), false, warnings, loc), encoding: 'utf-16be' };
  } else {
    const bomless = bomlessUtf16(bytes);
    if (bomless) {
      decoded = { text: decodeUtf16(bytes, bomless === 'utf-16le', warnings, loc), encoding: bomless };
    } else {
      const strict = tryStrictUtf8(bytes);
      if (strict !== null) decoded = { text: strict, encoding: 'utf-8' };
      else {
        const mixed = decodeMixed(bytes);
        if (mixed) warnings.push(warning('import.mixedEncoding', { utf8Line: mixed.utf8Line, cp1252Line: mixed.cp1252Line }, loc));
        decoded = { text: mixed?.text ?? decodeWindows1252(bytes), encoding: 'windows-1252' };
      }
    }
  }

  // Old DOS tools end a file with Ctrl-Z; it is not data.
  let end = decoded.text.length;
  while (end > 0 && decoded.text.charCodeAt(end - 1) === 0x1a) end--;
  const text = end === decoded.text.length ? decoded.text : decoded.text.slice(0, end);
  if (looksBinary(text)) return fail(error('import.binary', {}, loc), warnings);
  if (text.trim() === '') return fail(error('import.empty', {}, loc), warnings);
  return ok({ text, encoding: decoded.encoding }, warnings);
}

/** Recognises the files a user most often picks by mistake, by their magic bytes. */
function binaryKind(b: Uint8Array): 'import.pdf' | 'import.zip' | 'import.xls' | null {
  if (b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5 || b[2] === 7)) return 'import.zip';
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (ole.every((v, i) => b[i] === v)) return 'import.xls';
  return isPdf(b) ? 'import.pdf' : null;
}

/** '%PDF', which the PDF spec lets sit anywhere in the first 1024 bytes. */
export function isPdf(b: Uint8Array): boolean {
  const head = Math.min(b.length - 4, 1024);
  for (let i = 0; i <= head; i++) {
    if (b[i] === 0x25 && b[i + 1] === 0x50 && b[i + 2] === 0x44 && b[i + 3] === 0x46) return true;
  }
  return false;
}

function tryStrictUtf8(b: Uint8Array): string | null {
  try {
    return strictUtf8.decode(b);
  } catch {
    return null;
  }
}

/**
 * "Unicode text" from some tools is UTF-16 without a BOM: every other byte is 0 for
 * Latin text. Only a clear pattern counts, so a binary file with NULs is not mistaken.
 */
function bomlessUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.9 && evenZero === 0) return 'utf-16le';
  if (evenZero > pairs * 0.9 && oddZero === 0) return 'utf-16be';
  return null;
}

function decodeUtf16(b: Uint8Array, le: boolean, warnings: Problem[], loc: Location | undefined): string {
  const even = b.subarray(0, b.length & ~1);
  let bytes = even;
  if (!le) {
    bytes = new Uint8Array(even.length);
    for (let i = 0; i < even.length; i += 2) {
      bytes[i] = even[i + 1]!;
      bytes[i + 1] = even[i]!;
    }
  }
  let text = utf16le.decode(bytes);
  if (b.length % 2 === 1) {
    warnings.push(warning('import.truncatedUtf16', {}, loc));
    text += '\ufffd';
  }
  return text;
}

/**
 * A file glued together from a UTF-8 and a Windows-1252 export (or edited in two
 * editors) is not valid UTF-8 as a whole, yet read as Windows-1252 its UTF-8 lines turn
 * 'Café' into 'CafÃ©'. Each line is then read in the set it is valid in. Returns null
 * when no line holds UTF-8 beyond ASCII, the usual case.
 */
function decodeMixed(b: Uint8Array): { text: string; utf8Line: number; cp1252Line: number } | null {
  let found = false;
  eachHighByte(b, (k) => (found = sequenceAt(b, k, b.length) > 0));
  if (!found) return null;
  const kinds: Utf8Kind[] = [];
  let utf8Line = 0;
  let cp1252Line = 0;
  for (let start = 0, line = 1; start <= b.length; line++) {
    let end = b.indexOf(10, start);
    if (end === -1) end = b.length;
    const kind = utf8Kind(b, start, end);
    kinds.push(kind);
    if (kind === 'utf8' && !utf8Line) utf8Line = line;
    if (kind === 'invalid' && !cp1252Line) cp1252Line = line;
    start = end + 1;
  }
  if (!utf8Line) return null;
  const parts: string[] = [];
  for (let start = 0, i = 0; start <= b.length; i++) {
    let end = b.indexOf(10, start);
    if (end === -1) end = b.length;
    const sub = b.subarray(start, end);
    parts.push(kinds[i] === 'invalid' ? decodeWindows1252(sub) : lenientUtf8.decode(sub));
    start = end + 1;
  }
  return { text: parts.join('\n'), utf8Line, cp1252Line };
}

type Utf8Kind = 'ascii' | 'utf8' | 'invalid';

/** Classifies b[from, to) by the UTF-8 rules. */
function utf8Kind(b: Uint8Array, from: number, to: number): Utf8Kind {
  let multi = false;
  for (let i = from; i < to; i++) {
    if (b[i]! < 0x80) continue;
    const n = sequenceAt(b, i, to);
    if (n === 0) return 'invalid';
    i += n - 1;
    multi = true;
  }
  return multi ? 'utf8' : 'ascii';
}

/** Length of the valid UTF-8 multi-byte sequence at b[i] (RFC 3629: no overlongs, no surrogates), else 0. */
function sequenceAt(b: Uint8Array, i: number, to: number): number {
  const c = b[i]!;
  let n: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) n = 2;
  else if (c >= 0xe0 && c <= 0xef) {
    n = 3;
    if (c === 0xe0) lo = 0xa0;
    if (c === 0xed) hi = 0x9f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    n = 4;
    if (c === 0xf0) lo = 0x90;
    if (c === 0xf4) hi = 0x8f;
  } else return 0;
  if (i + n > to) return 0;
  const second = b[i + 1]!;
  if (second < lo || second > hi) return 0;
  for (let k = 2; k < n; k++) {
    const x = b[i + k]!;
    if (x < 0x80 || x > 0xbf) return 0;
  }
  return n;
}

/**
 * Calls `visit` for each byte ≥ 0x80 until it returns true. ASCII is skipped four bytes
 * at a time, so a large mostly-ASCII file costs a quarter of the steps.
 */
function eachHighByte(b: Uint8Array, visit: (k: number) => boolean | void): void {
  const n = b.length;
  let i = 0;
  for (; i < n && (b.byteOffset + i) % 4 !== 0; i++) if (b[i]! >= 0x80 && visit(i)) return;
  const words = new Uint32Array(b.buffer, b.byteOffset + i, (n - i) >> 2);
  for (let w = 0; w < words.length; w++) {
    if (!(words[w]! & 0x80808080)) continue;
    for (let k = i + 4 * w, end = k + 4; k < end; k++) if (b[k]! >= 0x80 && visit(k)) return;
  }
  for (i += words.length * 4; i < n; i++) if (b[i]! >= 0x80 && visit(i)) return;
}

export function decodeWindows1252(b: Uint8Array): string {
  const units = new Uint16Array(b.length);
  units.set(b);
  // Only 0x80–0x9F differ from Latin-1.
  eachHighByte(b, (k) => {
    const v = b[k]!;
    if (v <= 0x9f) units[k] = CP1252_HIGH[v - 0x80]!;
  });
  if (littleEndian) return utf16le.decode(units);
  // fromCharCode in chunks: one call per unit is slow, one call for all overflows the stack.
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += 0x4000) {
    parts.push(String.fromCharCode.apply(null, units.subarray(i, i + 0x4000) as unknown as number[]));
  }
  return parts.join('');
}

/**
 * Text never holds NUL, and holds few other control characters. Checking the head is
 * enough to reject images and archives; a NUL anywhere means the tail is binary.
 */
function looksBinary(text: string): boolean {
  if (text.indexOf('\0') !== -1) return true;
  const n = Math.min(text.length, 65536);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f || c === 0xfffd) controls++;
  }
  return controls > Math.max(8, n / 100);
}
