/**
 * The part every 'Maak …' flow shares once its plan is built: find sheets that already
 * exist, ask the user when they do, and write through the host with the progress bar
 * filling its last three quarters. Also how a flow turns an unexpected throw into a
 * message. One place, so the Qwoater and Otherside flows ask and report alike.
 */
import { error, type Problem } from '../../domain/problems';
import type { WorkbookPlan } from '../../domain/spec/plan';
import { nextFreeSheetName } from '../../domain/spec/sheet-names';
import type { ConflictChoice, SheetInfo, WorkbookHost, WriteReport } from '../../host/host';
import type { Conflict, MakeCallbacks, MakeStep } from './make-specification';

/** Yields to the browser, so the progress bar paints and Stop is seen between steps. */
export const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Planned sheets whose name (any case) is already in the workbook. */
export function findConflicts(plan: WorkbookPlan, existing: SheetInfo[]): Conflict[] {
  const byName = new Map(existing.map((s) => [s.name.toLowerCase(), s]));
  const out: Conflict[] = [];
  for (const s of plan.sheets) {
    const hit = byName.get(s.name.toLowerCase());
    if (hit) out.push({ planned: s.name, existing: hit });
  }
  return out;
}

/**
 * A throw from a make flow as a message. Hosts and the engine return errors as values, so
 * a throw is a bug: show it, with its text.
 */
export function failedFromThrow(e: unknown): { kind: 'failed'; error: Problem; warnings: Problem[] } {
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return { kind: 'failed', error: error('office.unknown', { detail }), warnings: [] };
}

export type WritePhaseOutcome =
  | { kind: 'written'; report: WriteReport; warnings: Problem[] }
  | { kind: 'failed'; error: Problem; warnings: Problem[] }
  | { kind: 'cancelled' };

/** Asks about taken sheet names, then writes; `warnings` are the flow's so far, kept on failure too. */
export async function writePhase(host: WorkbookHost, plan: WorkbookPlan, warnings: readonly Problem[], cb: MakeCallbacks): Promise<WritePhaseOutcome> {
  let conflict: ConflictChoice = 'next-free-name';
  const listed = await host.listSheets();
  if (!listed.ok) return { kind: 'failed', error: listed.error, warnings: [...warnings, ...listed.warnings] };
  const existing = listed.value;
  const conflicts = findConflicts(plan, existing);
  if (conflicts.length) {
    const taken = [...existing.map((s) => s.name), ...plan.sheets.map((s) => s.name)];
    const choice = await cb.chooseConflict(conflicts, nextFreeSheetName(conflicts[0]!.planned, taken));
    if (choice === null || cb.signal.aborted) return { kind: 'cancelled' };
    conflict = choice;
  }

  const step: MakeStep = host.kind === 'standalone' ? 'file' : 'write';
  cb.onProgress({ step, fraction: 0.25 });
  await nextFrame();
  if (cb.signal.aborted) return { kind: 'cancelled' };
  const written = await host.writePlan(plan, {
    conflict,
    signal: cb.signal,
    // The writer's parts of the work fill the last three quarters of the bar; the words count
    // sheets where the writer can tell them ('1.250 van 3.000 werkbladen'), else its parts.
    // A writer that can only say 'started' (0 of 1) gets a moving bar rather than a stuck one.
    onProgress: (done, total, sheets) =>
      cb.onProgress({
        step,
        fraction: total > 1 || done >= total ? 0.25 + 0.75 * (done / Math.max(total, 1)) : null,
        ...(sheets ? { done: sheets.done, total: sheets.total, unit: 'sheets' as const } : { done, total, unit: 'parts' as const }),
      }),
  });
  // A write that finished counts even if Stop came late: the sheets are there.
  if (!written.ok) {
    if (cb.signal.aborted) return { kind: 'cancelled' };
    return { kind: 'failed', error: written.error, warnings: [...warnings, ...written.warnings] };
  }
  return { kind: 'written', report: written.value, warnings: [...warnings, ...written.warnings] };
}
