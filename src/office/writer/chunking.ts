/**
 * Request sizing. Excel on the web refuses a request over 5 MB, so every queued action is a
 * step with an estimated size, and steps are packed into requests under a budget (3.5 MB by
 * default). A block of rows is divisible: it is split at the row where the budget runs out.
 * When Excel still refuses a request for its size, the budget halves and the rest is
 * repacked (see nextBudget and write.ts).
 */
import { a1Range, range } from '../../domain/spec/plan';
import { isPayloadTooLarge } from '../errors';
import type { XlRequestContext, XlWorksheet } from '../api';

export const DEFAULT_MAX_REQUEST_BYTES = 3_500_000;
export const MIN_REQUEST_BYTES = 16_384;
export const DEFAULT_SHEETS_PER_SYNC = 50;
/** What Office.js adds around each queued action (object path, action record); generous on purpose. */
export const OP_BYTES = 200;

/** Sends what is queued; `bytes` is our estimate of the request, for the report. */
export type Syncer = (bytes: number) => Promise<void>;

// ── Steps: queued work with a size, so requests can be packed under the limit ─────────────
export interface Env { ctx: XlRequestContext; sheet(name: string): XlWorksheet; adopt(name: string, ws: XlWorksheet): void }
export interface Step {
  bytes: number;
  newSheet?: boolean;
  apply(env: Env): void;
  /** Splits off the rows that fit in `room` bytes (at least one row when `force`). */
  take?(room: number, force: boolean): [Step | null, Step | null];
}
export const op = (ops: number, apply: (env: Env) => void, extra = 0): Step => ({ bytes: ops * OP_BYTES + extra, apply });

export function utf8Length(s: string): number {
  if (!/[^\x00-\x7f]/.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

/** Rows of one block; pieces share the rows and their byte prefix sums. */
export class RowsStep implements Step {
  constructor(
    private readonly sheet: string,
    private readonly at: { row: number; col: number; width: number; prop: 'values' | 'formulas' },
    private readonly rows: unknown[][],
    private readonly prefix: number[],
    private readonly from: number,
    private readonly to: number,
  ) {}
  get bytes(): number {
    return OP_BYTES + this.prefix[this.to]! - this.prefix[this.from]!;
  }
  apply(env: Env): void {
    const r = range(this.at.row + this.from, this.at.col, this.at.row + this.to - 1, this.at.col + this.at.width - 1);
    env.sheet(this.sheet).getRange(a1Range(r))[this.at.prop] = this.rows.slice(this.from, this.to);
  }
  take(room: number, force: boolean): [Step | null, Step | null] {
    const base = this.prefix[this.from]! - OP_BYTES;
    let lo = this.from, hi = this.to; // largest k with bytes(from..k) <= room
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.prefix[mid]! - base <= room) lo = mid; else hi = mid - 1;
    }
    if (lo === this.from && force) lo = this.from + 1;
    const piece = (a: number, b: number) => (a < b ? new RowsStep(this.sheet, this.at, this.rows, this.prefix, a, b) : null);
    return [piece(this.from, lo), piece(lo, this.to)];
  }
}

// ── Packing steps into requests ──────────────────────────────────────────────────────────
export function pack(steps: Step[], budget: number, sheetsCap: number): Step[][] {
  const batches: Step[][] = [];
  let cur: Step[] = [];
  let bytes = OP_BYTES; // suspendApiCalculationUntilNextSync
  let sheets = 0;
  const flush = () => {
    if (cur.length) batches.push(cur);
    cur = [];
    bytes = OP_BYTES;
    sheets = 0;
  };
  const push = (s: Step) => {
    cur.push(s);
    bytes += s.bytes;
    if (s.newSheet) sheets++;
  };
  for (let s of steps) {
    for (;;) {
      if (s.newSheet && sheets >= sheetsCap) flush();
      const room = budget - bytes;
      if (s.bytes <= room) { push(s); break; }
      // A sliver of rows is not worth its own range: start a fresh request instead.
      if (cur.length && (!s.take || room < budget / 20)) { flush(); continue; }
      if (!s.take) { push(s); flush(); break; } // oversized and indivisible: alone; Excel judges
      const [head, tail] = s.take(room, cur.length === 0);
      if (head) push(head);
      flush();
      if (!tail) break;
      s = tail;
    }
  }
  flush();
  return batches;
}
export const batchBytes = (b: Step[]) => b.reduce((n, s) => n + s.bytes, OP_BYTES);

/**
 * Excel refuses an oversized request before running any of it, so it can be resent in
 * halves. Returns the halved budget, or null when the error is another one or the budget
 * would drop below what one row of a wide sheet needs (then the error goes to the user).
 */
export function nextBudget(e: unknown, budget: number): number | null {
  if (!isPayloadTooLarge(e) || budget / 2 < MIN_REQUEST_BYTES) return null;
  return Math.floor(budget / 2);
}
