/**
 * Issue #11 item 9: `--distribute invoiced` splits the invoiced total by the largest
 * remainder over each employer's exact share, as the README promises, instead of adding
 * separately rounded parts. Hand-worked: € 640,00 over 1 : 2 : 4 is 91,43 / 182,86 / 365,71
 * (640/7 = 91,428…, 182,857…, 365,714…; the floors leave two cents, for ,857 and ,714).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SigningSummary } from '../../src/domain/billing/advances';
import { reconcileQwoater } from '../../src/domain/billing/qwoater';
import { rebill } from '../../src/domain/billing/rebill';
import { settingsSchema } from '../../src/domain/settings';
import { dossierExport, type Row } from '../support/dossier-export';
import { buildCli, runCli } from '../support/cli';

/** Model 1, € 9,85 per dossier, minimum € 636: employers billing 1, 2 and 4 dossiers (7 × 9,85 = 68,95, topped up to 636,00). */
function oneTwoFour() {
  const settings = settingsSchema.parse({ model: 1, pricing: { kind: 'flat', priceE4: 98_500 } });
  const rows: Row[] = [
    ['000001', 'Een', 1, 0, 0],
    ['000002', 'Twee', 1, 1, 0],
    ['000003', 'Vier', 1, 3, 0],
  ];
  const rec = reconcileQwoater({ current: dossierExport('01-10-2024.csv', '2024-10-01', rows), settings });
  if (!rec.ok) throw new Error(rec.error.nl);
  return { rec: rec.value, settings };
}

describe('distributing the invoiced total', () => {
  it('€ 640,00 over 1 : 2 : 4 is 91,43 / 182,86 / 365,71', () => {
    const { rec, settings } = oneTwoFour();
    expect(rec.totals.totalExclVatCents).toBe(63_600);
    const r = rebill({ rec, settings, signing: null, signingPlan: { mode: 'included', unit: 'requests' }, targetExclCents: 64_000 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.shares.map((s) => s.totalExclCents)).toEqual([9_143, 18_286, 36_571]);
    // The difference column is what makes each row add up: total − its computed parts, and it sums to 640,00 − 636,00.
    for (const s of r.value.shares) {
      expect(s.listCents + s.negativeOffsetCents - s.discountCents + s.topUpCents + s.signingCents + s.adjustmentCents).toBe(s.totalExclCents);
    }
    expect(r.value.shares.reduce((a, s) => a + s.adjustmentCents, 0)).toBe(400);
    // VAT 21 % of 640,00 = 134,40, over 9 143 : 18 286 : 36 571.
    expect(r.value.totals.vatCents).toBe(13_440);
    expect(r.value.shares.reduce((a, s) => a + s.vatCents, 0)).toBe(13_440);
  });

  it('the computed total itself is still split part by part (no difference column)', () => {
    const { rec, settings } = oneTwoFour();
    const r = rebill({ rec, settings, signing: null, signingPlan: { mode: 'included', unit: 'requests' } });
    expect(r.ok && r.value.shares.map((s) => s.adjustmentCents)).toEqual([0, 0, 0]);
  });
});

// ─── Property: every employer's total is the largest remainder over its exact share ───

interface Case {
  employers: { billable: number; units: number }[];
  priceE4: number;
  minimumCents: number;
  signingPriceE4: number;
  target: number;
}

const caseArb: fc.Arbitrary<Case> = fc.record({
  employers: fc.array(fc.record({ billable: fc.nat(400), units: fc.nat(50) }), { minLength: 1, maxLength: 25 }),
  priceE4: fc.integer({ min: 1, max: 300_000 }),
  minimumCents: fc.oneof(fc.constant(63_600), fc.nat(500_000)),
  signingPriceE4: fc.integer({ min: 0, max: 20_000 }),
  target: fc.nat(10_000_000),
});

describe('property: largest remainder over the exact shares', () => {
  it('each total excl. VAT is the floor of target × exact share, or a cent more, and the cents go to the largest remainders', () => {
    let checked = 0;
    fc.assert(
      fc.property(caseArb, (c) => {
        const settings = settingsSchema.parse({ model: 1, pricing: { kind: 'flat', priceE4: c.priceE4 }, minimumCents: c.minimumCents });
        const number = (i: number) => String(i + 1).padStart(6, '0');
        const rows: Row[] = c.employers.map((e, i) => [number(i), `W${i}`, 1, e.billable, 0]);
        const rec = reconcileQwoater({ current: dossierExport('01-10-2024.csv', '2024-10-01', rows), settings });
        if (!rec.ok) throw new Error(rec.error.nl);
        const employers = c.employers.map((e, i) => ({ number: number(i), name: `W${i}`, quarters: [e.units, 0, 0, 0] as [number, number, number, number], total: e.units })).filter((e) => e.total > 0);
        const units = employers.reduce((a, e) => a + e.total, 0);
        const signing: SigningSummary = { year: 2024, unit: 'requests', perQuarter: [units, 0, 0, 0], total: units, employers, sources: [] };
        const r = rebill({ rec: rec.value, settings, signing, signingPlan: { mode: 'priced', priceE4: c.signingPriceE4, unit: 'requests' }, targetExclCents: c.target });
        if (!r.ok) {
          expect(r.error.code).toBe('rebill.nothingToShare');
          return;
        }
        checked++;
        // The exact share of each employer in what we computed: the dossier parts pro rata by counted
        // dossiers, signing pro rata by requests — as a fraction num / den, in BigInt.
        const t = r.value.totals;
        const dossierPart = BigInt(t.staffelCents + t.topUpCents);
        const W = BigInt(t.weight);
        const U = BigInt(t.signingUnits);
        const den = (W || 1n) * (U || 1n);
        const num = r.value.shares.map((s) => (W ? dossierPart * BigInt(s.weight) * (U || 1n) : 0n) + (U ? BigInt(t.signingCents) * BigInt(s.signingUnits) * (W || 1n) : 0n));
        const totalNum = num.reduce((a, b) => a + b, 0n);
        expect(totalNum).toBe(BigInt(r.value.computedExclCents) * den);
        const exact = num.map((n) => ({ floor: (BigInt(c.target) * n) / totalNum, rem: (BigInt(c.target) * n) % totalNum }));
        r.value.shares.forEach((s, i) => {
          const extra = BigInt(s.totalExclCents) - exact[i]!.floor;
          expect(extra === 0n || extra === 1n).toBe(true);
        });
        expect(r.value.shares.reduce((a, s) => a + s.totalExclCents, 0)).toBe(c.target);
        for (let i = 0; i < num.length; i++) {
          for (let j = 0; j < num.length; j++) {
            const gotI = BigInt(r.value.shares[i]!.totalExclCents) > exact[i]!.floor;
            const gotJ = BigInt(r.value.shares[j]!.totalExclCents) > exact[j]!.floor;
            if (gotI && !gotJ) expect(exact[i]!.rem >= exact[j]!.rem).toBe(true);
          }
        }
      }),
      { seed: 11_09, numRuns: 300 },
    );
    expect(checked).toBeGreaterThan(200);
  });
});

describe('factuurcheck rebill --distribute invoiced', () => {
  let dir: string;
  beforeAll(() => {
    buildCli();
    dir = mkdtempSync(join(tmpdir(), 'fc-distribute-'));
  });

  it('writes 91,43 / 182,86 / 365,71 for € 640,00 invoiced over 1 : 2 : 4', () => {
    const exportFile = join(dir, 'dossiers-01-10-2024.csv');
    writeFileSync(
      exportFile,
      ['Dossiervorming Qwoater per werkgever', 'Peildatum: 01-10-2024', 'Werkgeversnummer;Naam;Werkgeversdossier;Aantalwerknemersdossier', '000001;Een;1;0', '000002;Twee;1;1', '000003;Vier;1;3'].join('\r\n'),
    );
    const invoices = join(dir, 'facturen.txt');
    writeFileSync(invoices, 'Voorschot Q1 2024 € 159,00\nVoorschot Q2 2024 € 159,00\nVoorschot Q3 2024 € 159,00\nVoorschot Q4 2024 € 159,00\nEindafrekening 2024 € 4,00\n');
    const r = runCli(['rebill', '--model', '1', '--current', exportFile, '--price', '9,85', '--invoices', invoices, '--distribute', 'invoiced', '--out', join(dir, 'd.csv'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.employers.map((e: { totalExclCents: number }) => e.totalExclCents)).toEqual([9_143, 18_286, 36_571]);
  });
});
