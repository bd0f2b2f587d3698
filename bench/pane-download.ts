/**
 * paneDownload5kMs: the task pane in headless Chromium, standalone, from the click on
 * 'Maak specificatie' until the .xlsx download for 5,000 employers is complete. Median of
 * three fresh panes (each a first click, code loading included, as a user meets it);
 * paneDownload5kWarmMs is the median of a second click in the same pane.
 *
 * `tsx bench/pane-download.ts` prints {"paneDownload5kMs": n, …}; `npm run bench` imports
 * measurePaneDownload. Builds the pane first when the sources are newer than the build.
 */
import { findTool } from '../test/support/system-tools';
import { launchChromium } from '../test/e2e/support/browser';
import { ensureE2eBuild } from '../test/e2e/support/build';
import { measurePaneDownload as measureOnce } from '../test/e2e/support/pane-benchmark';
import { serveStatic } from '../test/e2e/support/static-server';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function measurePaneDownload(runs = 3): Promise<{ paneDownload5kMs: number | null; paneDownload5kWarmMs: number | null }> {
  const chromium = findTool('chromium');
  if (!chromium) {
    process.stderr.write('  paneDownload5kMs: not measured (chromium missing: apt-get install -y chromium)\n');
    return { paneDownload5kMs: null, paneDownload5kWarmMs: null };
  }
  const server = await serveStatic(ensureE2eBuild());
  const browser = await launchChromium(chromium);
  try {
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < runs; i++) {
      const r = await measureOnce(browser, server.origin);
      cold.push(r.ms);
      warm.push(r.warmMs);
      process.stderr.write(`  pane download 5k: ${r.ms} ms (second click ${r.warmMs} ms), ${r.bytes} bytes\n`);
    }
    return { paneDownload5kMs: median(cold), paneDownload5kWarmMs: median(warm) };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (require.main === module) {
  measurePaneDownload().then(
    (r) => process.stdout.write(JSON.stringify(r) + '\n'),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
