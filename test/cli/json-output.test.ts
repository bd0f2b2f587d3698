/**
 * `reconcile --json` writes each employer as text by hand (output.ts, for speed). These
 * hold it against JSON.stringify of the fields in the contract's order, with names that
 * JSON must escape, with and without notes, and the whole answer against JSON.parse.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonEmployer, writeJson } from '../../src/cli/output';
import type { EmployerLine, Reconciliation } from '../../src/domain/pipeline';

const line = (over: Partial<EmployerLine> = {}): EmployerLine => ({
  number: '000123',
  name: 'Bakkerij "De Korenaar" \\ Zoë → 🍞',
  employerDossiers: 1,
  employeeDossiers: 40,
  inactivePrevious: 3,
  activeEmployeeDossiers: 37,
  billableDossiers: 38,
  inCurrent: true,
  inPrevious: true,
  notes: [],
  ...over,
});

/** The contract as an object: these keys, in this order; notes only when there are any. */
const expected = (e: EmployerLine, lang: 'nl' | 'en') =>
  JSON.stringify({
    number: e.number,
    name: e.name,
    employerDossiers: e.employerDossiers,
    employeeDossiers: e.employeeDossiers,
    inactivePrevious: e.inactivePrevious,
    activeEmployeeDossiers: e.activeEmployeeDossiers,
    billableDossiers: e.billableDossiers,
    ...(e.notes.length ? { notes: e.notes.map((n) => n[lang]) } : {}),
  });

describe('--json, one employer', () => {
  it('is what JSON.stringify writes, escapes and all, with and without notes', () => {
    const plain = line();
    const noted = line({ number: '0\u0007"', activeEmployeeDossiers: -2, notes: [{ code: 'x', nl: 'Vorig jaar: "Oud\u2028naam"\n', en: 'Last year: \t' }] });
    for (const e of [plain, noted]) for (const lang of ['nl', 'en'] as const) expect(jsonEmployer(e, lang)).toBe(expected(e, lang));
  });

  it('agrees with JSON.stringify for any texts and counts', () => {
    const count = fc.integer({ min: -1e9, max: 1e9 });
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), count, count, fc.array(fc.string({ unit: 'binary' }), { maxLength: 3 }), (number, name, f, g, notes) => {
        const e = line({ number, name, employeeDossiers: f, inactivePrevious: g, activeEmployeeDossiers: f - g, notes: notes.map((n) => ({ code: 'c', nl: n, en: n.toUpperCase() })) });
        expect(jsonEmployer(e, 'nl')).toBe(expected(e, 'nl'));
        expect(jsonEmployer(e, 'en')).toBe(expected(e, 'en'));
      }),
      { numRuns: 300 },
    );
  });

  it('makes one valid JSON answer of many employers, written in pieces', () => {
    const employers = Array.from({ length: 4_321 }, (_, i) => line({ number: String(i).padStart(6, '0'), notes: i % 7 ? [] : [{ code: 'n', nl: `noot ${i}`, en: `note ${i}` }] }));
    const rec = { model: 2, year: 2024, currentPeildatum: '2024-12-31', previousPeildatum: '2023-12-31', totals: {}, employers } as unknown as Reconciliation;
    let out = '';
    writeJson((t) => (out += t), rec, [], 'nl');
    const parsed = JSON.parse(out) as { employers: unknown[] };
    expect(parsed.employers).toHaveLength(employers.length);
    expect(parsed.employers.map((e) => JSON.stringify(e))).toEqual(employers.map((e) => expected(e, 'nl')));
  });
});
