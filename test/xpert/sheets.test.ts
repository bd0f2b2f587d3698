/**
 * The plan of the Otherside sheets: what a user sees where, that the year sheet stands
 * alone when copied, the chart in the plan (and a note in its place in the .xlsx, which
 * cannot hold it), and one sheet per year.
 */
import { describe, expect, it } from 'vitest';
import { importXpertReport } from '../../src/domain/imports/xpert-suite';
import { a1, cellsOf, isFormula, type CellValue, type RangeRef, type SheetPlan } from '../../src/domain/spec/plan';
import { pixelsOfWidth, textPixels } from '../../src/domain/spec/text-width';
import { addReports } from '../../src/domain/xpert/history';
import { runXpert } from '../../src/domain/xpert/workbook';
import { assertPlan as checkPlan } from '../../src/writers/plan-check';
import { writeXlsxBuffer } from '../../src/writers/xlsx-writer';
import { listXlsxParts, readWorkbookValues } from '../support/read-xlsx';
import { csv, exampleHistory, SETTINGS } from './support';

const plan = async (lang: 'nl' | 'en' = 'nl') => {
  const out = runXpert(await exampleHistory(), SETTINGS, lang);
  if (!out.ok) throw new Error(out.error.en);
  return out.value.plan;
};
const grid = (s: SheetPlan) => {
  const g = new Map<string, CellValue>();
  for (const c of cellsOf(s)) g.set(`${c.row},${c.col}`, c.value);
  return (row: number, col: number) => g.get(`${row},${col}`);
};
const findRow = (s: SheetPlan, text: string) => [...cellsOf(s)].find((c) => c.value === text)!.row;
const inside = (a: RangeRef, r: number, c: number) => r >= a.row && r <= a.lastRow && c >= a.col && c <= a.lastCol;

describe('the Otherside workbook plan', () => {
  it('has the year sheet and the trend sheet, and passes the writer’s checks', async () => {
    const p = await plan();
    expect(p.sheets.map((s) => s.name)).toEqual(['Otherside 2024', 'Otherside trend']);
    expect(() => checkPlan(p)).not.toThrow();
  });

  it('the year sheet refers to no other sheet, so it survives being copied', async () => {
    const [year] = (await plan()).sheets;
    const formulas = [...cellsOf(year!)].filter((c) => isFormula(c.value)).map((c) => (c.value as { f: string }).f);
    expect(formulas.length).toBeGreaterThan(30);
    for (const f of formulas) expect(f).not.toContain('!');
  });

  it('one row per employer with the test column, and amounts as formulas over the rates', async () => {
    const [year] = (await plan()).sheets;
    const at = grid(year!);
    const header = findRow(year!, 'Werkgevercode');
    expect([at(header, 2), at(header, 3), at(header, 4), at(header, 5), at(header, 12)]).toEqual(['Test-/demowerkgever?', 'Medewerkers jan', 'SMS jan', 'Bedrag jan', 'Bedrag 2024']);
    const rows = [1, 2, 3, 4, 5, 6, 7].map((i) => [at(header + i, 0), at(header + i, 2)]);
    expect(rows).toEqual([['001001', 'nee'], ['001002', 'nee'], ['001003', 'nee'], ['001004', 'ja'], ['001005', 'nee'], ['001006', 'nee'], ['001007', 'nee']]);
    // 001001 in January: 42 × € 1,25 + 120 × € 0,09 = € 63,30, as a formula over the parameter cells.
    const amount = at(header + 1, 5) as { f: string; r: number };
    const [d, e] = [a1(header + 1, 3), a1(header + 1, 4)];
    const rateRow = findRow(year!, 'Tarief per medewerker per maand');
    expect(amount).toEqual({ f: `IF(COUNT(${d}:${e})=0,"",ROUND(${d}*$B$${rateRow + 1},2)+ROUND(${e}*$B$${rateRow + 2},2))`, r: 63.3 });
    expect(at(rateRow, 1)).toBe(1.25);
    // Van Dijk left in March: no counts and an empty amount, not € 0,00.
    expect([at(header + 2, 9), at(header + 2, 10), (at(header + 2, 11) as { r: unknown }).r]).toEqual([null, null, '']);
    expect(year!.tables[0]!.name).toBe('Otherside_2024');
    // The table comes first, its header frozen and repeated on every printed page.
    expect(year!.freeze).toEqual({ rows: header + 1, cols: 2 });
    expect(year!.print?.titleRows).toEqual({ first: header - 1, last: header });
  });

  it('a comparison row per monthly invoice, to fill in', async () => {
    const [year] = (await plan()).sheets;
    const at = grid(year!);
    const first = findRow(year!, 'Vergelijking met de factuur per maand (vul de gele kolommen in)') + 2;
    const row = (r: number) => [0, 1, 2, 3, 4, 5].map((c) => {
      const v = at(r, c);
      return isFormula(v ?? null) ? (v as { r: unknown }).r : v;
    });
    // January: 1334 employees, 1137 SMS, € 1769,83 excl., 21 % VAT € 371,66, incl. € 2141,49.
    expect(row(first)).toEqual(['januari 2024', 1334, 1137, 1769.83, 371.66, 2141.49]);
    expect(row(first + 2)[0]).toBe('maart 2024');
    expect((at(first, 10) as { r: string }).r).toBe('invullen');
    expect(year!.styles.some((s) => s.range.row === first && s.range.col === 8 && s.style.input)).toBe(true);
  });

  it('the trend sheet carries a line chart of the monthly totals, over its own cells', async () => {
    const trend = (await plan()).sheets[1]!;
    const at = grid(trend);
    const [chart] = trend.charts!;
    expect(chart!.kind).toBe('line');
    const { categories, series, anchor } = chart!;
    const months = categories.lastRow - categories.row + 1;
    expect(months).toBe(3);
    expect([at(categories.row, 0), at(categories.lastRow, 0)]).toEqual(['januari 2024', 'maart 2024']);
    expect(series.map((s) => [s.name, s.values.lastRow - s.values.row + 1, s.axis ?? 'primary'])).toEqual([
      ['Medewerkers', 3, 'primary'],
      ['SMS', 3, 'secondary'],
    ]);
    expect((at(series[0]!.values.row, series[0]!.values.col) as { r: number }).r).toBe(1334);
    // The note sits under the chart, split over rows in its first column, and no other cell does.
    expect(String(at(anchor.row, anchor.col))).toContain('grafiek');
    for (const c of cellsOf(trend)) {
      if (inside(anchor, c.row, c.col)) {
        expect(c.col).toBe(anchor.col);
        expect(typeof c.value).toBe('string');
      }
    }
  });

  it('marks who came and who left in the trend table', async () => {
    const trend = (await plan()).sheets[1]!;
    const at = grid(trend);
    const header = findRow(trend, 'Werkgevercode');
    const change = (code: string) => {
      for (let r = header + 1; r < header + 9; r++) if (at(r, 0) === code) return { text: at(r, 3), row: r };
      throw new Error(code);
    };
    expect(change('001007').text).toBe('nieuw in februari 2024');
    expect(change('001002').text).toBe('vertrokken in maart 2024');
    expect(change('001001').text).toBeNull();
    const fills = trend.styles.filter((s) => s.style.fill === 'C6EFCE' && s.range.row === change('001007').row);
    expect(fills).toHaveLength(1);
  });

  it('the .xlsx holds no chart, but the note in its place', async () => {
    const p = await plan();
    const bytes = await writeXlsxBuffer(p);
    expect(listXlsxParts(bytes).filter((n) => n.includes('chart'))).toEqual([]);
    const values = await readWorkbookValues(bytes);
    const anchor = p.sheets[1]!.charts![0]!.anchor;
    const sheet = values.get('Otherside trend')!;
    const note = String(sheet.get(`A${anchor.row + 1}`)?.value);
    expect(note).toMatch(/^Hier staat de grafiek .* zodra de invoegtoepassing dit blad in Excel schrijft/);
    // One cell that stays within the printed width: it fits on one line, or it is merged and wrapped.
    const trend = p.sheets[1]!;
    const printed = pixelsOfWidth(trend.columnWidths.reduce((s, w) => s + w, 0));
    const merged = trend.merges?.some((m) => m.row === anchor.row && m.col === 0);
    expect(merged || textPixels(note) <= printed).toBe(true);
  });

  it('speaks English when asked', async () => {
    const p = await plan('en');
    expect(p.sheets.map((s) => s.name)).toEqual(['Otherside 2024', 'Otherside trend']);
    expect([...cellsOf(p.sheets[0]!)].some((c) => c.value === 'Test/demo employer?')).toBe(true);
  });

  it('makes one sheet per year, and the trend crosses the year end', async () => {
    const dec = importXpertReport({ text: csv('Periode: december 2023', 'Werkgevercode;Naam;Werknemers;SMS', '001001;Bakkerij De Korenschoof;40;100') }, { label: 'dec.csv' });
    if (!dec.ok) throw new Error(dec.error.en);
    const added = addReports(await exampleHistory(['xpert-2024-01.csv']), [dec.value]);
    if (!added.ok || added.value.status !== 'updated') throw new Error('not added');
    const out = runXpert(added.value.history, SETTINGS);
    if (!out.ok) throw new Error(out.error.en);
    expect(out.value.plan.sheets.map((s) => s.name)).toEqual(['Otherside 2023', 'Otherside 2024', 'Otherside trend']);
    // January 2024 − December 2023: 1334 − 40 = 1294 employees; five employers are new.
    expect(out.value.trend.months[1]).toMatchObject({ deltaEmployees: 1294, appeared: 5, disappeared: 0 });
    expect(() => checkPlan(out.value.plan)).not.toThrow();
  });

  it('has nothing to show without months', () => {
    const out = runXpert({ version: 1, months: {} }, SETTINGS);
    expect(!out.ok && out.error.code).toBe('xpert.noMonths');
  });
});
