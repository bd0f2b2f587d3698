/**
 * The formula oracle: LibreOffice recalculates what the writers wrote, and every formula's
 * value must equal the result the plan carries. Also proves the oracle can fail: a plan
 * whose cached results are wrong is recalculated, and the differences are reported.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isFormula, type WorkbookPlan } from '../../src/domain/spec/plan';
import { writeXlsxFile } from '../../src/writers/xlsx-file-writer';
import { writeXlsxBuffer } from '../../src/writers/xlsx-writer';
import { assertFormulasMatchPlan, compareFormulas, readWorkbookValues, recalcWithLibreOffice } from '../support/libreoffice';
import { readXlsxPart } from '../support/read-xlsx';
import { requireTool } from '../support/system-tools';
import { FEATURE_FORMULAS, featurePlan, OTHER, SPEC } from './xlsx-fixture';

const soffice = requireTool('soffice', 'the LibreOffice formula oracle');
const dir = mkdtempSync(join(tmpdir(), 'fc-xlsx-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** featurePlan with two cached results wrong: a sum and a status text. */
function wrongPlan(): WorkbookPlan {
  const plan = featurePlan();
  const totals = plan.sheets[0]!.blocks[1]!.cells;
  const sum = totals[4]![5]!; // F7 = SUM(F4:F6)
  const status = totals[1]![6]!; // G4 = IF(F4>20,…)
  if (!isFormula(sum) || !isFormula(status)) throw new Error('fixture moved');
  sum.r = 58.48;
  status.r = 'OK';
  return plan;
}

describe.skipIf(!soffice)('LibreOffice formula oracle', () => {
  it('agrees with every result of the streaming writer, and reads its table and names', async () => {
    const path = join(dir, 'stream.xlsx');
    await writeXlsxFile(featurePlan(), path);
    const out = await recalcWithLibreOffice(path);
    expect(await assertFormulasMatchPlan(featurePlan(), out)).toBe(FEATURE_FORMULAS);
    // LibreOffice writes back only what it understood: our hand-made table part included.
    expect(readXlsxPart(out, 'xl/tables/table1.xml')).toMatch(/name="Werkgevers"[^>]*ref="A3:G6"/);
    expect(readXlsxPart(out, 'xl/workbook.xml')).toMatch(/localSheetId="1" name="Totaal"[^>]*>&apos;Jan&apos;&apos;s blad&apos;!\$B\$3</);
  });

  it('agrees with every result of the in-memory writer', async () => {
    const path = join(dir, 'mem.xlsx');
    writeFileSync(path, await writeXlsxBuffer(featurePlan()));
    expect(await assertFormulasMatchPlan(featurePlan(), await recalcWithLibreOffice(path))).toBe(FEATURE_FORMULAS);
  });

  describe('can fail', () => {
    let out: string;
    beforeAll(async () => {
      const path = join(dir, 'wrong.xlsx');
      await writeXlsxFile(wrongPlan(), path);
      out = await recalcWithLibreOffice(path);
    });

    it('reports each wrong result with its sheet, address, formula and both values', async () => {
      const { checked, mismatches } = compareFormulas(wrongPlan(), await readWorkbookValues(out));
      expect(checked).toBe(FEATURE_FORMULAS);
      expect(mismatches).toEqual([
        expect.objectContaining({ sheet: SPEC, address: 'G4', formula: 'IF(F4>20,"Afwijking","OK")', expected: 'OK', actual: 'Afwijking' }),
        expect.objectContaining({ sheet: SPEC, address: 'F7', formula: 'SUM(F4:F6)', expected: 58.48, actual: 58.47 }),
      ]);
      await expect(assertFormulasMatchPlan(wrongPlan(), out)).rejects.toThrow(/2 of 15 formulas differ[\s\S]*'Specificatie'!F7 {2}=SUM\(F4:F6\) {2}expected 58\.48, got 58\.47/);
    });

    it('because LibreOffice recalculated instead of keeping the cached values', async () => {
      // The file carried 58.48; the recalculated copy holds the true sum, also where it is referenced.
      const values = await readWorkbookValues(out);
      expect(values.get(SPEC)!.get('F7')!.value).toBe(58.47);
      expect(values.get(OTHER)!.get('B3')).toEqual({ value: 58.47, formula: 'Specificatie!F7' });
      expect(compareFormulas(featurePlan(), values).mismatches).toEqual([]);
    });
  });
});
