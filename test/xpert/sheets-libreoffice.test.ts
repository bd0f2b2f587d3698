/**
 * The Otherside sheets through the xlsx writer and LibreOffice: every formula's result
 * as LibreOffice recalculates it must equal the result the plan carries, which is what
 * the engine computed in integer cents. A formula that drifted from the engine (a wrong
 * column, a rounding step missing) fails here.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runXpert } from '../../src/domain/xpert/workbook';
import { writeXlsxBuffer } from '../../src/writers/xlsx-writer';
import { assertFormulasMatchPlan, recalcWithLibreOffice } from '../support/libreoffice';
import { requireTool } from '../support/system-tools';
import { exampleHistory, SETTINGS } from './support';

const soffice = requireTool('soffice', 'LibreOffice recalculates the Otherside sheets');

describe.skipIf(!soffice)('Otherside sheets recalculated by LibreOffice', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`every formula matches the engine (${lang})`, async () => {
      const out = runXpert(await exampleHistory(), { ...SETTINGS, smsRateE4: 850 }, lang);
      if (!out.ok) throw new Error(out.error.en);
      const dir = mkdtempSync(join(tmpdir(), 'fc-xpert-'));
      const path = join(dir, `otherside-${lang}.xlsx`);
      writeFileSync(path, await writeXlsxBuffer(out.value.plan));
      const checked = await assertFormulasMatchPlan(out.value.plan, await recalcWithLibreOffice(path));
      // 3 months × 7 employers × (amount) + totals + comparison + trend: well over a hundred.
      expect(checked).toBeGreaterThan(100);
    });
  }

  it('a gap in the months leaves the change empty, and LibreOffice agrees', async () => {
    const out = runXpert(await exampleHistory(['xpert-2024-01.csv', 'xpert-2024-03.xlsx']), SETTINGS, 'nl');
    if (!out.ok) throw new Error(out.error.en);
    const dir = mkdtempSync(join(tmpdir(), 'fc-xpert-'));
    const path = join(dir, 'gap.xlsx');
    writeFileSync(path, await writeXlsxBuffer(out.value.plan));
    expect(await assertFormulasMatchPlan(out.value.plan, await recalcWithLibreOffice(path))).toBeGreaterThan(30);
  });
});
