/**
 * The period of an invoice line as people write it: 'Q1 2024', 'K1-2024', '2024 Q1',
 * '1e kwartaal 2024', or a bare year for the final settlement. A quarter without a year
 * takes the year of the specification, as the invoice would mean it.
 */
export type PeriodParse = { year: number; quarter: 1 | 2 | 3 | 4 | null } | null;

const PATTERNS: [RegExp, (m: RegExpExecArray) => [string | undefined, string | undefined]][] = [
  [/^(?:q|k|kw\.?|kwartaal)\s*([1-4])(?:\s*[-/ ]\s*|\s+)?((?:19|20)\d\d)?$/i, (m) => [m[2], m[1]]],
  [/^((?:19|20)\d\d)\s*[-/ ]?\s*(?:q|k|kw\.?)\s*([1-4])$/i, (m) => [m[1], m[2]]],
  [/^([1-4])\s*e?\s*kwartaal(?:\s+((?:19|20)\d\d))?$/i, (m) => [m[2], m[1]]],
  [/^((?:19|20)\d\d)$/, (m) => [m[1], undefined]],
];

export function parsePeriodText(text: string, fallbackYear: number | null): PeriodParse {
  const s = text.trim().replace(/\s+/g, ' ');
  for (const [re, pick] of PATTERNS) {
    const m = re.exec(s);
    if (!m) continue;
    const [y, q] = pick(m);
    const year = y ? Number(y) : fallbackYear;
    if (year === null || year < 2000 || year > 2100) return null;
    return { year, quarter: q ? (Number(q) as 1 | 2 | 3 | 4) : null };
  }
  return null;
}
