/**
 * The importer on the main thread, for browsers without module workers. It still yields
 * before parsing so the progress bar paints, but it cannot be interrupted mid-parse.
 */
import type { ImportOutcome, ImportRunner } from './import-client';

let nextId = 1_000_000;

export function createInlineRunner(): ImportRunner {
  let live: number | null = null;
  return {
    run(job) {
      const id = nextId++;
      live = id;
      const done = new Promise<ImportOutcome>((resolve) => {
        setTimeout(async () => {
          if (live !== id) return resolve({ id, type: 'cancelled' });
          const { runImport } = await import(/* webpackChunkName: "importer" */ './run-import');
          if (live !== id) return resolve({ id, type: 'cancelled' });
          resolve(await runImport({ ...job, id }));
        }, 0);
      });
      return {
        id,
        done,
        cancel: () => {
          if (live === id) live = null;
        },
      };
    },
    dispose() {
      live = null;
    },
  };
}
