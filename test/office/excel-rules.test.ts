/**
 * The writer against the rules the fake enforces as Excel does: recalculation after a
 * write (manual mode, suspended calculation), tables on their own sheet when another sheet
 * is active, and the order in which sheets that read each other are calculated.
 */
import { describe, expect, it } from 'vitest';
import type { WorkbookPlan } from '../../src/domain/spec/plan';
import { buildYearPlan } from '../../src/domain/spec/year-workbook';
import { writePlanToExcel, type OfficeWriteOptions } from '../../src/office/writer';
import { calcOrder } from '../../src/office/writer/recalc';
import { planRefs } from '../../src/office/writer/formulas';
import { newTransaction } from '../../src/office/writer/transaction';
import { compileSheet } from '../../src/office/writer/build';
import { FakeExcel } from '../support/fake-excel';
import { exampleYear, unwrap } from '../year/example-year';
import { EMPLOYERS, SUMMARY, TABLE, employersPlan } from './synthetic-plans';

const write = (fake: FakeExcel, plan: WorkbookPlan, options: Partial<OfficeWriteOptions> = {}) =>
  writePlanToExcel(fake.context(), plan, { conflict: 'replace-own', runId: 'r1', ...options });

describe('recalculation after a write', () => {
  it('leaves no formula without a result in manual mode, and does not recalculate the whole workbook', async () => {
    const fake = new FakeExcel();
    fake.calculationMode = 'Manual';
    fake.addSheet('Blad1');
    // The user's own formula, not calculated yet (manual mode): not ours to calculate.
    const ctx = fake.context();
    ctx.workbook.worksheets.getItem('Blad1').getRange('A1').formulas = [['=1+1']];
    await ctx.sync();
    expect(fake.uncalculated()).toEqual({ Blad1: ['A1'] });

    const result = await write(fake, employersPlan(2_000), { maxRequestBytes: 60_000 });
    expect(result.ok, JSON.stringify(!result.ok && result.error)).toBe(true);
    expect(fake.syncs - 1).toBeGreaterThan(3); // several write requests, so suspension and commit are apart
    expect(fake.uncalculated()).toEqual({ Blad1: ['A1'] });
    expect(fake.applicationCalculations).toEqual([]);
  });

  it('calculates a sheet after the sheets it reads (the summary reads the employer table further on)', async () => {
    const fake = new FakeExcel();
    fake.calculationMode = 'Manual';
    fake.addSheet('Blad1');
    const plan = employersPlan(50);
    expect(plan.sheets.map((s) => s.name)).toEqual([SUMMARY, EMPLOYERS]);
    const result = await write(fake, plan);
    expect(result.ok).toBe(true);
    expect(fake.uncalculated()).toEqual({});
  });

  it('recalculates in automatic mode too: formulas written while calculation was suspended get their results', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    const result = await write(fake, employersPlan(3_000), { maxRequestBytes: 60_000 });
    expect(result.ok).toBe(true);
    expect(fake.requests.some((r) => r.suspendedCalculation)).toBe(true);
    expect(fake.uncalculated()).toEqual({});
  });

  it('orders sheets after what they read, and goes round a circle twice', () => {
    const r = (...xs: number[]) => new Set(xs);
    expect(calcOrder([r(1), r(), r(0, 1)])).toEqual([1, 0, 2]);
    expect(calcOrder([r(), r(0), r(1)])).toEqual([0, 1, 2]);
    expect(calcOrder([r(0), r(1)])).toEqual([0, 1]); // reading itself is no dependency
    // 0 ⇄ 1, and 2 reads 1: the circle is calculated twice, then what reads it.
    expect(calcOrder([r(1), r(0), r(1)])).toEqual([0, 1, 2, 0, 1, 2]);
  });

  it("today's plans have no sheets that read each other in a circle", () => {
    const wb = unwrap(buildYearPlan({ ...exampleYear(), perEmployer: {} }));
    const plans: WorkbookPlan[] = [wb.plan, employersPlan(5)];
    for (const plan of plans) {
      const tx = newTransaction(plan, 'r');
      const refs = planRefs(tx);
      const reads = tx.targets.map((t, i) => compileSheet(t, i, 'r', refs, { textFormatRanges: 0, textFormatSingleCells: 0 }).reads);
      const order = calcOrder(reads);
      expect(order, plan.title).toHaveLength(plan.sheets.length);
      expect(new Set(order).size).toBe(plan.sheets.length);
    }
  });
});

describe('tables on a sheet that is not active', () => {
  it('puts the table on its own sheet, not on the sheet the user has open', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    fake.addSheet('Open blad');
    fake.active = fake.sheet('Open blad');
    const result = await write(fake, employersPlan(20), { activate: false });
    expect(result.ok, JSON.stringify(!result.ok && result.error)).toBe(true);
    expect(fake.active?.name).toBe('Open blad');
    expect(fake.tables.map((t) => [t.name, fake.sheets.find((s) => s.id === t.sheetId)?.name, t.address])).toEqual([[TABLE, EMPLOYERS, 'A1:H21']]);
  });
});

describe('the fake itself', () => {
  it('puts a table given a bare address on the active sheet, as the reference says', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    fake.addSheet('Blad2');
    fake.active = fake.sheet('Blad1');
    const ctx = fake.context();
    ctx.workbook.worksheets.getItem('Blad2').tables.add('A1:B3', true);
    await ctx.sync();
    expect(fake.tables[0]?.sheetId).toBe(fake.sheet('Blad1').id);
  });

  it('refuses formulas over 8,192 characters and texts over 32,767', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    const ctx = fake.context();
    const ws = ctx.workbook.worksheets.getItem('Blad1');
    ws.getRange('A1').formulas = [[`=${'1+'.repeat(4_095)}1`]]; // 8,192 characters with '='
    await ctx.sync();
    ws.getRange('A2').formulas = [[`=${'1+'.repeat(4_095)}12`]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    ws.getRange('A3').values = [['x'.repeat(32_768)]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('refuses a response over 5 MB, after the request ran', async () => {
    const fake = new FakeExcel();
    const s = fake.addSheet('Data');
    for (let r = 0; r < 60_000; r++) s.cells.set(r * 16384, { value: 'x'.repeat(90) });
    const ctx = fake.context();
    const range = ctx.workbook.worksheets.getItem('Data').getRange('A1:A60000');
    range.load('values');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(fake.largestResponse).toBeGreaterThan(5_000_000);
  });

  it('refuses custom XML that is not well-formed', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    const ctx = fake.context();
    for (const xml of ['<a xmlns="urn:x">&</a>', '<a xmlns="urn:x"><b></a>', '<a xmlns="urn:x"/><b/>', '<a xmlns="urn:x">\u0001</a>', 'tekst']) {
      ctx.workbook.customXmlParts.add(xml);
      await expect(ctx.sync(), xml).rejects.toMatchObject({ code: 'InvalidArgument' });
    }
    ctx.workbook.customXmlParts.add('<?xml version="1.0" encoding="UTF-8"?><a xmlns="urn:x" b="1 &amp; 2"><c>&lt;&#65;<![CDATA[<&>]]></c><!-- x --></a>');
    await ctx.sync();
    expect(fake.parts).toHaveLength(1);
  });
});
