/**
 * Reading the workbook and deciding final names. The read rides along with the first write
 * request and the ownership check with the next, so neither costs a round trip of its own.
 * A planned name held by one of our own sheets (marker present) may be replaced, when the
 * user chose 'replace-own'; any other taken name gets the next free one ('Naam (2)').
 */
import type { WorkbookPlan } from '../../domain/spec/plan';
import { nextFreeSheetName, sanitizeSheetName } from '../../domain/spec/sheet-names';
import { warning, type Problem } from '../../domain/problems';
import type { ConflictChoice } from '../../host/host';
import type { XlRequestContext, XlWorksheet } from '../api';
import { OWNER_KEY, parseOwnerMarker } from './ownership';
import type { Target, Transaction } from './transaction';

export interface Existing { ws: XlWorksheet; name: string; position: number; owned: boolean; tables: string[] }
export interface WorkbookView { existing: Existing[]; byLower: Map<string, Existing>; tableNames: string[] }

/** Queues the read of sheet and table names; it rides along with the first write request. */
export function queueRead(ctx: XlRequestContext): () => WorkbookView {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name,items/position');
  const tables = ctx.workbook.tables;
  tables.load('items/name');
  return () => {
    const existing: Existing[] = sheets.items.map((ws) => ({ ws, name: ws.name, position: ws.position, owned: false, tables: [] }));
    return { existing, byLower: new Map(existing.map((e) => [e.name.toLowerCase(), e])), tableNames: tables.items.map((t) => t.name) };
  };
}

/** Existing sheets whose names the plan wants: only these might be replaced, so only these are asked about. */
export function probeHits(wb: WorkbookView, plan: WorkbookPlan, conflict: ConflictChoice): Existing[] {
  if (conflict !== 'replace-own') return [];
  return [...new Set(plan.sheets.map((s) => wb.byLower.get(sanitizeSheetName(s.name).toLowerCase())))].filter((e) => e !== undefined);
}

/** Queues the ownership check: the marker of each hit, and its tables (which give up their names if we replace it). */
export function queueProbe(hits: Existing[]): () => void {
  const probes = hits.map((e) => {
    const marker = e.ws.customProperties.getItemOrNullObject(OWNER_KEY);
    marker.load('value');
    e.ws.tables.load('items/name');
    return { e, marker };
  });
  return () => {
    for (const { e, marker } of probes) {
      e.owned = !marker.isNullObject && parseOwnerMarker(marker.value) !== null;
      e.tables = e.ws.tables.items.map((t) => t.name);
    }
  };
}

/** Decides final sheet and table names once the workbook has been read. */
export function placeTargets(tx: Transaction, wb: WorkbookView, conflict: ConflictChoice, warnings: Problem[]): void {
  const names = wb.existing.map((e) => e.name);
  const assigned = new Set<string>();
  const claimed = new Set<Existing>();
  const onReplaced = new Map<string, { name: string; target: Target }>();
  tx.targets.forEach((t, i) => {
    const wanted = sanitizeSheetName(t.plan.name);
    const hit = wb.byLower.get(wanted.toLowerCase());
    if (hit && conflict === 'replace-own' && hit.owned && !claimed.has(hit) && !assigned.has(wanted.toLowerCase())) {
      claimed.add(hit);
      t.final = wanted;
      t.replaces = { name: hit.name, aside: `~fc-old-${tx.run}-${i + 1}`, position: hit.position, asideTables: [] };
      for (const name of hit.tables) onReplaced.set(name.toLowerCase(), { name, target: t });
    } else {
      t.final = nextFreeSheetName(wanted, [...names, ...assigned]);
    }
    assigned.add(t.final.toLowerCase());
  });

  // Table names are workbook-wide. A table on a sheet we replace gives up its name at commit.
  const inUse = new Set(wb.tableNames.map((n) => n.toLowerCase()));
  const taken = new Set<string>();
  for (const t of tx.targets) {
    t.plan.tables.forEach((tp, k) => {
      const lower = tp.name.toLowerCase();
      const old = onReplaced.get(lower);
      let final = tp.name;
      if (inUse.has(lower) && old && !taken.has(lower)) {
        old.target.replaces!.asideTables.push({ name: old.name, aside: `${old.name}_fcold${tx.run}` });
      } else if (inUse.has(lower) || taken.has(lower)) {
        let n = 2;
        while (inUse.has(`${lower}_${n}`) || taken.has(`${lower}_${n}`)) n++;
        final = `${tp.name}_${n}`;
        warnings.push(warning('office.tableRenamed', { wanted: tp.name, actual: final }));
      }
      t.tables[k]!.final = final;
      taken.add(final.toLowerCase());
    });
  }
  tx.placed = true;
}
