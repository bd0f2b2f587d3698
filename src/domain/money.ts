/**
 * Money is integer cents. Prices per unit may have sub-cent precision (an invoice
 * can say € 9,8550 per dossier), so unit prices are integers in 1/10 000 euro ("E4").
 * Every rounding is half up (away from zero), done once, on integers, so results are
 * exact and the same on every machine.
 *
 * The supported range is up to € 1 miljard excl. VAT (MAX_AMOUNT_CENTS). Within it every
 * product the engine forms in plain numbers (count × unit price, amount × VAT rate,
 * quarter × year amount) stays below 2^53; the one product that does not, a total times
 * the weights it is split by, is formed in BigInt (allocateLargestRemainder). An amount
 * beyond the range is refused with its own message (billing.beyondRange), never rounded.
 */

export type Cents = number;
/** A unit price in 1/10 000 euro: € 9,85 is 98 500. */
export type PriceE4 = number;
/** A percentage in basis points: 21 % is 2 100. */
export type BasisPoints = number;

/** € 1 000 000 000,00: the largest amount excl. VAT computed to the cent. */
export const MAX_AMOUNT_CENTS = 100_000_000_000;

/** n / d rounded half away from zero; d > 0; all integers. */
export function divRoundHalfUp(n: number, d: number): number {
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d) || d <= 0) {
    throw new RangeError(`divRoundHalfUp(${n}, ${d}) needs safe integers and d > 0`);
  }
  const sign = n < 0 ? -1 : 1;
  const a = Math.abs(n);
  const q = Math.floor(a / d);
  const r = a - q * d;
  return sign * (2 * r >= d ? q + 1 : q);
}

/** count × unit price, rounded once to cents: round(count × price × 100). */
export function amountCents(count: number, price: PriceE4): Cents {
  return divRoundHalfUp(count * price, 100);
}

/** count × unit price in cents, rounded half up like amountCents, but exact for any count: for range checks. */
export function exactAmountCents(count: number, price: PriceE4): bigint {
  const n = BigInt(count) * BigInt(price);
  const a = n < 0n ? -n : n;
  const q = (a + 50n) / 100n;
  return n < 0n ? -q : q;
}

/** VAT or any percentage of an amount, rounded half up to cents. */
export function percentOf(cents: Cents, rate: BasisPoints): Cents {
  return divRoundHalfUp(cents * rate, 10_000);
}

/**
 * Parses an amount a person typed: '9,85', '9.85', '€ 1.234,56', '1 234,5', '636'.
 * With both separators the last one is the decimal mark and the other groups thousands.
 * A lone comma is the Dutch decimal mark. A lone point followed by exactly three digits
 * is ambiguous ('1.000' vs '9.855'): where three decimals are allowed (unit prices) it is
 * the decimal mark, otherwise it groups thousands, as a Dutch user writing '1.000' means. Returns the value scaled by
 * 10^decimals, or null when it is not a plain non-negative number with at most
 * `decimals` decimals (trailing zeros beyond that are fine: '9,8500').
 */
export function parseDecimal(text: string, decimals: number): number | null {
  const s = text
    .trim()
    .replace(/^(€|EUR)\s*/i, '')
    .replace(/\s*(€|EUR)$/i, '')
    .replace(/(\d)[\s\u00a0](?=\d{3}\b)/g, '$1');
  if (!/^\+?[\d.,]+$/.test(s)) return null;
  const body = s.replace(/^\+/, '');
  const dots = body.split('.').length - 1;
  const commas = body.split(',').length - 1;
  let intPart = body;
  let fracPart = '';
  let thousands: string | null = null;
  if (dots && commas) {
    const mark = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    if ((mark === '.' ? dots : commas) !== 1) return null;
    thousands = mark === '.' ? ',' : '.';
    [intPart, fracPart] = body.split(mark) as [string, string];
  } else if (dots + commas === 1) {
    const sep = dots ? '.' : ',';
    const [a, b] = body.split(sep) as [string, string];
    if (sep === '.' && b.length === 3 && decimals < 3) {
      thousands = sep;
    } else {
      intPart = a;
      fracPart = b;
    }
  } else if (dots + commas > 1) {
    thousands = dots ? '.' : ',';
  }
  if (thousands !== null) {
    const groups = intPart.split(thousands);
    if (!/^\d{1,3}$/.test(groups[0]!) || groups.slice(1).some((g) => !/^\d{3}$/.test(g))) return null;
    intPart = groups.join('');
  }
  if (!/^\d+$/.test(intPart) || !/^\d*$/.test(fracPart)) return null;
  const significant = fracPart.replace(/0+$/, '');
  if (significant.length > decimals) return null;
  const value = Number(intPart) * 10 ** decimals + Number(significant.padEnd(decimals, '0') || '0');
  return Number.isSafeInteger(value) ? value : null;
}

export const parseCents = (text: string): Cents | null => parseDecimal(text, 2);
export const parsePriceE4 = (text: string): PriceE4 | null => parseDecimal(text, 4);

/** Euros (a JS number as typed on a command line) to cents, exact for up to 2 decimals. */
export function eurosToCents(euros: number): Cents | null {
  const c = Math.round(euros * 100);
  return Math.abs(c - euros * 100) < 1e-6 && Number.isSafeInteger(c) ? c : null;
}

/** Formats cents for people: '€ 1.234,56' (nl) or '€1,234.56' (en); a bigint for amounts beyond the range, in messages. */
export function formatEuro(cents: Cents | bigint, lang: 'nl' | 'en' = 'nl'): string {
  const v = BigInt(cents);
  const neg = v < 0n;
  const abs = neg ? -v : v;
  const frac = String(abs % 100n).padStart(2, '0');
  const group = lang === 'nl' ? '.' : ',';
  const dec = lang === 'nl' ? ',' : '.';
  const w = String(abs / 100n).replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${neg ? '-' : ''}€${lang === 'nl' ? ' ' : ''}${w}${dec}${frac}`;
}

/** Formats a unit price with 2 to 4 decimals: '€ 9,855'. */
export function formatPrice(price: PriceE4, lang: 'nl' | 'en' = 'nl'): string {
  const whole = Math.floor(price / 10_000);
  const frac = String(price % 10_000).padStart(4, '0').replace(/0+$/, '').padEnd(2, '0');
  const w = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'nl' ? '.' : ',');
  return `€${lang === 'nl' ? ' ' : ''}${w}${lang === 'nl' ? ',' : '.'}${frac}`;
}

/** Cents as the number a spreadsheet cell holds (euros). Only at the writer boundary. */
export const centsToEuros = (cents: Cents): number => cents / 100;
/** A unit price as the number a spreadsheet cell holds (euros). */
export const priceToEuros = (price: PriceE4): number => price / 10_000;

export interface Share {
  key: string;
  /** Any size: an exact share written as a fraction over a common denominator is a bigint. */
  weight: number | bigint;
}

/**
 * The order in which equal remainders get their cent: by key, numbers as numbers ('9'
 * before '101', as employer numbers read), other keys as text. A sheet that lists the
 * shares in this order can break ties by row order and agree with the engine.
 */
export function compareKeys(a: string, b: string): number {
  const digits = /^\d+$/;
  if (digits.test(a) && digits.test(b) && a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Splits `total` cents over shares by weight so the parts add up to the total exactly:
 * every part gets the floor of its exact share, and the cents left over go one each to
 * the largest remainders. Ties go by key (compareKeys), never by position, so reordering
 * the input gives every key the same part. Weights ≤ 0 get nothing. total × weight is
 * formed in BigInt whenever it could pass 2^53, so the split is exact for any safe total.
 */
export function allocateLargestRemainder(total: Cents, shares: readonly Share[]): Map<string, Cents> {
  const result = new Map<string, Cents>();
  for (const s of shares) result.set(s.key, 0);
  if (!Number.isSafeInteger(total)) throw new RangeError('allocateLargestRemainder: total must be a safe integer');
  if (total < 0) throw new RangeError('allocateLargestRemainder: total must be ≥ 0');
  const positive = shares.filter((s) => s.weight > 0);
  if (positive.length === 0 || total === 0) return result;
  const parts = fitsInNumbers(total, positive) ? floorsInNumbers(total, positive) : floorsInBigInt(total, positive);
  let left = total - parts.reduce((a, x) => a + x.floor, 0);
  parts.sort((a, b) => (a.rem < b.rem ? 1 : a.rem > b.rem ? -1 : compareKeys(a.key, b.key)));
  for (const part of parts) {
    result.set(part.key, part.floor + (left > 0 ? 1 : 0));
    if (left > 0) left--;
  }
  return result;
}

interface Floor {
  key: string;
  floor: number;
  /** total × weight − floor × Σweight: compared, never mixed, so number or bigint per call. */
  rem: number | bigint;
}

/** The common case, and the fast one: every weight a number and total × Σweight below 2^53. */
function fitsInNumbers(total: number, shares: readonly Share[]): boolean {
  let sum = 0;
  for (const s of shares) {
    if (typeof s.weight !== 'number' || !Number.isSafeInteger(s.weight)) return false;
    sum += s.weight;
  }
  return Number.isSafeInteger(sum) && Number.isSafeInteger(total * sum);
}

function floorsInNumbers(total: number, shares: readonly Share[]): Floor[] {
  const sumW = shares.reduce((a, s) => a + (s.weight as number), 0);
  return shares.map((s) => {
    const n = total * (s.weight as number);
    const floor = Math.floor(n / sumW);
    return { key: s.key, floor, rem: n - floor * sumW };
  });
}

function floorsInBigInt(total: number, shares: readonly Share[]): Floor[] {
  const t = BigInt(total);
  const weights = shares.map((s) => {
    if (typeof s.weight === 'number' && !Number.isSafeInteger(s.weight)) throw new RangeError('allocateLargestRemainder: weights must be integers');
    return BigInt(s.weight);
  });
  const sumW = weights.reduce((a, w) => a + w, 0n);
  return shares.map((s, i) => {
    const n = t * weights[i]!;
    // floor ≤ total, so it is a safe number again.
    return { key: s.key, floor: Number(n / sumW), rem: n % sumW };
  });
}
