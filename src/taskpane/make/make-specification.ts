/**
 * 'Maak specificatie' from start to finish, without React: reconcile, build the plan,
 * check for sheets that already exist, ask the user when they do, and write through the
 * host. Each step yields to the browser first, so the progress bar paints and Stop works.
 */
import type { DossierExport } from '../../domain/imports/types';
import { error, type Problem, type Result } from '../../domain/problems';
import type { Settings } from '../../domain/settings';
import type { Reconciliation } from '../../domain/billing/types';
import type { WorkbookPlan } from '../../domain/spec/plan';
import { nextFreeSheetName } from '../../domain/spec/sheet-names';
import type { ConflictChoice, SheetInfo, WorkbookHost, WriteReport } from '../../host/host';
import type { YearMakeInput } from '../year/year-bridge';
import { planYear, type YearOutcome } from '../year/year-plan';

export interface Engine {
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
  | { kind: 'done'; rec: Reconciliation; settings: Settings; plan: Pick<WorkbookPlan, 'title'> & { sheets: { key: string; name: string }[] }; report: WriteReport; warnings: Problem[]; year?: YearOutcome }
  | { kind: 'failed'; error: Problem; warnings: Problem[] }
  | { kind: 'cancelled' };

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

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

export async function makeSpecification(host: WorkbookHost, engine: Engine, input: MakeInput, cb: MakeCallbacks): Promise<MakeOutcome> {
  try {
    return await make(host, engine, input, cb);
  } catch (e) {
    // The Excel host throws its mapped Problem from listSheets; keep its actionable text.
    const carried = problemOf(e);
    if (carried) return { kind: 'failed', error: carried, warnings: [] };
    // Otherwise hosts and the engine return errors as values; a throw is a bug. Show it, with its text.
    const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return { kind: 'failed', error: error('office.unknown', { detail }), warnings: [] };
  }
}

/** The Problem an error carries (the Excel host's OfficeProblemError), found by shape so the pane never imports src/office. */
export function problemOf(e: unknown): Problem | null {
  if (typeof e !== 'object' || e === null || !('problem' in e)) return null;
  const p = (e as { problem: unknown }).problem as Partial<Problem> | null;
  return p && typeof p.code === 'string' && typeof p.nl === 'string' && typeof p.en === 'string' ? (p as Problem) : null;
}

async function make(host: WorkbookHost, engine: Engine, input: MakeInput, cb: MakeCallbacks): Promise<MakeOutcome> {
  const standalone = host.kind === 'standalone';
  cb.onProgress({ step: 'reconcile', fraction: 0.05 });
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
  let year: YearOutcome | undefined;
  if (input.year) {
    const y = await planYear(rec.value, engineInput, input.year, input.lang, input.importWarnings, cb.confirmManySheets);
    if (y.kind === 'cancelled' || cb.signal.aborted) return { kind: 'cancelled' };
    if (y.kind === 'failed') return { kind: 'failed', error: y.error, warnings: [...warnings, ...y.warnings] };
    plan = y.plan;
    year = y.outcome;
    warnings.push(...y.warnings);
  } else plan = engine.buildPlan(rec.value, engineInput, input.lang, input.importWarnings);

  let conflict: ConflictChoice = 'next-free-name';
  const existing = await host.listSheets();
  const conflicts = findConflicts(plan, existing);
  if (conflicts.length) {
    const taken = [...existing.map((s) => s.name), ...plan.sheets.map((s) => s.name)];
    const choice = await cb.chooseConflict(conflicts, nextFreeSheetName(conflicts[0]!.planned, taken));
    if (choice === null || cb.signal.aborted) return { kind: 'cancelled' };
    conflict = choice;
  }

  const step: MakeStep = standalone ? 'file' : 'write';
  cb.onProgress({ step, fraction: 0.25 });
  await nextFrame();
  if (cb.signal.aborted) return { kind: 'cancelled' };
  const written = await host.writePlan(plan, {
    conflict,
    signal: cb.signal,
    // The writer reports sheets or chunks; they fill the last three quarters of the bar.
    // A writer that can only say 'started' (0 of 1) gets a moving bar rather than a stuck one.
    onProgress: (done, total) => cb.onProgress({ step, fraction: total > 1 || done >= total ? 0.25 + 0.75 * (done / Math.max(total, 1)) : null, done, total }),
  });
  // A write that finished counts even if Stop came late: the sheets are there.
  if (!written.ok) {
    if (cb.signal.aborted) return { kind: 'cancelled' };
    return { kind: 'failed', error: written.error, warnings: [...warnings, ...written.warnings] };
  }
  return {
    kind: 'done',
    rec: rec.value,
    settings: input.settings,
    // Only names and keys are kept: a plan for 50 000 employers is too big to hold on to.
    plan: { title: plan.title, sheets: plan.sheets.map((s) => ({ key: s.key, name: s.name })) },
    report: written.value,
    warnings: [...warnings, ...written.warnings],
    ...(year ? { year } : {}),
  };
}
