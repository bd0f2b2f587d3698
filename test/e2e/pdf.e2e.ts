/**
 * PDFs in the built pane (Chromium, standalone, 350 px): the PDF twins of the sample
 * exports in both slots, a signing report and Qwoater's invoices as PDF in the year step,
 * and Otherside months as PDF. PDF.js is a chunk of its own that the import worker
 * fetches from the pane's own origin only once a PDF is chosen, under the pane's CSP;
 * every figure must equal what the engine reads from the CSV twins in Node.
 * Screenshots go to test/e2e/screenshots/ (rewritten with UPDATE_SCREENSHOTS=1, see support/build.ts) for a person to look at.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDossierExport } from '../../src/domain/imports/loket-dossiers';
import { requireTool } from '../support/system-tools';
import { scanPdf } from '../support/report-pdf';
import { ROOT } from './support/build';
import { slot, waitLoaded, type OpenPane } from './support/pane-driver';
import { paneSuite } from './support/pane-suite';
import { shot } from './support/shots';

const chromiumPath = requireTool('chromium', 'end-to-end tests of the task pane');
const example = (f: string) => readFileSync(join(ROOT, 'examples', f));
const PDF = 'application/pdf';
const WIDTH = 350;

const pdfjsChunks = (p: OpenPane) => p.requests.filter((u) => /\/pdfjs\.[0-9a-f]+\.js$/.test(u));
const nl = (n: number) => n.toLocaleString('nl-NL');

describe.skipIf(!chromiumPath)('PDFs in the task pane (Chromium, standalone)', () => {
  // At the end: no request to another origin, and no CSP violation, console error or page error while PDF.js ran in the worker.
  const suite = paneSuite(chromiumPath!);

  it('reads both exports as PDF: PDF.js is fetched only then, and the counts equal the CSVs’', async () => {
    const p = await suite.open({ width: WIDTH });
    const { page } = p;
    expect(pdfjsChunks(p)).toEqual([]);

    for (const [key, name] of [['current', 'loket-dossiers-31-12-2024'], ['previous', 'loket-dossiers-31-12-2023']] as const) {
      await slot(page, key).locator('input[type=file]').setInputFiles({ name: `${name}.pdf`, mimeType: PDF, buffer: example(`${name}.pdf`) });
      await waitLoaded(page, key);
      const csv = importDossierExport({ bytes: new Uint8Array(example(`${name}.csv`)) }, { label: `${name}.csv` });
      if (!csv.ok) throw new Error(csv.error.nl);
      const sum = (f: 'employerDossiers' | 'employeeDossiers' | 'inactiveDossiers') => nl(csv.value.employers.reduce((a, e) => a + e[f], 0));
      const s = slot(page, key);
      await expect(s.getByTestId('sum-employers').textContent()).resolves.toBe(nl(csv.value.employers.length));
      await expect(s.getByTestId('sum-employer-dossiers').textContent()).resolves.toBe(sum('employerDossiers'));
      await expect(s.getByTestId('sum-f').textContent()).resolves.toBe(sum('employeeDossiers'));
      await expect(s.getByTestId('sum-g').textContent()).resolves.toBe(sum('inactiveDossiers'));
    }
    // One chunk, fetched by the exports' import worker, from the pane's own origin.
    expect(new Set(pdfjsChunks(p)).size).toBe(1);
    await shot(p.page, '50-pdf-exports', { detail: page.getByTestId('step-exports') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
  });

  it('says in one line that a scan cannot be read', async () => {
    const p = await suite.open({ width: WIDTH });
    await slot(p.page, 'current').locator('input[type=file]').setInputFiles({ name: 'export-2024.pdf', mimeType: PDF, buffer: Buffer.from(await scanPdf(1)) });
    await waitLoaded(p.page, 'current');
    const alert = await slot(p.page, 'current').getByRole('alert').first().textContent();
    expect(alert).toContain('export-2024.pdf');
    expect(alert).toContain('scan');
    await shot(p.page, '51-pdf-scan', { detail: slot(p.page, 'current') });
  });

  it('the year step: a signing report as PDF, and the invoice PDF shown before it is added', async () => {
    const p = await suite.open({ width: WIDTH });
    const { page } = p;
    const step = page.getByTestId('step-year');
    await step.getByTestId('year-toggle').click();

    await step.getByTestId('year-signing').locator('input[type=file]').setInputFiles({ name: 'loket-signing-2024-Q1.pdf', mimeType: PDF, buffer: example('loket-signing-2024-Q1.pdf') });
    // The same line the CSV of this report gives (year.e2e.ts); a count and its noun are joined by a no-break space.
    await expect(step.getByTestId('signing-summary').textContent({ timeout: 60_000 })).resolves.toBe('01-01-2024 t/m 31-03-2024: 8\u00a0werkgevers, 82\u00a0verzoeken');

    await step.getByTestId('invoice-paste-open').click();
    await step.getByTestId('invoice-file').setInputFiles({ name: 'facturen-2024.pdf', mimeType: PDF, buffer: example('facturen-2024.pdf') });
    const preview = step.getByTestId('invoice-paste-preview');
    await preview.waitFor({ timeout: 60_000 });
    const items = await preview.locator('li').allTextContents();
    // examples/facturen-2024.txt, line for line.
    expect(items).toHaveLength(10);
    expect(items[0]).toBe('Voorschot · Q1 2024 · 02-01-2024 · 1.380 × · € 3.398,25');
    expect(items[1]).toBe('Correctie · Q1 2024 · 01-04-2024 · € 29,55');
    expect(items[9]).toBe('Eindafrekening · 2024 · 15-01-2025 · 1.404 × · € 49,25');
    await shot(p.page, '52-pdf-invoice-preview', { detail: step.getByTestId('invoice-paste') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
    await step.getByTestId('invoice-paste-add').click();
    await expect(step.getByTestId('invoice-line').count()).resolves.toBe(10);
  });

  it('Otherside months as PDF', async () => {
    const p = await suite.open({ width: WIDTH });
    const { page } = p;
    await page.getByRole('radio', { name: 'Otherside at Work (Xpert Suite)' }).check();
    await page.getByTestId('xpert-files').setInputFiles([
      { name: 'xpert-2024-01.pdf', mimeType: PDF, buffer: example('xpert-2024-01.pdf') },
      { name: 'xpert-2024-02.pdf', mimeType: PDF, buffer: example('xpert-2024-02.pdf') },
    ]);
    await page.locator('[data-testid=xpert-month][data-period="2024-02"]').waitFor({ timeout: 60_000 });
    const months = await page.locator('[data-testid=xpert-month]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.period));
    expect(months).toEqual(['2024-01', '2024-02']);
    await shot(p.page, '53-pdf-otherside', { detail: page.getByTestId('xpert-step-import') });
  });
});
