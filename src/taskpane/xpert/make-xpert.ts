/**
 * 'Maak Otherside-overzicht' from start to finish, without React: runXpert over the
 * history, check for sheets that already exist, ask when they do (the same dialog and
 * the same rules as the Qwoater specification), and write through the host. Each step
 * yields to the browser first, so the progress bar paints and Stop works.
 */
import { error, type Problem } from '../../domain/problems';
import { nextFreeSheetName } from '../../domain/spec/sheet-names';
import { runXpert, xpertSummary, type XpertHistory, type XpertSettings, type XpertSummary } from '../../domain/xpert';
import type { ConflictChoice, WorkbookHost, WriteReport } from '../../host/host';
import { findConflicts, problemOf, type MakeCallbacks, type MakeStep } from '../make/make-specification';

export interface XpertMakeInput {
  history: XpertHistory;
  settings: XpertSettings;
  lang: 'nl' | 'en';
  /** Warnings from this session's imports, repeated on the sheets. */
  importWarnings: Problem[];
}

export type XpertMakeOutcome =
  | { kind: 'done'; summary: XpertSummary; settings: XpertSettings; sheets: { key: string; name: string }[]; report: WriteReport; warnings: Problem[] }
  | { kind: 'failed'; error: Problem; warnings: Problem[] }
  | { kind: 'cancelled' };

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function makeXpertOverview(host: WorkbookHost, input: XpertMakeInput, cb: MakeCallbacks): Promise<XpertMakeOutcome> {
  try {
    return await make(host, input, cb);
  } catch (e) {
    // The Excel host throws its mapped Problem from listSheets; keep its actionable text.
    const carried = problemOf(e);
    if (carried) return { kind: 'failed', error: carried, warnings: [] };
    const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return { kind: 'failed', error: error('office.unknown', { detail }), warnings: [] };
  }
}

async function make(host: WorkbookHost, input: XpertMakeInput, cb: MakeCallbacks): Promise<XpertMakeOutcome> {
  cb.onProgress({ step: 'plan', fraction: 0.1 });
  await nextFrame();
  if (cb.signal.aborted) return { kind: 'cancelled' };
  const out = runXpert(input.history, input.settings, input.lang, input.importWarnings);
  if (!out.ok) return { kind: 'failed', error: out.error, warnings: out.warnings };
  const { plan, billing, trend, warnings } = out.value;

  let conflict: ConflictChoice = 'next-free-name';
  const existing = await host.listSheets();
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
    onProgress: (done, total) => cb.onProgress({ step, fraction: total > 1 || done >= total ? 0.25 + 0.75 * (done / Math.max(total, 1)) : null, done, total }),
  });
  // A write that finished counts even if Stop came late: the sheets are there.
  if (!written.ok) {
    if (cb.signal.aborted) return { kind: 'cancelled' };
    return { kind: 'failed', error: written.error, warnings: [...warnings, ...written.warnings] };
  }
  return {
    kind: 'done',
    summary: xpertSummary(billing, trend, warnings, input.lang),
    settings: input.settings,
    sheets: plan.sheets.map((s) => ({ key: s.key, name: s.name })),
    report: written.value,
    warnings: [...warnings, ...written.warnings],
  };
}
