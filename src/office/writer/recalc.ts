/**
 * Recalculation after a write. The writer suspends calculation while it sends cells
 * (Application.suspendApiCalculationUntilNextSync, ExcelApi 1.6), and the reference says:
 * "Once set, it is the developer's responsibility to re-calc the workbook, to ensure that
 * any dependencies are propagated." A workbook in manual calculation mode would otherwise
 * show the new formulas without results, or stale ones, until the user presses F9.
 *
 * The choice: Worksheet.calculate(true) (ExcelApi 1.6, "Calculates all cells on a
 * worksheet", marking them dirty first) on each sheet this write made, in the commit
 * request, which itself is sent without suspending calculation. Not
 * Application.calculate (ExcelApi 1.1): every CalculationType works on "all open
 * workbooks" ('Recalculate' on everything dirty, 'Full' on everything), which recalculates
 * the user's own heavy workbooks (and any they keep in manual mode on purpose) for nothing.
 * Not Range.calculate per written block either: one call per sheet costs one action, a block
 * list costs dozens, and a sheet-level calculation lets Excel order the cells within the
 * sheet itself. Marking all dirty matters: cells written while calculation was suspended
 * need not be dirty, so calculate(false) could skip them.
 *
 * What a sheet-level calculation cannot do is reach across sheets: a formula reading
 * another sheet uses that sheet's current results. So sheets are calculated after the
 * sheets they read (from the plan's cross-sheet references). Sheets that read each other
 * in a circle are calculated in plan order and then once more, which settles a chain that
 * crosses the circle once; today's plans have no such circle (a test keeps it so).
 */

/** `reads[i]`: the plan indexes of the sheets sheet `i` reads. Returns the order to calculate in. */
export function calcOrder(reads: readonly ReadonlySet<number>[]): number[] {
  const n = reads.length;
  const done = new Array<boolean>(n).fill(false);
  const order: number[] = [];
  const circular = new Set<number>();
  while (order.length < n) {
    let progressed = false;
    for (let i = 0; i < n; i++) {
      if (done[i]) continue;
      if ([...reads[i]!].every((j) => j === i || j < 0 || j >= n || done[j])) {
        done[i] = true;
        order.push(i);
        progressed = true;
      }
    }
    if (progressed) continue;
    // A circle: take the first sheet left, and remember to go round once more.
    const first = done.findIndex((d) => !d);
    done[first] = true;
    order.push(first);
    circular.add(first);
  }
  // Everything from the first sheet taken out of a circle onwards may have read stale cells.
  if (circular.size === 0) return order;
  const from = order.findIndex((i) => circular.has(i));
  return [...order, ...order.slice(from)];
}
