/**
 * The Office.js writer renders the same page setup, names, input rules and date values as
 * the .xlsx writers, on the year workbook a user makes: checked through the recording fake,
 * which refuses what Excel's API reference does not allow (an undocumented zoom of 0 pages,
 * a prompt over 32/255 characters, a name twice in one scope).
 */
import { describe, expect, it } from 'vitest';
import { a1Range, cellsOf, dateSerial, isFormula, NumFmt, type SheetPlan, type WorkbookPlan } from '../../src/domain/spec/plan';
import { buildYearPlan } from '../../src/domain/spec/year-workbook';
import { writePlanToExcel } from '../../src/office/writer';
import { FakeExcel, parseAddress } from '../support/fake-excel';
import { exampleYear, unwrap } from '../year/example-year';

const NAMES = ['Prijs', 'Minimumbedrag', 'BtwTarief', 'TotaalExclBtw', 'TotaalBtw', 'TotaalInclBtw'];

function yearPlan(lang: 'nl' | 'en' = 'nl'): WorkbookPlan {
  return unwrap(buildYearPlan({ ...exampleYear(), perEmployer: { numbers: ['000101'] }, asOf: '2025-01-15', lang })).plan;
}

async function write(fake: FakeExcel, plan: WorkbookPlan, runId = 'r1') {
  const r = await writePlanToExcel(fake.context(), plan, { conflict: 'replace-own', runId });
  expect(r.ok, JSON.stringify(!r.ok && r.error)).toBe(true);
  return r;
}

/** A workbook with one sheet of the user's, and the plan written into it. */
async function written(plan: WorkbookPlan, first = 'Blad1'): Promise<FakeExcel> {
  const fake = new FakeExcel();
  fake.addSheet(first);
  await write(fake, plan);
  return fake;
}

describe('Office.js writer: print setup on every sheet', () => {
  it('A4, one page wide by the documented page counts, header rows repeated, sheet name and pagina X van Y', async () => {
    const plan = yearPlan();
    const fake = await written(plan);
    for (const s of plan.sheets) {
      const layout = fake.sheet(s.name).pageLayout;
      expect(layout.paperSize, s.name).toBe('A4');
      const zoom = layout.zoom as { horizontalFitToPages: number; verticalFitToPages: number };
      expect(zoom.horizontalFitToPages, s.name).toBe(1);
      // Never 0 (undocumented): a page count no smaller than the sheet's rows, so it never binds.
      expect(zoom.verticalFitToPages, s.name).toBeGreaterThanOrEqual(Math.max(...s.blocks.map((b) => b.row + b.cells.length)));
      const titles = s.print!.titleRows!;
      expect(layout.printTitleRows, s.name).toBe(`$${titles.first + 1}:$${titles.last + 1}`);
      expect(layout.centerHeader, s.name).toBe('&A');
      expect(layout.rightFooter, s.name).toBe('pagina &P van &N');
      expect(layout.orientation ?? 'Portrait', s.name).toBe(s.print!.landscape ? 'Landscape' : 'Portrait');
    }
    // The re-billing prints up to its notes; the helper columns of the split stay on screen.
    const rebill = plan.sheets.find((s) => s.key === 'rebill')!;
    expect(fake.sheet(rebill.name).pageLayout.printArea).toBe(a1Range(rebill.print!.area!));
    expect(fake.sheet('000101 Bakkerij De Zon').pageLayout.leftFooter).toBe('Qwoater 2024 — werkgever 000101');
  });

  it('speaks English in an English workbook', async () => {
    const fake = await written(yearPlan('en'), 'Sheet1');
    expect(fake.sheet('Re-billing 2024').pageLayout.rightFooter).toBe('page &P of &N');
    const prompts = fake.sheet('Specification 2024').validations.map((v) => v.prompt?.message);
    expect(prompts).toContain('A price in euros, 0 or more, with at most 4 decimals.');
  });
});

describe('Office.js writer: names', () => {
  it('defines each name on the specification sheet, and workbook-wide for the user', async () => {
    const plan = yearPlan();
    const fake = await written(plan);
    const spec = fake.sheet('Specificatie 2024');
    expect(spec.names.map((n) => n.name)).toEqual(NAMES);
    expect(fake.names.map((n) => n.name)).toEqual(NAMES);
    for (const n of plan.names!) {
      const wb = fake.names.find((x) => x.name === n.name)!;
      const local = spec.names.find((x) => x.name === n.name)!;
      // Both point at the planned cell of the specification, by its final name.
      expect(wb.ref.replace(/\$/g, '')).toBe(`='Specificatie 2024'!${local.ref}`);
      expect(parseAddress(local.ref)).toEqual({ r0: n.row, c0: n.col, r1: n.row, c1: n.col });
      expect(wb.comment).toMatch(/^Factuurcheck/);
    }
    // The price cell holds the price; the VAT cell the rate.
    expect(fake.cell('Specificatie 2024', spec.names.find((x) => x.name === 'Prijs')!.ref)).toBe(9.85);
    expect(fake.cell('Specificatie 2024', spec.names.find((x) => x.name === 'BtwTarief')!.ref)).toBe(0.21);
  });

  it('has formulas read the names through the specification, so another year in the workbook cannot take them over', async () => {
    const fake = await written(yearPlan());
    const rebill = fake.sheet('Doorbelasting 2024');
    const formulas = [...rebill.cells.values()].flatMap((c) => (c.formula ? [c.formula] : []));
    expect(formulas.some((f) => f.includes("'Specificatie 2024'!BtwTarief"))).toBe(true);
    expect(formulas.some((f) => /(?<![!\w])BtwTarief/.test(f))).toBe(false);
    // On the specification itself, its own names read as they are.
    const own = [...fake.sheet('Specificatie 2024').cells.values()].flatMap((c) => (c.formula ? [c.formula] : []));
    expect(own.some((f) => /^=ROUND\(TotaalExclBtw\*BtwTarief,2\)$/.test(f))).toBe(true);
  });

  it('points its own names at the newest specification on a second run, and leaves a name of the user alone', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    fake.names.push({ name: 'Minimumbedrag', ref: '=Blad1!$A$1', comment: '' });
    const first = await write(fake, yearPlan(), 'r1');
    expect(first.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['office.nameInUse']));
    expect(fake.names.find((n) => n.name === 'Minimumbedrag')).toEqual({ name: 'Minimumbedrag', ref: '=Blad1!$A$1', comment: '' });
    await write(fake, yearPlan(), 'r2');
    // Replaced: still one of each, pointing at the sheets of the second run.
    expect(fake.names.map((n) => n.name).sort()).toEqual([...NAMES].sort());
    expect(fake.names.filter((n) => n.comment).every((n) => n.ref.startsWith("='Specificatie 2024'!"))).toBe(true);
    expect(fake.sheets.map((s) => s.name).filter((n) => n.startsWith('Specificatie'))).toEqual(['Specificatie 2024']);
  });
});

describe('Office.js writer: input rules, dates, text that looks like a number', () => {
  const plan = yearPlan();
  const sheetsWithRules = plan.sheets.filter((s) => s.validations?.length);

  it('puts every planned input rule on its range, with its prompt and error', async () => {
    const fake = await written(plan);
    expect(sheetsWithRules.map((s) => s.key)).toEqual(expect.arrayContaining(['summary', 'dossiers', 'invoice-check', 'rebill']));
    for (const s of sheetsWithRules) {
      const got = fake.sheet(s.name).validations;
      expect(got.map((v) => v.address), s.name).toEqual(s.validations!.map((v) => (v.range.row === v.range.lastRow && v.range.col === v.range.lastCol ? a1Range(v.range).split(':')[0] : a1Range(v.range))));
      got.forEach((v, i) => {
        const planned = s.validations![i]!;
        expect(v.prompt).toEqual({ showPrompt: true, title: planned.prompt.title, message: planned.prompt.message });
        expect(v.errorAlert).toMatchObject({ showAlert: true, style: 'Stop', message: planned.error.message });
        expect(Object.keys(v.rule!)).toEqual([{ decimal: 'decimal', whole: 'wholeNumber', date: 'date', list: 'list', text: 'textLength' }[planned.rule.kind]]);
      });
    }
    const check = fake.sheet('Factuurcontrole 2024').validations;
    expect(check.find((v) => v.rule!.list)!.rule).toEqual({ list: { inCellDropDown: true, source: 'Voorschot,Correctie,Eindafrekening,Ondertekenen' } });
    expect(check.find((v) => v.rule!.wholeNumber && v.prompt!.title === 'Kwartaal')!.rule).toEqual({ wholeNumber: { formula1: 1, formula2: 4, operator: 'Between' } });
    const vat = fake.sheet('Specificatie 2024').validations.find((v) => v.prompt!.title === 'Percentage')!;
    expect(vat.rule).toEqual({ decimal: { formula1: 0, formula2: 1, operator: 'Between' } });
  });

  it('writes dates as serial numbers under dd-mm-yyyy, and employer numbers as text', async () => {
    const fake = await written(plan);
    const check = plan.sheets.find((s) => s.key === 'invoice-check')!;
    const dated = dateCells(check);
    expect(dated.length).toBeGreaterThan(5);
    const sheet = fake.sheet(check.name);
    for (const { row, col, value } of dated) {
      expect(fake.cell(check.name, `${a1Range({ row, col, lastRow: row, lastCol: col }).split(':')[0]}`)).toBe(value);
      expect(fake.numberFormatAt(sheet, row, col)).toBe('dd-mm-yyyy');
    }
    // The final settlement of 15-01-2025 is day 45672.
    expect(dated.map((d) => d.value)).toContain(dateSerial('2025-01-15'));
    expect(fake.cell('Doorbelasting 2024', 'A16')).toMatch(/^000\d{3}$/);
    const dossiers = fake.sheet('Dossiers 2024');
    expect(fake.cell('Dossiers 2024', 'A5')).toBe('000101');
    expect(fake.numberFormatAt(dossiers, 4, 0)).toBe('@');
  });

  it('merges long notes over the printed width and gives wrapped rows their height', async () => {
    const fake = await written(plan);
    for (const s of plan.sheets) {
      const got = fake.sheet(s.name);
      expect(got.merges.map((m) => `${m.r0}:${m.c0}-${m.r1}:${m.c1}`), s.name).toEqual((s.merges ?? []).map((m) => `${m.row}:${m.col}-${m.lastRow}:${m.lastCol}`));
      for (const h of s.rowHeights ?? []) expect(got.rowHeights[h.row], `${s.name} row ${h.row + 1}`).toBe(h.points);
    }
    expect(plan.sheets.some((s) => (s.merges ?? []).length > 0)).toBe(true);
  });
});

/** The plan's cells under the date format: real dates (numbers), never texts. */
function dateCells(sheet: SheetPlan): { row: number; col: number; value: number }[] {
  const dateRanges = sheet.styles.filter((s) => s.style.numFmt === NumFmt.date).map((s) => s.range);
  return [...cellsOf(sheet)]
    .filter(({ row, col, value }) => value !== null && !isFormula(value) && dateRanges.some((r) => row >= r.row && row <= r.lastRow && col >= r.col && col <= r.lastCol))
    .map(({ row, col, value }) => {
      expect(typeof value, `${sheet.name} ${row}:${col}`).toBe('number');
      return { row, col, value: value as number };
    });
}
