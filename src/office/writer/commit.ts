/**
 * The commit point. Everything before it can be undone: new sheets carry temporary names,
 * replaced ones are only renamed aside. Deleting an old sheet cannot, so the deletes come
 * last, and recovery.ts can tell from the workbook alone which side a failure fell on.
 */
import type { Env } from './chunking';
import type { Transaction } from './transaction';

/** Actions the commit queues, so the last request can be sized before it is built. */
export function commitOps(tx: Transaction): number {
  return tx.targets.reduce((n, t) => n + 2 + t.tables.length + (t.replaces ? 2 + t.replaces.asideTables.length : 0), 1) + tx.calculate.length;
}

/**
 * Calculates the sheets of this write under their final names, in dependency order
 * (recalc.ts). Fresh getItem(final) proxies, so it reads the same before and after a rename.
 */
export function applyRecalc(env: Env, tx: Transaction): void {
  for (const i of tx.calculate) env.sheet(tx.targets[i]!.final).calculate(true);
}

/**
 * The last request: move replaced sheets (and their tables) aside, give the new sheets and
 * tables their names and places, then delete what was moved aside. Everything before the
 * deletes can be undone, and the deletes come last: see recover(). Then the new sheets are
 * calculated; this request does not suspend calculation (write.ts).
 */
export function applyCommit(env: Env, tx: Transaction, activate: boolean): void {
  const { worksheets, tables } = env.ctx.workbook;
  const replaced = tx.targets.filter((t) => t.replaces).sort((a, b) => a.replaces!.position - b.replaces!.position);
  for (const t of replaced) {
    for (const a of t.replaces!.asideTables) tables.getItem(a.name).name = a.aside;
    worksheets.getItem(t.replaces!.name).name = t.replaces!.aside;
  }
  // Each new sheet goes just before its old one; earlier insertions shift later positions by one.
  replaced.forEach((t, k) => { env.sheet(t.temp).position = t.replaces!.position + k; });
  for (const t of tx.targets) env.sheet(t.temp).name = t.final;
  for (const t of tx.targets) for (const tb of t.tables) tables.getItem(tb.temp).name = tb.final;
  for (const t of replaced) worksheets.getItem(t.replaces!.aside).delete();
  const first = tx.targets[0];
  if (activate && first) env.sheet(first.temp).activate();
  applyRecalc(env, tx);
}
