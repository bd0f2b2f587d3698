/**
 * LibreOffice as the oracle for the year's sheets: every formula it recalculates must
 * give the figure the engine put in the plan. And a per-employer sheet must survive
 * being copied on its own into a fresh workbook: same figures, no reference to another
 * sheet, no external link.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildYearPlan, type YearWorkbook } from '../../src/domain/spec/year-workbook';
import { cellsOf, isFormula, type SheetPlan, type WorkbookPlan } from '../../src/domain/spec/plan';
import { loadExcelJS } from '../../src/writers/xlsx-render';
import { writeXlsxFile } from '../../src/writers/xlsx-file-writer';
import { assertFormulasMatchPlan, compareFormulas, readWorkbookValues, recalcWithLibreOffice } from '../support/libreoffice';
import { listXlsxParts, openXlsx, readXlsxPart } from '../support/read-xlsx';
import { requireTool } from '../support/system-tools';
import { exampleYear, unwrap } from './example-year';

const soffice = requireTool('soffice', 'the year sheets are checked against LibreOffice');
const suite = soffice ? describe : describe.skip;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fc-year-lo-'));
});

const employerSheets = (plan: WorkbookPlan) => plan.sheets.filter((s) => s.key.startsWith('employer:'));
const formulasOn = (sheet: SheetPlan) => [...cellsOf(sheet)].filter((c) => isFormula(c.value)).length;

/** Formula text outside "string literals": a '!' there names another sheet, a '[' another workbook. */
function referencesOutside(formula: string): boolean {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return code.includes('!') || code.includes('[');
}

async function roundTrip(name: string, wb: YearWorkbook): Promise<{ file: string; checked: number }> {
  const file = join(dir, `${name}.xlsx`);
  await writeXlsxFile(wb.plan, file);
  const recalculated = await recalcWithLibreOffice(file);
  const checked = await assertFormulasMatchPlan(wb.plan, recalculated);
  return { file, checked };
}

suite('the year workbook against LibreOffice', () => {
  it('model 2, flat price, priced signing, all invoice lines, per-employer sheets (Dutch)', async () => {
    const c = exampleYear();
    const wb = unwrap(buildYearPlan({ ...c, perEmployer: {} }));
    const names = wb.plan.sheets.map((s) => s.name);
    expect(names).toEqual([
      'Specificatie 2024', 'Dossiers 2024', 'Factuurcontrole 2024', 'Doorbelasting 2024',
      '000101 Bakkerij De Zon', '000102 Café Het Hoekje', '000103 Garage Snel', '000104 Nieuw BV', '000105 Stichting Extern',
    ]);
    for (const s of wb.plan.sheets.slice(2)) expect(formulasOn(s), s.name).toBeGreaterThan(0);
    const { checked } = await roundTrip('nl-flat', wb);
    expect(checked).toBeGreaterThan(150);
  });

  it('graduated staffel, signing included, the invoiced total distributed (English)', async () => {
    const c = exampleYear(
      { pricing: { kind: 'graduated', tiers: [{ from: 1, priceE4: 120_000 }, { from: 21, priceE4: 90_000 }, { from: 51, priceE4: 85_550 }] } },
      { signing: { mode: 'included' }, distribute: 'invoiced' },
    );
    const wb = unwrap(buildYearPlan({ ...c, perEmployer: { numbers: ['101', '000104'] }, lang: 'en' }));
    expect(employerSheets(wb.plan).map((s) => s.name)).toEqual(['000101 Bakkerij De Zon', '000104 Nieuw BV']);
    const statuses = wb.check.lines.map((l) => l.status);
    expect(statuses).toContain('check');
    await roundTrip('en-graduated', wb);
  });

  it('volume staffel, signing price unknown, no invoice lines yet', async () => {
    const c = exampleYear({ pricing: { kind: 'volume', tiers: [{ from: 1, priceE4: 110_000 }, { from: 50, priceE4: 95_000 }] } }, { signing: { mode: 'unknown' }, counts: [] });
    const wb = unwrap(buildYearPlan({ ...c, invoices: [], perEmployer: null }));
    // No lines yet: the table has one empty row to type the first line in, its formulas blank.
    const table = wb.plan.sheets.find((s) => s.key === 'invoice-check')!.tables[0]!;
    expect(table.range.lastRow - table.range.row).toBe(1);
    await roundTrip('volume-unknown', wb);
  });

  it('a per-employer sheet copied alone into a fresh workbook shows the same figures', async () => {
    const c = exampleYear();
    const wb = unwrap(buildYearPlan({ ...c, perEmployer: {} }));
    const { file } = await roundTrip('copy-source', wb);
    const ExcelJS = await loadExcelJS();
    const source = await openXlsx(file);
    // A sheet with dossiers and signing, one with a negative count, and one that only signed.
    for (const sheet of employerSheets(wb.plan).filter((s) => ['000101 Bakkerij De Zon', '000103 Garage Snel', '000105 Stichting Extern'].includes(s.name))) {
      const from = source.getWorksheet(sheet.name)!;
      const fresh = new ExcelJS.Workbook();
      const to = fresh.addWorksheet(sheet.name);
      let copied = 0;
      from.eachRow((row) =>
        row.eachCell((cell) => {
          const target = to.getCell(cell.address);
          if (cell.formula) {
            expect(referencesOutside(cell.formula), `${sheet.name}!${cell.address} =${cell.formula}`).toBe(false);
            target.value = { formula: cell.formula, result: cell.result } as never;
            copied++;
          } else target.value = cell.value;
        }),
      );
      expect(copied).toBeGreaterThan(3);
      const copy = join(dir, `fresh-${copied}-${sheet.name.replace(/\W/g, '')}.xlsx`);
      await fresh.xlsx.writeFile(copy);
      const recalculated = await recalcWithLibreOffice(copy);
      const one: WorkbookPlan = { title: sheet.name, sheets: [sheet] };
      const { checked, mismatches } = compareFormulas(one, await readWorkbookValues(recalculated));
      expect(mismatches).toEqual([]);
      expect(checked).toBe(formulasOn(sheet));
    }
  });

  it('the written file has no external links, and employer sheets refer to nothing outside themselves', async () => {
    const c = exampleYear();
    const wb = unwrap(buildYearPlan({ ...c, perEmployer: {} }));
    const file = join(dir, 'links.xlsx');
    await writeXlsxFile(wb.plan, file);
    expect(listXlsxParts(file).filter((p) => /externalLink/i.test(p))).toEqual([]);
    expect(readXlsxPart(file, 'xl/workbook.xml')).not.toMatch(/externalReference/);
    for (const sheet of employerSheets(wb.plan)) {
      for (const { value } of cellsOf(sheet)) if (isFormula(value)) expect(referencesOutside(value.f), value.f).toBe(false);
      expect(sheet.tables).toEqual([]);
      expect(sheet.names).toEqual([]);
    }
    // The check sheet, by contrast, is meant to point at the specification.
    const check = wb.plan.sheets.find((s) => s.key === 'invoice-check')!;
    expect([...cellsOf(check)].some(({ value }) => isFormula(value) && value.f.includes("'Specificatie 2024'!"))).toBe(true);
  });
});

describe('referencesOutside', () => {
  it.each([
    ['B5+B6', false],
    ['IF(A1="Let op!","x","")', false],
    ["'Specificatie 2024'!B5", true],
    ['Blad2!A1', true],
    ['[Boek1.xlsx]Blad1!A1', true],
  ])('%s', (f, expected) => expect(referencesOutside(f)).toBe(expected));
});
