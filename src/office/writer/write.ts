/**
 * The write itself: build every sheet's steps, send them in packed requests, place and
 * commit, and on any failure repair the workbook (recovery.ts). Never throws for Excel's
 * errors: they come back as a Problem the pane and the user can act on.
 */
import type { WorkbookPlan } from '../../domain/spec/plan';
import { error, fail, ok, warning, type Problem, type Result } from '../../domain/problems';
import type { ConflictChoice, WriteReport } from '../../host/host';
import { officeErrorDetail, officeProblem } from '../errors';
import type { XlRequestContext, XlWorksheet } from '../api';
import { compileSheet } from './build';
import { batchBytes, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_SHEETS_PER_SYNC, nextBudget, OP_BYTES, pack, type Env, type Step, type Syncer } from './chunking';
import { applyCommit, commitOps } from './commit';
import { planRefs } from './formulas';
import { placeTargets, probeHits, queueProbe, queueRead, type WorkbookView } from './placement';
import { recover } from './recovery';
import { calcOrder } from './recalc';
import { newTransaction, type Transaction } from './transaction';
import { planProblem } from '../../writers/plan-check';
import { applyNames, namesOps, queueNamesRead, type ExistingName } from './workbook-names';

// ── Options and report ───────────────────────────────────────────────────────────────────
export interface OfficeWriteOptions {
  conflict: ConflictChoice;
  /** Requests sent of those planned, and the sheets whose writing has begun of the plan's sheets. */
  onProgress?: (done: number, total: number, sheets?: { done: number; total: number }) => void;
  signal?: AbortSignal;
  /** Our estimate of one request's JSON; Excel on the web refuses 5 MB. */
  maxRequestBytes?: number;
  /** New sheets per request, so one request never blocks Excel for long. */
  sheetsPerSync?: number;
  /** Fixed in tests; random otherwise. */
  runId?: string;
  activate?: boolean;
}
export interface OfficeWriteReport extends WriteReport {
  syncs: number;
  /** The writer's own estimate of its largest request. */
  largestRequestBytes: number;
  /** Ranges given the text format '@' so their text is never parsed; single cells included. */
  textFormatRanges: number;
  textFormatSingleCells: number;
  payloadRetries: number;
}

class Aborted extends Error {}

/** Writes the plan; never throws for Excel's errors, it returns them as a Problem. */
export async function writePlanToExcel(ctx: XlRequestContext, plan: WorkbookPlan, options: OfficeWriteOptions): Promise<Result<OfficeWriteReport>> {
  const warnings: Problem[] = [];
  const stats = { syncs: 0, largest: 0, payloadRetries: 0, textFormatRanges: 0, textFormatSingleCells: 0 };
  const sync: Syncer = async (bytes) => {
    stats.syncs++;
    stats.largest = Math.max(stats.largest, bytes);
    await ctx.sync();
  };
  const checkAbort = () => { if (options.signal?.aborted) throw new Aborted(); };
  if (plan.sheets.length === 0) return ok({ sheetNames: {}, syncs: 0, largestRequestBytes: 0, textFormatRanges: 0, textFormatSingleCells: 0, payloadRetries: 0 });
  // Excel's limits and a plan's own consistency, checked before the first request: nothing to undo.
  const refused = planProblem(plan);
  if (refused) return fail(refused);
  const tx = newTransaction(plan, options.runId ?? Math.random().toString(36).slice(2, 8));
  const report = (): OfficeWriteReport => ({
    sheetNames: Object.fromEntries(tx.targets.map((t) => [t.plan.key, t.final])),
    syncs: stats.syncs,
    largestRequestBytes: stats.largest,
    textFormatRanges: stats.textFormatRanges,
    textFormatSingleCells: stats.textFormatSingleCells,
    payloadRetries: stats.payloadRetries,
  });
  try {
    checkAbort();
    const refs = planRefs(tx, plan.names);
    const compiled = tx.targets.map((t, i) => compileSheet(t, i, tx.run, refs, stats, plan.names));
    tx.calculate = calcOrder(compiled.map((c) => c.reads)).filter((i) => compiled[i]!.formulas);
    const steps = [...compiled.flatMap((c) => c.now), ...compiled.flatMap((c) => c.later)];
    await execute(ctx, sync, tx, plan, steps, options, stats, warnings, checkAbort);
    return ok(report(), warnings);
  } catch (e) {
    const problem = e instanceof Aborted ? error('office.aborted') : officeProblem(e);
    if (!tx.touched) return fail(problem, warnings);
    const cause = e instanceof Aborted ? 'aborted' : officeErrorDetail(e);
    let outcome: Awaited<ReturnType<typeof recover>>;
    try {
      outcome = await recover(ctx, sync, tx);
    } catch (re) {
      const left = tx.targets.flatMap((t) => [t.temp, ...(t.final ? [t.final] : []), ...(t.replaces ? [t.replaces.aside] : [])]);
      return fail(error('office.rollbackFailed', { cause, detail: officeErrorDetail(re), sheets: left.join(', ') }), warnings);
    }
    if (outcome === 'rolled-back') return fail(problem, warnings);
    // Past the commit point the write has happened; the user learns what Excel said, as a warning.
    return ok(report(), [...warnings, warning('office.finishedWithError', { cause })]);
  }
}

/**
 * Sends the packed requests. The first also reads the workbook, the next one checks who owns
 * the sheets whose names the plan wants, and the last commits; so reading costs no extra
 * round trip and the commit only gets its own when the plan fits in a single request.
 */
async function execute(
  ctx: XlRequestContext,
  sync: Syncer,
  tx: Transaction,
  plan: WorkbookPlan,
  steps: Step[],
  options: OfficeWriteOptions,
  stats: { payloadRetries: number },
  warnings: Problem[],
  checkAbort: () => void,
): Promise<void> {
  let budget = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const cap = options.sheetsPerSync ?? DEFAULT_SHEETS_PER_SYNC;
  let batches = pack(steps, budget, cap);
  let view: WorkbookView | null = null;
  let names = new Map<string, ExistingName>();
  const planNames = plan.names ?? [];
  let probed = false;
  let committed = false;
  let done = 0;
  let sent = 0;
  // An estimate: the commit needs a request of its own when fewer than two remain to carry it.
  const total = () => sent + batches.length - done + (committed || batches.length - done >= 2 ? 0 : 1);
  // The sheets whose writing has begun: the user counts sheets, not requests ('1.250 van 3.000 werkbladen').
  const newSheets = (bs: Step[][]) => bs.reduce((n, b) => n + b.reduce((m, s) => m + (s.newSheet ? 1 : 0), 0), 0);
  const sheetTotal = newSheets(batches);
  const sheets = () => ({ done: newSheets(batches.slice(0, done)), total: sheetTotal });
  options.onProgress?.(0, total(), sheets());
  while (!committed) {
    checkAbort();
    const batch = batches[done] ?? [];
    const cache = new Map<string, XlWorksheet>();
    const env: Env = {
      ctx,
      adopt: (name, ws) => cache.set(name, ws),
      sheet: (name) => {
        let ws = cache.get(name);
        if (!ws) cache.set(name, (ws = ctx.workbook.worksheets.getItem(name)));
        return ws;
      },
    };
    // Reads first, so they see the workbook as the user left it.
    const afterRead: (() => WorkbookView) | null = view ? null : queueRead(ctx);
    const afterNames = view || planNames.length === 0 ? null : queueNamesRead(ctx);
    const afterProbe = view && !probed ? queueProbe(probeHits(view, plan, options.conflict)) : null;
    let bytes = batchBytes(batch) + (afterRead ? 2 * OP_BYTES : 0) + (afterProbe ? 4 * OP_BYTES : 0);
    const finishing = commitOps(tx) + namesOps(planNames);
    const commitNow = tx.placed && done >= batches.length - 1 && (batch.length === 0 || bytes + finishing * OP_BYTES <= budget);
    // Writes go faster with calculation suspended; the commit request recalculates our sheets, so it must not be.
    if (!commitNow) ctx.application.suspendApiCalculationUntilNextSync();
    for (const s of batch) s.apply(env);
    if (commitNow) {
      applyCommit(env, tx, options.activate ?? true);
      applyNames(env, tx, planNames, names, warnings);
      bytes += finishing * OP_BYTES;
    }
    tx.touched = true;
    try {
      await sync(bytes);
    } catch (e) {
      // Excel refuses an oversized request before running any of it: halve and resend.
      const halved = nextBudget(e, budget);
      if (halved === null) throw e;
      budget = halved;
      stats.payloadRetries++;
      batches = [...batches.slice(0, done), ...pack(batches.slice(done).flat(), budget, cap)];
      options.onProgress?.(sent, total(), sheets());
      continue;
    }
    if (afterNames) names = afterNames();
    if (afterRead) {
      const read = afterRead();
      view = read;
      probed = probeHits(read, plan, options.conflict).length === 0;
    } else if (afterProbe) {
      afterProbe();
      probed = true;
    }
    if (view && probed && !tx.placed) placeTargets(tx, view, options.conflict, warnings);
    committed = commitNow;
    if (done < batches.length) done++;
    sent++;
    options.onProgress?.(sent, committed ? sent : Math.max(total(), sent + 1), sheets());
  }
}
