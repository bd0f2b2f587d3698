/**
 * How a plan travels to the xlsx worker: as one JSON text, not as a structured clone.
 *
 * Why: a plan with 3,000 employer sheets is some 200,000 small objects. Chromium's
 * structured clone took ~0.35 s to serialise them on the page and ~0.35 s to rebuild them
 * in the worker; JSON.stringify and JSON.parse of the same plan take ~0.25 s and ~0.2 s,
 * and the text crosses as one block. Measured side by side in the pane (bench/
 * pane-start-sheets.ts), 'Maak' to download went from 3.6 to 2.9 s.
 *
 * Plans are JSON data by design (plan.ts: numbers, texts, booleans, null, arrays, plain
 * objects). The one thing JSON changes is a number that is not finite: it would arrive as
 * null, an empty cell. The plan check refuses such a number, but it runs on the page, on
 * the original; so a plan that skipped it (`checked: false`) is written out with a
 * replacer that refuses one instead.
 */
import type { WorkbookPlan } from '../../domain/spec/plan';

function refuseNonFinite(key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`plan holds ${value} (at '${key}'), which an .xlsx cannot`);
  return value;
}

export function planToWire(plan: WorkbookPlan, checked: boolean): string {
  return checked ? JSON.stringify(plan) : JSON.stringify(plan, refuseNonFinite);
}

export function planFromWire(text: string): WorkbookPlan {
  return JSON.parse(text) as WorkbookPlan;
}
