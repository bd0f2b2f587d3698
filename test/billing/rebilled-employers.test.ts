/**
 * The employers a re-billing has a line for, known before anything is priced, checked
 * against the engine itself: for any two exports and any signing, rebilledEmployers lists
 * exactly the employers rebill() shares the costs over, in its order. So the pane offers
 * as many employer sheets as 'Maak' makes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SigningSummary } from '../../src/domain/billing/advances';
import { rebill } from '../../src/domain/billing/rebill';
import { rebilledEmployers } from '../../src/domain/billing/rebilled-employers';
import { reconcileQwoater } from '../../src/domain/pipeline';
import { defaultSettings } from '../../src/domain/settings';
import { dossierExport, type Row } from '../support/dossier-export';

const settings = (model: 1 | 2) => ({ ...defaultSettings(model), pricing: { kind: 'flat' as const, priceE4: 98_500 } });

function signing(employers: { number: string; name: string; total: number }[]): SigningSummary {
  return {
    year: 2024,
    unit: 'requests',
    perQuarter: [employers.reduce((s, e) => s + e.total, 0), 0, 0, 0],
    total: employers.reduce((s, e) => s + e.total, 0),
    employers: employers.map((e) => ({ ...e, quarters: [e.total, 0, 0, 0] })),
    sources: ['q1.csv'],
  };
}

function engineNumbers(current: Row[], previous: Row[] | null, signed: { number: string; name: string; total: number }[]): string[] | null {
  const model = previous ? 2 : 1;
  const rec = reconcileQwoater({
    current: dossierExport('2024.csv', '2024-12-31', current),
    previous: previous ? dossierExport('2023.csv', '2023-12-31', previous) : null,
    settings: settings(model),
  });
  if (!rec.ok) return null;
  const r = rebill({ rec: rec.value, settings: settings(model), signing: signed.length ? signing(signed) : null, signingPlan: { mode: 'priced', priceE4: 5_000, unit: 'requests' } });
  return r.ok ? r.value.shares.map((s) => s.number) : null;
}

describe('rebilled employers', () => {
  it('by hand: this year’s, then those only in last year’s, then those that only signed; leading zeros do not make another employer', () => {
    const current = dossierExport('2024.csv', '2024-12-31', [['000101', 'A', 1, 10, 0], ['000102', 'B', 1, 5, 0]]);
    const previous = dossierExport('2023.csv', '2023-12-31', [['102', 'B oud', 1, 5, 1], ['000103', 'C', 1, 3, 3]]);
    const got = rebilledEmployers(current, previous, [{ number: '101', name: 'A' }, { number: '000200', name: 'D' }]);
    expect(got.map((e) => e.number)).toEqual(['000101', '000102', '000103', '000200']);
    expect(rebilledEmployers(current, null).map((e) => e.number)).toEqual(['000101', '000102']);
  });

  it('lists exactly the employers rebill() shares over, in its order (property, against the engine)', () => {
    // Numbers from a small pool, written with and without leading zeros, so exports overlap.
    const number = fc.integer({ min: 1, max: 12 }).chain((n) => fc.constantFrom(String(n), String(n).padStart(6, '0')));
    const rows = (g: number) =>
      fc.uniqueArray(fc.tuple(number, fc.integer({ min: 0, max: 50 })), { selector: ([n]) => Number(n), minLength: 1, maxLength: 8 }).map((list) =>
        list.map(([n, f]): Row => [n, `W${Number(n)}`, 1, f + g, Math.min(g, f)]),
      );
    const signed = fc.uniqueArray(fc.tuple(number, fc.integer({ min: 1, max: 9 })), { selector: ([n]) => Number(n), maxLength: 5 }).map((l) => l.map(([n, total]) => ({ number: n, name: `S${Number(n)}`, total })));
    fc.assert(
      fc.property(rows(5), fc.option(rows(1), { nil: null }), signed, (current, previous, sign) => {
        const engine = engineNumbers(current, previous, sign);
        fc.pre(engine !== null);
        const mine = rebilledEmployers(
          dossierExport('2024.csv', '2024-12-31', current),
          previous ? dossierExport('2023.csv', '2023-12-31', previous) : null,
          sign,
        );
        expect(mine.map((e) => e.number)).toEqual(engine);
      }),
      { numRuns: 300 },
    );
  });
});
