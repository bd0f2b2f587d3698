/**
 * The pane as in Excel, with a scripted host (test/e2e/harness): 'Gebruik selectie' with
 * messages in the sheet's own coordinates, the dialog when sheets already exist, the
 * buttons that open the new sheets, and the state saved in the workbook.
 */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTool } from '../support/system-tools';
import type { Harness } from './harness/excel-harness';
import { launchChromium } from './support/browser';
import { SHOTS, ensureE2eBuild } from './support/build';
import { dossierCsv, employersFor } from './support/loket-fixture';
import { foreignRequests, loadFile, setFlatPrice, slot, waitLoaded } from './support/pane-driver';
import { STORED_STATE_VERSION } from '../../src/taskpane/state/stored-state';
import { shot } from './support/shots';
import { serveStatic, type StaticServer } from './support/static-server';

const chromiumPath = requireTool('chromium', 'end-to-end tests of the task pane');

let server: StaticServer;
let browser: Browser;

const nlCount = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

describe.skipIf(!chromiumPath)('task pane with an Excel host (scripted)', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serveStatic(ensureE2eBuild());
    browser = await launchChromium(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('uses the selection, asks about existing sheets, replaces only its own, and opens the new sheets', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 350, height: 900 } });
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && !m.text().includes('oaspapps.com') && problems.push(m.text()));
    await page.goto(`${server.origin}/harness.html`);
    await page.getByTestId('step-make').waitFor();

    // In Excel the selection button is live and there is no 'outside Excel' notice.
    await expect(page.getByTestId('standalone-notice').count()).resolves.toBe(0);

    const current = employersFor(2024, 30);
    const header = ['Werkgeversnummer', 'Naam', 'Werkgeversdossier', 'Administratie', 'Periode', 'Aantalwerknemersdossier', 'Inactieve werknemersdossiers'];
    const grid = [header, ...current.map((e) => [e.number, e.name, '1', 'ADM1', '2024', String(e.employees), String(e.inactive)])];
    // A selection that starts at B3 with a typo in the third data row: the message must name the sheet's row and column.
    const bad = grid.map((r) => [...r]);
    bad[3]![5] = 'twaalf';
    await page.evaluate((g) => {
      const h = (window as unknown as { __harness: { selection: unknown } }).__harness;
      h.selection = { grid: g, address: 'Blad1!B3:H33' };
    }, bad);
    await slot(page, 'current').getByRole('button', { name: 'Gebruik selectie' }).click();
    await waitLoaded(page, 'current');
    await expect(slot(page, 'current').getByRole('alert').textContent()).resolves.toContain('rij 6, kolom G (Aantalwerknemersdossier)');
    await shot(page, '20-excel-selection-error', { detail: slot(page, 'current') });

    await page.evaluate((g) => {
      const h = (window as unknown as { __harness: { selection: unknown } }).__harness;
      h.selection = { grid: g, address: 'Blad1!B3:H33' };
    }, grid);
    await slot(page, 'current').getByRole('button', { name: 'Gebruik selectie' }).click();
    await waitLoaded(page, 'current');
    await expect(slot(page, 'current').getByTestId('sum-employers').textContent()).resolves.toBe('30');
    await expect(slot(page, 'current').getByText('selectie Blad1!B3:H33', { exact: true }).isVisible()).resolves.toBe(true);

    const previous = dossierCsv(employersFor(2023, 28), { peildatum: '31-12-2023' });
    await loadFile(page, 'previous', 'loket-dossiers-31-12-2023.csv', previous.csv);
    await page.locator('#field-year').fill('2024');
    await setFlatPrice(page, '9,85');

    await page.evaluate(() => {
      const h = (window as unknown as { __harness: { sheets: unknown } }).__harness;
      h.sheets = [
        { name: 'Specificatie 2024', ownedByUs: true },
        { name: 'Dossiers 2024', ownedByUs: false },
      ];
    });
    await page.getByTestId('make-button').click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await expect(dialog.getByText('Dossiers 2024 (niet door Factuurcheck gemaakt; wordt nooit overschreven)').isVisible()).resolves.toBe(true);
    // Let the dialog's opening animation finish, so the picture shows what a user reads.
    await page.waitForTimeout(600);
    await shot(page, '21-excel-conflict-dialog');
    await dialog.getByRole('button', { name: 'Vervang de bladen van Factuurcheck' }).click();

    const card = page.getByTestId('result-card');
    await card.waitFor();
    await shot(page, '22-excel-result', { detail: card });
    // By hand: 30 employer dossiers + ΣF of the selection − ΣG of last year's file.
    const billable = 30 + current.reduce((a, e) => a + e.employees, 0) - previous.sums.g;
    await expect(page.getByTestId('result-billable').textContent()).resolves.toBe(nlCount(billable));
    await card.getByRole('button', { name: 'Ga naar Dossiers 2024 (2)' }).click();
    await card.getByRole('button', { name: 'Ga naar Specificatie 2024' }).click();

    const h = await page.evaluate(() => (window as unknown as { __harness: Harness }).__harness);
    expect(h.writes).toEqual([{ conflict: 'replace-own', sheetNames: { summary: 'Specificatie 2024', dossiers: 'Dossiers 2024 (2)' } }]);
    expect(h.activated).toEqual(['Dossiers 2024 (2)', 'Specificatie 2024']);
    // The workbook now holds the state, packed: settings and the counts per employer (not the cells), with their origin.
    await expect.poll(async () => (await page.evaluate(() => (window as unknown as { __harness: Harness }).__harness.stateJson)) ?? '', { timeout: 5000 }).toContain('"kind":"dossiers"');
    const h2 = await page.evaluate(() => (window as unknown as { __harness: Harness }).__harness);
    expect(h2.state!.startsWith('fcz1:')).toBe(true);
    const saved = JSON.parse(h2.stateJson!);
    expect(saved.version).toBe(STORED_STATE_VERSION);
    expect(saved.settings.pricing).toEqual({ kind: 'flat', priceE4: 98_500 });
    expect(saved.exports.current.source.gridOrigin).toEqual({ row: 3, column: 1 });
    expect(saved.exports.current.employers.number).toEqual(current.map((e) => e.number));
    expect(h2.stateJson).not.toContain('"grid"');
    expect(problems).toEqual([]);
    expect(foreignRequests(requests, server.origin)).toEqual([]);
    await context.close();
  });

  it('keeps counts not files, says once when saving fails, restores without the file, opens a copy as a new workbook, and removes what it keeps', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 350, height: 1000 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && !m.text().includes('oaspapps.com') && problems.push(m.text()));
    const harness = () => page.evaluate(() => (window as unknown as { __harness: Harness }).__harness);
    const setHarness = (patch: Partial<Harness>) => page.evaluate((p) => Object.assign((window as unknown as { __harness: Harness }).__harness, p), patch);
    await page.goto(`${server.origin}/harness.html`);
    await page.getByTestId('step-make').waitFor();

    const current = dossierCsv(employersFor(2024, 30), { peildatum: '31-12-2024' });
    const previous = dossierCsv(employersFor(2023, 28), { peildatum: '31-12-2023' });
    await loadFile(page, 'current', 'loket-dossiers-31-12-2024.csv', current.csv);
    await loadFile(page, 'previous', 'loket-dossiers-31-12-2023.csv', previous.csv);
    await setFlatPrice(page, '9,85');
    const note = page.getByTestId('kept-note');
    await note.waitFor({ timeout: 5000 });
    await expect(note.textContent()).resolves.toContain('de aantallen van 58 werkgevers');
    await expect.poll(async () => (await harness()).stateJson ?? '').toContain('"kind":"dossiers"');
    expect((await harness()).stateJson).not.toContain('Werkgeversnummer;'); // the file itself is not kept
    await shot(page, '23-excel-kept-note', { detail: note });

    // Saving fails (a protected workbook): one warning, however many changes follow, until a save succeeds.
    const failed = page.getByText('Uw gegevens bewaren is niet gelukt');
    await setHarness({ saveFails: true });
    const before = (await harness()).saveAttempts;
    await setFlatPrice(page, '9,86');
    await failed.waitFor({ timeout: 5000 });
    await setFlatPrice(page, '9,87');
    await expect.poll(async () => (await harness()).saveAttempts, { timeout: 5000 }).toBe(before + 2);
    await expect(failed.count()).resolves.toBe(1);
    await shot(page, '24-excel-save-failed', { detail: failed });
    await setHarness({ saveFails: false });
    await setFlatPrice(page, '9,85');
    await failed.waitFor({ state: 'detached', timeout: 5000 });

    // Make the specification, and open a copy as a workbook of its own.
    await page.getByTestId('make-button').click();
    const card = page.getByTestId('result-card');
    await card.waitFor();
    await card.getByTestId('result-open').click();
    await expect.poll(async () => (await harness()).exported).toEqual(['Specificatie 2024']);
    await expect(card.getByText('Geopend als nieuwe werkmap').isVisible()).resolves.toBe(true);
    await shot(page, '25-excel-result-open', { detail: card });

    // Reopened: the counts come back without the file; columns and peildatum can only change with the file.
    await page.reload();
    await page.getByTestId('step-make').waitFor();
    await slot(page, 'current').getByTestId('summary-restored').waitFor({ timeout: 10_000 });
    await expect(slot(page, 'current').getByTestId('sum-employers').textContent()).resolves.toBe('30');
    await expect(slot(page, 'current').getByTestId('mapping-edit').count()).resolves.toBe(0);
    await expect(slot(page, 'current').getByRole('button', { name: 'Wijzig' }).count()).resolves.toBe(0);
    await shot(page, '26-excel-restored-slot', { detail: slot(page, 'current') });
    // Nothing changed, so nothing is written back on opening.
    await page.waitForTimeout(1500);
    expect((await harness()).saveAttempts).toBe(0);

    // Remove what the workbook keeps: asked once, then gone from the workbook and from the pane.
    await page.getByTestId('kept-remove').click();
    await shot(page, '27-excel-kept-confirm', { detail: page.getByTestId('kept-note') });
    await page.getByTestId('kept-remove-yes').click();
    await page.getByText('De ingelezen aantallen zijn verwijderd').waitFor();
    expect((await harness()).cleared).toBe(1);
    await expect(slot(page, 'current').getByTestId('export-summary').count()).resolves.toBe(0);
    await expect(page.getByTestId('kept-note').count()).resolves.toBe(0);
    // The settings are saved again, without any counts.
    await expect.poll(async () => (await harness()).stateJson ?? '', { timeout: 5000 }).toContain('"priceE4":98500');
    expect((await harness()).stateJson).not.toContain('"kind":"dossiers"');
    expect(problems).toEqual([]);
    await context.close();
  });
});
