/**
 * Employers whose name (or code) suggests a test or demo employer. Since 1 October 2021
 * Otherside counts them like any other (seed 000), so the bureau pays for them; we mark
 * them so the user can decide to close them. It is a hint, never a change to the bill.
 *
 * Matching is by word, not by substring, so 'Testa Bouw', 'Testament Notarissen',
 * 'Democratische Partij' and 'Proeftuin Hoveniers' are NOT marked. A word counts when it
 * is a marker word ('Test', 'DEMO', 'dummy'), or a Dutch compound of a marker and a word
 * that names what it is a test of ('Testwerkgever', 'Demobedrijf', 'Oefenomgeving'), or a
 * marker followed by digits ('test2', 'TEST01'). A real company whose name is exactly
 * such a word ('Test B.V.') would be marked: acceptable for a hint the user reviews.
 */

export interface TestEmployerMatch {
  /** The word in the name or code that matched, as written there. */
  word: string;
}

const MARKERS = ['test', 'demo', 'proef', 'oefen', 'voorbeeld', 'dummy', 'fictief', 'sandbox'];

/** The second half of a compound such as 'Testwerkgever': what the test is of. */
const COMPOUND_TAILS = [
  'werkgever', 'werkgevers', 'wg', 'bedrijf', 'bedrijven', 'bv', 'nv', 'omgeving', 'administratie', 'account', 'accounts',
  'klant', 'klanten', 'dossier', 'dossiers', 'salaris', 'salarisadministratie', 'loon', 'loonadministratie', 'payroll',
  'employer', 'company', 'data', 'gegevens', 'organisatie', 'onderneming', 'entiteit', 'vestiging', 'werknemer',
  'werknemers', 'medewerker', 'medewerkers', 'omg', 'env', 'environment', 'case', 'versie', 'run',
];

// Letters only (with accents), so 'TEST01' splits into 'TEST' and '01'.
const WORD = /[\p{L}]+|\d+/gu;

function isMarkerWord(lower: string): boolean {
  return MARKERS.some((m) => lower === m || (lower.startsWith(m) && COMPOUND_TAILS.includes(lower.slice(m.length))));
}

function scan(text: string): TestEmployerMatch | null {
  for (const w of text.match(WORD) ?? []) if (isMarkerWord(w.toLowerCase())) return { word: w };
  return null;
}

export function detectTestEmployer(name: string, code = ''): TestEmployerMatch | null {
  return scan(name) ?? scan(code);
}
