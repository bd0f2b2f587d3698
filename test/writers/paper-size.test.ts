/** A4 in the plan reaches both writers: OOXML paper size 9, Office.js 'A4'. */
import { describe, expect, it } from 'vitest';
import { emptySheet, type WorkbookPlan } from '../../src/domain/spec/plan';
import { writePlanToExcel } from '../../src/office/writer';
import { writeXlsxBuffer } from '../../src/writers/xlsx-writer';
import { FakeExcel } from '../support/fake-excel';
import { openXlsx } from '../support/read-xlsx';

function plan(paper: 'A4' | undefined): WorkbookPlan {
  const s = emptySheet('employer:1', 'Werkgever 1');
  s.blocks.push({ row: 0, col: 0, cells: [['Werkgever 1', 12]] });
  s.print = { fitToWidth: true, ...(paper ? { paper } : {}) };
  return { title: 't', sheets: [s] };
}

describe('paper size', () => {
  it('is A4 (9) in the .xlsx when the plan says so, and left to Excel otherwise', async () => {
    const wb = await openXlsx(await writeXlsxBuffer(plan('A4')));
    expect(wb.getWorksheet('Werkgever 1')!.pageSetup.paperSize).toBe(9);
    const plain = await openXlsx(await writeXlsxBuffer(plan(undefined)));
    expect(plain.getWorksheet('Werkgever 1')!.pageSetup.paperSize).toBeUndefined();
  });
});

describe('paper size through Office.js', () => {
  it('sets pageLayout.paperSize to A4 only when the plan asks', async () => {
    const fake = new FakeExcel();
    const r = await writePlanToExcel(fake.context(), plan('A4'), { conflict: 'replace-own', runId: 'p' });
    expect(r.ok).toBe(true);
    expect(fake.sheet('Werkgever 1').pageLayout).toMatchObject({ paperSize: 'A4' });
    const plainFake = new FakeExcel();
    await writePlanToExcel(plainFake.context(), plan(undefined), { conflict: 'replace-own', runId: 'p' });
    expect(plainFake.sheet('Werkgever 1').pageLayout.paperSize).toBeUndefined();
  });
});
