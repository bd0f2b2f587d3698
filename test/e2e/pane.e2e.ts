/**
 * The built task pane in headless Chromium, standalone (no Excel): load exports by file
 * and by paste, fix a column mapping, set a price, make the specification, and check the
 * downloaded .xlsx twice: against the engine run in Node on the same files, and against
 * totals computed by hand from the generated CSVs. Screenshots of each step go to
 * test/e2e/screenshots/ for a person to look at.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDossierExport } from '../../src/domain/imports/loket-dossiers';
import type { DossierImportOptions } from '../../src/domain/imports/types';
import { reconcileQwoater } from '../../src/domain/pipeline';
import { settingsSchema } from '../../src/domain/settings';
import { readWorkbookValues } from '../support/read-xlsx';
import { requireTool } from '../support/system-tools';
import { launchChromium } from './support/browser';
import { ROOT, SHOTS, ensureE2eBuild } from './support/build';
import { dossierCsv, employersFor, invoiceCents, model2Billable } from './support/loket-fixture';
import { foreignRequests, loadFile, makeAndDownload, openPane, pasteText, setFlatPrice, slot, waitLoaded, type OpenPane } from './support/pane-driver';
import { serveStatic, type StaticServer } from './support/static-server';
import { cellsWithText, numberRightOf, sheetByPrefix } from './support/xlsx-lookup';
import { measurePaneDownload } from './support/pane-benchmark';
import { contrastFailures } from './support/contrast';
import { shot } from './support/shots';

const chromiumPath = requireTool('chromium', 'end-to-end tests of the task pane');
const OUT = join(ROOT, '.tmp/e2e-out');

let server: StaticServer;
let browser: Browser;
const opened: OpenPane[] = [];

async function open(opts: Parameters<typeof openPane>[2] = {}) {
  const p = await openPane(browser, server.origin, opts);
  opened.push(p);
  return p;
}

/** Dutch thousands, as the pane shows counts: 12345 → '12.345'. */
const nlCount = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
/** UTF-8 when the bytes are valid UTF-8, else Windows-1252, as a text editor would show the file. */
function decodeLikeAnEditor(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
const nlEuro = (cents: number) => `€ ${nlCount(Math.floor(cents / 100))},${String(cents % 100).padStart(2, '0')}`;

describe.skipIf(!chromiumPath)('task pane in Chromium (standalone)', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    mkdirSync(OUT, { recursive: true });
    server = await serveStatic(ensureE2eBuild());
    browser = await launchChromium(chromiumPath!);
  });

  afterAll(async () => {
    // Whatever a test did, no page may have talked to anyone but its own server.
    for (const p of opened) expect(foreignRequests(p.requests, server.origin)).toEqual([]);
    await browser?.close();
    await server?.close();
  });

  it('starts standalone in Dutch at 350 px, with nothing but its own files requested', async () => {
    const p = await open();
    expect(await p.page.evaluate(() => document.documentElement.dataset.host)).toBe('standalone');
    expect(await p.page.evaluate(() => document.documentElement.dataset.reason)).toBe('no-host');
    await expect(p.page.getByRole('heading', { level: 2, name: '1. Kies model en jaar' }).isVisible()).resolves.toBe(true);
    expect(await contrastFailures(p.page)).toEqual([]);
    // Fits 350 px: nothing scrolls sideways.
    expect(await p.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
    await shot(p.page, '01-start', { detail: 'top' });

    // Keyboard: Tab reaches every step in reading order, ending at 'Maak specificatie'.
    const stops: string[] = [];
    for (let i = 0; i < 30; i++) {
      await p.page.keyboard.press('Tab');
      stops.push(
        await p.page.evaluate(() => {
          const e = document.activeElement as HTMLElement | null;
          return e ? e.id || e.dataset.testid || e.getAttribute('aria-label') || e.textContent?.trim() || e.tagName : '';
        }),
      );
    }
    const at = (pred: (s: string) => boolean) => stops.findIndex(pred);
    const order = [
      at((s) => s === 'field-year'),
      at((s) => s.startsWith('Kies bestand… voor: Export van dit jaar')),
      at((s) => s.startsWith('Kies bestand… voor: Export van vorig jaar')),
      at((s) => s === 'field-flatPrice'),
      at((s) => s === 'field-tolerance'),
      at((s) => s === 'make-button'),
    ];
    expect(order.every((i) => i >= 0), stops.join(' | ')).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Outside Excel there is no selection to take: no 'Gebruik selectie' to stop at.
    expect(stops.filter((s) => s === 'Gebruik selectie')).toHaveLength(0);
    expect(p.problems).toEqual([]);
    expect(foreignRequests(p.requests, server.origin)).toEqual([]);
    expect(p.requests.some((u) => u.endsWith('/office/office.js'))).toBe(true);
  });

  it('model 2: file, paste, a fixed column mapping, price 9,85 → an .xlsx whose figures match the engine and a hand count', async () => {
    const current = dossierCsv(employersFor(2024, 40), { peildatum: '31-12-2024' });
    // Last year's export prints the active column before an unrecognised inactive one,
    // so the importer cannot find G and the user has to map it.
    const previous = dossierCsv(employersFor(2023, 38), { peildatum: '31-12-2023', inactiveHeader: 'Uit dienst (bewaard)', activeBeforeInactive: true });
    const p = await open();
    const { page } = p;

    await page.locator('#field-year').fill('2024');
    await loadFile(page, 'current', 'loket-dossiers-31-12-2024.csv', current.csv);
    const cur = slot(page, 'current');
    await expect(cur.getByTestId('sum-employers').textContent()).resolves.toBe(nlCount(current.sums.employers));
    await expect(cur.getByTestId('sum-f').textContent()).resolves.toBe(nlCount(current.sums.f));
    await expect(cur.getByTestId('sum-g').textContent()).resolves.toBe(nlCount(current.sums.g));
    await expect(cur.getByText('31-12-2024').first().isVisible()).resolves.toBe(true);
    await shot(p.page, '02-current-by-file', { detail: cur });

    await pasteText(page, 'previous', previous.csv);
    const prev = slot(page, 'previous');
    await expect(prev.getByTestId('sum-g').textContent()).resolves.toBe('—');
    await expect(prev.getByText(/Geen kolom G .* gevonden\. Model 2 heeft die nodig/).isVisible()).resolves.toBe(true);
    await shot(p.page, '03-previous-by-paste', { detail: prev });

    // G could not be found: its choice is on the card already, no toggle needed.
    await prev.locator('select[data-role=inactiveDossiers]').selectOption('7');
    await waitLoaded(page, 'previous');
    await expect(prev.getByTestId('sum-g').textContent()).resolves.toBe(nlCount(previous.sums.g));
    await shot(p.page, '04-mapping-changed', { detail: prev });
    // The choice stays in view, said to be the user's; the line names it.
    await expect(prev.getByText('door u gekozen').isVisible()).resolves.toBe(true);
    await expect(prev.getByTestId('column-mapping').locator('p').first().textContent()).resolves.toContain('G = kolom H (Uit dienst (bewaard))');

    await setFlatPrice(page, '9,85');
    await shot(p.page, '05-prices', { detail: page.getByTestId('step-prices') });

    const file = await makeAndDownload(page);
    expect(file.fileName).toBe('Specificatie 2024.xlsx');
    writeFileSync(join(OUT, file.fileName), file.bytes);
    await page.getByTestId('result-card').waitFor();
    await shot(p.page, '06-result', { detail: page.getByTestId('step-make') });
    expect(await contrastFailures(page)).toEqual([]);

    // The independent side: the engine in Node on the same texts and the same override.
    const imp = (csv: string, label: string, options?: DossierImportOptions) => {
      const r = importDossierExport({ text: csv }, { label, fileName: label }, options);
      if (!r.ok) throw new Error(r.error.en);
      return r.value;
    };
    const settings = settingsSchema.parse({ model: 2, year: 2024, pricing: { kind: 'flat', priceE4: 98_500 } });
    const rec = reconcileQwoater({
      current: imp(current.csv, 'loket-dossiers-31-12-2024.csv'),
      previous: imp(previous.csv, 'geplakte tekst', { columns: { inactiveDossiers: 7 } }),
      settings,
    });
    if (!rec.ok) throw new Error(rec.error.en);
    const t = rec.value.totals;

    // …and the hand count from the generator, never touched by the importer or engine.
    const billable = model2Billable(current, previous);
    const money = invoiceCents(billable, 985, 63_600, 21);
    expect(t.billableDossiers).toBe(billable);
    expect(t.totalExclVatCents).toBe(money.excl);
    expect(t.totalInclVatCents).toBe(money.incl);

    const wb = await readWorkbookValues(file.bytes);
    const summary = sheetByPrefix(wb, 'Specificatie 2024');
    expect(numberRightOf(summary, 'Te factureren dossiers')).toBe(billable);
    expect(numberRightOf(summary, 'Bedrag dossiers')).toBeCloseTo(money.amount / 100, 2);
    expect(numberRightOf(summary, 'Totaal excl. btw')).toBeCloseTo(t.totalExclVatCents / 100, 2);
    expect(numberRightOf(summary, 'Totaal incl. btw')).toBeCloseTo(t.totalInclVatCents / 100, 2);
    const dossiers = sheetByPrefix(wb, 'Dossiers 2024');
    // A name that starts with '=' arrives as text, never as a formula.
    const tricky = cellsWithText(dossiers, '=Onderneming "Plus"; Noord');
    expect(tricky).toHaveLength(1);
    expect(dossiers.get(tricky[0]!)!.formula).toBeUndefined();

    // The result card shows the same totals.
    await expect(page.getByTestId('result-billable').textContent()).resolves.toBe(nlCount(billable));
    await expect(page.getByTestId('result-excl').textContent()).resolves.toBe(nlEuro(money.excl));
    await expect(page.getByTestId('result-incl').textContent()).resolves.toBe(nlEuro(money.incl));
    await expect(page.getByTestId('result-file').textContent()).resolves.toContain('Specificatie 2024.xlsx');
    expect(p.problems).toEqual([]);

    // Reopening restores settings and both exports (with the chosen column) from storage.
    const again = await open({ context: p.context });
    await again.page.getByText('De instellingen en exports van de vorige keer zijn teruggezet.').waitFor();
    await waitLoaded(again.page, 'previous');
    await expect(slot(again.page, 'previous').getByTestId('sum-g').textContent()).resolves.toBe(nlCount(previous.sums.g));
    await expect(again.page.locator('#field-flatPrice').inputValue()).resolves.toBe('9,85');
    await expect(again.page.locator('#field-year').inputValue()).resolves.toBe('2024');
    await shot(again.page, '07-restored', { detail: 'top' });
  });

  it('uses the sample exports in examples/ by file and by paste, and matches the engine and the hand count in examples/README.md', async () => {
    const curPath = join(ROOT, 'examples/loket-dossiers-31-12-2024.csv');
    const prevPath = join(ROOT, 'examples/loket-dossiers-31-12-2023.csv');
    if (!existsSync(curPath) || !existsSync(prevPath)) {
      console.warn('examples/loket-dossiers-31-12-202{3,4}.csv not found: sample-file test skipped');
      return;
    }
    const curBytes = readFileSync(curPath);
    // Pasting gives the pane text, already decoded by whatever showed it: these files are Windows-1252.
    const prevText = decodeLikeAnEditor(readFileSync(prevPath));
    const p = await open();
    await loadFile(p.page, 'current', 'loket-dossiers-31-12-2024.csv', curBytes);
    await pasteText(p.page, 'previous', prevText);
    await setFlatPrice(p.page, '9,85');
    await shot(p.page, '08-examples-loaded', { detail: slot(p.page, 'previous') });
    const file = await makeAndDownload(p.page);
    await p.page.getByTestId('result-card').waitFor();
    await shot(p.page, '09-examples-result', { detail: p.page.getByTestId('step-make') });

    const cur = importDossierExport({ bytes: new Uint8Array(curBytes) }, { label: 'loket-dossiers-31-12-2024.csv', fileName: 'loket-dossiers-31-12-2024.csv' });
    const prev = importDossierExport({ text: prevText }, { label: 'geplakte tekst' });
    if (!cur.ok || !prev.ok) throw new Error('examples do not import');
    const rec = reconcileQwoater({ current: cur.value, previous: prev.value, settings: settingsSchema.parse({ model: 2, pricing: { kind: 'flat', priceE4: 98_500 } }) });
    if (!rec.ok) throw new Error(rec.error.en);
    const t = rec.value.totals;
    // examples/README.md, counted by hand: 25 employer dossiers + ΣF(2024) 1 896 − ΣG(2023) 520.
    expect(t.billableDossiers).toBe(1_401);
    const money = invoiceCents(1_401, 985, 63_600, 21);
    expect(t.totalInclVatCents).toBe(money.incl);
    const wb = await readWorkbookValues(file.bytes);
    const summary = sheetByPrefix(wb, 'Specificatie 2024');
    expect(numberRightOf(summary, 'Te factureren dossiers')).toBe(1_401);
    expect(numberRightOf(summary, 'Totaal incl. btw')).toBeCloseTo(money.incl / 100, 2);
    await expect(p.page.getByTestId('result-incl').textContent()).resolves.toBe(nlEuro(money.incl));
    // Pasted text and the file agree on names: no spurious 'renamed' remark.
    await expect(p.page.getByTestId('result-card').getByText(/andere naam/).count()).resolves.toBe(0);
    expect(p.problems).toEqual([]);
  });

  it('model 1 with an agreed peildatum, from the sample export of 1 October', async () => {
    const path = join(ROOT, 'examples/loket-dossiers-01-10-2024.csv');
    if (!existsSync(path)) {
      console.warn('examples/loket-dossiers-01-10-2024.csv not found: model-1 test skipped');
      return;
    }
    const p = await open();
    await p.page.getByRole('radio', { name: /Model 1/ }).check();
    await p.page.locator('#field-peildatum').fill('2024-10-01');
    await loadFile(p.page, 'current', 'loket-dossiers-01-10-2024.csv', readFileSync(path));
    await expect(slot(p.page, 'previous').count()).resolves.toBe(0);
    await setFlatPrice(p.page, '9,85');
    const file = await makeAndDownload(p.page);
    await p.page.getByTestId('result-card').waitFor();
    await shot(p.page, '14-model1-result', { detail: p.page.getByTestId('step-make') });
    // examples/README.md: 12 employer dossiers + 1 529 employee dossiers on 01-10-2024.
    await expect(p.page.getByTestId('result-billable').textContent()).resolves.toBe('1.541');
    const wb = await readWorkbookValues(file.bytes);
    expect(numberRightOf(sheetByPrefix(wb, 'Specificatie 2024'), 'Te factureren dossiers')).toBe(1_541);
    expect(p.problems).toEqual([]);
  });

  it('shows inline messages and what is missing, and moves focus to the first bad field', async () => {
    const p = await open();
    await p.page.locator('#field-flatPrice').fill('9,85,1');
    await p.page.locator('#field-flatPrice').blur();
    await p.page.getByText('Geen geldig bedrag. Schrijf bijvoorbeeld 9,85.').waitFor();
    await p.page.locator('#field-vat').fill('121');
    await p.page.getByTestId('make-button').click();
    await p.page.getByText('Laad de export van dit jaar (stap 2).').waitFor();
    await p.page.getByText('Geef een percentage tussen 0 en 100, bijvoorbeeld 21.').waitFor();
    expect(await p.page.evaluate(() => document.activeElement?.id)).toBe('field-flatPrice');
    await shot(p.page, '10-validation', { detail: p.page.getByTestId('step-prices') });
    expect(await contrastFailures(p.page)).toEqual([]);
    expect(p.problems).toEqual([]);
  });

  it('speaks English when the browser does, and the pseudo-locale marks every catalogue text', async () => {
    const en = await open({ locale: 'en-US' });
    await en.page.getByRole('heading', { level: 2, name: '1. Choose model and year' }).waitFor();
    await shot(en.page, '11-english', { detail: 'top' });
    const pseudo = await open({ query: '?lang=pseudo' });
    const h = await pseudo.page.getByRole('heading', { level: 1 }).textContent();
    expect(h).toMatch(/^\[Fáçţúúŕçĥéçķ/);
    await shot(pseudo.page, '12-pseudo', { detail: 'top' });
  });

  it('still starts standalone when office.js cannot be loaded (CDN unreachable)', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 350, height: 900 } });
    await context.route('**/office/office.js', (r) => r.abort('internetdisconnected'));
    const t0 = Date.now();
    const p = await open({ context });
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(await p.page.evaluate(() => document.documentElement.dataset.reason)).toBe('no-office-js');
  });

  it('can cancel reading a 500,000-row export mid-parse, with progress shown and the pane responsive', async () => {
    const p = await open();
    const big = dossierCsv(employersFor(2024, 500_000), { peildatum: '31-12-2024' });
    await slot(p.page, 'current').locator('input[type=file]').setInputFiles({ name: 'groot.csv', mimeType: 'text/csv', buffer: Buffer.from(big.csv) });
    await slot(p.page, 'current').getByTestId('import-progress').waitFor();
    // The main thread is free while the worker parses: the page answers a script at once.
    const t0 = Date.now();
    await p.page.evaluate(() => document.title);
    expect(Date.now() - t0).toBeLessThan(1_000);
    await slot(p.page, 'current').getByTestId('import-cancel').click();
    await p.page.getByText('Inlezen geannuleerd.').waitFor();
    await expect(slot(p.page, 'current').getByTestId('export-summary').count()).resolves.toBe(0);
    // The pane stays usable: a small file loads right after.
    await loadFile(p.page, 'current', 'klein.csv', dossierCsv(employersFor(2024, 3), { peildatum: '31-12-2024' }).csv);
    await shot(p.page, '13-after-cancel', { detail: slot(p.page, 'current') });
  });

  it('makes the specification for 5,000 employers and downloads it in reasonable time', async () => {
    const r = await measurePaneDownload(browser, server.origin);
    console.log(`paneDownload5kMs: ${r.ms} (warm ${r.warmMs}) for ${r.bytes} bytes`);
    writeFileSync(join(OUT, 'pane-download.json'), JSON.stringify({ paneDownload5kMs: r.ms, paneDownload5kWarmMs: r.warmMs }));
    expect(r.fileName).toBe('Specificatie 2024.xlsx');
    // The goal is 2 s; the ceiling here leaves room for a busy shared machine.
    expect(r.ms).toBeLessThan(15_000);
  });

  it('shows progress while making a large specification, and Stop leaves no download', async () => {
    const p = await open();
    await loadFile(p.page, 'current', 'groot-2024.csv', dossierCsv(employersFor(2024, 20_000), { peildatum: '31-12-2024' }).csv);
    await loadFile(p.page, 'previous', 'groot-2023.csv', dossierCsv(employersFor(2023, 20_000), { peildatum: '31-12-2023' }).csv);
    await setFlatPrice(p.page, '9,85');
    let downloads = 0;
    p.page.on('download', () => downloads++);
    await p.page.getByTestId('make-button').click();
    await p.page.getByTestId('make-progress').waitFor();
    await shot(p.page, '15-making', { detail: p.page.getByTestId('step-make'), check: false });
    await p.page.getByRole('button', { name: 'Stoppen' }).click();
    await p.page.getByTestId('step-make').getByText(/^Gestopt\./).waitFor();
    await p.page.waitForTimeout(500);
    expect(downloads).toBe(0);
    await expect(p.page.getByTestId('make-button').isEnabled()).resolves.toBe(true);
    expect(p.problems).toEqual([]);
  });
});

