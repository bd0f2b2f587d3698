/**
 * The Otherside at Work flow in the built pane, standalone in Chromium at 350 px: choose
 * Otherside, import January and February together, March (.xlsx) on its own, February
 * again (same figures: nothing happens) and a corrected February (the replace dialog),
 * set the rates, make the overview, and check the downloaded .xlsx against runXpert in
 * Node on the same files and against a figure summed by hand. Then reload: the three
 * months come back from storage; and a tampered month is left out with a warning.
 * Screenshots of each step go to test/e2e/screenshots/ (rewritten with UPDATE_SCREENSHOTS=1, see support/build.ts) (30-…) for a person to look at.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addReports, emptyHistory, parseXpertSettings, runXpert, type XpertReport } from '../../src/domain/xpert';
import { readXpertUpload } from '../../src/readers/upload';
import { readWorkbookValues } from '../support/read-xlsx';
import { requireTool } from '../support/system-tools';
import { launchChromium } from './support/browser';
import { contrastFailures } from './support/contrast';
import { ROOT, SHOTS, ensureE2eBuild } from './support/build';
import { foreignRequests, openPane, type OpenPane } from './support/pane-driver';
import { serveStatic, type StaticServer } from './support/static-server';
import { shot } from './support/shots';
import { sheetByPrefix } from './support/xlsx-lookup';
import { decodeState, encodeState } from '../../src/taskpane/state/state-codec';

const chromiumPath = requireTool('chromium', 'end-to-end tests of the task pane');
const EXAMPLES = join(ROOT, 'examples');

const jan = readFileSync(join(EXAMPLES, 'xpert-2024-01.csv'));
const feb = readFileSync(join(EXAMPLES, 'xpert-2024-02.csv'));
const mar = readFileSync(join(EXAMPLES, 'xpert-2024-03.xlsx'));
// The corrected February: Bakkerij De Korenschoof had 46 employees, not 44.
const febFixed = Buffer.from(feb.toString('utf8').replace('001001,Bakkerij De Korenschoof,2024-02,44,131', '001001,Bakkerij De Korenschoof,2024-02,46,131'), 'utf8');

const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let server: StaticServer;
let browser: Browser;
const opened: OpenPane[] = [];

async function importFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  await page.getByTestId('xpert-files').setInputFiles(files);
  // Every file of this import has been read (no entry still parsing).
  await page.locator('[data-testid=xpert-entry]').first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=xpert-entry][data-phase=parsing]').length === 0, undefined, { timeout: 60_000 });
}

const months = (page: Page) => page.locator('[data-testid=xpert-month]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.period));

/** What the pane should produce: the engine in Node, on the same bytes. */
async function engineOutcome() {
  const reports: XpertReport[] = [];
  for (const [name, bytes] of [['xpert-2024-01.csv', jan], ['xpert-2024-02-correctie.csv', febFixed], ['xpert-2024-03.xlsx', mar]] as const) {
    const r = await readXpertUpload(new Uint8Array(bytes), { label: name, fileName: name });
    if (!r.ok) throw new Error(r.error.en);
    reports.push(r.value);
  }
  const added = addReports(emptyHistory(), reports);
  if (!added.ok || added.value.status !== 'updated') throw new Error('history');
  const settings = parseXpertSettings({ rateE4: 12_500, smsRateE4: 900 });
  if (!settings.ok) throw new Error(settings.error.en);
  const out = runXpert(added.value.history, settings.value, 'nl');
  if (!out.ok) throw new Error(out.error.en);
  return out.value;
}

describe.skipIf(!chromiumPath)('Otherside at Work in the task pane (standalone)', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serveStatic(ensureE2eBuild());
    browser = await launchChromium(chromiumPath!);
  });

  afterAll(async () => {
    for (const p of opened) expect(foreignRequests(p.requests, server.origin)).toEqual([]);
    await browser?.close();
    await server?.close();
  });

  it('imports three months, asks before replacing one, makes the overview, and restores the history', async () => {
    const p = await openPane(browser, server.origin);
    opened.push(p);
    const { page } = p;

    await page.getByRole('radio', { name: 'Otherside at Work (Xpert Suite)' }).check();
    await page.getByTestId('xpert-step-import').waitFor();
    expect(await page.getByTestId('step-make').count()).toBe(0);
    await shot(page, '30-xpert-start');

    // Bad input first: a Loket export is refused naming the file; a report without an SMS
    // column is read only after the user says so. Then that month is removed again.
    const loket = readFileSync(join(EXAMPLES, 'loket-dossiers-31-12-2024.csv'));
    const noSms = Buffer.from('Periode: april 2024\nWerkgevercode;Naam;Aantal medewerkers\n001001;Bakkerij De Korenschoof;40\n', 'utf8');
    await importFiles(page, [
      { name: 'loket-dossiers-31-12-2024.csv', mimeType: CSV, buffer: loket },
      { name: 'xpert-2024-04-zonder-sms.csv', mimeType: CSV, buffer: noSms },
    ]);
    const alerts = await page.getByTestId('xpert-step-import').getByRole('alert').allTextContents();
    expect(alerts[0]).toMatch(/^loket-dossiers-31-12-2024\.csv, rij \d+/);
    expect(alerts[1]).toMatch(/^xpert-2024-04-zonder-sms\.csv, rij 2: .*SMS/);
    expect(await months(page)).toEqual([]);
    await shot(page, '30-xpert-bad-input', { detail: page.getByTestId('xpert-step-import') });
    await page.getByTestId('xpert-no-sms').click();
    await page.locator('[data-testid=xpert-month][data-period="2024-04"]').waitFor();
    await expect(page.locator('[data-testid=xpert-month][data-period="2024-04"]').textContent()).resolves.toContain('geen sms');
    await page.getByRole('button', { name: 'Verwijderen: april 2024 uit de historie' }).click();
    expect(await months(page)).toEqual([]);

    // January and February together, each recognised by its own month.
    await importFiles(page, [
      { name: 'xpert-2024-01.csv', mimeType: CSV, buffer: jan },
      { name: 'xpert-2024-02.csv', mimeType: CSV, buffer: feb },
    ]);
    expect(await months(page)).toEqual(['2024-01', '2024-02']);
    await expect(page.getByTestId('xpert-entry-outcome').allTextContents()).resolves.toEqual([
      'januari 2024 is toegevoegd aan de historie.',
      'februari 2024 is toegevoegd aan de historie.',
    ]);
    await shot(page, '31-xpert-jan-feb', { detail: page.getByTestId('xpert-step-import') });

    // March from the Excel download, on its own.
    await importFiles(page, [{ name: 'xpert-2024-03.xlsx', mimeType: XLSX, buffer: mar }]);
    expect(await months(page)).toEqual(['2024-01', '2024-02', '2024-03']);
    await shot(page, '32-xpert-march-xlsx', { detail: page.getByTestId('xpert-step-import') });

    // The same February again: same figures, no question, no duplicate.
    await importFiles(page, [{ name: 'xpert-2024-02.csv', mimeType: CSV, buffer: feb }]);
    await expect(page.getByTestId('xpert-entry-outcome').textContent()).resolves.toContain('dezelfde cijfers');
    expect(await months(page)).toEqual(['2024-01', '2024-02', '2024-03']);

    // A corrected February: the dialog asks; replacing keeps one February.
    await page.getByTestId('xpert-files').setInputFiles([{ name: 'xpert-2024-02-correctie.csv', mimeType: CSV, buffer: febFixed }]);
    const dialog = page.getByTestId('xpert-replace-dialog');
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain('februari 2024: nu uit xpert-2024-02.csv, nieuw uit xpert-2024-02-correctie.csv');
    await shot(page, '33-xpert-replace-dialog', { detail: dialog });
    await page.getByTestId('xpert-replace-yes').click();
    await dialog.waitFor({ state: 'detached' });
    await expect(page.getByTestId('xpert-entry-outcome').textContent()).resolves.toBe('februari 2024 is vervangen door dit bestand.');
    expect(await months(page)).toEqual(['2024-01', '2024-02', '2024-03']);
    await expect(page.locator('[data-testid=xpert-month][data-period="2024-02"]').textContent()).resolves.toContain('1.372\u00a0medewerkers');

    // Without rates, 'Maak' shows what is missing and the fields say why.
    await page.getByTestId('xpert-make-button').click();
    await expect(page.getByText('Verbeter de gemarkeerde tarieven bij stap 2 (tarieven).').isVisible()).resolves.toBe(true);
    await expect(page.locator('#xpert-field-rate').getAttribute('aria-invalid')).resolves.toBe('true');
    await page.locator('#xpert-field-rate').fill('1,25');
    await page.locator('#xpert-field-smsRate').fill('0,09x');
    await page.locator('#xpert-field-smsRate').blur();
    await expect(page.getByText('Geen geldig bedrag. Schrijf bijvoorbeeld 1,25.').isVisible()).resolves.toBe(true);
    await shot(page, '34-xpert-rates-invalid', { detail: page.getByTestId('xpert-step-rates') });
    await page.locator('#xpert-field-smsRate').fill('0,09');
    await page.locator('#xpert-field-smsRate').blur();

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('xpert-make-button').click()]);
    const bytes = readFileSync(await download.path());
    // The year the file holds is in its name.
    expect(download.suggestedFilename()).toBe('Otherside at Work 2024.xlsx');
    await page.getByTestId('xpert-result').waitFor();
    await shot(page, '35-xpert-result', { detail: page.getByTestId('xpert-step-make') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
    expect(await contrastFailures(page)).toEqual([]);

    // The workbook: both sheets, and the trend's three months equal to the engine's in Node.
    const wb = await readWorkbookValues(bytes);
    expect([...wb.keys()]).toEqual(['Otherside 2024', 'Otherside trend']);
    const trendSheet = sheetByPrefix(wb, 'Otherside trend');
    const engine = await engineOutcome();
    expect(engine.trend.months.map((m) => m.period)).toEqual(['2024-01', '2024-02', '2024-03']);
    // The month totals sit under the employer table, one row per month from januari on.
    const first = [...trendSheet.entries()].find(([addr, c]) => /^A\d+$/.test(addr) && c.value === 'januari 2024')?.[0];
    expect(first).toBeDefined();
    const firstRow = Number(first!.slice(1));
    engine.trend.months.forEach((m, i) => {
      const row = firstRow + i;
      expect(trendSheet.get(`A${row}`)?.value).toBe(['januari 2024', 'februari 2024', 'maart 2024'][i]);
      expect(trendSheet.get(`B${row}`)?.value).toBe(m.employers);
      expect(trendSheet.get(`C${row}`)?.value).toBe(m.employees);
      expect(trendSheet.get(`D${row}`)?.value).toBe(m.sms);
    });
    expect(trendSheet.get(`A${firstRow + 3}`)?.value ?? null).toBeNull();
    // By hand from xpert-2024-01.csv: 42 + 17 + 1238 + 3 + 9 + 25 employees; 1334 × € 1,25 + 1137 × € 0,09 = € 1.769,83.
    expect(trendSheet.get(`C${firstRow}`)?.value).toBe(1334);
    const amounts = await page.getByTestId('xpert-result-amount').allTextContents();
    expect(amounts[0]).toBe('€ 1.769,83');
    expect(amounts).toEqual(engine.billing.months.map((m) => `€ ${(m.totals.amountCents / 100).toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`));
    expect(p.problems).toEqual([]);

    // Reload: the history of three months and the rates come back from storage.
    await page.waitForTimeout(1_200); // the save is debounced (800 ms)
    await page.reload();
    await page.getByTestId('xpert-history').waitFor({ timeout: 20_000 });
    expect(await months(page)).toEqual(['2024-01', '2024-02', '2024-03']);
    await expect(page.locator('[data-testid=xpert-month][data-period="2024-02"]').textContent()).resolves.toContain('1.372\u00a0medewerkers');
    await expect(page.locator('#xpert-field-rate').inputValue()).resolves.toBe('1,25');
    await expect(page.getByText('De Otherside-historie van de vorige keer is teruggezet (3 maanden).').isVisible()).resolves.toBe(true);
    await shot(page, '36-xpert-restored');

    // Tampered: a negative count in March. That month is left out with a warning; the others stay.
    // The state is kept packed (gzip, base64): unpacked here, edited, and packed again, as someone with a tool could.
    const packed = await page.evaluate(() => localStorage.getItem('factuurcheck.state')!);
    const state = JSON.parse(await decodeState(packed));
    state.xpert.history.months['2024-03'].employers[0].employees = -5;
    const tampered = await encodeState(JSON.stringify(state));
    await page.evaluate((text) => localStorage.setItem('factuurcheck.state', text), tampered);
    await page.reload();
    await page.getByTestId('xpert-history').waitFor({ timeout: 20_000 });
    expect(await months(page)).toEqual(['2024-01', '2024-02']);
    await expect(page.getByText(/De opgeslagen gegevens van maart 2024 kloppen niet/).isVisible()).resolves.toBe(true);
    await shot(page, '37-xpert-tampered');
    expect(p.problems).toEqual([]);
  });

  it('speaks English when the browser (or Office) is English', async () => {
    const p = await openPane(browser, server.origin, { locale: 'en-GB' });
    opened.push(p);
    await p.page.getByRole('radio', { name: 'Otherside at Work (Xpert Suite)' }).check();
    await p.page.getByRole('heading', { level: 2, name: '1. Import the monthly reports' }).waitFor();
    await p.page.getByTestId('xpert-files').setInputFiles([{ name: 'xpert-2024-01.csv', mimeType: CSV, buffer: jan }]);
    await p.page.locator('[data-testid=xpert-month][data-period="2024-01"]').waitFor();
    await expect(p.page.getByTestId('xpert-entry-outcome').textContent()).resolves.toBe('January 2024 was added to the history.');
    await shot(p.page, '38-xpert-english', { detail: p.page.getByTestId('xpert-step-import') });
    expect(p.problems).toEqual([]);
  });
});
