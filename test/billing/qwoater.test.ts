import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { reconcileQwoater } from '../../src/domain/billing/qwoater';
import { settingsSchema } from '../../src/domain/settings';
import { dossierExport, type Row } from '../support/dossier-export';

const settings = (model: 1 | 2, priceE4 = 98_500) => settingsSchema.parse({ model, pricing: { kind: 'flat', priceE4 } });

describe('model 2: the seed example', () => {
  /*
   * Employer 001 has three employees: A throughout, B left on 3 January 2023, C left in June 2022.
   *   31-12-2022: F = 3 (A, B, C stored), G = 1 (C is out of service)
   *   31-12-2023: F = 3,                  G = 2 (B and C)
   *   31-12-2024: F = 3,                  G = 2
   * 2023 bills F(2023) − G(2022) = 3 − 1 = 2: B counts the whole year though he left on 3 January.
   * 2024 bills F(2024) − G(2023) = 3 − 2 = 1: only A. Plus 1 employer dossier each year.
   */
  const e2022 = dossierExport('2022.csv', '2022-12-31', [['001', 'Bakkerij', 1, 3, 1]]);
  const e2023 = dossierExport('2023.csv', '2023-12-31', [['001', 'Bakkerij', 1, 3, 2]]);
  const e2024 = dossierExport('2024.csv', '2024-12-31', [['001', 'Bakkerij', 1, 3, 2]]);

  it('an employee who left on 3 January counts the whole year', () => {
    const r = reconcileQwoater({ current: e2023, previous: e2022, settings: settings(2) });
    expect(r.ok && r.value.totals.activeEmployeeDossiers).toBe(2);
    expect(r.ok && r.value.totals.billableDossiers).toBe(3);
    expect(r.ok && r.value.year).toBe(2023);
  });

  it('and is inactive from the year after', () => {
    const r = reconcileQwoater({ current: e2024, previous: e2023, settings: settings(2) });
    expect(r.ok && r.value.totals.activeEmployeeDossiers).toBe(1);
    // 2 dossiers × € 9,85 = € 19,70, topped up to the minimum € 636: top-up € 616,30
    expect(r.ok && r.value.totals.amountCents).toBe(1_970);
    expect(r.ok && r.value.totals.minimumTopUpCents).toBe(61_630);
    expect(r.ok && r.value.totals.totalExclVatCents).toBe(63_600);
  });
});

describe('model 2: joining two exports per employer', () => {
  const current = dossierExport('2024.csv', '2024-12-31', [
    ['000123', 'Café De Gouden Leeuw', 1, 40, 3],
    ['000200', 'Nieuw BV', 1, 5, 0],
    ['000300', 'Krimp BV', 1, 2, 0],
  ]);
  const previous = dossierExport('2023.csv', '2023-12-31', [
    ['000123', 'Cafe De Gouden Leeuw', 1, 38, 4],
    ['000300', 'Krimp BV', 1, 9, 6],
    ['000400', 'Weg BV', 1, 7, 7],
  ]);
  const r = reconcileQwoater({ current, previous, settings: settings(2) });
  if (!r.ok) throw new Error(r.error.nl);
  const by = new Map(r.value.employers.map((e) => [e.number, e]));

  it('takes the union, counting 0 where an export lacks the employer', () => {
    expect([...by.keys()]).toEqual(['000123', '000200', '000300', '000400']);
    expect(by.get('000200')).toMatchObject({ inactivePrevious: 0, activeEmployeeDossiers: 5, inPrevious: false });
    expect(by.get('000400')).toMatchObject({ employeeDossiers: 0, inactivePrevious: 7, activeEmployeeDossiers: -7, billableDossiers: -7, inCurrent: false });
  });

  it('keeps a negative difference on the row and notes it', () => {
    // 000300: F 2 − G 6 = −4
    expect(by.get('000300')!.activeEmployeeDossiers).toBe(-4);
    expect(by.get('000300')!.notes.map((n) => n.code)).toContain('negativeActive');
  });

  it('totals equal ΣF − ΣG exactly: (40 + 5 + 2 + 0) − (4 + 6 + 7) = 30', () => {
    expect(r.value.totals.employeeDossiers).toBe(47);
    expect(r.value.totals.inactivePrevious).toBe(17);
    expect(r.value.totals.activeEmployeeDossiers).toBe(30);
    // employer dossiers of the current export only: 3
    expect(r.value.totals.billableDossiers).toBe(33);
  });

  it('notes a renamed employer and warns once with a count', () => {
    expect(by.get('000123')!.notes.map((n) => n.code)).toContain('renamed');
    expect(r.value.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['billing.onlyInCurrent', 'billing.onlyInPrevious', 'billing.negativeActive', 'billing.renamed']),
    );
  });

  it('matches numbers that lost their leading zeros in Excel', () => {
    const pasted = dossierExport('selectie', '2023-12-31', [['123', 'Café De Gouden Leeuw', 1, 38, 4]]);
    const m = reconcileQwoater({ current, previous: pasted, settings: settings(2) });
    expect(m.ok && m.value.employers[0]!.inactivePrevious).toBe(4);
  });
});

describe('numbers that match as one', () => {
  const cur = (rows: Row[]) => dossierExport('2024.csv', '2024-12-31', rows);
  const prev = (rows: Row[]) => dossierExport('2023.csv', '2023-12-31', rows);
  const refusal = (current: ReturnType<typeof cur>, previous: ReturnType<typeof prev> | null, model: 1 | 2 = 2) => {
    const r = reconcileQwoater({ current, previous, settings: settings(model) });
    return r.ok ? null : { code: r.error.code, nl: r.error.nl, row: r.error.location?.row, file: r.error.location?.file };
  };

  it('refuses two employers of the current export, naming both and the second one\'s row', () => {
    const current = cur([['000123', 'A', 1, 5, 0], ['77', 'B', 1, 5, 0], ['123', 'C', 1, 5, 0]]);
    expect(refusal(current, prev([['9', 'X', 1, 1, 0]]))).toEqual({
      code: 'billing.ambiguousNumber',
      nl: "2024.csv, rij 7: Werkgeversnummers '000123' en '123' in 2024.csv zijn gelijk op voorloopnullen na; ze zijn niet eenduidig te koppelen.",
      row: 7,
      file: '2024.csv',
    });
    expect(refusal(current, null, 1)?.code).toBe('billing.ambiguousNumber');
  });

  it('refuses two employers of the previous export, whether or not the current one has them', () => {
    const current = cur([['1', 'A', 1, 5, 0]]);
    expect(refusal(current, prev([['01', 'A', 1, 5, 0], ['5', 'B', 1, 1, 0], ['001', 'A', 1, 5, 1]]))).toMatchObject({ nl: expect.stringContaining("'01' en '001' in 2023.csv"), row: 7 });
    expect(refusal(current, prev([['AB7', 'G', 1, 5, 0], ['ab7', 'G', 1, 5, 1]]))).toMatchObject({ nl: expect.stringContaining("'AB7' en 'ab7' in 2023.csv"), row: 6 });
  });

  it('refuses the current export first, and each export at its first repeated key', () => {
    // Oracle: the plain definition of a key, the first pair in file order.
    const key = (n: string) => n.trim().replace(/^0+(?=\d)/, '').toLowerCase();
    const firstPair = (numbers: string[]) => {
      for (let b = 0; b < numbers.length; b++) {
        const a = numbers.findIndex((n) => key(n) === key(numbers[b]!));
        if (a < b) return [numbers[a], numbers[b], 5 + b] as const;
      }
      return null;
    };
    const numbers = fc.array(fc.stringMatching(/^0{0,2}[1-9A-Ca-c]$/), { maxLength: 8 });
    fc.assert(
      fc.property(numbers, numbers, (c, p) => {
        const rows = (ns: string[]): Row[] => ns.map((n, i) => [n, `W${i}`, 1, 10 + i, i % 3]);
        const got = refusal(cur(rows(c)), prev(rows(p)));
        const want = firstPair(c) ?? firstPair(p);
        if (!want) {
          expect(got?.code).not.toBe('billing.ambiguousNumber');
          return;
        }
        expect(got?.code).toBe('billing.ambiguousNumber');
        expect(got?.nl).toContain(`'${want[0]}' en '${want[1]}' in ${firstPair(c) ? '2024' : '2023'}.csv`);
        expect(got?.row).toBe(want[2]);
      }),
      { seed: 14, numRuns: 600 },
    );
  });
});

describe('model 2: wrong inputs', () => {
  const a = dossierExport('2024.csv', '2024-12-31', [['1', 'A', 1, 10, 2]]);
  const b = dossierExport('2023.csv', '2023-12-31', [['1', 'A', 1, 9, 1]]);

  it('refuses exports given the wrong way round', () => {
    const r = reconcileQwoater({ current: b, previous: a, settings: settings(2) });
    expect(!r.ok && r.error.code).toBe('billing.previousNotBefore');
    expect(!r.ok && r.error.nl).toMatch(/omgewisseld/);
  });

  it('refuses the same file twice', () => {
    const r = reconcileQwoater({ current: a, previous: a, settings: settings(2) });
    expect(!r.ok && r.error.code).toBe('billing.sameExportTwice');
  });

  it('warns when the dates are not one year apart', () => {
    const old = dossierExport('2022.csv', '2022-12-31', [['1', 'A', 1, 9, 1]]);
    const r = reconcileQwoater({ current: a, previous: old, settings: settings(2) });
    expect(r.ok && r.warnings.map((w) => w.code)).toContain('billing.previousNotOneYear');
  });

  it('needs the previous export and its G column', () => {
    expect(reconcileQwoater({ current: a, settings: settings(2) })).toMatchObject({ ok: false, error: { code: 'billing.previousMissing' } });
    const noG = dossierExport('2023.csv', '2023-12-31', [['1', 'A', 1, 9, 0]], false);
    expect(reconcileQwoater({ current: a, previous: noG, settings: settings(2) })).toMatchObject({ ok: false, error: { code: 'billing.previousHasNoInactive' } });
  });

  it('asks whether a total below zero is swapped only when the dates cannot tell (see negative-total.test.ts)', () => {
    const big = dossierExport('2023.csv', '2023-12-31', [['1', 'A', 1, 90, 80]]);
    const dated = reconcileQwoater({ current: a, previous: big, settings: settings(2) });
    // 10 − 80 = −70 active; 1 − 70 below zero, billed as 0.
    expect(dated.ok && dated.value.totals).toMatchObject({ activeEmployeeDossiers: -70, billableDossiers: 0 });
    const undated = reconcileQwoater({ current: { ...a, peildatum: null }, previous: big, settings: { ...settings(2), year: 2024 } });
    expect(!undated.ok && undated.error.code).toBe('billing.negativeTotal');
  });

  it('asks for the year when no date is known', () => {
    const x = dossierExport('x.csv', null, [['1', 'A', 1, 10, 2]]);
    const y = dossierExport('y.csv', null, [['1', 'A', 1, 9, 1]]);
    expect(reconcileQwoater({ current: x, previous: y, settings: settings(2) })).toMatchObject({ ok: false, error: { code: 'billing.yearUnknown' } });
    const withYear = settingsSchema.parse({ model: 2, year: 2024, pricing: { kind: 'flat', priceE4: 1 } });
    expect(reconcileQwoater({ current: x, previous: y, settings: withYear }).ok).toBe(true);
  });
});

describe('model 1', () => {
  it('counts all employer and employee dossiers on the one export', () => {
    const e = dossierExport('01-10-2024.csv', '2024-10-01', [
      ['1', 'A', 1, 120, 30],
      ['2', 'B', 1, 80, 10],
    ]);
    const r = reconcileQwoater({ current: e, settings: settings(1) });
    // 2 employer dossiers + 200 employee dossiers (inactive ones are stored, so they count)
    expect(r.ok && r.value.totals.billableDossiers).toBe(202);
    expect(r.ok && r.value.totals.inactivePrevious).toBe(0);
    // 202 × € 9,85 = € 1.989,70
    expect(r.ok && r.value.totals.amountCents).toBe(198_970);
  });
});

describe('property: per-employer active dossiers sum to ΣF − ΣG', () => {
  const rows = (prefix: string) =>
    fc.uniqueArray(
      fc.tuple(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 })),
      { selector: (t) => t[0], maxLength: 60 },
    ).map((list) => list.map(([n, wg, f, g]): Row => [String(n).padStart(6, '0'), `${prefix}${n}`, wg, Math.max(f, g), Math.min(f, g)]));

  it('holds for any pair of exports', () => {
    fc.assert(
      fc.property(rows('cur'), rows('prev'), (cur, prev) => {
        const current = dossierExport('c', '2024-12-31', cur);
        const previous = dossierExport('p', '2023-12-31', prev);
        const sumF = cur.reduce((a, r) => a + r[3], 0);
        const sumG = prev.reduce((a, r) => a + r[4], 0);
        const sumWG = cur.reduce((a, r) => a + r[2], 0);
        const r = reconcileQwoater({ current, previous, settings: settings(2) });
        if (!r.ok) {
          // identical content is refused as 'the same file twice'
          expect(r.error.code).toBe('billing.sameExportTwice');
          return;
        }
        const perEmployer = r.value.employers.reduce((a, e) => a + e.activeEmployeeDossiers, 0);
        expect(perEmployer).toBe(sumF - sumG);
        expect(r.value.totals.activeEmployeeDossiers).toBe(sumF - sumG);
        // Dated exports in order: a count below zero is billed as 0.
        expect(r.value.totals.billableDossiers).toBe(Math.max(0, sumWG + sumF - sumG));
        expect(r.value.employers.reduce((a, e) => a + e.billableDossiers, 0)).toBe(sumWG + sumF - sumG);
      }),
      { seed: 20241231, numRuns: 400 },
    );
  });
});
