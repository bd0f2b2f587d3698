/**
 * Excel's sheet-name rules, applied before anything is written: at most 31 characters,
 * none of / \ ? * : [ ], no leading or trailing apostrophe, not 'History', and unique
 * regardless of case.
 */
const MAX = 31;
const FORBIDDEN = /[/\\?*:[\]]/g;

/** Makes a valid sheet name from any text (an employer's name, say). */
export function sanitizeSheetName(raw: string, fallback = 'Blad'): string {
  let s = raw
    .replace(FORBIDDEN, ' ')
    // Control characters and bidi marks make names unreadable in the tab bar.
    .replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
  if (s.length > MAX) s = s.slice(0, MAX).trim().replace(/'+$/, '');
  if (s === '' || s.toLowerCase() === 'history') s = fallback;
  return s;
}

/**
 * Returns `wanted` or, when taken (case-insensitively), 'wanted (2)', 'wanted (3)', …,
 * shortened so the suffix fits in 31 characters.
 */
export function nextFreeSheetName(wanted: string, taken: Iterable<string>): string {
  return freeSheetName(wanted, new Set([...taken].map((n) => n.toLowerCase())));
}

/** nextFreeSheetName against names kept lower-cased in a set, for callers that name thousands of sheets in a row. */
export function freeSheetName(wanted: string, used: ReadonlySet<string>): string {
  const base = sanitizeSheetName(wanted);
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, MAX - suffix.length).trimEnd() + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

export function isValidSheetName(name: string): boolean {
  return sanitizeSheetName(name) === name;
}
