import { describe, expect, it } from 'vitest';
import { parsePeriodText } from '../../src/taskpane/year/period-text';
import { defaultYearForm, emptyLine, lineToForm, type LineForm, type YearForm } from '../../src/taskpane/year/year-form';
import { lineField, validateYear, YEAR_FIELDS } from '../../src/taskpane/year/year-validate';
import { parseInvoiceText } from '../../src/domain/billing/invoice-text';

const line = (patch: Partial<LineForm>): LineForm => ({ ...emptyLine(), ...patch });
const form = (patch: Partial<YearForm>): YearForm => ({ ...defaultYearForm(), ...patch });

describe('the period of a typed invoice line', () => {
  it.each([
    ['Q1 2024', { year: 2024, quarter: 1 }],
    ['k3-2024', { year: 2024, quarter: 3 }],
    ['2024 Q4', { year: 2024, quarter: 4 }],
    ['2e kwartaal 2024', { year: 2024, quarter: 2 }],
    ['Q2', { year: 2023, quarter: 2 }],
    ['2024', { year: 2024, quarter: null }],
  ])('%s', (text, expected) => expect(parsePeriodText(text, 2023)).toEqual(expected));

  it('refuses what is not a period, and a bare quarter when no year is known', () => {
    expect(parsePeriodText('Q5 2024', 2024)).toBeNull();
    expect(parsePeriodText('januari', 2024)).toBeNull();
    expect(parsePeriodText('Q1', null)).toBeNull();
  });
});

describe('validating the year step', () => {
  it('turns typed lines into engine lines: cents, 1/10 000 euro, negative corrections', () => {
    const a = line({ kind: 'advance', period: 'Q1 2024', date: '2024-01-15', count: '1.204', price: '9,85', amount: '2.964,85' });
    const c = line({ kind: 'correction', period: 'Q1 2024', count: '-3', amount: '-7,39' });
    const f = line({ kind: 'final', period: '2024', amount: '120,00' });
    const v = validateYear(form({ lines: [a, c, f], tolerancePct: '0,5', toleranceAbs: '2,50' }), 2024);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.data.lines[0]).toMatchObject({ kind: 'advance', year: 2024, quarter: 1, count: 1204, priceE4: 98_500, amountCents: 296_485, date: '2024-01-15' });
    expect(v.data.lines[1]).toMatchObject({ kind: 'correction', count: -3, amountCents: -739 });
    expect(v.data.lines[2]).toMatchObject({ kind: 'final', quarter: null, amountCents: 12_000 });
    expect(v.data.toleranceCents).toBe(250);
    expect(v.data.toleranceBasisPoints).toBe(50);
    expect(v.data.employers).toBeNull();
  });

  it('names each bad field with its own message', () => {
    const l = line({ kind: 'final', period: 'Q4 2024', count: '-2', price: 'abc', amount: '' });
    const v = validateYear(form({ lines: [l], tolerancePct: '150', signingMode: 'priced', signingPrice: '' }), 2024);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.errors[lineField(l.id, 'period')]).toBe('year.err.finalPeriod');
    expect(v.errors[lineField(l.id, 'count')]).toBe('year.err.countNegative');
    expect(v.errors[lineField(l.id, 'price')]).toBe('form.price.invalid');
    expect(v.errors[lineField(l.id, 'amount')]).toBe('form.required');
    expect(v.errors[YEAR_FIELDS.tolerancePct]).toBe('year.err.percent');
    expect(v.errors[YEAR_FIELDS.signingPrice]).toBe('form.required');
  });

  it('asks the quarter of an advance and a real date', () => {
    const l = line({ kind: 'advance', period: '2024', date: '2024-02-30', amount: '1' });
    const v = validateYear(form({ lines: [l] }), 2024);
    expect(v.ok ? {} : v.errors).toEqual({ [lineField(l.id, 'period')]: 'year.err.quarter', [lineField(l.id, 'date')]: 'form.date.invalid' });
  });

  it('signing per request, included, or unknown', () => {
    const priced = validateYear(form({ signingMode: 'priced', signingPrice: '0,50' }), 2024);
    expect(priced.ok && priced.data.signing).toEqual({ mode: 'priced', priceE4: 5_000, unit: 'requests' });
    const incl = validateYear(form({ signingMode: 'included' }), 2024);
    expect(incl.ok && incl.data.signing).toEqual({ mode: 'included', unit: 'requests' });
  });

  it('per-employer sheets for all, or for the numbers typed', () => {
    const all = validateYear(form({ employers: { on: true, mode: 'all', numbers: '' } }), 2024);
    expect(all.ok && all.data.employers).toEqual({});
    const some = validateYear(form({ employers: { on: true, mode: 'chosen', numbers: '000101, 000107\n12' } }), 2024);
    expect(some.ok && some.data.employers).toEqual({ numbers: ['000101', '000107', '12'] });
    const none = validateYear(form({ employers: { on: true, mode: 'chosen', numbers: ' ' } }), 2024);
    expect(none.ok ? {} : none.errors).toEqual({ [YEAR_FIELDS.employers]: 'year.err.employersEmpty' });
    const bad = validateYear(form({ employers: { on: true, mode: 'chosen', numbers: '101, Bakkerij' } }), 2024);
    expect(bad.ok ? {} : bad.errors).toEqual({ [YEAR_FIELDS.employers]: 'year.err.employerNumber' });
  });

  it('a pasted line becomes fields that validate back to the same line', () => {
    const parsed = parseInvoiceText('15-01-2024  Voorschot Q1 2024  1.204 x € 9,85  € 2.964,85\n01-04-2024 Correctie Q1 2024 -€ 12,34', { year: 2024 });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const v = validateYear(form({ lines: parsed.value.map((l) => lineToForm(l, 'nl')) }), 2024);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.data.lines.map((l) => [l.kind, l.quarter, l.count, l.priceE4, l.amountCents, l.date])).toEqual(
      parsed.value.map((l) => [l.kind, l.quarter, l.count, l.priceE4, l.amountCents, l.date]),
    );
  });
});
