/**
 * The pseudo-locale: every catalogue text accented, padded by a third (Dutch and German
 * run longer than English) and bracketed. Text on screen without brackets did not come
 * from the catalogue, so it is untranslated; text cut off inside the brackets will be
 * cut off in a longer language too.
 */
const ACCENTS: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'đ', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ĺ', m: 'ɱ',
  n: 'ñ', o: 'ó', p: 'þ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ú', w: 'ŵ', y: 'ý', z: 'ž',
  A: 'Á', C: 'Ç', D: 'Đ', E: 'É', G: 'Ĝ', I: 'Í', L: 'Ĺ', N: 'Ñ', O: 'Ó', S: 'Š', U: 'Ú', Y: 'Ý', Z: 'Ž',
};

export function pseudoLocalize(text: string): string {
  // Placeholders stay intact so parameters still fill in.
  const parts = text.split(/(\{\w+\})/);
  const accented = parts.map((part) => (/^\{\w+\}$/.test(part) ? part : [...part].map((ch) => ACCENTS[ch] ?? ch).join(''))).join('');
  const pad = '·'.repeat(Math.ceil(text.length / 3));
  return `[${accented}${pad ? ' ' + pad : ''}]`;
}
