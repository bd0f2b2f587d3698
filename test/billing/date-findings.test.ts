/**
 * What the exports' dates say against the year the user stated and against each other,
 * worked out by hand per case: the facts the engine refuses on and the pane shows while
 * the user loads.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateFindings, isDateError, type DateFacts } from '../../src/domain/billing/date-findings';
import { checkExportDates } from '../../src/domain/billing/export-dates';
import { defaultSettings } from '../../src/domain/settings';
import { dossierExport } from '../support/dossier-export';

const ex = (peildatum: string | null, label = `${peildatum ?? 'undated'}.csv`) => ({ peildatum, label });
const kinds = (facts: DateFacts) => dateFindings(facts).map((f) => f.kind);

describe('date findings', () => {
  it('names both years when the stated year contradicts this year’s export (the issue’s case: 2024 over 31-12-2023 and 31-12-2022)', () => {
    const found = dateFindings({ model: 2, year: 2024, current: ex('2023-12-31'), previous: ex('2022-12-31') });
    expect(found).toEqual([{ kind: 'yearContradicts', year: 2024, date: '2023-12-31', dateYear: 2023, file: '2023-12-31.csv', agreed: false }]);
    expect(found.every(isDateError)).toBe(true);
  });

  it('finds nothing when the year fits, or when no year is stated', () => {
    expect(kinds({ model: 2, year: 2024, current: ex('2024-12-31'), previous: ex('2023-12-31') })).toEqual([]);
    expect(kinds({ model: 2, current: ex('2023-12-31'), previous: ex('2022-12-31') })).toEqual([]);
    expect(kinds({ model: 2, year: 2024, current: ex(null), previous: null })).toEqual([]);
  });

  it('tells swapped exports (last year’s is newer) from two exports of the same day', () => {
    const swapped = dateFindings({ model: 2, current: ex('2023-12-31', 'a.csv'), previous: ex('2024-12-31', 'b.csv') });
    expect(swapped).toEqual([{ kind: 'previousNotBefore', previous: '2024-12-31', current: '2023-12-31', previousFile: 'b.csv', currentFile: 'a.csv', swapped: true }]);
    const same = dateFindings({ model: 2, current: ex('2024-12-31'), previous: ex('2024-12-31') });
    expect(same).toMatchObject([{ kind: 'previousNotBefore', swapped: false }]);
  });

  it('in the engine’s order: the swap before the year', () => {
    expect(kinds({ model: 2, year: 2024, current: ex('2023-12-31'), previous: ex('2024-12-31') })).toEqual(['previousNotBefore', 'yearContradicts']);
  });

  it('judges the year by last year’s export when only that one is dated: 31-12 of the year before', () => {
    expect(dateFindings({ model: 2, year: 2024, current: ex(null), previous: ex('2022-12-31') })).toEqual([
      { kind: 'yearContradictsPrevious', year: 2024, date: '2022-12-31', dateYear: 2023, file: '2022-12-31.csv' },
    ]);
    expect(kinds({ model: 2, year: 2024, current: ex(null), previous: ex('2023-12-31') })).toEqual([]);
  });

  it('model 1: an agreed peildatum in another year stops; another day in the same year only warns', () => {
    const other = dateFindings({ model: 1, agreed: '2023-10-01', current: ex('2024-10-01'), previous: null });
    expect(other).toEqual([{ kind: 'agreedOtherYear', agreed: '2023-10-01', date: '2024-10-01', file: '2024-10-01.csv' }]);
    const day = dateFindings({ model: 1, agreed: '2024-12-31', current: ex('2024-10-01'), previous: null });
    expect(day.map((f) => [f.kind, isDateError(f)])).toEqual([['agreedDiffers', false]]);
    // Model 2 has no agreed peildatum: one left in the form changes nothing.
    expect(kinds({ model: 2, agreed: '2023-10-01', current: ex('2024-12-31'), previous: ex('2023-12-31') })).toEqual([]);
  });
});

describe('the engine refuses on the first error the pane shows', () => {
  it('for any dates, stated year and agreed peildatum (property)', () => {
    const CODE: Record<string, (agreed: boolean) => string> = {
      agreedOtherYear: () => 'billing.agreedPeildatumOtherYear',
      previousNotBefore: () => 'billing.previousNotBefore',
      yearContradicts: (agreed) => (agreed ? 'billing.yearContradictsAgreed' : 'billing.yearContradictsExport'),
      yearContradictsPrevious: () => 'billing.yearContradictsPrevious',
    };
    const date = fc.option(fc.constantFrom('2022-12-31', '2023-10-01', '2023-12-31', '2024-10-01', '2024-12-31'), { nil: null });
    fc.assert(
      fc.property(fc.constantFrom(1 as const, 2 as const), fc.option(fc.integer({ min: 2022, max: 2025 }), { nil: undefined }), fc.option(fc.constantFrom('2023-10-01', '2024-10-01', '2024-12-31'), { nil: undefined }), date, date, (model, year, agreed, cur, prev) => {
        // Different counts, so the exports are never the same file given twice.
        const current = dossierExport('cur.csv', cur, [['000001', 'A', 1, 10, 2]]);
        const previous = model === 2 ? dossierExport('prev.csv', prev, [['000001', 'A', 1, 9, 3]]) : null;
        const settings = { ...defaultSettings(model), ...(year !== undefined ? { year } : {}), ...(agreed !== undefined && model === 1 ? { peildatum: agreed } : {}) };
        const found = dateFindings({ model, ...(year !== undefined ? { year } : {}), ...(agreed !== undefined ? { agreed } : {}), current: ex(cur, 'cur.csv'), previous: previous ? ex(prev, 'prev.csv') : null });
        const first = found.find(isDateError);
        const r = checkExportDates(current, previous, settings);
        if (first) {
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.error.code).toBe(CODE[first.kind]!(first.kind === 'yearContradicts' && first.agreed));
        } else if (!r.ok) {
          // Without a finding the engine may only miss the year altogether.
          expect(r.error.code).toBe('billing.yearUnknown');
        }
      }),
      { numRuns: 500 },
    );
  });
});
