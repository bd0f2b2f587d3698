/**
 * Drives the built task pane in Chromium the way a user does, by the elements a user
 * sees (plus a few data-testid hooks), and records everything the page requests.
 *
 * Stable hooks for tests (the pane keeps these; change them only together with the tests):
 *  - `source-switch`: the Qwoater / Otherside choice (a radio group);
 *  - `slot-current`, `slot-previous`: the export cards, each holding its file `input`
 *    (`file-current`, `file-previous`), its summary (`export-summary`, with `sum-employers`,
 *    `sum-employer-dossiers`, `sum-f`, `sum-g`), its column map (`column-mapping`, toggle
 *    `mapping-edit`, selects `select[data-role=<role>]`), `paste-open`/`paste-text`/
 *    `paste-read`, `import-progress`, `import-cancel`, `slot-remove`, and what its dates say
 *    (`finding-year`, `finding-agreed`, `finding-swap`, fix `swap-exports`);
 *  - `make-button`, `make-progress`, `result-card`; Otherside: `xpert-files`,
 *    `xpert-entry`, `xpert-month`, `xpert-make-button`, `xpert-result`;
 *  - the year step: `step-year`, `year-toggle`, `year-employers`, `employers-on`,
 *    `employers-all`, `employers-chosen`, `signing-source`, `signing-summary`;
 *  - ids: `#field-year`, `#field-peildatum`, `#field-flatPrice`, `#field-minimum`,
 *    `#field-vat`, `#field-tolerance`, `#year-employer-numbers`.
 * Every message the pane shows about an input is in an element with role=alert or
 * role=status, a Fluent MessageBar, or a field's validation message.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface OpenPane {
  context: BrowserContext;
  page: Page;
  /** Every URL the page or its workers asked for. */
  requests: string[];
  /** Console errors, page errors and CSP violations. */
  problems: string[];
  /** What the CSP blocked on purpose: office.js's own logging frame, which the offline build never lets out. */
  blockedOnPurpose: string[];
}

/** office.js (ULS logger) frames this origin 3 s after loading; our offline-build CSP blocks it. */
const OFFICE_TELEMETRY = 'telemetryservice.firstpartyapps.oaspapps.com';

export interface OpenOptions {
  locale?: string;
  width?: number;
  query?: string;
  /** Reuse a context (to test restoring saved state). */
  context?: BrowserContext;
}

export async function openPane(browser: Browser, origin: string, opts: OpenOptions = {}): Promise<OpenPane> {
  const context =
    opts.context ??
    (await browser.newContext({ locale: opts.locale ?? 'nl-NL', viewport: { width: opts.width ?? 350, height: 900 }, acceptDownloads: true }));
  const requests: string[] = [];
  const problems: string[] = [];
  const blockedOnPurpose: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    if (m.text().includes(OFFICE_TELEMETRY)) blockedOnPurpose.push(m.text());
    else problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  // CSP violations also reach the console, but this names the directive.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`));
  });
  await page.goto(`${origin}/taskpane.html${opts.query ?? ''}`);
  await page.waitForSelector('[data-testid=step-make]', { timeout: 20_000 });
  return { context, page, requests, problems, blockedOnPurpose };
}

export const slot = (page: Page, key: 'current' | 'previous') => page.locator(`[data-testid=slot-${key}]`);

/** Every interactive control in Tab order from the top, by what identifies it (id, test id, label or text). */
export async function tabStops(page: Page, count: number): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate(() => {
        const e = document.activeElement as HTMLElement | null;
        return e ? e.id || e.dataset.testid || e.getAttribute('aria-label') || e.textContent?.trim() || e.tagName : '';
      }),
    );
  }
  return stops;
}

export async function loadFile(page: Page, key: 'current' | 'previous', name: string, content: string | Buffer): Promise<void> {
  await slot(page, key).locator('input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8') });
  await waitLoaded(page, key);
}

export async function pasteText(page: Page, key: 'current' | 'previous', text: string): Promise<void> {
  const s = slot(page, key);
  await s.getByTestId('paste-open').click();
  await s.getByTestId('paste-text').fill(text);
  await s.getByTestId('paste-read').click();
  await waitLoaded(page, key);
}

/** Waits until the slot shows a summary or an error, and no progress bar. */
export async function waitLoaded(page: Page, key: 'current' | 'previous'): Promise<void> {
  const s = slot(page, key);
  await s.locator('[data-testid=export-summary], [role=alert]').first().waitFor({ timeout: 60_000 });
  await s.getByTestId('import-progress').waitFor({ state: 'detached', timeout: 60_000 });
}

export async function setFlatPrice(page: Page, text: string): Promise<void> {
  await page.locator('#field-flatPrice').fill(text);
  await page.locator('#field-flatPrice').blur();
}

export interface Downloaded {
  fileName: string;
  bytes: Buffer;
  /** From the click on 'Maak specificatie' until the file is complete on disk. */
  ms: number;
}

export async function makeAndDownload(page: Page): Promise<Downloaded> {
  const { readFile } = await import('node:fs/promises');
  const t0 = performance.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('make-button').click()]);
  const path = await download.path();
  const ms = performance.now() - t0;
  return { fileName: download.suggestedFilename(), bytes: await readFile(path), ms };
}

/** Origins other than the pane's own (blob: and data: URLs stay inside the page). */
export function foreignRequests(requests: string[], origin: string): string[] {
  return requests.filter((u) => !u.startsWith('blob:') && !u.startsWith('data:') && new URL(u).origin !== origin);
}
