/**
 * Rows by employer number as they stream in: has this number come before, and on which
 * row? Loket prints its reports sorted by employer number, and while every number comes
 * after the one before it no number can be a repeat, so the index then only remembers the
 * numbers; the map is built the first time a number does not ascend, and used from then
 * on. At 50 000 rows a side, map lookups were most of what importing and joining cost.
 */

/**
 * The order numbers are held to: shorter first, then by character code. Every total order
 * serves (ascending numbers are distinct in any); this one also puts '9' before '101',
 * which is how numbers without leading zeros come sorted.
 */
export const ascends = (a: string, b: string): boolean => a.length < b.length || (a.length === b.length && a < b);

/** True when every key comes after the one before it, so no key occurs twice. */
export function strictlyAscending(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (!ascends(keys[i - 1]!, keys[i]!)) return false;
  return true;
}

export class NumberIndex {
  /** The numbers added, in order; dropped once the map is built. */
  private numbers: string[] = [];
  private map: Map<string, number> | null = null;

  /** The index given with `number` when it was added, if it was. */
  find(number: string): number | undefined {
    if (!this.map) {
      const n = this.numbers.length;
      if (n === 0 || ascends(this.numbers[n - 1]!, number)) return undefined;
      this.map = new Map(this.numbers.map((x, i) => [x, i]));
      this.numbers = [];
    }
    return this.map.get(number);
  }

  /** Adds a number `find` did not know; indexes count up from 0 in the order of adding. */
  add(number: string): void {
    if (this.map) this.map.set(number, this.map.size);
    else this.numbers.push(number);
  }
}
