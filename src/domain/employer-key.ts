/**
 * How employers from different exports are matched: by number, with leading zeros
 * dropped (a range taken from Excel may have lost them), surrounding spaces ignored and
 * letters compared without case. Written out by hand because it runs for every row of
 * every export (100 000 on a big bureau).
 */
export function employerKey(n: string): string {
  let start = 0;
  let end = n.length;
  while (start < end && n.charCodeAt(start) <= 32) start++;
  while (end > start && n.charCodeAt(end - 1) <= 32) end--;
  while (start < end - 1 && n.charCodeAt(start) === 48 /* 0 */ && isDigit(n.charCodeAt(start + 1))) start++;
  const key = start === 0 && end === n.length ? n : n.slice(start, end);
  for (let i = 0; i < key.length; i++) if (!isDigit(key.charCodeAt(i))) return key.toLowerCase();
  return key;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
