/**
 * The supported range of amounts (money.ts: € 1 miljard excl. VAT), as an error value.
 * Checked on exact BigInt figures before the plain-number arithmetic that assumes it, so
 * an absurd count (a column of amounts mapped as counts, a price typed in cents) becomes
 * this message, never a crash or a silently rounded bill.
 */
import { MAX_AMOUNT_CENTS } from '../money';
import { error, type Problem } from '../problems';

/** What the amount is, for the message: the year's total, the list amount of the split, the invoiced total, signing, an Otherside month. */
export type RangeSubject = 'year' | 'list' | 'invoiced' | 'signing' | 'month';

/** billing.beyondRange when `cents` exceeds the range; null within it. */
export function beyondRange(what: RangeSubject, cents: number | bigint): Problem | null {
  if (BigInt(cents) <= BigInt(MAX_AMOUNT_CENTS)) return null;
  // Cents as digits: an amount beyond 2^53 is no safe number, and the message formats it per language.
  return error('billing.beyondRange', { what, amount: String(cents), limit: String(MAX_AMOUNT_CENTS) });
}
