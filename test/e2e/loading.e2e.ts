/**
 * The pane says what is wrong while the user loads, at 350 px, in the built pane
 * (Chromium): a year that contradicts the exports, exports the wrong way round, a header
 * it cannot read (the columns are chosen by hand, right there), employer numbers that are
 * in neither export, the counts (offered, asked, made, and the progress in sheets), and
 * English: a Loket export saved from Excel as .xlsx, 'reference date', money as €1,234.56,
 * and a date typed as mm/dd/yyyy marked at its field.
 * Every step is checked with axe-core and for width, and photographed into
 * test/e2e/screenshots/ (6x-…) for a person to look at.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { rebill } from '../../src/domain/billing/rebill';
import { importDossierExport } from '../../src/domain/imports/loket-dossiers';
import { reconcileQwoater } from '../../src/domain/pipeline';
import { settingsSchema } from '../../src/domain/settings';
import { readInput } from '../../src/domain/imports/input';
import { NumFmt, emptySheet, range, type CellValue } from '../../src/domain/spec/plan';
import { writeXlsxBuffer } from '../../src/writers/xlsx-writer';
import { requireTool } from '../support/system-tools';
import { ROOT } from './support/build';
import { dossierCsv, employersFor } from './support/loket-fixture';
import { pageHeight } from './support/pane-checks';
import { loadFile, setFlatPrice, slot, tabStops, waitLoaded } from './support/pane-driver';
import { SHOTS, paneSuite } from './support/pane-suite';
import { shot } from './support/shots';

const chromiumPath = requireTool('chromium', 'end-to-end tests of the task pane');
const WIDTH = 350;
const example = (f: string) => readFileSync(join(ROOT, 'examples', f));

const focusedTestId = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid ?? document.activeElement?.id ?? '');
const focusedIn = (page: Page, testId: string) => page.evaluate((t) => Boolean(document.activeElement?.closest(`[data-testid=${t}]`)), testId);

describe.skipIf(!chromiumPath)('what the pane says while the user loads (350 px)', () => {
  const suite = paneSuite(chromiumPath!);
  const open = (locale = 'nl-NL') => suite.open({ width: WIDTH, locale });

  for (const [locale, tag, words] of [
    ['nl-NL', 'nl', { columns: 'Kolommen (kopregel rij 5): F = Aantalwerknemersdossier, G = Inactieve werknemersdossiers', selection: /selectie/i }],
    ['en-GB', 'en', { columns: 'Columns (header line row 5): F = Aantalwerknemersdossier, G = Inactieve werknemersdossiers', selection: /selection/i }],
  ] as const) {
    it(`${tag}: both exports in, the columns on one line, focus on what was read, no advice to use a selection, at most 2,600 px tall`, async () => {
      const { page } = await open(locale);
      await shot(page, `60-start-${tag}`);
      await loadFile(page, 'current', 'loket-dossiers-31-12-2024.csv', example('loket-dossiers-31-12-2024.csv'));
      // Focus moved to what the load found, on its own card.
      expect(await focusedTestId(page)).toBe('export-item');
      expect(await focusedIn(page, 'slot-current')).toBe(true);
      await loadFile(page, 'previous', 'loket-dossiers-31-12-2023.csv', example('loket-dossiers-31-12-2023.csv'));
      expect(await focusedIn(page, 'slot-previous')).toBe(true);

      const cur = slot(page, 'current');
      await expect(cur.getByTestId('column-mapping').locator('p').first().textContent()).resolves.toBe(`${words.columns} ${tag === 'nl' ? 'wijzigen' : 'change'}`);
      // Outside Excel there is no selection, so no button for it and no advice to use one.
      await expect(page.getByRole('button', { name: words.selection }).count()).resolves.toBe(0);
      expect(await page.locator('main').textContent()).not.toMatch(words.selection);
      expect(await pageHeight(page)).toBeLessThanOrEqual(2_600);
      await shot(page, `61-loaded-${tag}`);

      // The toggle keeps its place, above what it opens.
      const toggle = cur.getByTestId('mapping-edit');
      const before = (await toggle.boundingBox())!;
      await toggle.click();
      const after = (await toggle.boundingBox())!;
      expect(after.y).toBe(before.y);
      const firstSelect = (await cur.locator('select[data-role=employerNumber]').boundingBox())!;
      expect(firstSelect.y).toBeGreaterThan(after.y);
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
      await shot(page, `62-columns-open-${tag}`);
    });
  }

  it('at 500 px too: both exports in, nothing wider than the pane, no axe violation', async () => {
    const p = await suite.open({ width: 500 });
    await loadFile(p.page, 'current', 'loket-dossiers-31-12-2024.csv', example('loket-dossiers-31-12-2024.csv'));
    await loadFile(p.page, 'previous', 'loket-dossiers-31-12-2023.csv', example('loket-dossiers-31-12-2023.csv'));
    await shot(p.page, '61-loaded-nl-500');
  });

  it('a year that contradicts the exports: said on the card and at the year field, with both years, fixed in one click; the card keeps its title', async () => {
    const { page } = await open();
    await page.locator('#field-year').fill('2024');
    await loadFile(page, 'current', 'export-2023.csv', dossierCsv(employersFor(2023, 12), { peildatum: '31-12-2023' }).csv);
    await loadFile(page, 'previous', 'export-2022.csv', dossierCsv(employersFor(2022, 11), { peildatum: '31-12-2022' }).csv);
    const card = slot(page, 'current');
    const finding = card.getByTestId('finding-year');
    await expect(finding.getAttribute('role')).resolves.toBe('alert');
    await expect(finding.textContent()).resolves.toMatch(/31-12-2023: het jaar 2023\. Bij stap 1 staat het jaar 2024/);
    await expect(page.getByTestId('step-model').getByText('Het jaar 2024 past niet bij de export van dit jaar: die heeft peildatum 31-12-2023 (2023).').isVisible()).resolves.toBe(true);
    await expect(page.locator('#field-year').getAttribute('aria-invalid')).resolves.toBe('true');
    // Never relabelled to a date the file does not say.
    await expect(card.locator('h3').textContent()).resolves.toBe('Export van dit jaar');
    await expect(card.textContent()).resolves.not.toContain('31-12-2024');
    await shot(page, '63-year-mismatch');
    // 'Maak' names it too.
    await page.getByTestId('make-button').click();
    await page.getByText('De peildatums van de exports kloppen niet met het jaar of met elkaar (stap 2).').waitFor();

    await finding.getByRole('button', { name: 'Gebruik 2023' }).click();
    await expect(page.locator('#field-year').inputValue()).resolves.toBe('2023');
    await expect(card.getByTestId('finding-year').count()).resolves.toBe(0);
    expect(await focusedTestId(page)).toBe('field-year');
    await shot(page, '64-year-fixed');
  });

  it('exports the wrong way round: said on both cards as soon as both are in, swapped in one click', async () => {
    const { page } = await open();
    const y2024 = dossierCsv(employersFor(2024, 12), { peildatum: '31-12-2024' });
    const y2023 = dossierCsv(employersFor(2023, 11), { peildatum: '31-12-2023' });
    await loadFile(page, 'current', 'export-a.csv', y2023.csv);
    await expect(slot(page, 'current').getByTestId('finding-swap').count()).resolves.toBe(0);
    await loadFile(page, 'previous', 'export-b.csv', y2024.csv);
    for (const k of ['current', 'previous'] as const) await expect(slot(page, k).getByTestId('finding-swap').textContent()).resolves.toMatch(/^Omgewisseld\?.*31-12-2023.*31-12-2024|^Omgewisseld\?.*31-12-2024.*31-12-2023/);
    await shot(page, '65-swapped');
    await slot(page, 'previous').getByTestId('swap-exports').click();
    await expect(slot(page, 'current').getByText('export-b.csv').isVisible()).resolves.toBe(true);
    await expect(slot(page, 'current').getByTestId('sum-employers').textContent()).resolves.toBe('12');
    await expect(slot(page, 'previous').getByTestId('sum-employers').textContent()).resolves.toBe('11');
    await expect(page.getByTestId('finding-swap').count()).resolves.toBe(0);
    expect(await focusedIn(page, 'slot-current')).toBe(true);
    await shot(page, '66-swapped-back');
  });

  it('a header it cannot read: the column choice right there, on the columns the file has', async () => {
    const { page } = await open();
    const odd = (rows: string[]) => ['Werkgever;Naam;Aantal;Uit dienst', ...rows].join('\n') + '\n';
    await loadFile(page, 'current', 'raar-2024.csv', odd(['000101;A;12;3', '000102;B;4;1']));
    const cur = slot(page, 'current');
    await expect(cur.getByRole('alert').textContent()).resolves.toContain('Geen kolom met het aantal werknemersdossiers gevonden');
    const f = cur.locator('select[data-role=employeeDossiers]');
    await f.waitFor(); // the column choices are a chunk of their own (lazy-parts.tsx)
    await expect(f.locator('option').allTextContents()).resolves.toEqual(['— kies een kolom —', 'A · Werkgever', 'B · Naam', 'C · Aantal', 'D · Uit dienst']);
    await shot(page, '67-manual-columns');
    await f.selectOption('2');
    await waitLoaded(page, 'current');
    await expect(cur.getByTestId('sum-f').textContent()).resolves.toBe('16');

    // Last year's export needs G as well: asked for right there once F is chosen.
    await loadFile(page, 'previous', 'raar-2023.csv', odd(['000101;A;10;2', '000103;C;7;5']));
    const prev = slot(page, 'previous');
    await prev.locator('select[data-role=employeeDossiers]').selectOption('2');
    await waitLoaded(page, 'previous');
    const g = prev.locator('select[data-role=inactiveDossiers]');
    await g.waitFor();
    await g.selectOption('3');
    await waitLoaded(page, 'previous');
    await expect(prev.getByTestId('sum-g').textContent()).resolves.toBe('7');
    await shot(page, '68-manual-columns-done');
  });

  it('model 1: an agreed peildatum in another year than the export, said at once, fixed in one click', async () => {
    const { page } = await open();
    await page.getByRole('radio', { name: /Model 1/ }).check();
    await page.locator('#field-peildatum').fill('01-10-2023');
    await loadFile(page, 'current', 'loket-dossiers-01-10-2024.csv', example('loket-dossiers-01-10-2024.csv'));
    const finding = slot(page, 'current').getByTestId('finding-agreed');
    await expect(finding.textContent()).resolves.toContain('01-10-2024, in een ander jaar dan de afgesproken peildatum 01-10-2023');
    await shot(page, '69-agreed-other-year');
    await finding.getByRole('button', { name: 'Gebruik 01-10-2024' }).click();
    await expect(page.locator('#field-peildatum').inputValue()).resolves.toBe('01-10-2024');
    await expect(page.getByTestId('finding-agreed').count()).resolves.toBe(0);
  });

  it('in English, with a Loket export saved from Excel as .xlsx: it reads as its CSV, says "reference date", writes money as €1,234.56, and marks a date typed in another form', async () => {
    const { page } = await open('en-GB');
    // The CSV as Excel opens it on a double-click and saves it: numbers as numbers (the
    // employer numbers lose their zeros), dates as real dates.
    const csvText = example('loket-dossiers-31-12-2024.csv');
    const read = readInput({ bytes: new Uint8Array(csvText) }, { label: 'csv' }, []);
    if (!read.ok) throw new Error(read.error.en);
    const serial = (d: string) => {
      const [dd, mm, yy] = d.split('-').map(Number);
      return (Date.UTC(yy!, mm! - 1, dd!) - Date.UTC(1899, 11, 30)) / 86_400_000;
    };
    const rows: CellValue[][] = read.value.grid.map((r) => r.map((c) => (/^\d+$/.test(String(c)) ? Number(c) : /^\d\d-\d\d-\d{4}$/.test(String(c)) ? serial(String(c)) : c)));
    const sheet = emptySheet('data', 'loket-dossiers-31-12-2024');
    sheet.blocks.push({ row: 0, col: 0, cells: rows });
    sheet.styles.push({ range: range(5, 3, rows.length - 1, 3), style: { numFmt: NumFmt.date } });
    const xlsx = Buffer.from(await writeXlsxBuffer({ title: 'x', sheets: [sheet] }));
    await loadFile(page, 'current', 'loket-dossiers-31-12-2024.xlsx', xlsx);
    await loadFile(page, 'previous', 'loket-dossiers-31-12-2023.csv', example('loket-dossiers-31-12-2023.csv'));

    // The independent side: the engine in Node on the CSVs.
    const imp = (f: string) => {
      const r = importDossierExport({ bytes: new Uint8Array(example(f)) }, { label: f, fileName: f });
      if (!r.ok) throw new Error(r.error.en);
      return r.value;
    };
    const settings = settingsSchema.parse({ model: 2, year: 2024, pricing: { kind: 'flat', priceE4: 98_500 } });
    const rec = reconcileQwoater({ current: imp('loket-dossiers-31-12-2024.csv'), previous: imp('loket-dossiers-31-12-2023.csv'), settings });
    if (!rec.ok) throw new Error(rec.error.en);
    const t = rec.value.totals;
    const cur = slot(page, 'current');
    const enCount = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    const enEuro = (c: number) => `€${enCount(Math.trunc(c / 100))}.${String(c % 100).padStart(2, '0')}`;
    await expect(cur.getByTestId('sum-employers').textContent()).resolves.toBe(enCount(imp('loket-dossiers-31-12-2024.csv').employers.length));
    await expect(cur.textContent()).resolves.toContain('Reference date: 31-12-2024');
    expect(await page.locator('main').textContent()).not.toMatch(/peildatum/i);
    await expect(page.locator('#field-minimum').inputValue()).resolves.toBe('636.00');
    await shot(page, '74-english-xlsx');

    await setFlatPrice(page, '9.85');
    await page.getByTestId('make-button').click();
    await page.getByTestId('result-card').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('result-billable').textContent()).resolves.toBe(enCount(t.billableDossiers));
    await expect(page.getByTestId('result-excl').textContent()).resolves.toBe(enEuro(t.totalExclVatCents));
    await expect(page.getByTestId('result-incl').textContent()).resolves.toBe(enEuro(t.totalInclVatCents));
    await shot(page, '75-english-result');

    // Model 1's agreed reference date: typed the machine's way round, it is marked at the field.
    await page.getByRole('radio', { name: /Model 1/ }).check();
    const date = page.locator('#field-peildatum');
    await date.fill('12/31/2024');
    await date.blur();
    await expect(date.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByText('Not a valid date. Write dd-mm-yyyy, for example 31-12-2024.').isVisible()).resolves.toBe(true);
    await shot(page, '76-english-date-invalid');
    await date.fill('1-10-2024');
    await date.blur();
    await expect(date.inputValue()).resolves.toBe('01-10-2024');
    await expect(date.getAttribute('aria-invalid')).resolves.not.toBe('true');
  });

  it('keyboard only: paste an export, land on what it found, and reach every step in order', async () => {
    const { page } = await open();
    const stops = await tabStops(page, 40);
    const at = (s: string) => stops.indexOf(s);
    expect(at('field-year')).toBeGreaterThanOrEqual(0);
    expect(at('field-year')).toBeLessThan(at('paste-open'));
    expect(at('field-flatPrice')).toBeGreaterThan(at('paste-open'));
    expect(at('make-button')).toBeGreaterThan(at('field-tolerance'));
    // Back to the first card's 'Tekst plakken', open it, paste, read.
    await page.locator('[data-testid=slot-current] [data-testid=paste-open]').focus();
    await page.keyboard.press('Enter');
    // The box is a chunk of its own, fetched when its button got focus: it takes the focus once shown.
    await expect.poll(() => focusedTestId(page)).toBe('paste-text');
    await page.keyboard.insertText(dossierCsv(employersFor(2024, 5), { peildatum: '31-12-2024' }).csv);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitLoaded(page, 'current');
    expect(await focusedTestId(page)).toBe('export-item');
    await shot(page, '70-keyboard-paste');
  });

  it('employer numbers and counts (as in Excel): the number offered is the number made and the one asked about; a number in neither export is marked at once; progress counts sheets', async () => {
    const context = await suite.browser.newContext({ locale: 'nl-NL', viewport: { width: WIDTH, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${suite.server.origin}/harness.html`);
    await page.getByTestId('step-make').waitFor();
    const cur = dossierCsv(employersFor(2024, 255), { peildatum: '31-12-2024' });
    const prev = dossierCsv(employersFor(2023, 254), { peildatum: '31-12-2023' });
    await loadFile(page, 'current', 'export-2024.csv', cur.csv);
    await loadFile(page, 'previous', 'export-2023.csv', prev.csv);
    await setFlatPrice(page, '9,85');

    // The engine in Node: how many employers the re-billing shares over (this year's, and those gone since last year).
    const imp = (csv: string, label: string) => {
      const r = importDossierExport({ text: csv }, { label });
      if (!r.ok) throw new Error(r.error.en);
      return r.value;
    };
    const settings = settingsSchema.parse({ model: 2, pricing: { kind: 'flat', priceE4: 98_500 } });
    const rec = reconcileQwoater({ current: imp(cur.csv, 'a'), previous: imp(prev.csv, 'b'), settings });
    if (!rec.ok) throw new Error(rec.error.en);
    const shares = rebill({ rec: rec.value, settings, signing: null, signingPlan: { mode: 'unknown', unit: 'requests' } });
    if (!shares.ok) throw new Error(shares.error.en);
    const n = shares.value.shares.length;
    expect(n).toBeGreaterThan(255); // some employers are only in last year's export

    const year = page.getByTestId('step-year');
    await year.getByTestId('year-toggle').click();
    await year.getByTestId('employers-on').click();
    await year.getByRole('radio', { name: `Alle werkgevers (${n})` }).waitFor();
    await year.getByRole('radio', { name: 'Gekozen werkgevers' }).check();
    await page.locator('#year-employer-numbers').fill('000004, 999999');
    // Marked at the field at once, before the field is left or 'Maak' is pressed.
    await expect(year.getByText('Niet in de exports: 999999. Controleer de nummers.').isVisible()).resolves.toBe(true);
    await expect(page.locator('#year-employer-numbers').getAttribute('aria-invalid')).resolves.toBe('true');
    await shot(page, '71-employer-unknown');

    await year.getByRole('radio', { name: `Alle werkgevers (${n})` }).check();
    await page.getByTestId('make-button').click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await expect(dialog.getByRole('heading').textContent()).resolves.toBe(`${n} werkgeversbladen maken?`);
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(SHOTS, '72-confirm-count.png') });
    await dialog.getByTestId('confirm-sheets-yes').click();
    // The progress counts sheets, of every sheet the plan has (the employers' and the others).
    await page.getByTestId('step-make').getByText(/^Schrijven naar de werkmap… [\d.]+ van [\d.]+ werkbladen$/).waitFor({ timeout: 20_000 });
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('step-make').screenshot({ path: join(SHOTS, '73-progress-sheets.png') });
    await page.getByTestId('result-card').waitFor({ timeout: 120_000 });
    await expect(page.getByTestId('year-employer-sheets').textContent()).resolves.toBe(String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.'));
    expect(problems).toEqual([]);
    await context.close();
  });
});
