/**
 * The pane's speed figure: from the click on 'Maak specificatie' until the .xlsx download
 * is complete, for 5,000 employers in two years' exports, in headless Chromium. Shared by
 * the e2e test (which asserts a ceiling) and bench/pane-download.ts (which reports it).
 */
import type { Browser } from 'playwright-core';
import { dossierCsv, employersFor } from './loket-fixture';
import { loadFile, makeAndDownload, openPane, setFlatPrice } from './pane-driver';

export interface PaneBenchResult {
  /** The first click in a fresh pane: includes loading the writer's code, as a user meets it. */
  ms: number;
  /** A second click in the same pane: the work alone. */
  warmMs: number;
  bytes: number;
  fileName: string;
}

export async function measurePaneDownload(browser: Browser, origin: string, employers = 5_000): Promise<PaneBenchResult> {
  const current = dossierCsv(employersFor(2024, employers), { peildatum: '31-12-2024' });
  const previous = dossierCsv(employersFor(2023, employers), { peildatum: '31-12-2023' });
  const p = await openPane(browser, origin, { width: 360 });
  try {
    await loadFile(p.page, 'current', 'loket-dossiers-31-12-2024.csv', current.csv);
    await loadFile(p.page, 'previous', 'loket-dossiers-31-12-2023.csv', previous.csv);
    await setFlatPrice(p.page, '9,85');
    const cold = await makeAndDownload(p.page);
    await p.page.getByTestId('result-card').waitFor();
    const warm = await makeAndDownload(p.page);
    return { ms: Math.round(cold.ms), warmMs: Math.round(warm.ms), bytes: cold.bytes.length, fileName: cold.fileName };
  } finally {
    await p.context.close();
  }
}

export interface PaneStartResult {
  /** From navigation until the first step takes a file (the current export's input is there), in ms. */
  firstRenderMs: number;
  /**
   * The pane's own JavaScript the page fetched before that moment: decoded (unzipped) bytes,
   * summed over every file from the pane's origin, however the code is split.
   */
  initialJsBytes: number;
  /** Microsoft's office.js and its host table, fetched before it too (from Microsoft's CDN in a real pane). */
  officeJsBytes: number;
  files: { name: string; bytes: number }[];
}

/** A fresh pane at 350 px: how long until the user can give it a file, and what JavaScript came before. */
export async function measurePaneStart(browser: Browser, origin: string): Promise<PaneStartResult> {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 350, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/taskpane.html`, { waitUntil: 'commit' });
    await page.locator('[data-testid=slot-current] input[type=file]').waitFor({ state: 'attached', timeout: 60_000 });
    // Read in the page at once: the resource entries up to now, and the time since navigation began.
    const seen = await page.evaluate(() => ({
      at: performance.now(),
      js: performance
        .getEntriesByType('resource')
        .map((e) => e as PerformanceResourceTiming)
        .filter((e) => /\.m?js(\?|$)/.test(new URL(e.name).pathname))
        .map((e) => ({ name: new URL(e.name).pathname, bytes: e.decodedBodySize, end: e.responseEnd })),
    }));
    const files = seen.js.filter((f) => f.end <= seen.at).map(({ name, bytes }) => ({ name, bytes }));
    const sum = (xs: { bytes: number }[]) => xs.reduce((s, f) => s + f.bytes, 0);
    return {
      firstRenderMs: Math.round(seen.at),
      initialJsBytes: sum(files.filter((f) => !f.name.startsWith('/office/'))),
      officeJsBytes: sum(files.filter((f) => f.name.startsWith('/office/'))),
      files,
    };
  } finally {
    await context.close();
  }
}

export interface PaneSheetsResult {
  /** From the click on the confirmation's 'yes' until the .xlsx is downloaded. */
  ms: number;
  sheets: number;
  bytes: number;
}

/**
 * 3,000 employer sheets in the standalone pane: two exports whose employers together are
 * `employers` (the current year's ids 4…n, last year's 1…n), all employers' sheets chosen,
 * 'Maak', and the clock runs from the confirmation's 'yes' to the finished download.
 */
export async function measurePaneEmployerSheets(browser: Browser, origin: string, employers = 3_000): Promise<PaneSheetsResult> {
  const current = dossierCsv(employersFor(2024, employers - 3), { peildatum: '31-12-2024' });
  const previous = dossierCsv(employersFor(2023, employers), { peildatum: '31-12-2023' });
  const p = await openPane(browser, origin, { width: 360 });
  try {
    const { page } = p;
    await loadFile(page, 'current', 'loket-dossiers-31-12-2024.csv', current.csv);
    await loadFile(page, 'previous', 'loket-dossiers-31-12-2023.csv', previous.csv);
    await setFlatPrice(page, '9,85');
    const year = page.getByTestId('step-year');
    await year.getByTestId('year-toggle').click();
    await year.getByTestId('employers-on').click();
    const all = year.getByTestId('employers-all');
    await all.check();
    await page.getByTestId('make-button').click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor({ timeout: 60_000 });
    const heading = (await dialog.getByRole('heading').textContent()) ?? '';
    const sheets = Number(heading.replace(/\D/g, ''));
    if (sheets !== employers) throw new Error(`the confirmation asks about '${heading}', not ${employers} sheets`);
    const { readFile } = await import('node:fs/promises');
    const t0 = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 300_000 }), dialog.getByTestId('confirm-sheets-yes').click()]);
    const path = await download.path();
    const ms = performance.now() - t0;
    if (p.problems.length) throw new Error(`the pane reported: ${p.problems.join('; ')}`);
    return { ms: Math.round(ms), sheets, bytes: (await readFile(path)).length };
  } finally {
    await p.context.close();
  }
}
