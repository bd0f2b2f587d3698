/**
 * Issue #11 item 3 for Otherside: a month is exact to the cent up to € 1 miljard excl.
 * VAT, and beyond it the same clear error as for Qwoater, naming the month's amount,
 * instead of a crash inside the VAT.
 */
import { describe, expect, it } from 'vitest';
import { XPERT_HISTORY_VERSION, type XpertHistory, type XpertMonth } from '../../src/domain/xpert/history';
import { billHistory } from '../../src/domain/xpert/rules';
import { SETTINGS } from './support';

function history(employees: number[]): XpertHistory {
  const month: XpertMonth = {
    period: '2024-01',
    source: { label: 'xpert-2024-01.csv' },
    importedAt: null,
    peildatum: null,
    hasSmsColumn: true,
    reportedAmountCents: null,
    reportedRateE4: null,
    employers: employees.map((n, i) => ({ code: `W${i}`, name: `Werkgever ${i}`, employees: n, sms: 0 })),
  };
  return { version: XPERT_HISTORY_VERSION, months: { '2024-01': month } };
}

describe('an Otherside month at the top of the range', () => {
  it('€ 100 per employee: 10 million employees is € 1 miljard, exact, VAT € 210 miljoen', () => {
    const r = billHistory(history([6_000_000, 4_000_000]), { ...SETTINGS, rateE4: 1_000_000 });
    expect(r.ok && r.value.months[0]!.totals).toMatchObject({ amountCents: 100_000_000_000, vatCents: 21_000_000_000, totalInclVatCents: 121_000_000_000 });
  });

  it('beyond it: the month is refused with billing.beyondRange, not a crash', () => {
    // 2 × 999 999 999 employees × € 100 = € 199.999.999.800,00
    const r = billHistory(history([999_999_999, 999_999_999]), { ...SETTINGS, rateE4: 1_000_000 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('billing.beyondRange');
    expect(r.error.nl).toContain('€ 199.999.999.800,00');
    expect(r.error.nl).toContain('maandbedrag');
  });
});
