/**
 * The pane as it runs in Excel, but with a scripted WorkbookHost instead of Office.js, so
 * the browser tests can drive what standalone mode never shows: 'Gebruik selectie', the
 * dialog about existing sheets, and the buttons that open the new sheets. Built only into
 * the e2e bundle (webpack --env harness); the test scripts the host through window.__harness.
 */
import '../../../src/taskpane/zod-jitless';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { buildQwoaterPlan, reconcileQwoater } from '../../../src/domain/pipeline';
import { ok } from '../../../src/domain/problems';
import { nextFreeSheetName } from '../../../src/domain/spec/sheet-names';
import type { SheetInfo, WorkbookHost } from '../../../src/host/host';
import { App } from '../../../src/taskpane/App';
import { HostProvider } from '../../../src/taskpane/host-context';
import { I18nProvider } from '../../../src/taskpane/i18n/i18n-context';
import { createWorkerRunner } from '../../../src/taskpane/worker/import-client';

export interface Harness {
  selection: { grid: string[][]; address: string };
  sheets: SheetInfo[];
  writes: { conflict: string; sheetNames: Record<string, string> }[];
  activated: string[];
  state: string | null;
}

const harness: Harness = { selection: { grid: [], address: 'Blad1!A1' }, sheets: [], writes: [], activated: [], state: null };
(window as unknown as { __harness: Harness }).__harness = harness;

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

const host: WorkbookHost = {
  kind: 'excel',
  language: () => 'nl',
  readSelection: async () => ok(harness.selection),
  listSheets: async () => harness.sheets,
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
      options.onProgress?.(i + 1, plan.sheets.length);
    }
    harness.writes.push({ conflict: options.conflict, sheetNames });
    return ok({ sheetNames, syncs: 3 });
  },
  activateSheet: async (name) => void harness.activated.push(name),
  loadState: async () => ok(harness.state),
  saveState: async (json) => {
    harness.state = json;
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
