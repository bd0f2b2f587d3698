/**
 * The pane as it runs in Excel, but with a scripted WorkbookHost instead of Office.js, so
 * the browser tests can drive what standalone mode never shows: 'Gebruik selectie', the
 * dialog about existing sheets, and the buttons that open the new sheets. Built only into
 * the e2e bundle (webpack --env harness); the test scripts the host through window.__harness.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { buildQwoaterPlan, reconcileQwoater } from '../../../src/domain/pipeline';
import { error, fail, ok } from '../../../src/domain/problems';
import { nextFreeSheetName } from '../../../src/domain/spec/sheet-names';
import type { SheetInfo, WorkbookHost } from '../../../src/host/host';
import { App } from '../../../src/taskpane/App';
import { HostProvider } from '../../../src/taskpane/host-context';
import { I18nProvider } from '../../../src/taskpane/i18n/i18n-context';
import { createWorkerRunner } from '../../../src/taskpane/worker/import-client';
import { decodeState } from '../../../src/taskpane/state/state-codec';

export interface Harness {
  selection: { grid: string[][]; address: string };
  sheets: SheetInfo[];
  writes: { conflict: string; sheetNames: Record<string, string> }[];
  activated: string[];
  /** What the pane saved, as it would be in the workbook (packed), and unpacked for the test to read. */
  state: string | null;
  stateJson: string | null;
  /** Plans the pane asked to open as a workbook of their own: their titles. */
  exported: string[];
  cleared: number;
  /** Make saves fail (as a protected workbook would), and count the attempts. */
  saveFails: boolean;
  saveAttempts: number;
}

// The saved state outlives a reload, as it outlives closing the workbook.
const kept = sessionStorage.getItem('harness.state');
const harness: Harness = { selection: { grid: [], address: 'Blad1!A1' }, sheets: [], writes: [], activated: [], state: kept, stateJson: null, exported: [], cleared: 0, saveFails: false, saveAttempts: 0 };
(window as unknown as { __harness: Harness }).__harness = harness;

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

const host: WorkbookHost = {
  kind: 'excel',
  language: () => 'nl',
  readSelection: async () => ok(harness.selection),
  listSheets: async () => ok(harness.sheets),
  async writePlan(plan, options) {
    const taken = new Set(harness.sheets.map((s) => s.name));
    const sheetNames: Record<string, string> = {};
    for (const [i, s] of plan.sheets.entries()) {
      const existing = harness.sheets.find((x) => x.name.toLowerCase() === s.name.toLowerCase());
      // Like the Office writer: only our own sheet may be replaced; anything else gets a free name.
      const name = existing && !(options.conflict === 'replace-own' && existing.ownedByUs) ? nextFreeSheetName(s.name, taken) : s.name;
      taken.add(name);
      sheetNames[s.key] = name;
      await pause(50);
      options.onProgress?.(i + 1, plan.sheets.length, { done: i + 1, total: plan.sheets.length });
    }
    harness.writes.push({ conflict: options.conflict, sheetNames });
    return ok({ sheetNames, syncs: 3 });
  },
  activateSheet: async (name) => {
    harness.activated.push(name);
    return ok(undefined);
  },
  exportWorkbook: async (plan) => {
    harness.exported.push(plan.title);
    return ok({ fileName: `${plan.title}.xlsx`, how: 'opened' });
  },
  loadState: async () => ok(harness.state),
  saveState: async (text) => {
    harness.saveAttempts++;
    if (harness.saveFails) return fail(error('office.accessDenied', { detail: 'AccessDenied: the workbook is protected' }));
    harness.state = text;
    harness.stateJson = await decodeState(text);
    sessionStorage.setItem('harness.state', text);
    return ok(undefined);
  },
  clearState: async () => {
    harness.state = harness.stateJson = null;
    sessionStorage.removeItem('harness.state');
    harness.cleared++;
    return ok(undefined);
  },
};

createRoot(document.getElementById('root')!).render(
  <FluentProvider theme={webLightTheme}>
    <I18nProvider lang="nl">
      <HostProvider host={host}>
        <App host={host} engine={{ reconcile: reconcileQwoater, buildPlan: buildQwoaterPlan }} makeRunner={() => createWorkerRunner()} />
      </HostProvider>
    </I18nProvider>
  </FluentProvider>,
);
