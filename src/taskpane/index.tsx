/**
 * Entry point: decide where we run (Excel or a browser tab), then render the pane.
 * Everything Office-specific stays in src/office.
 *
 * What lives in src/taskpane/: App.tsx (the flows), components/ (shared pieces: steps'
 * frame, file import, notices, make step, result), steps/ (the Qwoater steps), year/ (step 4:
 * invoices, signing, per-employer sheets), xpert/ (the Otherside flow and its state),
 * imports/ (the one importer per kind of report), make/ (making the workbook, without React),
 * state/ (reducers, forms, stored state), hooks/ (persistence, touched fields), worker/
 * (reading files off the pane's thread), i18n/ (the pane's texts and their look-up).
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { createStandaloneHost } from '../host/standalone-host';
import { startRuntime } from '../office/runtime';
import { App } from './App';
import { HostProvider } from './host-context';
import { preloadDialogs } from './components/lazy-dialogs';
import { loadLanguage } from './i18n/catalogue';
import { I18nProvider } from './i18n/i18n-context';
import type { Engine } from './make/make-specification';
import { createWorkerRunner, type ImportRunner } from './worker/import-client';
import { createInlineRunner } from './worker/inline-runner';
import { prepareXlsxWorker, writeXlsxInWorker } from './worker/xlsx-client';

/** The engine (billing and the plan builders) is a chunk of its own, fetched at the first 'Maak'. */
let pipeline: typeof import('../domain/pipeline') | null = null;
const loaded = () => {
  if (!pipeline) throw new Error('engine used before engine.load()');
  return pipeline;
};
const engine: Engine = {
  load: async () => {
    pipeline ??= await import(/* webpackChunkName: "engine" */ '../domain/pipeline');
  },
  reconcile: (input) => loaded().reconcileQwoater(input),
  buildPlan: (rec, input, lang, warnings) => loaded().buildQwoaterPlan(rec, input, lang, warnings),
};

const hasWorkers = typeof Worker !== 'undefined';
const makeRunner = (): ImportRunner => (hasWorkers ? createWorkerRunner() : createInlineRunner());

async function main() {
  const container = document.getElementById('root');
  if (!container) throw new Error('#root missing from taskpane.html');
  const writer = hasWorkers ? { writeXlsx: writeXlsxInWorker } : {};
  const runtime = await startRuntime({ makeStandalone: (language) => createStandaloneHost({ language, ...writer, writesOffThread: hasWorkers }), ...writer });
  if (runtime.detail) console.warn(`Factuurcheck: Excel not usable (${runtime.reason}): ${runtime.detail}`);
  const language = (await loadLanguage(runtime.language)) ? runtime.language : 'nl';
  document.documentElement.lang = language === 'pseudo' ? 'en' : language;
  // Tests and support read this to know which mode started, without guessing from the UI.
  document.documentElement.dataset.host = runtime.host.kind;
  document.documentElement.dataset.reason = runtime.reason;
  const prepareWriter = hasWorkers && runtime.host.kind === 'standalone';
  // Once the exports are in: fetch the engine and the dialogs 'Maak' may ask (and, standalone, start the writer's worker) while the user fills in prices.
  const warmUp = () => {
    engine.load?.().catch(() => undefined); // 'Maak' loads it again and says what failed
    preloadDialogs().catch(() => undefined); // a dialog that needs it loads it again
    if (prepareWriter) prepareXlsxWorker();
  };
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang={language}>
        <HostProvider host={runtime.host}>
          <App host={runtime.host} engine={engine} makeRunner={makeRunner} warmUp={warmUp} />
        </HostProvider>
      </I18nProvider>
    </FluentProvider>,
  );
}

void main();
