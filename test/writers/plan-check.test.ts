/**
 * The one plan check both writers run first: Excel's limits named by sheet and cell with
 * what to change, before anything is written, in Excel or to a file.
 */
import { describe, expect, it } from 'vitest';
import { buildYearPlan } from '../../src/domain/spec/year-workbook';
import { emptySheet, type WorkbookPlan } from '../../src/domain/spec/plan';
import { createStandaloneHost } from '../../src/host/standalone-host';
import { writePlanToExcel } from '../../src/office/writer';
import { MAX_FORMULA_CHARS, PlanError, planProblem } from '../../src/writers/plan-check';
import { writeXlsxBuffer } from '../../src/writers/xlsx-writer';
import { FakeExcel } from '../support/fake-excel';
import { exampleYear, unwrap } from '../year/example-year';

/** The example year with a graduated staffel of `n` tiers of 10 dossiers each. */
function staffelPlan(n: number): WorkbookPlan {
  const tiers = Array.from({ length: n }, (_, i) => ({ from: 1 + i * 10, priceE4: 100_000 - i * 100 }));
  return unwrap(buildYearPlan({ ...exampleYear({ pricing: { kind: 'graduated', tiers } }), perEmployer: null })).plan;
}

describe('the plan check', () => {
  it('passes a staffel of a sensible size', () => {
    expect(planProblem(staffelPlan(12))).toBeNull();
  });

  it('names the sheet and cell of a staffel formula past 8,192 characters, and says to use fewer tiers', () => {
    const p = planProblem(staffelPlan(120));
    expect(p).toMatchObject({ code: 'plan.formulaTooLong.tiers', params: { sheet: 'Factuurcontrole 2024', max: MAX_FORMULA_CHARS } });
    // The estimates' 'Bedrag per jaar' column (D since the source moved to the block's end).
    expect(p!.params.cell).toMatch(/^D\d+$/);
    expect(Number(p!.params.length)).toBeGreaterThan(MAX_FORMULA_CHARS);
    expect(p!.nl).toContain("Blad 'Factuurcontrole 2024', cel D");
    expect(p!.nl).toContain('te veel schijven in de staffel');
    expect(p!.en).toContain('too many tiers');
  });

  it('stops the Office writer before its first request; without the check Excel would refuse it halfway', async () => {
    const plan = staffelPlan(120);
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    const before = fake.state();
    const r = await writePlanToExcel(fake.context(), plan, { conflict: 'replace-own', runId: 'r1' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('plan.formulaTooLong.tiers');
    expect(fake.syncs).toBe(0);
    expect(fake.state()).toEqual(before);
    // What the user would have seen: Excel refusing the formula, a rollback, and a 'bug' message.
    const f = plan.sheets.find((s) => s.name === 'Factuurcontrole 2024')!.blocks.flatMap((b) => b.cells.flat()).find((v) => typeof v === 'object' && v !== null && 'grows' in v) as { f: string };
    const ctx = fake.context();
    ctx.workbook.worksheets.getItem('Blad1').getRange('A1').formulas = [[`=${f.f}`]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('stops the .xlsx writers and the browser download the same way', async () => {
    const plan = staffelPlan(120);
    await expect(writeXlsxBuffer(plan)).rejects.toBeInstanceOf(PlanError);
    const host = createStandaloneHost({ language: 'nl', storage: null, writeXlsx: async () => new Uint8Array([1]), download: () => {} });
    expect(await host.writePlan(plan, { conflict: 'next-free-name' })).toMatchObject({ ok: false, error: { code: 'plan.formulaTooLong.tiers' } });
  });

  it('names a text too long for a cell, and what only a bug can cause', () => {
    const long = emptySheet('s', 'Blad');
    long.blocks.push({ row: 2, col: 1, cells: [['x'.repeat(32_768)]] });
    expect(planProblem({ title: 't', sheets: [long] })).toMatchObject({ code: 'plan.textTooLong', params: { sheet: 'Blad', cell: 'B3', length: 32_768 } });
    const deep = emptySheet('s', 'Blad');
    deep.blocks.push({ row: 0, col: 0, cells: [[{ f: `${'ABS('.repeat(65)}1${')'.repeat(65)}`, r: 1 }]] });
    expect(planProblem({ title: 't', sheets: [deep] })).toMatchObject({ code: 'plan.invalid', params: { sheet: 'Blad' } });
    const noSeries = emptySheet('s', 'Blad');
    noSeries.charts = [{ kind: 'line', name: 'c', title: 't', categories: { row: 0, col: 0, lastRow: 0, lastCol: 3 }, series: [], anchor: { row: 2, col: 0, lastRow: 10, lastCol: 5 } }];
    expect(planProblem({ title: 't', sheets: [noSeries] })?.params.detail).toMatch(/no series/);
  });
});
