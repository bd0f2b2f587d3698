/**
 * The plan's workbook-level names (Prijs, BtwTarief, TotaalExclBtw, …) in Excel.
 *
 * The formulas never depend on these: in Excel each name is defined on its own sheet too
 * (sheet scope, see formulas.ts), and formulas elsewhere read it through that sheet. The
 * workbook-level names are for the user (the Name Box, their own formulas) and point at
 * the specification written last. They are added in the commit request, after the sheets
 * have their final names, marked by their comment as ours:
 *  - a name that is free is added;
 *  - a name of ours (an earlier run, another year) is pointed at the new sheet;
 *  - a name the user made is left alone, and the user is told.
 * NamedItemCollection.add(name, reference, comment), NamedItem.delete and the items' name
 * and comment are ExcelApi 1.4:
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.nameditemcollection
 */
import { a1, quoteSheet, type WorkbookName } from '../../domain/spec/plan';
import { warning, type Problem } from '../../domain/problems';
import type { XlRequestContext } from '../api';
import type { Env } from './chunking';
import type { Transaction } from './transaction';

/** The comment our names carry; a name without it is the user's. */
export const NAME_MARK = 'Factuurcheck';

export interface ExistingName {
  name: string;
  ours: boolean;
}

/** Queues the read of the workbook's names; it rides along with the first write request. */
export function queueNamesRead(ctx: XlRequestContext): () => Map<string, ExistingName> {
  const names = ctx.workbook.names;
  names.load('items/name,items/comment');
  return () => new Map(names.items.map((n) => [n.name.toLowerCase(), { name: n.name, ours: n.comment.startsWith(NAME_MARK) }]));
}

/** Actions the names add to the commit request, for its size estimate. */
export const namesOps = (names: readonly WorkbookName[]): number => 2 * names.length;

/** Adds or re-points the workbook-level names; the sheets already carry their final names. */
export function applyNames(env: Env, tx: Transaction, names: readonly WorkbookName[], existing: Map<string, ExistingName>, warnings: Problem[]): void {
  const wb = env.ctx.workbook;
  for (const n of names) {
    const target = tx.targets.find((t) => t.plan.name === n.sheet);
    if (!target) continue;
    const reference = `=${quoteSheet(target.final)}!${a1(n.row, n.col, true)}`;
    const old = existing.get(n.name.toLowerCase());
    if (old && !old.ours) {
      // The commit request may be sent again (a smaller one): say it once.
      if (!warnings.some((w) => w.code === 'office.nameInUse' && w.params?.name === old.name)) warnings.push(warning('office.nameInUse', { name: old.name }));
      continue;
    }
    if (old) wb.names.getItemOrNullObject(old.name).delete();
    wb.names.add(n.name, reference, `${NAME_MARK}: ${target.final}`);
  }
}
