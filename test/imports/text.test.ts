import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeWindows1252 } from '../../src/domain/imports/text';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
const source = { label: 'export.csv' };

function decoded(b: Uint8Array) {
  const r = decodeBytes(b, source);
  if (!r.ok) throw new Error(`expected text, got ${r.error.code}`);
  return r.value;
}

function refused(b: Uint8Array) {
  const r = decodeBytes(b, source);
  if (r.ok) throw new Error(`expected a refusal, got text ${JSON.stringify(r.value.text.slice(0, 40))}`);
  return r.error;
}

describe('decodeBytes: refusals', () => {
  it('refuses an empty file, and a file that is only a BOM or blank lines', () => {
    for (const b of [bytes(), bytes([0xef, 0xbb, 0xbf]), bytes('\r\n\r\n  \n')]) {
      const e = refused(b);
      expect(e.code).toBe('import.empty');
      expect(e.location).toEqual({ file: 'export.csv' });
    }
  });

  it('recognises a PDF, also when junk precedes the header', () => {
    expect(refused(bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj')).code).toBe('import.pdf');
    expect(refused(bytes('\r\n\r\n   %PDF-1.4\n')).code).toBe('import.pdf');
  });

  it('recognises an .xlsx (ZIP) and an old .xls (OLE2)', () => {
    expect(refused(bytes('PK', [3, 4, 20, 0, 6, 0], '[Content_Types].xml')).code).toBe('import.zip');
    expect(refused(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0])).code).toBe('import.xls');
  });

  it('refuses NUL bytes and binary noise', () => {
    expect(refused(bytes('Werkgever;Naam\r\n', [0], '123;x')).code).toBe('import.binary');
    // A fixed pseudo-random byte stream (LCG), as an image or archive would look.
    const noise = new Uint8Array(4096);
    let x = 12345;
    for (let i = 0; i < noise.length; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      noise[i] = x >>> 24;
    }
    expect(refused(noise).code).toBe('import.binary');
  });

  it('gives Dutch and English texts that name the file', () => {
    const e = refused(bytes('%PDF-1.7'));
    expect(e.nl).toMatch(/^export\.csv: .*PDF.*CSV/);
    expect(e.en).toMatch(/^export\.csv: .*PDF.*CSV/);
  });
});

describe('decodeBytes: encodings', () => {
  it('reads plain UTF-8 and UTF-8 with a BOM', () => {
    const utf8 = new TextEncoder().encode('Café;Müller €');
    expect(decoded(utf8)).toEqual({ text: 'Café;Müller €', encoding: 'utf-8' });
    expect(decoded(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: 'Café;Müller €', encoding: 'utf-8-bom' });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    // 'Café De Gouden Leeuw;€ 5' in Windows-1252: é = E9, € = 80.
    const b = bytes('Caf', [0xe9], ' De Gouden Leeuw;', [0x80], ' 5');
    expect(decoded(b)).toEqual({ text: 'Café De Gouden Leeuw;€ 5', encoding: 'windows-1252' });
  });

  it('maps all of 0x80–0x9F as Windows-1252 does (undefined bytes to C1 controls, as WHATWG)', () => {
    const expected = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
    const all = new Uint8Array(32).map((_, i) => 0x80 + i);
    expect(decodeWindows1252(all)).toBe(expected);
    expect(decodeWindows1252(new Uint8Array([0x41, 0xa0, 0xff]))).toBe('A\u00a0ÿ');
  });

  it('reads UTF-16 with a BOM, little- and big-endian', () => {
    const text = 'Nr;Naam\r\n000123;Hélène €';
    const le = new Uint8Array(2 + text.length * 2);
    const be = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      le[2 + 2 * i] = c & 0xff;
      le[3 + 2 * i] = c >> 8;
      be[2 + 2 * i] = c >> 8;
      be[3 + 2 * i] = c & 0xff;
    }
    expect(decoded(le)).toEqual({ text, encoding: 'utf-16le' });
    expect(decoded(be)).toEqual({ text, encoding: 'utf-16be' });
  });

  it('recognises UTF-16LE without a BOM by its zero bytes', () => {
    const text = 'Werkgeversnummer;Naam\r\n000123;Jansen\r\n';
    const b = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) b[2 * i] = text.charCodeAt(i);
    expect(decoded(b)).toEqual({ text, encoding: 'utf-16le' });
  });

  it('warns when a UTF-8 BOM file has invalid bytes, and shows them as U+FFFD', () => {
    const r = decodeBytes(bytes([0xef, 0xbb, 0xbf], 'Caf', [0xe9], ';1'), source);
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.text).toBe('Caf\ufffd;1');
    expect(r.warnings.map((w) => [w.code, w.location])).toEqual([['import.invalidUtf8', { file: 'export.csv' }]]);
  });

  it('warns when UTF-16 has an odd number of bytes', () => {
    const r = decodeBytes(new Uint8Array([0xff, 0xfe, 0x41, 0, 0x42]));
    expect(r.ok && r.value.text).toBe('A\ufffd');
    expect(r.warnings.map((w) => w.code)).toEqual(['import.truncatedUtf16']);
  });

  it('reads each line of a file mixing UTF-8 and Windows-1252 in its own set, and warns', () => {
    const utf8 = [...new TextEncoder().encode('000101;Café\r\n')];
    // Line 2 in Windows-1252: é = E9, ü = FC.
    const b = bytes(utf8, '000102;Eetcaf', [0xe9], ' M', [0xfc], 'ller\r\n', [...new TextEncoder().encode('000103;Müller')]);
    const r = decodeBytes(b, source);
    expect(r.ok && r.value).toEqual({ text: '000101;Café\r\n000102;Eetcafé Müller\r\n000103;Müller', encoding: 'windows-1252' });
    expect(r.warnings.map((w) => [w.code, w.params, w.location])).toEqual([
      ['import.mixedEncoding', { utf8Line: 1, cp1252Line: 2 }, { file: 'export.csv' }],
    ]);
  });

  it('does not warn about a plain Windows-1252 file', () => {
    expect(decodeBytes(bytes('Caf', [0xe9], '\r\nM', [0xfc], 'ller')).warnings).toEqual([]);
  });

  it('drops a DOS end-of-file marker (Ctrl-Z)', () => {
    expect(decoded(bytes('a;b\r\n', [0x1a])).text).toBe('a;b\r\n');
  });
});
