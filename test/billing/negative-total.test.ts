/**
 * Issue #11 item 6: ΣG of last year above ΣF of this year, which happens when a large
 * client leaves. When both peildatums are known and in order, it is computed: the active
 * count is shown as it is (negative), the billable count below zero counts as zero, the
 * minimum applies, and a loud warning says why. Only when the dates cannot settle the
 * order is the user asked whether the exports were swapped.
 *
 * Hand-worked: this year A has 1 employer dossier and F = 20; last year A had G = 5 and
 * B, the client that left, G = 150. Active = 20 − (5 + 150) = −135; billable = 1 − 135 =
 * −134, counted as 0; € 0,00 at any price, topped up to the minimum € 636,00; VAT 21 % =
 * € 133,56.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkYear, validateYearOptions } from '../../src/domain/billing/advances';
import { reconcileQwoater } from '../../src/domain/billing/qwoater';
import { rebill } from '../../src/domain/billing/rebill';
import { buildQwoaterPlan } from '../../src/domain/pipeline';
import { settingsSchema } from '../../src/domain/settings';
import { writeXlsxFile } from '../../src/writers/xlsx-file-writer';
import { dossierExport } from '../support/dossier-export';
import { assertFormulasMatchPlan, recalcWithLibreOffice } from '../support/libreoffice';
import { requireTool } from '../support/system-tools';

const settings = settingsSchema.parse({ model: 2, pricing: { kind: 'flat', priceE4: 98_500 } });
const current = dossierExport('2024.csv', '2024-12-31', [['000001', 'Alfa', 1, 20, 0]]);
const previous = dossierExport('2023.csv', '2023-12-31', [
  ['000001', 'Alfa', 1, 18, 5],
  ['000002', 'Grote Klant B.V.', 1, 200, 150],
]);

describe('ΣG above ΣF with dates that settle the order', () => {
  const r = reconcileQwoater({ current, previous, settings });

  it('is computed: active −135 as it is, billable 0, the minimum € 636,00 and its VAT', () => {
    expect(r.ok, r.ok ? '' : r.error.nl).toBe(true);
    if (!r.ok) return;
    expect(r.value.totals).toMatchObject({
      employeeDossiers: 20,
      inactivePrevious: 155,
      activeEmployeeDossiers: -135,
      billableDossiers: 0,
      amountCents: 0,
      minimumTopUpCents: 63_600,
      totalExclVatCents: 63_600,
      vatCents: 13_356,
    });
  });

  it('says loudly why, with both sums, both dates and the minimum', () => {
    const w = r.warnings.find((x) => x.code === 'billing.negativeTotalCounted')!;
    expect(w).toBeDefined();
    expect(w.nl).toMatch(/155/);
    expect(w.nl).toMatch(/20/);
    expect(w.nl).toMatch(/31-12-2023/);
    expect(w.nl).toMatch(/31-12-2024/);
    expect(w.nl).toMatch(/minimum/);
    expect(w.nl).not.toMatch(/omgewisseld/);
    expect(w.en).toMatch(/155.*20|20.*155/s);
    // Said first: it changes the bill more than any other warning.
    expect(r.warnings[0]!.code).toBe('billing.negativeTotalCounted');
  });

  it('keeps a positive billable count when employer dossiers outweigh the negative active count', () => {
    const cur = dossierExport('2024.csv', '2024-12-31', [['000001', 'Alfa', 5, 10, 0]]);
    const prev = dossierExport('2023.csv', '2023-12-31', [['000001', 'Alfa', 5, 14, 12]]);
    const x = reconcileQwoater({ current: cur, previous: prev, settings });
    // active 10 − 12 = −2; billable 5 − 2 = 3 × € 9,85 = € 29,55
    expect(x.ok && x.value.totals).toMatchObject({ activeEmployeeDossiers: -2, billableDossiers: 3, amountCents: 2_955 });
    expect(x.warnings.map((w) => w.code)).toContain('billing.negativeTotalCounted');
  });

  it('re-bills the minimum to the employers with a positive count', () => {
    if (!r.ok) throw new Error(r.error.nl);
    const split = rebill({ rec: r.value, settings, signing: null, signingPlan: { mode: 'included', unit: 'requests' } });
    expect(split.ok).toBe(true);
    if (!split.ok) return;
    expect(split.value.shares.map((s) => [s.number, s.totalExclCents])).toEqual([
      ['000001', 63_600],
      ['000002', 0],
    ]);
  });

  it('checks a final settlement against the minimum: 4 × € 150,00 advances, € 36,00 to settle', () => {
    if (!r.ok) throw new Error(r.error.nl);
    const options = validateYearOptions({});
    if (!options.ok) throw new Error('options');
    const advances = [1, 2, 3, 4].map((q) => ({ kind: 'advance' as const, date: null, year: 2024, quarter: q as 1 | 2 | 3 | 4, count: null, priceE4: null, amountCents: 15_000, description: '' }));
    const c = checkYear({ rec: r.value, settings, options: options.value, signing: null, invoices: [...advances, { ...advances[0]!, kind: 'final', quarter: null, amountCents: 3_600 }] });
    expect(c.ok && c.value.lines.at(-1)).toMatchObject({ expectedCount: 0, expectedCents: 3_600, status: 'ok' });
  });
});

describe('ΣG above ΣF when the dates do not settle it', () => {
  it.each([
    ['this year’s export has no date', dossierExport('c.csv', null, [['000001', 'Alfa', 1, 20, 0]]), previous],
    ['last year’s export has no date', current, dossierExport('p.csv', null, [['000001', 'Alfa', 1, 18, 5], ['000002', 'B', 1, 200, 150]])],
  ])('asks whether the exports were swapped: %s', (_what, cur, prev) => {
    const r = reconcileQwoater({ current: cur, previous: prev, settings: { ...settings, year: 2024 } });
    expect(!r.ok && r.error.code).toBe('billing.negativeTotal');
    expect(!r.ok && r.error.nl).toMatch(/omgewisseld/);
  });
});

const soffice = requireTool('soffice', 'the LibreOffice formula oracle for a negative active count');
const dir = mkdtempSync(join(tmpdir(), 'fc-negative-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!soffice)('the specification of a negative active count, recalculated by LibreOffice', () => {
  it('every formula agrees with the engine: billable 0, total € 636,00', async () => {
    const input = { current, previous, settings };
    const r = reconcileQwoater(input);
    if (!r.ok) throw new Error(r.error.nl);
    const plan = buildQwoaterPlan(r.value, input, 'nl');
    const path = join(dir, 'negative.xlsx');
    await writeXlsxFile(plan, path);
    const checked = await assertFormulasMatchPlan(plan, await recalcWithLibreOffice(path));
    expect(checked).toBeGreaterThan(5);
  });
});
