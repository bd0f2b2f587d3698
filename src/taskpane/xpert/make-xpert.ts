/**
 * 'Maak Otherside-overzicht' from start to finish, without React: runXpert over the
 * history, check for sheets that already exist, ask when they do (the same dialog and
 * the same rules as the Qwoater specification), and write through the host. Each step
 * yields to the browser first, so the progress bar paints and Stop works.
 */
import type { Problem } from '../../domain/problems';
import type { WorkbookPlan } from '../../domain/spec/plan';
import { runXpert, xpertSummary, type XpertHistory, type XpertSettings, type XpertSummary } from '../../domain/xpert';
import type { WorkbookHost, WriteReport } from '../../host/host';
import type { MakeCallbacks } from '../make/make-specification';
import { failedFromThrow, nextFrame, writePhase } from '../make/write-phase';

export interface XpertMakeInput {
  history: XpertHistory;
  settings: XpertSettings;
  lang: 'nl' | 'en';
  /** Warnings from this session's imports, repeated on the sheets. */
  importWarnings: Problem[];
}

export type XpertMakeOutcome =
  | { kind: 'done'; summary: XpertSummary; settings: XpertSettings; sheets: { key: string; name: string }[]; plan: WorkbookPlan; report: WriteReport; warnings: Problem[] }
  | { kind: 'failed'; error: Problem; warnings: Problem[] }
  | { kind: 'cancelled' };

export async function makeXpertOverview(host: WorkbookHost, input: XpertMakeInput, cb: MakeCallbacks): Promise<XpertMakeOutcome> {
  try {
    return await make(host, input, cb);
  } catch (e) {
    return failedFromThrow(e);
  }
}

async function make(host: WorkbookHost, input: XpertMakeInput, cb: MakeCallbacks): Promise<XpertMakeOutcome> {
  cb.onProgress({ step: 'plan', fraction: 0.1 });
  await nextFrame();
  if (cb.signal.aborted) return { kind: 'cancelled' };
  const out = runXpert(input.history, input.settings, input.lang, input.importWarnings);
  if (!out.ok) return { kind: 'failed', error: out.error, warnings: out.warnings };
  const { plan, billing, trend, warnings } = out.value;

  const written = await writePhase(host, plan, warnings, cb);
  if (written.kind !== 'written') return written;
  return {
    kind: 'done',
    summary: xpertSummary(billing, trend, warnings, input.lang),
    settings: input.settings,
    sheets: plan.sheets.map((s) => ({ key: s.key, name: s.name })),
    plan,
    report: written.report,
    warnings: written.warnings,
  };
}
