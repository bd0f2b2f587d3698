import { describe, expect, it } from 'vitest';
import { checkYear, quarterEstimates } from '../../src/domain/billing/advances';
import { rebill } from '../../src/domain/billing/rebill';
import { exampleYear, unwrap } from './example-year';

/*
 * The year 2024 of a small bureau, model 2, € 9,85 per dossier, minimum € 636, 21 % VAT.
 *
 * Counts (example-year.ts):
 *   000101 Bakkerij De Zon   WG 1 + F 30 − G 4 (2023) = 27
 *   000102 Café Het Hoekje   WG 1 + F 12 − G 2        = 11
 *   000103 Garage Snel       WG 1 + F 5  − G 8        = −2   (more inactive than dossiers)
 *   000104 Nieuw BV          WG 1 + F 20 − G 0        = 21   (new this year)
 *   billable = 4 + 67 − 14 = 57 → 57 × 9,85 = 561,45, below the minimum:
 *   top-up 636,00 − 561,45 = 74,55; the year excl. VAT = 636,00.
 *
 * Counts available at the start of each quarter (the estimate behind each advance):
 *   Q1: 52 (31-12-2023) → 52 × 9,85 = 512,20 a year → advance 512,20 / 4 = 128,05
 *   Q2: 54 (31-03-2024) → 531,90 → 132,975 → 132,98 (half up)
 *   Q3: 55 (30-06-2024) → 541,75 → 135,4375 → 135,44
 *   Q4: 56 (30-09-2024) → 551,60 → 137,90
 *   year end: 57 (the specification) → 561,45
 *
 * Corrections, against what the invoices already say:
 *   Q1 (on the Q2 invoice): 1/4 × 531,90 = 132,975 → 132,98 − advances ≤ Q1 (128,05) = 4,93
 *   Q2: 2/4 × 541,75 = 270,875 → 270,88 − (128,05 + 132,98) − 4,93 = 4,92
 *   Q3: 3/4 × 551,60 = 413,70 − (128,05 + 132,98 + 135,44) − (4,93 + 4,92) = 7,38
 * Final settlement: 636,00 − (128,05 + 132,98 + 135,44 + 137,90) − (4,93 + 4,92 + 7,38)
 *                 = 636,00 − 534,37 − 17,23 = 84,40; what was invoiced adds up to 636,00.
 *
 * Signing at € 0,50 per request: Q1 40 requests (000101: 25, 000102: 15) → 20,00, on the Q2 invoice;
 *   Qwoater invoiced 42 → 21,00: one euro more, within the € 1 tolerance, and more requests than
 *   Loket knows → 'signing outside Loket'. Q2 16 requests (000101: 10, 000105: 6) → 8,00.
 * The final settlement states 56 dossiers, one fewer than our 57: 1/57 = 1,75 % ≤ 2 % → destroyed dossiers.
 */
describe('a full year: four advances, corrections and a final settlement below the minimum', () => {
  const c = exampleYear();
  const check = unwrap(checkYear({ rec: c.rec, settings: c.qwoater.settings, options: c.options, invoices: c.invoices, signing: c.signing }));

  it('bases each advance on the latest count before the quarter starts', () => {
    const e = quarterEstimates(c.rec, c.qwoater.settings, c.options.counts);
    expect(e.map((x) => x.count)).toEqual([52, 54, 55, 56, 57]);
    expect(e.map((x) => x.yearAmountCents)).toEqual([51_220, 53_190, 54_175, 55_160, 56_145]);
    expect(e.slice(0, 4).map((x) => x.advanceCents)).toEqual([12_805, 13_298, 13_544, 13_790]);
  });

  it('expects every line as worked out above', () => {
    const rows = check.lines.map((l) => [l.line.kind, l.line.quarter, l.expectedCents]);
    expect(rows).toEqual([
      ['advance', 1, 12_805],
      ['correction', 1, 493],
      ['advance', 2, 13_298],
      ['signing', 1, 2_000],
      ['correction', 2, 492],
      ['advance', 3, 13_544],
      ['signing', 2, 800],
      ['correction', 3, 738],
      ['advance', 4, 13_790],
      ['final', null, 8_440],
    ]);
    expect(check.yearTotalExclCents).toBe(63_600);
  });

  it('finds every line within tolerance and names the known causes', () => {
    expect(check.lines.every((l) => l.status === 'ok')).toBe(true);
    expect(check.lines.find((l) => l.line.kind === 'signing' && l.line.quarter === 1)).toMatchObject({ differenceCents: 100, cause: 'signingUnknownEmployers' });
    expect(check.lines.find((l) => l.line.kind === 'final')).toMatchObject({ expectedCount: 57, cause: 'destroyedDossiers' });
    expect(check.warnings).toEqual([]);
  });

  it('the invoices of the year add up to the year amount, the minimum included', () => {
    const dossierLines = c.invoices.filter((l) => l.kind !== 'signing');
    expect(dossierLines.reduce((s, l) => s + l.amountCents, 0)).toBe(63_600);
  });

  it('a final settlement that forgets the top-up is flagged', () => {
    // Qwoater billing 57 × 9,85 without the minimum: 561,45 − 551,60 = 9,85 instead of 84,40.
    const invoices = c.invoices.map((l) => (l.kind === 'final' ? { ...l, amountCents: 985 } : l));
    const r = unwrap(checkYear({ rec: c.rec, settings: c.qwoater.settings, options: c.options, invoices, signing: c.signing }));
    expect(r.lines.find((l) => l.line.kind === 'final')).toMatchObject({ expectedCents: 8_440, differenceCents: -7_455, status: 'check' });
  });

  it('a correction compares with what was invoiced, not with what we expected', () => {
    // Qwoater billed 130,00 for the Q1 advance instead of 128,05: the Q1 correction then owes 1,95 less.
    const invoices = c.invoices.map((l) => (l.kind === 'advance' && l.quarter === 1 ? { ...l, amountCents: 13_000 } : l));
    const r = unwrap(checkYear({ rec: c.rec, settings: c.qwoater.settings, options: c.options, invoices, signing: c.signing }));
    expect(r.lines[0]).toMatchObject({ expectedCents: 12_805, differenceCents: 195, status: 'check' });
    expect(r.lines[1]).toMatchObject({ expectedCents: 493 - 195 });
  });

  it('with signing included, a signing charge is flagged and a zero line is "included"', () => {
    const d = exampleYear({}, { signing: { mode: 'included' } });
    const invoices = [...d.invoices.filter((l) => l.kind !== 'signing' || l.quarter === 1), { ...d.invoices.find((l) => l.kind === 'signing')!, quarter: 2 as const, count: 16, amountCents: 0 }];
    const r = unwrap(checkYear({ rec: d.rec, settings: d.qwoater.settings, options: d.options, invoices, signing: d.signing }));
    const signing = r.lines.filter((l) => l.line.kind === 'signing');
    expect(signing.map((l) => [l.line.quarter, l.expectedCents, l.status, l.cause])).toEqual([
      [1, 0, 'check', 'signingIncluded'],
      [2, 0, 'included', null],
    ]);
  });

  it('warns when a signing line is not dated in the quarter after its requests', () => {
    // 'Q2' requests on an invoice of 01-04-2024 (Q2 itself): probably the Q1 requests.
    const invoices = c.invoices.map((l) => (l.kind === 'signing' && l.quarter === 2 ? { ...l, date: '2024-04-01' } : l));
    const r = unwrap(checkYear({ rec: c.rec, settings: c.qwoater.settings, options: c.options, invoices, signing: c.signing }));
    expect(r.warnings.map((w) => w.nl)).toEqual([
      'De ondertekenregel voor Q2 2024 is gedateerd 01-04-2024; ondertekenen wordt achteraf gefactureerd, op de factuur van Q3 2024. Klopt het kwartaal?',
    ]);
  });

  it('warns about lines that are missing or doubled, and ignores other years', () => {
    const invoices = [...c.invoices.filter((l) => !(l.kind === 'advance' && l.quarter === 3)), c.invoices[0]!, { ...c.invoices[0]!, year: 2023 }];
    const r = unwrap(checkYear({ rec: c.rec, settings: c.qwoater.settings, options: c.options, invoices, signing: c.signing }));
    expect(r.warnings.map((w) => w.code).sort()).toEqual(['year.duplicateLine', 'year.missingLine', 'year.otherYear']);
    expect(r.lines).toHaveLength(10);
  });
});

/*
 * Re-billing the same year (computed): P = 561,45 staffel, T = 74,55 top-up, S = 28,00 signing.
 * Counted dossiers: 27, 11, 0 (−2 counts as 0), 21 → 59. Since 57 are billed, the list amount of
 * 59 × 9,85 = 581,15 is lowered by 2 × 9,85 = 19,70 for the negative count, shared pro rata.
 *   list     000101: 27 × 9,85 = 265,95   000102: 108,35   000104: 206,85
 *   offset   1 970 cents × 27/59 = 901,53; × 11/59 = 367,29; × 21/59 = 701,19 → floors 901 + 367 + 701 = 1 969;
 *            the cent left goes to the largest remainder (.53, 000101) → −9,02, −3,67, −7,01
 *   net      256,93 + 104,68 + 199,84 = 561,45
 *   top-up   74,55 × 27/59 = 34,1161 → 34,12; × 11/59 = 13,8991 → 13,90; × 21/59 = 26,5347 → 26,53
 *   signing  35 requests → 17,50; 15 → 7,50; 000105 (not in the count) 6 → 3,00
 *   excl     308,55 + 126,08 + 0 + 226,37 + 3,00 = 664,00 = 636,00 + 28,00
 *   VAT      per employer on their own amount: 21 % of 308,55 = 64,7955 → 64,80; of 126,08 = 26,4768 → 26,48;
 *            of 226,37 = 47,5377 → 47,54; of 3,00 = 0,63 → Σ 139,45, a cent more than the supplier's
 *            21 % of 664,00 = 139,44
 */
describe('re-billing the year', () => {
  const c = exampleYear();
  const r = unwrap(rebill({ rec: c.rec, settings: c.qwoater.settings, signing: c.signing, signingPlan: c.options.signing }));
  const by = new Map(r.shares.map((s) => [s.number, s]));

  it('splits each part as worked out above', () => {
    expect([...by.keys()]).toEqual(['000101', '000102', '000103', '000104', '000105']);
    const pick = (k: keyof (typeof r.shares)[number]) => r.shares.map((s) => s[k]);
    expect(pick('listCents')).toEqual([26_595, 10_835, 0, 20_685, 0]);
    expect(pick('negativeOffsetCents')).toEqual([-902, -367, 0, -701, 0]);
    expect(pick('discountCents')).toEqual([0, 0, 0, 0, 0]);
    expect(pick('topUpCents')).toEqual([3_412, 1_390, 0, 2_653, 0]);
    expect(pick('signingCents')).toEqual([1_750, 750, 0, 0, 300]);
    expect(pick('totalExclCents')).toEqual([30_855, 12_608, 0, 22_637, 300]);
    expect(pick('vatCents')).toEqual([6_480, 2_648, 0, 4_754, 63]);
  });

  it('adds up to the invoice to the cent', () => {
    const sum = (f: (s: (typeof r.shares)[number]) => number) => r.shares.reduce((a, s) => a + f(s), 0);
    expect(sum((s) => s.totalExclCents)).toBe(66_400);
    expect(sum((s) => s.vatCents)).toBe(13_945);
    expect(sum((s) => s.totalInclCents)).toBe(80_345);
    // VAT per employer sums to a cent more than the supplier's VAT on the total; the sheet shows that line.
    expect(r.totals).toMatchObject({ totalExclCents: 66_400, vatCents: 13_945, supplierVatCents: 13_944, topUpCents: 7_455, staffelCents: 56_145 });
  });

  it('explains the negative and the missing count and charges them nothing negative', () => {
    expect(by.get('000103')!.notes.map((n) => n.code)).toEqual(['negativeActive', 'negative']);
    expect(by.get('000103')!.totalExclCents).toBe(0);
    expect(by.get('000105')).toMatchObject({ billableDossiers: null, weight: 0, totalExclCents: 300 });
    expect(by.get('000105')!.notes.map((n) => n.code)).toEqual(['signingOnly']);
    expect(r.warnings.map((w) => w.code)).toEqual(['rebill.excluded', 'signing.unknownToLoketDossiers']);
  });

  it('distributes the invoiced total when asked, the difference pro rata by subtotal', () => {
    // The invoices add up to 636,00 + 21,00 + 8,00 = 665,00: one euro more than computed.
    // 100 cents × 308,55/664,00 = 46,47; × 126,08/664 = 18,99; × 226,37/664 = 34,09; × 3,00/664 = 0,45
    // → floors 98, the two cents left to the largest remainders .99 (000102) and .47 (000101).
    const invoiced = c.invoices.reduce((s, l) => s + l.amountCents, 0);
    expect(invoiced).toBe(66_500);
    const d = unwrap(rebill({ rec: c.rec, settings: c.qwoater.settings, signing: c.signing, signingPlan: c.options.signing, targetExclCents: invoiced }));
    expect(d.distributed).toBe('invoiced');
    expect(d.shares.map((s) => s.adjustmentCents)).toEqual([47, 19, 0, 34, 0]);
    expect(d.shares.reduce((a, s) => a + s.totalExclCents, 0)).toBe(66_500);
    // 21 % of 309,02 / 126,27 / 0 / 226,71 / 3,00 → 64,89 + 26,52 + 0 + 47,61 + 0,63 = 139,65 = 21 % of 665,00.
    expect(d.shares.map((s) => s.vatCents)).toEqual([6_489, 2_652, 0, 4_761, 63]);
    expect(d.totals).toMatchObject({ vatCents: 13_965, supplierVatCents: 13_965 });
  });

  it('with a staffel the discount is shared by counted dossiers', () => {
    // Graduated: 1–20 at 12,00, from 21 at 9,00. 57 dossiers → 20 × 12 + 37 × 9 = 573,00; list 57 × 12 = 684,00.
    // Discount 111,00, top-up 636,00 − 573,00 = 63,00.
    const s = exampleYear({ pricing: { kind: 'graduated', tiers: [{ from: 1, priceE4: 120_000 }, { from: 21, priceE4: 90_000 }] } });
    const g = unwrap(rebill({ rec: s.rec, settings: s.qwoater.settings, signing: s.signing, signingPlan: s.options.signing }));
    expect(g.totals).toMatchObject({ staffelCents: 57_300, discountCents: 11_100, topUpCents: 6_300 });
    // 11 100 × 27/59 = 5 079,66; × 11/59 = 2 069,49; × 21/59 = 3 950,85 → floors 5 079 + 2 069 + 3 950 = 11 098,
    // the two cents left go to the largest remainders: 000104 (.85) and 000101 (.66).
    expect(g.shares.map((x) => x.discountCents)).toEqual([5_080, 2_069, 0, 3_951, 0]);
    expect(g.shares.reduce((a, x) => a + x.totalExclCents, 0)).toBe(57_300 + 6_300 + 2_800);
  });
});
