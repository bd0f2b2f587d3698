/**
 * The year step in the built pane (Chromium, standalone): the sample exports, price 9,85,
 * one invoice line typed and one pasted, a signing export by file, per-employer sheets for
 * two employers, then the .xlsx and the re-billing CSV downloaded and checked against
 * buildYearPlan run in Node on the same inputs, plus one figure worked out by hand.
 * Screenshots of each step go to test/e2e/screenshots/ (rewritten with UPDATE_SCREENSHOTS=1, see support/build.ts) for a person to look at.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateYearOptions } from '../../src/domain/billing/advances';
import { summariseSigning } from '../../src/domain/billing/advances';
import { parseInvoiceText } from '../../src/domain/billing/invoice-text';
import { importDossierExport } from '../../src/domain/imports/loket-dossiers';
import { importSigningExport } from '../../src/domain/imports/loket-signing';
import { reconcileQwoater } from '../../src/domain/pipeline';
import { settingsSchema } from '../../src/domain/settings';
import { isFormula, a1, cellsOf } from '../../src/domain/spec/plan';
import { rebillCsvText } from '../../src/domain/spec/rebill-csv';
import { buildYearPlan } from '../../src/domain/spec/year-workbook';
import { readWorkbookValues } from '../support/read-xlsx';
import { requireTool } from '../support/system-tools';
import { launchChromium } from './support/browser';
import { ROOT, SHOTS, ensureE2eBuild } from './support/build';
import { foreignRequests, loadFile, openPane, setFlatPrice, type OpenPane } from './support/pane-driver';
import { shot } from './support/shots';
import { serveStatic, type StaticServer } from './support/static-server';

const chromiumPath = requireTool('chromium', 'end-to-end tests of the task pane');
const CUR = 'loket-dossiers-31-12-2024.csv';
const PREV = 'loket-dossiers-31-12-2023.csv';
const SIGN = 'loket-signing-2024-Q1.csv';
const haveExamples = [CUR, PREV, SIGN].every((f) => existsSync(join(ROOT, 'examples', f)));

let server: StaticServer;
let browser: Browser;
const opened: OpenPane[] = [];

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), click()]);
  return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
}

describe.skipIf(!chromiumPath || !haveExamples)('the year step in Chromium (standalone)', () => {
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

  it('two invoice lines, a signing export and two employer sheets → check, re-billing and employer sheets as the engine makes them', async () => {
    const bytes = (f: string) => readFileSync(join(ROOT, 'examples', f));
    const p = await openPane(browser, server.origin);
    opened.push(p);
    const { page } = p;
    await loadFile(page, 'current', CUR, bytes(CUR));
    await loadFile(page, 'previous', PREV, bytes(PREV));
    await setFlatPrice(page, '9,85');

    const step = page.getByTestId('step-year');
    await expect(step.getByRole('heading', { level: 2, name: '4. Facturen en ondertekenen (optioneel)' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { level: 2, name: '5. Maak specificatie' }).isVisible()).resolves.toBe(true);
    await shot(p.page, '40-year-closed', { detail: step });
    await step.getByTestId('year-toggle').click();

    // Typed: the Q1 advance. Worked by hand (examples/README.md: 1 401 dossiers):
    // 1 401 × € 9,85 = € 13.799,85 for the year; a quarter of it, rounded half up, is € 3.449,96.
    await step.getByTestId('invoice-add').click();
    const typed = step.getByTestId('invoice-line').first();
    await expect(typed.getByLabel('Periode').inputValue()).resolves.toBe('Q1 2024');
    await typed.getByLabel('Factuurdatum').fill('2024-01-15');
    await typed.getByLabel('Aantal').fill('1.401');
    await typed.getByLabel('Prijs (€)').fill('9,85');
    await typed.getByLabel('Bedrag excl. btw (€)').fill('3.449,96');
    await shot(p.page, '41-year-typed-line', { detail: typed });

    // Pasted: the signing of Q1, invoiced in arrears on 1 April (82 requests × € 0,50).
    const pasted = '01-04-2024  Digitaal ondertekenen Q1 2024  82 x € 0,50  € 41,00';
    await step.getByTestId('invoice-paste-open').click();
    await step.getByTestId('invoice-paste-text').fill(pasted);
    await step.getByTestId('invoice-paste-read').click();
    await expect(step.getByTestId('invoice-paste-preview').textContent()).resolves.toContain('Ondertekenen · Q1 2024 · 01-04-2024 · 82 ×');
    await shot(p.page, '42-year-paste-preview', { detail: step.getByTestId('invoice-paste') });
    await step.getByTestId('invoice-paste-add').click();
    await expect(step.getByTestId('invoice-line').count()).resolves.toBe(2);

    // Tolerance: € 0,50 or 1 %, whichever is larger.
    await step.locator('#year-tolerance-abs').fill('0,50');
    await step.locator('#year-tolerance-pct').fill('1');

    await step.getByTestId('year-signing').locator('input[type=file]').setInputFiles({ name: SIGN, mimeType: 'text/csv', buffer: bytes(SIGN) });
    await expect(step.getByTestId('signing-summary').textContent()).resolves.toBe('01-01-2024 t/m 31-03-2024: 8\u00a0werkgevers, 82\u00a0verzoeken');
    await step.getByRole('radio', { name: 'Per verzoek' }).check();
    await step.locator('#year-signing-price').fill('0,50');
    await shot(p.page, '43-year-signing', { detail: step.getByTestId('year-signing') });

    await step.getByTestId('employers-on').click();
    await step.getByRole('radio', { name: 'Gekozen werkgevers' }).check();
    await step.locator('#year-employer-numbers').fill('000101, 000102');
    await expect(step.getByTestId('employers-picked').textContent()).resolves.toBe('Gekozen: Café De Gouden Leeuw, Bakkerij Müller');
    await shot(p.page, '44-year-employers', { detail: step.getByTestId('year-employers') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);

    const xlsx = await download(page, () => page.getByTestId('make-button').click());
    await page.getByTestId('year-result').waitFor();
    await shot(p.page, '45-year-result', { detail: page.getByTestId('result-card') });

    // The same inputs through the engine in Node.
    const cur = importDossierExport({ bytes: new Uint8Array(bytes(CUR)) }, { label: CUR, fileName: CUR });
    const prev = importDossierExport({ bytes: new Uint8Array(bytes(PREV)) }, { label: PREV, fileName: PREV });
    const sig = importSigningExport({ bytes: new Uint8Array(bytes(SIGN)) }, { label: SIGN, fileName: SIGN });
    if (!cur.ok || !prev.ok || !sig.ok) throw new Error('examples do not import');
    const settings = settingsSchema.parse({ model: 2, pricing: { kind: 'flat', priceE4: 98_500 }, toleranceCents: 50, toleranceBasisPoints: 100 });
    const rec = reconcileQwoater({ current: cur.value, previous: prev.value, settings });
    if (!rec.ok) throw new Error(rec.error.en);
    const signing = summariseSigning([sig.value], 2024, 'requests');
    const pastedLines = parseInvoiceText(pasted, { year: 2024 });
    const options = validateYearOptions({ signing: { mode: 'priced', priceE4: 5_000, unit: 'requests' } });
    if (!signing.ok || !pastedLines.ok || !options.ok) throw new Error('engine inputs');
    const invoices = [{ kind: 'advance' as const, date: '2024-01-15', year: 2024, quarter: 1 as const, count: 1_401, priceE4: 98_500, amountCents: 344_996, description: '' }, ...pastedLines.value];
    const node = buildYearPlan({
      rec: rec.value,
      qwoater: { current: cur.value, previous: prev.value, settings },
      options: options.value,
      invoices,
      signing: signing.value,
      perEmployer: { numbers: ['000101', '000102'] },
      lang: 'nl',
    });
    if (!node.ok) throw new Error(node.error.en);

    const wb = await readWorkbookValues(xlsx.bytes);
    const yearSheets = node.value.plan.sheets.filter((s) => s.key === 'invoice-check' || s.key === 'rebill' || s.key.startsWith('employer:'));
    expect(yearSheets.map((s) => s.name)).toEqual(['Factuurcontrole 2024', 'Doorbelasting 2024', '000101 Café De Gouden Leeuw', '000102 Bakkerij Müller']);
    for (const s of yearSheets) {
      const cells = wb.get(s.name);
      expect(cells, s.name).toBeDefined();
      for (const { row, col, value } of cellsOf(s)) {
        const want = isFormula(value) ? value.r : value;
        if (typeof want !== 'number') continue;
        // A real date reads back as a Date (ISO text here): compare its serial number.
        const got = cells!.get(a1(row, col))?.value;
        const read = typeof got === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00/.test(got) ? Date.parse(got) / 86_400_000 + 25_569 : got;
        expect(read, `${s.name}!${a1(row, col)}`).toBeCloseTo(want, 6);
      }
    }
    // The hand-worked advance is on the check sheet as what was expected, and the line is OK.
    const check = [...wb.get('Factuurcontrole 2024')!.values()].map((c) => c.value);
    expect(check).toContain(3_449.96);
    await expect(page.getByTestId('year-lines-total').textContent()).resolves.toBe('2');
    await expect(page.getByTestId('year-lines-ok').textContent()).resolves.toBe(String(node.value.check.lines.filter((l) => l.status === 'ok').length));
    expect(node.value.check.lines[0]!.expectedCents).toBe(344_996);

    // The CSV: the engine's text, and its amounts add up to the re-billed total to the cent.
    const csv = await download(page, () => page.getByTestId('year-csv').click());
    expect(csv.name).toBe('doorbelasting-2024.csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.bytes.subarray(3).toString('utf8');
    expect(text).toBe(rebillCsvText(node.value.rebill, 'nl'));
    const rows = text.trim().split('\r\n').slice(1);
    const cents = (s: string) => Math.round(Number(s.replace(/\./g, '').replace(',', '.')) * 100);
    // Excl. VAT is the 12th column; names with ';' are quoted, so split outside quotes.
    const fields = (line: string) => line.match(/("([^"]|"")*"|[^;]*)(;|$)/g)!.map((f) => f.replace(/;$/, ''));
    const sum = rows.reduce((s, r) => s + cents(fields(r)[11]!), 0);
    expect(sum).toBe(node.value.rebill.totals.totalExclCents);
    expect(rows).toHaveLength(rec.value.employers.length);
    expect(p.problems).toEqual([]);

    // Reopened (standalone keeps the state in the browser): the year comes back as typed and loaded.
    const again = await openPane(browser, server.origin, { context: p.context });
    opened.push(again);
    const back = again.page.getByTestId('step-year');
    await back.getByTestId('signing-summary').waitFor({ timeout: 30_000 });
    await expect(back.getByTestId('invoice-line').count()).resolves.toBe(2);
    await expect(back.getByTestId('invoice-line').first().getByLabel('Bedrag excl. btw (€)').inputValue()).resolves.toBe('3.449,96');
    await expect(back.getByTestId('signing-summary').textContent()).resolves.toBe('01-01-2024 t/m 31-03-2024: 8\u00a0werkgevers, 82\u00a0verzoeken');
    await expect(back.locator('#year-employer-numbers').inputValue()).resolves.toBe('000101, 000102');
    await shot(again.page, '46-year-restored', { detail: back });
    expect(again.problems).toEqual([]);
  });
});
