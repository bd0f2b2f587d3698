/**
 * The importer on the main thread, for browsers without module workers. Jobs run one at a
 * time in order, as in the worker; each yields first so the progress bar paints, but a
 * running one cannot be interrupted.
 */
import type { ImportOutcome, ImportRunner } from './import-client';

let nextId = 1_000_000;

export function createInlineRunner(): ImportRunner {
  const live = new Set<number>();
  let chain: Promise<unknown> = Promise.resolve();
  return {
    run(job) {
      const id = nextId++;
      live.add(id);
      const done: Promise<ImportOutcome> = chain.then(async () => {
        await new Promise((r) => setTimeout(r, 0));
        if (!live.has(id)) return { id, type: 'cancelled' as const };
        const { runImport } = await import(/* webpackChunkName: "importer" */ './run-import');
        const reply = (await runImport({ ...job, id })) as ImportOutcome;
        return live.delete(id) ? reply : { id, type: 'cancelled' as const };
      });
      chain = done;
      return { id, done, cancel: () => void live.delete(id) };
    },
    dispose() {
      live.clear();
    },
  };
}
