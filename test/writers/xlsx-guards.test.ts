/**
 * What the writers refuse, and what they leave behind when they do: a bad plan is a
 * builder bug and must fail before Excel gets to "repair" (silently drop) anything.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { emptySheet, range, type WorkbookPlan } from '../../src/domain/spec/plan';
import { writeXlsxFile } from '../../src/writers/xlsx-file-writer';
import { fileFormula, planFormula } from '../../src/writers/xlsx-formula';
import { assertPlan as checkPlan } from '../../src/writers/plan-check';
import { writeXlsxBuffer } from '../../src/writers/xlsx-writer';
import { featurePlan } from './xlsx-fixture';

const broken = (change: (p: WorkbookPlan) => void): WorkbookPlan => {
  const plan = featurePlan();
  change(plan);
  return plan;
};
const spec = (p: WorkbookPlan) => p.sheets[0]!;

describe('checkPlan', () => {
  it('accepts the feature plan', () => {
    expect(() => checkPlan(featurePlan())).not.toThrow();
  });

  it.each([
    ['no sheets', (p: WorkbookPlan) => void (p.sheets = []), /at least one sheet/],
    ['a sheet name Excel refuses', (p: WorkbookPlan) => void (spec(p).name = 'a/b'), /invalid sheet name/],
    ['sheet names equal but for case', (p: WorkbookPlan) => void (p.sheets[1]!.name = 'SPECIFICATIE'), /used twice/],
    ['a table header that differs from its column name', (p: WorkbookPlan) => void (spec(p).tables[0]!.columns[1]!.name = 'Werkgever'), /header cell B3 must hold 'Werkgever'/],
    ['a table name that is a cell address', (p: WorkbookPlan) => void (spec(p).tables[0]!.name = 'TBL1'), /not a valid Excel name/],
    ['two tables with one name', (p: WorkbookPlan) => void p.sheets[1]!.tables.push({ ...spec(p).tables[0]!, name: 'WERKGEVERS', range: range(0, 0, 2, 1), columns: [{ name: 'Regel' }, { name: 'Waarde' }] }), /used twice/],
    ['a table without data rows', (p: WorkbookPlan) => void (spec(p).tables[0]!.range = range(2, 0, 2, 6)), /at least one data row/],
    ['a defined name equal to a table name', (p: WorkbookPlan) => void spec(p).names.push({ name: 'werkgevers', row: 0, col: 0 }), /used twice/],
    ['NaN as a value', (p: WorkbookPlan) => void spec(p).blocks.push({ row: 30, col: 0, cells: [[NaN]] }), /A31 holds NaN/],
    ['Infinity as a formula result', (p: WorkbookPlan) => void spec(p).blocks.push({ row: 30, col: 0, cells: [[{ f: '1/0', r: Infinity }]] }), /A31 formula result is Infinity/],
    ['a formula with a leading =', (p: WorkbookPlan) => void spec(p).blocks.push({ row: 30, col: 0, cells: [[{ f: '=1+1', r: 2 }]] }), /without '='/],
    ['a fill that is no RRGGBB colour', (p: WorkbookPlan) => void spec(p).styles.push({ range: range(0, 0), style: { fill: '#FFF' } }), /colour '#FFF', not RRGGBB/],
    ['a prompt over Excel\'s 32 characters', (p: WorkbookPlan) => void (spec(p).validations = [{ range: range(3, 4), rule: { kind: 'decimal', min: 0 }, prompt: { title: 'x'.repeat(33), message: 'm' }, error: { title: 't', message: 'm' } }]), /32\/255/],
    ['overlapping merges', (p: WorkbookPlan) => void (spec(p).merges = [range(20, 0, 20, 3), range(20, 2, 20, 5)]), /merges overlap/],
    ['a merge inside a table', (p: WorkbookPlan) => void (spec(p).merges = [range(3, 0, 3, 1)]), /lies in a table/],
    ['a workbook name on a sheet the plan lacks', (p: WorkbookPlan) => void (p.names = [{ name: 'Prijs', sheet: 'Elders', row: 0, col: 0 }]), /does not have/],
    ['a workbook name twice', (p: WorkbookPlan) => void (p.names = [{ name: 'Prijs', sheet: 'Specificatie', row: 0, col: 0 }, { name: 'PRIJS', sheet: 'Specificatie', row: 1, col: 0 }]), /used twice/],
    ['a workbook name that is a cell', (p: WorkbookPlan) => void (p.names = [{ name: 'BT1', sheet: 'Specificatie', row: 0, col: 0 }]), /not a valid Excel name/],
    ['a tab colour that is no RRGGBB colour', (p: WorkbookPlan) => void (p.sheets[1]!.tabColor = 'red'), /the tab has colour 'red'/],
    ['a style beyond the last column', (p: WorkbookPlan) => void spec(p).styles.push({ range: range(0, 0, 0, 16_384), style: { bold: true } }), /invalid range/],
  ])('refuses %s', (_, change, message) => {
    expect(() => checkPlan(broken(change))).toThrow(message);
  });
});

describe('formulas in the file', () => {
  it('prefix post-2007 functions with _xlfn., outside strings and sheet names only', () => {
    expect(fileFormula('IFS(A1>1,"x",TRUE,"y")')).toBe('_xlfn.IFS(A1>1,"x",TRUE,"y")');
    expect(fileFormula('SUM(A1:A3)+maxifs(B:B,C:C,"IFS(")')).toBe('SUM(A1:A3)+_xlfn.MAXIFS(B:B,C:C,"IFS(")');
    expect(fileFormula("'IFS(x'!A1+XLOOKUP(1,'a''IFS('!A:A,B:B)")).toBe("'IFS(x'!A1+_xlfn.XLOOKUP(1,'a''IFS('!A:A,B:B)");
    expect(fileFormula('STDEV.S(A1:A9)+MYIFS(1)')).toBe('_xlfn.STDEV.S(A1:A9)+MYIFS(1)');
    // Only a whole name before '(' counts: not one ending in it, nor one not called.
    expect(fileFormula('X.IFS(1)+A1IFS(2)+_IFS(3)+IFS+B2')).toBe('X.IFS(1)+A1IFS(2)+_IFS(3)+IFS+B2');
    expect(fileFormula('1+ifs(TRUE,1)')).toBe('1+_xlfn.IFS(TRUE,1)');
    expect(planFormula('=_xlfn.IFS(A1>1,"x",TRUE,"y")')).toBe('IFS(A1>1,"x",TRUE,"y")');
  });

  it('refuse spilling functions the plan cannot express', () => {
    expect(() => fileFormula('SUM(FILTER(A:A,B:B>0))')).toThrow(/FILTER spills/);
    expect(fileFormula('"FILTER(x)"&A1')).toBe('"FILTER(x)"&A1');
    expect(fileFormula('A1&MYFILTER(x)&X.SORT(1)')).toBe('A1&MYFILTER(x)&X.SORT(1)');
  });
});

describe('writers on a bad plan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fc-xlsx-guard-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writeXlsxBuffer refuses sheet names equal but for case even when told the plan was checked', async () => {
    // Sheets are added past ExcelJS's own scan of the names before (xlsx-writer.ts): the writer checks them itself.
    const plan = broken((p) => void (p.sheets[1]!.name = p.sheets[0]!.name.toUpperCase()));
    await expect(writeXlsxBuffer(plan, { checked: true })).rejects.toThrow(/already exists/);
  });

  it('writeXlsxBuffer numbers the sheets 1, 2, … in the order of the plan', async () => {
    const names = ['Eerste', 'Tweede', 'Derde', 'Vierde', 'Vijfde'];
    const bytes = await writeXlsxBuffer({ title: 'volgorde', sheets: names.map((n, i) => emptySheet(`k${i}`, n)) });
    const xml = strFromU8(unzipSync(bytes)['xl/workbook.xml']!);
    const sheets = [...xml.matchAll(/<sheet sheetId="(\d+)" name="([^"]+)"/g)].map((m) => [m[2], Number(m[1])]);
    expect(sheets).toEqual(names.map((n, i) => [n, i + 1]));
  });

  it('writeXlsxBuffer rejects before writing', async () => {
    await expect(writeXlsxBuffer(broken((p) => void (spec(p).tables[0]!.columns[0]!.name = 'Nr')))).rejects.toThrow(/must hold 'Nr'/);
  });

  it('writeXlsxFile creates no file for a plan that fails the check', async () => {
    const path = join(dir, 'check.xlsx');
    await expect(writeXlsxFile(broken((p) => void (p.sheets = [])), path)).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writeXlsxFile removes its partial file when writing fails half-way', async () => {
    const path = join(dir, 'render.xlsx');
    const plan = featurePlan();
    // A failure after two sheets have streamed (think disk full), simulated by a sheet
    // whose highlights pass the check and then cannot be read again.
    const late = emptySheet('late', 'Laat');
    let reads = 0;
    Object.defineProperty(late, 'highlights', {
      get: () => {
        if (++reads > 1) throw new Error('simulated failure while streaming');
        return [];
      },
    });
    plan.sheets.push(late);
    await expect(writeXlsxFile(plan, path)).rejects.toThrow(/simulated failure/);
    expect(reads).toBe(2);
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves no partial file when writing fails before the file is even open, many times over', async () => {
    // The first sheet fails at once, while createWriteStream is still opening the file in
    // the background; removing it then raced with that open, which could bring it back.
    const failAtOnce = () => {
      const plan = featurePlan();
      Object.defineProperty(plan.sheets[0]!, 'highlights', {
        get: (() => {
          let reads = 0;
          return () => {
            if (++reads > 1) throw new Error('simulated failure at once');
            return [];
          };
        })(),
      });
      return plan;
    };
    const paths = Array.from({ length: 30 }, (_, i) => join(dir, `snel-${i}.xlsx`));
    const results = await Promise.allSettled(paths.map((p) => writeXlsxFile(failAtOnce(), p)));
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });
});
