/**
 * Repair after a failure: roll back before the commit point, roll forward after it.
 */
import type { XlRequestContext } from '../api';
import { OP_BYTES, type Syncer } from './chunking';
import { OWNER_KEY, parseOwnerMarker } from './ownership';
import type { Transaction } from './transaction';

/**
 * Repairs the workbook after a failure, judging by what is there now (a failed request may
 * have run any prefix of its actions). Deleting an old sheet is the commit point, and the
 * deletes come last: before it, everything is undone (sheets under this run's temporary
 * names or with this run's marker are deleted, what was moved aside is put back); after
 * it, the new version is complete, so the old sheets still aside are removed instead.
 * Never touches a sheet without this run's temporary name or marker.
 */
export async function recover(ctx: XlRequestContext, sync: Syncer, tx: Transaction): Promise<'rolled-back' | 'rolled-forward'> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  await sync(OP_BYTES);
  const present = new Map(sheets.items.map((ws) => [ws.name.toLowerCase(), ws.name]));
  const has = (n: string) => n !== '' && present.has(n.toLowerCase());

  const markers = tx.targets.filter((t) => has(t.final)).map((t) => {
    const m = sheets.getItem(t.final).customProperties.getItemOrNullObject(OWNER_KEY);
    m.load('value');
    return { t, m };
  });
  const aside = tx.targets.flatMap((t) => t.replaces?.asideTables ?? []).map((a) => {
    const tb = ctx.workbook.tables.getItemOrNullObject(a.aside);
    tb.load('name');
    return { a, tb };
  });
  if (markers.length || aside.length) await sync((markers.length + aside.length) * OP_BYTES);
  const ours = markers.filter(({ m }) => !m.isNullObject && parseOwnerMarker(m.value)?.run === tx.run).map(({ t }) => t);

  const passed = ours.some((t) => t.replaces && !has(t.replaces.aside));
  for (const name of present.values()) if (name.startsWith(tx.tempPrefix)) sheets.getItem(name).delete();
  if (passed) {
    for (const t of tx.targets) if (t.replaces && has(t.replaces.aside)) sheets.getItem(t.replaces.aside).delete();
    // The commit request may have failed before its recalculation: the new version needs it as much.
    for (const i of tx.calculate) sheets.getItem(tx.targets[i]!.final).calculate(true);
  } else {
    for (const t of ours) sheets.getItem(t.final).delete();
    for (const { a, tb } of aside) if (!tb.isNullObject) tb.name = a.name;
    for (const t of tx.targets) if (t.replaces && has(t.replaces.aside)) sheets.getItem(t.replaces.aside).name = t.replaces.name;
  }
  await sync((tx.targets.length * 2 + tx.calculate.length) * OP_BYTES);
  return passed ? 'rolled-forward' : 'rolled-back';
}
