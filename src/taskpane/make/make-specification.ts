/**
 * 'Maak specificatie' from start to finish, without React: reconcile, build the plan,
 * check for sheets that already exist, ask the user when they do, and write through the
 * host. Each step yields to the browser first, so the progress bar paints and Stop works.
 */
import type { DossierExport } from '../../domain/imports/types';
import type { Problem, Result } from '../../domain/problems';
import type { Settings } from '../../domain/settings';
import type { Reconciliation } from '../../domain/billing/types';
import type { WorkbookPlan } from '../../domain/spec/plan';
import type { ConflictChoice, SheetInfo, WorkbookHost, WriteReport } from '../../host/host';
import { failedFromThrow, nextFrame, writePhase } from './write-phase';
import type { YearMakeInput } from '../year/year-bridge';
import type { YearOutcome } from '../year/year-plan';

export interface Engine {
  /** Fetches the engine's code before its first use, so the pane's first screen does not wait for it. */
  load?(): Promise<void>;
  reconcile(input: { current: DossierExport; previous?: DossierExport | null; settings: Settings }): Result<Reconciliation>;
  buildPlan(rec: Reconciliation, input: { current: DossierExport; previous?: DossierExport | null; settings: Settings }, lang: 'nl' | 'en', importWarnings: readonly Problem[]): WorkbookPlan;
}

export interface MakeInput {
  current: DossierExport;
  previous: DossierExport | null;
  settings: Settings;
  /** Warnings from the imports, repeated on the summary sheet. */
  importWarnings: Problem[];
  lang: 'nl' | 'en';
  /** The year step's data; absent or null: the specification only, as before. */
  year?: YearMakeInput | null;
}

export type MakeStep = 'reconcile' | 'plan' | 'write' | 'file';
export interface MakeProgress {
  step: MakeStep;
  /** 0–1, or null while a step cannot say how far it is. */
  fraction: number | null;
  done?: number;
  total?: number;
  /** What `done` and `total` count: sheets, or the writer's parts of the work. */
  unit?: 'sheets' | 'parts';
}

export interface Conflict {
  /** The sheet the plan wants. */
  planned: string;
  existing: SheetInfo;
}

export interface MakeCallbacks {
  onProgress(p: MakeProgress): void;
  /** Asked only when a planned sheet name is taken; null means: cancel. */
  chooseConflict(conflicts: Conflict[], example: string): Promise<ConflictChoice | null>;
  signal: AbortSignal;
  /** Asked before more than 250 employer sheets; false or absent means: cancel. */
  confirmManySheets?(count: number): Promise<boolean>;
}

export type MakeOutcome =
  | {
      kind: 'done';
      rec: Reconciliation;
      settings: Settings;
      plan: Pick<WorkbookPlan, 'title'> & { sheets: { key: string; name: string }[] };
      /** Builds the whole plan again, for 'open as a new workbook'. */
      replan: () => WorkbookPlan;
      report: WriteReport;
      warnings: Problem[];
      year?: YearOutcome;
    }
  | { kind: 'failed'; error: Problem; warnings: Problem[] }
  | { kind: 'cancelled' };

export { findConflicts } from './write-phase';

export async function makeSpecification(host: WorkbookHost, engine: Engine, input: MakeInput, cb: MakeCallbacks): Promise<MakeOutcome> {
  try {
    return await make(host, engine, input, cb);
  } catch (e) {
    return failedFromThrow(e);
  }
}

async function make(host: WorkbookHost, engine: Engine, input: MakeInput, cb: MakeCallbacks): Promise<MakeOutcome> {
  cb.onProgress({ step: 'reconcile', fraction: 0.05 });
  await engine.load?.();
  await nextFrame();
  if (cb.signal.aborted) return { kind: 'cancelled' };
  const engineInput = { current: input.current, previous: input.previous, settings: input.settings };
  const rec = engine.reconcile(engineInput);
  if (!rec.ok) return { kind: 'failed', error: rec.error, warnings: rec.warnings };
  const warnings = [...rec.warnings];

  cb.onProgress({ step: 'plan', fraction: 0.15 });
  await nextFrame();
  if (cb.signal.aborted) return { kind: 'cancelled' };
  let plan: WorkbookPlan;
  let replan: () => WorkbookPlan;
  let year: YearOutcome | undefined;
  if (input.year) {
    // The year's plan builders load with the first year workbook, not with the pane.
    const { planYear } = await import(/* webpackChunkName: "engine" */ '../year/year-plan');
    const y = await planYear(rec.value, engineInput, input.year, input.lang, input.importWarnings, cb.confirmManySheets);
    if (y.kind === 'cancelled' || cb.signal.aborted) return { kind: 'cancelled' };
    if (y.kind === 'failed') return { kind: 'failed', error: y.error, warnings: [...warnings, ...y.warnings] };
    plan = y.plan;
    replan = y.replan;
    year = y.outcome;
    warnings.push(...y.warnings);
  } else {
    replan = () => engine.buildPlan(rec.value, engineInput, input.lang, input.importWarnings);
    plan = replan();
  }

  const written = await writePhase(host, plan, warnings, cb);
  if (written.kind !== 'written') return written;
  return {
    kind: 'done',
    rec: rec.value,
    settings: input.settings,
    // Only names and keys are kept: a plan for 50 000 employers is too big to hold on to.
    plan: { title: plan.title, sheets: plan.sheets.map((s) => ({ key: s.key, name: s.name })) },
    replan,
    report: written.report,
    warnings: written.warnings,
    ...(year ? { year } : {}),
  };
}
