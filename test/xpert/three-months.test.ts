/**
 * The hand-worked example: the three example files (January and February as CSV, March
 * as .xlsx), € 1,25 per employee and € 0,09 per SMS. Every expected figure below was
 * worked out by hand from the files, not by the code under test.
 *
 *   code    name                              jan emp/sms  feb emp/sms  mar emp/sms
 *   001001  Bakkerij De Korenschoof             42 / 120     44 / 131     45 / 118
 *   001002  Installatiebedrijf Van Dijk B.V.    17 /  35     16 /  28     —  (left in March)
 *   001003  Zorggroep Het Baken               1238 / 910   1241 / 1022  1236 / 987
 *   001004  Testwerkgever Salarisbureau          3 /  12      3 /   9      3 /  15   (test employer)
 *   001005  Hoveniersbedrijf Groen & Zn.         9 /   0      8 /   0      8 /   0
 *   001006  Testa Bouw B.V.                     25 /  60     27 /  64     26 /  70   (NOT a test employer)
 *   001007  Kinderopvang Zonnestraal             —            31 / 140     33 / 152  (new in February)
 */
import { describe, expect, it } from 'vitest';
import { billHistory } from '../../src/domain/xpert/rules';
import { buildTrend } from '../../src/domain/xpert/trend';
import { exampleHistory, SETTINGS } from './support';

describe('three months of Otherside at Work, worked by hand', async () => {
  const history = await exampleHistory();
  const billed = billHistory(history, SETTINGS);
  if (!billed.ok) throw new Error(billed.error.en);
  const [jan, feb, mar] = billed.value.months;
  const amounts = (m: typeof jan) => Object.fromEntries(m!.employers.map((e) => [e.code, e.amountCents]));

  it('recognises each month, from the title, a column and the .xlsx title', () => {
    expect(billed.value.months.map((m) => m.period)).toEqual(['2024-01', '2024-02', '2024-03']);
  });

  it('January: 6 employers', () => {
    // employees 42+17+1238+3+9+25 = 1334; SMS 120+35+910+12+0+60 = 1137
    expect(jan!.totals).toMatchObject({ employers: 6, employees: 1334, sms: 1137 });
    // 001001: 42×1,25 = 52,50 + 120×0,09 = 10,80 → 63,30
    // 001002: 17×1,25 = 21,25 +  35×0,09 =  3,15 → 24,40
    // 001003: 1238×1,25 = 1547,50 + 910×0,09 = 81,90 → 1629,40
    // 001004: 3×1,25 = 3,75 + 12×0,09 = 1,08 → 4,83
    // 001005: 9×1,25 = 11,25 + 0 → 11,25
    // 001006: 25×1,25 = 31,25 + 60×0,09 = 5,40 → 36,65
    expect(amounts(jan)).toEqual({ '001001': 6330, '001002': 2440, '001003': 162940, '001004': 483, '001005': 1125, '001006': 3665 });
    // 63,30 + 24,40 + 1629,40 + 4,83 + 11,25 + 36,65 = 1769,83 (= 1334×1,25 + 1137×0,09 = 1667,50 + 102,33)
    expect(jan!.totals.amountCents).toBe(176983);
    // VAT 21 % of 1769,83 = 371,6643 → 371,66; incl. 2141,49
    expect(jan!.totals.vatCents).toBe(37166);
    expect(jan!.totals.totalInclVatCents).toBe(214149);
  });

  it('February: the new employer is billed', () => {
    // employees 44+16+1241+3+8+27+31 = 1370; SMS 131+28+1022+9+0+64+140 = 1394
    expect(feb!.totals).toMatchObject({ employers: 7, employees: 1370, sms: 1394 });
    // 001007: 31×1,25 = 38,75 + 140×0,09 = 12,60 → 51,35
    expect(amounts(feb)['001007']).toBe(5135);
    // 66,79 + 22,52 + 1643,23 + 4,56 + 10,00 + 39,51 + 51,35 = 1837,96 (= 1712,50 + 125,46)
    expect(feb!.totals.amountCents).toBe(183796);
  });

  it('March: the employer that left is gone, and the report’s own amounts agree', () => {
    // employees 45+1236+3+8+26+33 = 1351; SMS 118+987+15+0+70+152 = 1342
    expect(mar!.totals).toMatchObject({ employers: 6, employees: 1351, sms: 1342 });
    expect(amounts(mar)['001002']).toBeUndefined();
    // 66,87 + 1633,83 + 5,10 + 10,00 + 38,80 + 54,93 = 1809,53 (= 1688,75 + 120,78)
    expect(mar!.totals.amountCents).toBe(180953);
    // The .xlsx prints € 1,25 and the same amounts, so no rate or amount warning.
    expect(billed.warnings.map((w) => w.code)).toEqual(['xpert.testEmployers']);
  });

  it('marks the test employer, and not Testa Bouw', () => {
    const marked = jan!.employers.filter((e) => e.testEmployer).map((e) => e.code);
    expect(marked).toEqual(['001004']);
    expect(billed.warnings[0]!.nl).toContain('Testwerkgever Salarisbureau');
  });

  it('the trend: changes month over month, who came and who left', () => {
    const { trend, warnings } = buildTrend(history);
    expect(warnings).toEqual([]);
    expect(trend.gaps).toEqual([]);
    // January has no month before it; Feb − Jan: 1370 − 1334 = +36 employees, 1394 − 1137 = +257 SMS;
    // Mar − Feb: 1351 − 1370 = −19, 1342 − 1394 = −52.
    expect(trend.months.map((m) => [m.deltaEmployees, m.deltaSms, m.appeared, m.disappeared])).toEqual([
      [null, null, null, null],
      [36, 257, 1, 0],
      [-19, -52, 0, 1],
    ]);
    const byCode = Object.fromEntries(trend.employers.map((e) => [e.code, e]));
    expect(byCode['001007']!.appeared).toEqual(['2024-02']);
    expect(byCode['001002']!.disappeared).toEqual(['2024-03']);
    expect(byCode['001001']!.appeared).toEqual([]);
    expect(trend.employers.map((e) => e.code)).toEqual(['001001', '001002', '001003', '001004', '001005', '001006', '001007']);
  });

  it('rounds per line, half up: € 0,085 per SMS', () => {
    const r = billHistory(history, { ...SETTINGS, smsRateE4: 850 });
    if (!r.ok) throw new Error(r.error.en);
    const e = r.value.months[0]!.employers.find((x) => x.code === '001002')!;
    // 35 × 0,085 = 2,975 → 2,98 (half up); 17 × 1,25 = 21,25; together 24,23
    expect([e.smsCents, e.amountCents]).toEqual([298, 2423]);
    const t = r.value.months[0]!.employers.find((x) => x.code === '001004')!;
    // 12 × 0,085 = 1,02 exactly
    expect(t.smsCents).toBe(102);
    // The month total is the sum of the lines, so passed-on amounts add up exactly.
    const m = r.value.months[0]!;
    expect(m.totals.amountCents).toBe(m.employers.reduce((s, x) => s + x.amountCents, 0));
  });
});
