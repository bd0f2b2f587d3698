/**
 * The layout every sheet gets (sheet-layout.ts): columns wide enough for their labels and
 * values at Calibri 11, long notes wrapped within the printed width, header rows with a
 * height, number-like texts listed, print set up; and the input rules' texts within
 * Excel's limits.
 */
import { describe, expect, it } from 'vitest';
import { sheetEn, sheetNl, sheetTexts, type SheetKey } from '../../src/domain/spec/texts/sheet-texts';
import { cellsOf, dateSerial, isFormula, type SheetPlan, type WorkbookPlan } from '../../src/domain/spec/plan';
import { runXpert } from '../../src/domain/xpert/workbook';
import { exampleHistory, SETTINGS } from '../xpert/support';
import { displayText, lineHeightPoints, pixelsOfWidth, textPixels, widthForPixels } from '../../src/domain/spec/text-width';
import { buildYearPlan } from '../../src/domain/spec/year-workbook';
import { exampleYear, unwrap } from '../year/example-year';

const L = sheetTexts('nl');
const plan = unwrap(buildYearPlan({ ...exampleYear(), perEmployer: {}, asOf: '2025-01-15' })).plan;
const sheet = (key: string) => plan.sheets.find((s) => s.key === key || s.key.startsWith(key))!;

/** The pixels of text a column shows. */
const columnPx = (s: SheetPlan, col: number) => pixelsOfWidth(s.columnWidths[col]!);
const cellAt = (s: SheetPlan, text: string) => [...cellsOf(s)].find((c) => c.value === text)!;

describe('Calibri 11 metrics', () => {
  it('measures like Excel: the digit 0 is about 7 px, bold wider, 14 pt wider still', () => {
    expect(textPixels('0')).toBeGreaterThan(7);
    expect(textPixels('0')).toBeLessThan(7.6);
    expect(textPixels('Werkgeversnummer', { bold: true })).toBeGreaterThan(textPixels('Werkgeversnummer'));
    expect(textPixels('Totaal', { size: 14 })).toBeCloseTo((textPixels('Totaal') * 14) / 11, 6);
    // A column of width w shows about 7·w px of text less its margins, and a width fits what it was made for.
    expect(pixelsOfWidth(widthForPixels(123))).toBeGreaterThanOrEqual(123);
    expect(lineHeightPoints()).toBe(15);
  });

  it('shows amounts, counts, dates and quarters as Excel would, near enough to measure', () => {
    expect(displayText(13_799.85, '"€" #,##0.00;[Red]-"€" #,##0.00')).toBe('€ 13,799.85');
    expect(displayText(-0.25, '"€" #,##0.00;[Red]-"€" #,##0.00')).toBe('-€ 0.25');
    expect(displayText(1401, '#,##0;[Red]-#,##0')).toBe('1,401');
    expect(displayText(0.21, '0.0%')).toBe('21.0%');
    // Any date is ten characters wide; the layout measures one.
    expect(displayText(45_672, 'dd-mm-yyyy')).toMatch(/^\d\d-\d\d-\d{4}$/);
    expect(displayText(3, '"Q"0')).toBe('Q3');
  });
});

describe('no label is cut off', () => {
  it('the labels the first print cut off now fit their columns', () => {
    const check = sheet('invoice-check');
    for (const text of [L('yearSheet.yearAmount'), L('yearSheet.smallDifference'), L('yearSheet.toleranceAbs')]) {
      const c = cellAt(check, text);
      expect(textPixels(text), text).toBeLessThanOrEqual(columnPx(check, c.col));
    }
    const zon = plan.sheets.find((s) => s.name === '000101 Bakkerij De Zon')!;
    expect(textPixels(L('yearSheet.offsetShare'))).toBeLessThanOrEqual(columnPx(zon, 0));
  });

  it('every cell that cannot run on over its neighbour fits its column, or wraps onto rows tall enough', () => {
    let measured = 0;
    for (const s of plan.sheets) {
      const filled = new Set([...cellsOf(s)].filter((c) => c.value !== null && c.value !== '').map((c) => `${c.row}:${c.col}`));
      const wrappedRows = new Map((s.rowHeights ?? []).map((h) => [h.row, h.points]));
      const inTable = (r: number, c: number) => s.tables.some((t) => r >= t.range.row && r <= t.range.lastRow && c >= t.range.col && c <= t.range.lastCol);
      for (const { row, col, value } of cellsOf(s)) {
        if (value === null || value === '' || (isFormula(value) && value.r === '')) continue;
        const shown = isFormula(value) ? value.r : value;
        // A text with an empty cell to its right, outside tables, may run on: Excel lets it.
        if (typeof shown === 'string' && !inTable(row, col) && !filled.has(`${row}:${col + 1}`)) continue;
        const numFmt = s.styles.filter((x) => row >= x.range.row && row <= x.range.lastRow && col >= x.range.col && col <= x.range.lastCol && x.style.numFmt).pop()?.style.numFmt;
        const bold = s.styles.some((x) => row >= x.range.row && row <= x.range.lastRow && col >= x.range.col && col <= x.range.lastCol && x.style.bold);
        const px = textPixels(displayText(shown as string | number, numFmt), { bold });
        const room = columnPx(s, col) - (s.tables.some((t) => t.range.row === row) ? 18 : 0);
        measured++;
        if (px <= room) continue;
        // Wider than its column: it must wrap, with the row tall enough for its lines.
        const lines = Math.ceil(px / room);
        expect(wrappedRows.get(row), `${s.name}!${row + 1}:${col + 1} '${String(shown)}' is ${Math.round(px)} px in ${Math.round(room)}`).toBeGreaterThanOrEqual(lines * 15 - 15);
      }
    }
    expect(measured).toBeGreaterThan(500);
  });

  it('wraps long notes across the printed width, in merged cells with the height of their lines', () => {
    const rebill = sheet('rebill');
    const note = cellAt(rebill, L('yearSheet.roundingRule'));
    const merge = rebill.merges!.find((m) => m.row === note.row && m.col === 0)!;
    expect(merge.lastCol).toBe(rebill.print!.area!.lastCol);
    const lines = Math.ceil(textPixels(L('yearSheet.roundingRule'), {}) / pixelsOfWidth(rebill.columnWidths.slice(0, merge.lastCol + 1).reduce((a, b) => a + b, 0)));
    expect(rebill.rowHeights!.find((h) => h.row === note.row)!.points).toBeGreaterThanOrEqual(lines * 15);
    expect(rebill.styles.some((x) => x.range.row === note.row && x.range.col === 0 && x.style.wrap)).toBe(true);
  });

  it('gives wrapped header rows a height', () => {
    for (const key of ['dossiers', 'invoice-check', 'rebill']) {
      const s = sheet(key);
      const header = s.tables[0]!.range.row;
      expect(s.rowHeights?.find((h) => h.row === header)?.points, s.name).toBeGreaterThanOrEqual(30);
    }
  });
});

describe('everything else a hand-made workbook has', () => {
  it('lists the number-like texts (employer numbers) so Excel does not flag them', () => {
    const dossiers = sheet('dossiers');
    const t = dossiers.tables[0]!;
    expect(dossiers.textNumbers).toContainEqual({ row: t.range.row + 1, col: 0, lastRow: t.range.lastRow, lastCol: 0 });
  });

  it('prints every sheet on A4, one page wide, with its header rows repeated, its name and its page numbers', () => {
    for (const s of plan.sheets) {
      expect(s.print, s.name).toMatchObject({ paper: 'A4', fitToWidth: true, header: { center: [{ field: 'sheet' }] } });
      expect(s.print!.titleRows, s.name).toBeDefined();
      expect(s.print!.footer!.right, s.name).toEqual(['pagina ', { field: 'page' }, ' van ', { field: 'pages' }]);
    }
    const en = unwrap(buildYearPlan({ ...exampleYear(), perEmployer: null, lang: 'en' })).plan;
    expect(en.sheets[0]!.print!.footer!.right).toEqual(['page ', { field: 'page' }, ' of ', { field: 'pages' }]);
  });

  it('keeps every input prompt and error within Excel’s 32 and 255 characters', () => {
    const keys = (Object.keys(sheetNl) as SheetKey[]).filter((k) => k.startsWith('input.'));
    expect(keys).toHaveLength(1 + 12 * 3);
    for (const key of keys) {
      for (const t of [sheetNl[key], sheetEn[key]] as string[]) expect(t.length, t).toBeLessThanOrEqual(/\.title$|^input\.refused$/.test(key) ? 32 : 255);
    }
  });

  it('writes dates as Excel serial numbers', () => {
    // Hand-checked: Excel's DATE(2025,1,15) is 45672, DATE(2024,12,31) is 45657, DATE(2000,1,1) is 36526.
    expect([dateSerial('2025-01-15'), dateSerial('2024-12-31'), dateSerial('2000-01-01')]).toEqual([45_672, 45_657, 36_526]);
  });
});

describe('every input cell has an input rule', () => {
  const c = exampleYear();
  const plans = [
    ['a flat price, signing priced', plan],
    ['a graduated staffel, signing included, invoiced total, English', unwrap(buildYearPlan({ ...exampleYear({ pricing: { kind: 'graduated', tiers: [{ from: 1, priceE4: 120_000 }, { from: 21, priceE4: 90_000 }] } }, { signing: { mode: 'included' }, distribute: 'invoiced' }), perEmployer: null, lang: 'en' })).plan],
    ['a volume staffel, no invoice lines', unwrap(buildYearPlan({ ...c, invoices: [], perEmployer: null })).plan],
  ] as const;
  const check = (p: WorkbookPlan) => {
    let inputs = 0;
    for (const s of p.sheets) {
      for (const st of s.styles.filter((x) => x.style.input)) {
        for (let r = st.range.row; r <= st.range.lastRow; r++) {
          for (let col = st.range.col; col <= st.range.lastCol; col++) {
            inputs++;
            const covered = (s.validations ?? []).some((v) => r >= v.range.row && r <= v.range.lastRow && col >= v.range.col && col <= v.range.lastCol);
            expect(covered, `${s.name} row ${r + 1} column ${col + 1} is an input without a rule`).toBe(true);
          }
        }
      }
    }
    return inputs;
  };
  it.each(plans)('%s', (_, p) => expect(check(p)).toBeGreaterThan(20));
  it('the Otherside sheets', async () => {
    const run = runXpert(await exampleHistory(), SETTINGS);
    expect(run.ok).toBe(true);
    // Five parameters and, per month, the three figures of the invoice.
    if (run.ok) expect(check(run.value.plan)).toBe(5 + 3 * 3);
  });
});
