/**
 * Issue #11 item 3: a large bureau is no error. Every money path (count, price, VAT,
 * the year's check, the split per employer, the workbook) is exact to the cent up to
 * € 1 miljard excl. VAT, where products of cents and weights pass 2^53; beyond it a
 * different, clear error says where the limit lies. Figures are worked by hand.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkYear, validateYearOptions } from '../../src/domain/billing/advances';
import { reconcileQwoater } from '../../src/domain/billing/qwoater';
import { rebill } from '../../src/domain/billing/rebill';
import { MAX_AMOUNT_CENTS } from '../../src/domain/money';
import { settingsSchema } from '../../src/domain/settings';
import { buildYearPlan } from '../../src/domain/spec/year-workbook';
import { buildCli, runCli } from '../support/cli';
import { assertFormulasMatchPlan, recalcWithLibreOffice } from '../support/libreoffice';
import { requireTool } from '../support/system-tools';
import { writeXlsxFile } from '../../src/writers/xlsx-file-writer';
import { dossierExport, type Row } from '../support/dossier-export';

/** Model 1 at a flat € 10,00 per dossier: each row one employer dossier plus F − 1 employee dossiers, so the row bills F. */
function year(billable: number[]) {
  const rows: Row[] = billable.map((n, i) => [String(101 + i).padStart(6, '0'), `Werkgever ${i + 1}`, 1, n - 1, 0]);
  const settings = settingsSchema.parse({ model: 1, pricing: { kind: 'flat', priceE4: 100_000 } });
  const current = dossierExport('01-10-2024.csv', '2024-10-01', rows);
  return { settings, current, rec: reconcileQwoater({ current, settings }) };
}
const soffice = requireTool('soffice', 'LibreOffice recalculates a year of € 1 miljard');
const options = validateYearOptions({ signing: { mode: 'included' } });
if (!options.ok) throw new Error('options');

describe('a bureau of € 2,1 million a year', () => {
  // 100 000 + 60 000 + 50 000 = 210 000 dossiers × € 10,00 = € 2.100.000,00; VAT 21 % = € 441.000,00.
  const { settings, current, rec } = year([100_000, 60_000, 50_000]);

  it('is counted and priced', () => {
    expect(rec.ok && rec.value.totals).toMatchObject({ billableDossiers: 210_000, totalExclVatCents: 210_000_000, vatCents: 44_100_000 });
  });

  it('is re-billed to the cent: 10 : 6 : 5 of € 2.100.000,00 and of its VAT', () => {
    if (!rec.ok) throw new Error(rec.error.nl);
    const r = rebill({ rec: rec.value, settings, signing: null, signingPlan: { mode: 'included', unit: 'requests' } });
    expect(r.ok, r.ok ? '' : r.error.nl).toBe(true);
    if (!r.ok) return;
    expect(r.value.shares.map((s) => [s.totalExclCents, s.vatCents, s.totalInclCents])).toEqual([
      [100_000_000, 21_000_000, 121_000_000],
      [60_000_000, 12_600_000, 72_600_000],
      [50_000_000, 10_500_000, 60_500_000],
    ]);
  });

  it('gets its year workbook', () => {
    if (!rec.ok) throw new Error(rec.error.nl);
    const built = buildYearPlan({ rec: rec.value, qwoater: { current, settings }, options: options.value, invoices: [], signing: null, perEmployer: {} });
    expect(built.ok, built.ok ? '' : built.error.nl).toBe(true);
  });
});

describe('€ 1 miljard, the top of the supported range', () => {
  // 50 + 30 + 20 million dossiers × € 10,00 = € 1.000.000.000,00 exactly; VAT € 210.000.000,00.
  const { settings, current, rec } = year([50_000_000, 30_000_000, 20_000_000]);

  it('is still exact, and so is the year check of a final settlement', () => {
    if (!rec.ok) throw new Error(rec.error.nl);
    expect(rec.value.totals.totalExclVatCents).toBe(MAX_AMOUNT_CENTS);
    expect(MAX_AMOUNT_CENTS).toBe(100_000_000_000);
    const r = rebill({ rec: rec.value, settings, signing: null, signingPlan: { mode: 'included', unit: 'requests' } });
    expect(r.ok && r.value.shares.map((s) => s.vatCents)).toEqual([10_500_000_000, 6_300_000_000, 4_200_000_000]);
    // Four advances of € 250.000.000,00 and a final settlement of € 0,01 too much.
    const lines = [1, 2, 3, 4].map((q) => ({ kind: 'advance' as const, date: null, year: 2024, quarter: q as 1 | 2 | 3 | 4, count: null, priceE4: null, amountCents: 25_000_000_000, description: '' }));
    const check = checkYear({ rec: rec.value, settings, options: options.value, signing: null, invoices: [...lines, { ...lines[0]!, kind: 'final', quarter: null, amountCents: 1 }] });
    expect(check.ok && check.value.lines.map((l) => l.differenceCents)).toEqual([0, 0, 0, 0, 1]);
    const built = buildYearPlan({ rec: rec.value, qwoater: { current, settings }, options: options.value, invoices: lines, signing: null, perEmployer: null });
    expect(built.ok).toBe(true);
  });

  it.skipIf(!soffice)('and its year workbook, recalculated by LibreOffice, agrees with every formula', async () => {
    if (!rec.ok) throw new Error(rec.error.nl);
    const built = buildYearPlan({ rec: rec.value, qwoater: { current, settings }, options: options.value, invoices: [], signing: null, perEmployer: {} });
    if (!built.ok) throw new Error(built.error.nl);
    const file = join(mkdtempSync(join(tmpdir(), 'fc-miljard-')), 'miljard.xlsx');
    await writeXlsxFile(built.value.plan, file);
    expect(await assertFormulasMatchPlan(built.value.plan, await recalcWithLibreOffice(file))).toBeGreaterThan(20);
  });

  it('an invoiced total just within it is distributed to the cent', () => {
    if (!rec.ok) throw new Error(rec.error.nl);
    const r = rebill({ rec: rec.value, settings, signing: null, signingPlan: { mode: 'included', unit: 'requests' }, targetExclCents: MAX_AMOUNT_CENTS - 1 });
    expect(r.ok && r.value.shares.reduce((a, s) => a + s.totalExclCents, 0)).toBe(MAX_AMOUNT_CENTS - 1);
  });
});

describe('beyond € 1 miljard', () => {
  it('a count that bills more is refused with its own message, naming the amount and the limit', () => {
    // 100 000 001 dossiers × € 10,00 = € 1.000.000.010,00
    const { rec } = year([50_000_001, 30_000_000, 20_000_000]);
    expect(rec.ok).toBe(false);
    if (rec.ok) return;
    expect(rec.error.code).toBe('billing.beyondRange');
    expect(rec.error.nl).toContain('€ 1.000.000.010,00');
    expect(rec.error.nl).toContain('€ 1.000.000.000,00');
    expect(rec.error.en).toContain('€1,000,000,010.00');
    expect(rec.error.en).toContain('€1,000,000,000.00');
  });

  it('so is a minimum above it', () => {
    const settings = settingsSchema.parse({ model: 1, pricing: { kind: 'flat', priceE4: 100_000 }, minimumCents: MAX_AMOUNT_CENTS + 1 });
    const r = reconcileQwoater({ current: dossierExport('x.csv', '2024-10-01', [['1', 'A', 1, 1, 0]]), settings });
    expect(!r.ok && r.error.code).toBe('billing.beyondRange');
  });

  it('so is an invoiced total to distribute', () => {
    const { settings, rec } = year([10, 20]);
    if (!rec.ok) throw new Error(rec.error.nl);
    const r = rebill({ rec: rec.value, settings, signing: null, signingPlan: { mode: 'included', unit: 'requests' }, targetExclCents: MAX_AMOUNT_CENTS + 1 });
    expect(!r.ok && r.error.code).toBe('billing.beyondRange');
  });

  it('counts far beyond any bureau (a column of amounts mapped as counts) give the same clear error, never a crash', () => {
    const { rec } = year([999_999_999, 999_999_999, 999_999_999]);
    expect(!rec.ok && rec.error.code).toBe('billing.beyondRange');
  });
});

describe('property: large years split exactly', () => {
  const MONEY = ['listCents', 'negativeOffsetCents', 'discountCents', 'topUpCents', 'signingCents', 'adjustmentCents', 'totalExclCents', 'vatCents', 'totalInclCents'] as const;

  it('every column adds up to its total for years up to € 1 miljard, computed or invoiced', () => {
    let split = 0;
    fc.assert(
      fc.property(
        fc.array(fc.record({ f: fc.integer({ min: 0, max: 30_000_000 }), g: fc.integer({ min: 0, max: 30_000_000 }), units: fc.nat(2_000_000) }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.option(fc.integer({ min: 0, max: MAX_AMOUNT_CENTS })),
        (employers, priceE4, target) => {
          const settings = settingsSchema.parse({ model: 2, pricing: { kind: 'flat', priceE4 } });
          const num = (i: number) => String(i + 1).padStart(6, '0');
          const current = dossierExport('c.csv', '2024-12-31', employers.map((e, i): Row => [num(i), `W${i}`, 1, e.f, 0]));
          const previous = dossierExport('p.csv', '2023-12-31', employers.map((e, i): Row => [num(i), `W${i}`, 1, e.g, e.g]));
          const rec = reconcileQwoater({ current, previous, settings });
          if (!rec.ok) {
            expect(rec.error.code).toMatch(/^billing\.(beyondRange|sameExportTwice)$/);
            return;
          }
          const signingEmployers = employers.map((e, i) => ({ number: num(i), name: `W${i}`, quarters: [e.units, 0, 0, 0] as [number, number, number, number], total: e.units })).filter((e) => e.total > 0);
          const units = signingEmployers.reduce((a, e) => a + e.total, 0);
          const r = rebill({
            rec: rec.value,
            settings,
            signing: { year: 2024, unit: 'requests', perQuarter: [units, 0, 0, 0], total: units, employers: signingEmployers, sources: [] },
            signingPlan: { mode: 'priced', priceE4: 5_000, unit: 'requests' },
            targetExclCents: target,
          });
          if (!r.ok) {
            expect(r.error.code).toMatch(/^(billing\.beyondRange|rebill\.nothingToShare)$/);
            return;
          }
          split++;
          for (const k of MONEY) expect(r.value.shares.reduce((a, s) => a + s[k], 0), k).toBe(r.value.totals[k]);
          expect(r.value.totals.totalExclCents).toBe(target ?? r.value.computedExclCents);
          // 21 % VAT, rounded half up, worked in BigInt here: each employer's on its own amount
          // (their sum is the VAT column's total), the supplier's once on the total.
          const vat = (excl: number) => (BigInt(excl) * 21n + 50n) / 100n;
          for (const s of r.value.shares) expect(BigInt(s.vatCents)).toBe(vat(s.totalExclCents));
          expect(BigInt(r.value.totals.supplierVatCents)).toBe(vat(r.value.totals.totalExclCents));
          for (const s of r.value.shares) expect(s.totalExclCents).toBeGreaterThanOrEqual(0);
        },
      ),
      { seed: 11_03_2, numRuns: 200 },
    );
    expect(split).toBeGreaterThan(100);
  });
});

describe('factuurcheck rebill for a bureau of € 2,1 million', () => {
  it('writes the split instead of refusing it', () => {
    buildCli();
    const dir = mkdtempSync(join(tmpdir(), 'fc-large-'));
    const file = join(dir, 'dossiers-01-10-2024.csv');
    writeFileSync(file, ['Peildatum: 01-10-2024', 'Werkgeversnummer;Naam;Werkgeversdossier;Aantalwerknemersdossier', '000101;Een;1;99999', '000102;Twee;1;59999', '000103;Drie;1;49999'].join('\r\n'));
    const r = runCli(['rebill', '--model', '1', '--current', file, '--price', '10', '--out', join(dir, 'd.csv'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.totals).toMatchObject({ totalExclCents: 210_000_000, vatCents: 44_100_000 });
    expect(json.employers.map((e: { totalInclCents: number }) => e.totalInclCents)).toEqual([121_000_000, 72_600_000, 60_500_000]);
  });
});
