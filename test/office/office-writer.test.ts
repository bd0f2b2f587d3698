import { describe, expect, it } from 'vitest';
import { a1, isFormula, type WorkbookPlan } from '../../src/domain/spec/plan';
import { OWNER_KEY, parseOwnerMarker, rewriteRefs, textRectangles, widthPoints, writePlanToExcel, type OfficeWriteOptions } from '../../src/office/writer';
import { FakeExcel, parseAddress } from '../support/fake-excel';
import { planSnapshot } from '../support/snapshot';
import { featurePlan, OTHER, SPEC, TRAPS } from '../writers/xlsx-fixture';
import { EMPLOYERS, SUMMARY, TABLE, TRAP_NAMES, employerName, employerNumber, employersPlan, perEmployerPlan } from './synthetic-plans';

const MB4 = 4 * 1024 * 1024;

async function write(fake: FakeExcel, plan: WorkbookPlan, options: Partial<OfficeWriteOptions> = {}) {
  return writePlanToExcel(fake.context(), plan, { conflict: 'replace-own', runId: 'r1', ...options });
}

/** Excel writes a sheet reference quoted only when it must; the plan always quotes. */
const unquote = (snap: Record<string, Record<string, unknown>>) =>
  JSON.parse(JSON.stringify(snap).replace(/'([A-Za-z_][A-Za-z0-9_.]*)'!/g, '$1!'));

describe('office writer: every plan feature', () => {
  it('writes values, formulas, formats, table, panes, names, highlights, print setup and tab colour', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    const plan = featurePlan();
    const result = await write(fake, plan);
    expect(result.ok, JSON.stringify(!result.ok && result.error)).toBe(true);
    if (!result.ok) return;
    expect(result.value.sheetNames).toEqual({ summary: SPEC, 'employer:000123': OTHER });
    expect(fake.sheets.map((s) => s.name)).toEqual(['Blad1', SPEC, OTHER]);
    expect(fake.syncs).toBe(2); // one read, one write that also commits

    // Cell by cell the same as the plan (and so as the .xlsx writer's output).
    const snap = fake.snapshot();
    delete snap.Blad1;
    expect(unquote(snap)).toEqual(unquote(planSnapshot(plan)));

    const spec = fake.sheet(SPEC);
    // Texts that look like formulas or numbers stay text.
    TRAPS.forEach((t, i) => expect(fake.cell(SPEC, `A${14 + i}`)).toBe(t));
    expect(fake.cell(SPEC, 'A4')).toBe('000123');
    expect(fake.cell(SPEC, 'B14')).toBe(true);
    // No text format over a formula cell, or it would show as text.
    for (const sheet of plan.sheets) {
      for (const b of sheet.blocks) {
        b.cells.forEach((line, i) => line.forEach((v, j) => {
          if (isFormula(v)) expect(fake.numberFormatAt(fake.sheet(sheet.name), b.row + i, b.col + j), a1(b.row + i, b.col + j)).not.toBe('@');
        }));
      }
    }
    expect(fake.numberFormatAt(spec, 5, 5)).toBe('"€" #,##0.00;[Red]-"€" #,##0.00');
    expect(fake.numberFormatAt(spec, 3, 4)).toBe('"€" #,##0.00##');

    expect(spec.formats).toContainEqual({ address: 'A3:G3', prop: 'fill.color', value: '#DDEBF7' });
    expect(spec.formats).toContainEqual({ address: 'A3:G3', prop: 'horizontalAlignment', value: 'Center' });
    expect(spec.formats).toContainEqual({ address: 'A3:G3', prop: 'borders.EdgeLeft.style', value: 'Continuous' });
    expect(spec.formats).toContainEqual({ address: 'H3', prop: 'protection.locked', value: false });
    expect(spec.columnWidths).toMatchObject({ A: widthPoints(12), B: widthPoints(28), F: widthPoints(14) });
    expect(widthPoints(8.43)).toBeCloseTo(48, 0); // Excel's default column: 64 px = 48 pt
    expect(spec.freeze).toEqual({ rows: 3, cols: 0 });
    expect(fake.tables).toEqual([{ name: 'Werkgevers', sheetId: spec.id, address: 'A3:G6', hasHeaders: true, style: 'TableStyleMedium2' }]);
    expect(spec.names).toEqual([{ name: 'Totaal', ref: 'F7' }, { name: 'Invoer', ref: 'H3' }]);
    expect(fake.sheet(OTHER).names).toEqual([{ name: 'Totaal', ref: 'B3' }]);
    expect(spec.conditionalFormats).toEqual([
      { address: 'G4:G6', type: 'CellValue', props: { fill: '#FFC7CE', fontColor: '#9C0006', rule: { formula1: '="Afwijking"', operator: 'EqualTo' } } },
    ]);
    // One page wide; as many pages tall as the sheet has rows (18), so only the width sets the scale.
    expect(spec.pageLayout).toEqual({
      printArea: 'A1:G12', orientation: 'Landscape', paperSize: 'A4', zoom: { horizontalFitToPages: 1, verticalFitToPages: 18 }, printTitleRows: '$3:$3',
      leftHeader: 'Jansen && Zn', centerHeader: '&A', leftFooter: 'Factuurcheck', rightFooter: 'pagina &P van &N',
    });
    expect(spec.tabColor).toBe('#1F4E79');
    expect(parseOwnerMarker(spec.customProperties[OWNER_KEY])).toEqual({ v: 1, run: 'r1', key: 'summary' });
    expect(fake.active?.name).toBe(SPEC);
    // The cross-sheet formula follows the renames to the final name.
    expect(fake.cell(OTHER, 'B3')).toBe('=Specificatie!F7');
    expect(fake.cell(SPEC, 'F10')).toBe("='Jan''s blad'!B2*2");
  });

  it('formats whole ranges, never cell by cell, and before the values', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    const n = 5000;
    const result = await write(fake, employersPlan(n));
    expect(result.ok).toBe(true);
    const ws = fake.sheet(EMPLOYERS);
    // 5 style ranges (their properties) + 3 widths runs; not 5,000 of anything.
    expect(ws.formats.length).toBeLessThan(30);
    expect(ws.numberFormats.length).toBeLessThan(10);
    // '@' covers the two text columns of the data as one rectangle, and the header row.
    expect(ws.numberFormats.filter((l) => l.format === '@').map((l) => l.bounds)).toEqual([
      parseAddress('A1:H1'), parseAddress(`A2:B${n + 1}`), parseAddress(`A${n + 2}`),
    ]);
    if (result.ok) expect(result.value.textFormatRanges).toBe(3 + 1); // 3 here, A1:A3 on the summary sheet
  });
});

describe('office writer: text safety', () => {
  it("keeps '=HYPERLINK(…)', '+31…', '-…', '@…' and '000123' as text, numbers as numbers", async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    const result = await write(fake, employersPlan(10));
    expect(result.ok).toBe(true);
    TRAP_NAMES.forEach((name, i) => expect(fake.cell(EMPLOYERS, `B${i + 2}`)).toBe(name));
    for (let i = 0; i < 10; i++) {
      expect(fake.cell(EMPLOYERS, `A${i + 2}`)).toBe(employerNumber(i));
      expect(fake.cell(EMPLOYERS, `C${i + 2}`)).toBe(10 + i);
      expect(fake.cell(EMPLOYERS, `G${i + 2}`)).toBe(`=ROUND(E${i + 2}*F${i + 2},2)`);
    }
    expect(fake.cell(EMPLOYERS, 'B7')).toBe(employerName(5));
  });

  it('proves the fake would have caught it: without the text format, Excel misreads them', () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    const ctx = fake.context();
    ctx.workbook.worksheets.getItem('Blad1').getRange('A1:A2').values = [[TRAP_NAMES[0]], ['000123']];
    return ctx.sync().then(() => {
      expect(fake.cell('Blad1', 'A1')).toBe(TRAP_NAMES[0]); // became a formula: '=HYPERLINK(…)'
      expect(fake.sheet('Blad1').cells.get(0)).toEqual({ formula: TRAP_NAMES[0] });
      expect(fake.cell('Blad1', 'A2')).toBe(123);
    });
  });
});

describe('office writer: syncs and request sizes', () => {
  const measure = async (plan: WorkbookPlan) => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    const result = await write(fake, plan);
    expect(result.ok, JSON.stringify(!result.ok && result.error)).toBe(true);
    return { fake, report: result.ok ? result.value : null };
  };

  it('10 employers: 2 syncs', async () => {
    const { fake } = await measure(employersPlan(10));
    expect(fake.syncs).toBe(2);
  });

  it('5,000 employers: at most 4 syncs', async () => {
    const { fake } = await measure(employersPlan(5000));
    expect(fake.syncs).toBeLessThanOrEqual(4);
    expect(fake.largestRequest).toBeLessThan(MB4);
  });

  it('50,000 employers: at most 8 syncs, no request over 4 MB, every row written', async () => {
    const n = 50_000;
    const { fake, report } = await measure(employersPlan(n));
    expect(fake.syncs).toBeLessThanOrEqual(8);
    expect(fake.largestRequest).toBeLessThan(MB4);
    expect(report!.largestRequestBytes).toBeGreaterThanOrEqual(fake.largestRequest * 0.9); // our estimate is not optimistic
    // Write requests suspend calculation; the last one commits and recalculates, so it does not.
    expect(fake.requests.slice(0, -1).every((r) => r.suspendedCalculation)).toBe(true);
    expect(fake.requests[fake.requests.length - 1]!.suspendedCalculation).toBe(false);
    expect(fake.uncalculated()).toEqual({});
    expect(fake.cell(EMPLOYERS, `A${n + 1}`)).toBe(employerNumber(n - 1));
    expect(fake.cell(EMPLOYERS, `H${n + 1}`)).toBe(`=IF(G${n + 1}>100,"Hoog","OK")`);
    expect(fake.cell(EMPLOYERS, `G${n + 2}`)).toBe(`=SUM(G2:G${n + 1})`);
    expect(fake.cell(SUMMARY, 'B3')).toBe(`=Werkgevers!G${n + 2}`);
    expect(fake.sheet(EMPLOYERS).cells.size).toBe(8 * (n + 1) + 5);
    expect(fake.tables[0]).toMatchObject({ name: TABLE, address: `A1:H${n + 1}` });
    console.log(`50k: ${fake.syncs} syncs, largest request ${fake.largestRequest} bytes`);
  }, 60_000);

  it('1,000 small sheets: at most ceil(1000/50)+2 syncs', async () => {
    const { fake } = await measure(perEmployerPlan(1000));
    expect(fake.syncs).toBeLessThanOrEqual(Math.ceil(1000 / 50) + 2);
    expect(fake.sheets).toHaveLength(1002);
    expect(fake.cell('000100 Werkgever 1', 'B6')).toBe('=ROUND(B5*Specificatie!B2,2)');
    expect(fake.sheets.some((s) => s.name.startsWith('~'))).toBe(false);
    console.log(`1000 sheets: ${fake.syncs} syncs, largest request ${fake.largestRequest} bytes`);
  });

  it('counts its progress in sheets as well as requests: rising, ending at every sheet of the plan', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    const sheets: [number, number][] = [];
    const requests: [number, number][] = [];
    const result = await write(fake, perEmployerPlan(120), { sheetsPerSync: 25, onProgress: (d, t, s) => (requests.push([d, t]), s && sheets.push([s.done, s.total])) });
    expect(result.ok).toBe(true);
    // 121 sheets (the summary and 120 employers), 25 new sheets per request at most.
    expect(sheets.every(([, total]) => total === 121)).toBe(true);
    expect(sheets[0]).toEqual([0, 121]);
    expect(sheets.at(-1)).toEqual([121, 121]);
    expect(sheets.map(([d]) => d)).toEqual([...sheets.map(([d]) => d)].sort((a, b) => a - b));
    // Between the first and the last, counts in steps no larger than one request's sheets.
    expect(sheets.slice(1).every(([d], i) => d - sheets[i]![0] <= 25)).toBe(true);
    expect(new Set(sheets.map(([d]) => d)).size).toBeGreaterThan(4);
    expect(requests).toHaveLength(sheets.length);
  });

  it('halves the chunk when Excel refuses a request for its size, and still writes everything', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    fake.payloadLimit = 1_000_000;
    const progress: [number, number][] = [];
    const result = await write(fake, employersPlan(20_000), { onProgress: (d, t) => progress.push([d, t]) });
    expect(result.ok, JSON.stringify(!result.ok && result.error)).toBe(true);
    if (!result.ok) return;
    expect(result.value.payloadRetries).toBeGreaterThanOrEqual(2); // 3.5 MB → 1.75 MB → 0.875 MB
    expect(fake.cell(EMPLOYERS, 'G20001')).toBe('=ROUND(E20001*F20001,2)');
    expect(fake.sheets.map((s) => s.name)).toEqual(['Blad1', SUMMARY, EMPLOYERS]);
    expect(progress[progress.length - 1]![0]).toBe(progress[progress.length - 1]![1]);
  });

  it('gives up with a mapped problem when even a small request is refused', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    const before = fake.state();
    fake.payloadLimit = 3000;
    const result = await write(fake, employersPlan(50));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('office.payloadTooLarge');
    expect(fake.state()).toEqual(before);
  });
});

describe('office writer: conflicts and ownership', () => {
  /** A user sheet, an own sheet from an earlier run (with its table) and a foreign sheet named like ours. */
  function seeded() {
    const fake = new FakeExcel();
    fake.addSheet('Blad1', { A1: 'eigen werk', B2: '=Specificatie!B2*2' });
    fake.addSheet(SUMMARY, { A1: 'oude specificatie' }, { [OWNER_KEY]: JSON.stringify({ v: 1, run: 'old', key: 'summary' }) });
    fake.addTable(SUMMARY, TABLE, 'A1:B1');
    fake.addSheet(EMPLOYERS, { A1: 'van de gebruiker' });
    fake.addSheet('Notities', { A1: 'x' });
    return fake;
  }
  const sheetState = (fake: FakeExcel, name: string) => JSON.parse(JSON.stringify({ ...fake.sheet(name), cells: [...fake.sheet(name).cells] }));

  it("'replace-own' replaces only our own sheet, in place, and takes the next free name next to a foreign one", async () => {
    const fake = seeded();
    const foreign = sheetState(fake, EMPLOYERS);
    const result = await write(fake, employersPlan(3), { conflict: 'replace-own' });
    expect(result.ok, JSON.stringify(!result.ok && result.error)).toBe(true);
    if (!result.ok) return;
    expect(result.value.sheetNames).toEqual({ summary: SUMMARY, employers: `${EMPLOYERS} (2)` });
    expect(fake.sheets.map((s) => s.name)).toEqual(['Blad1', SUMMARY, EMPLOYERS, 'Notities', `${EMPLOYERS} (2)`]);
    expect(fake.cell(SUMMARY, 'A1')).toBe('Specificatie Qwoater');
    expect(sheetState(fake, EMPLOYERS)).toEqual(foreign);
    // The table name of the replaced sheet passed to the new table.
    expect(fake.tables.map((t) => [t.name, fake.sheets.find((s) => s.id === t.sheetId)?.name])).toEqual([[TABLE, `${EMPLOYERS} (2)`]]);
    // Plan formulas follow the '(2)'; the user's formula on the replaced sheet becomes #REF! as in Excel.
    expect(fake.cell(SUMMARY, 'B3')).toBe("='Werkgevers (2)'!G5");
    expect(fake.cell('Blad1', 'B2')).toBe('=#REF!B2*2');
    expect(result.warnings).toEqual([]);
  });

  it("'next-free-name' never replaces, not even our own sheet", async () => {
    const fake = seeded();
    const before = fake.state() as { sheets: unknown[] };
    const result = await write(fake, employersPlan(3), { conflict: 'next-free-name' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.sheetNames).toEqual({ summary: `${SUMMARY} (2)`, employers: `${EMPLOYERS} (2)` });
    const after = fake.state() as { sheets: unknown[] };
    expect(after.sheets.slice(0, 4)).toEqual(before.sheets);
    // Our old sheet keeps its table, so the new one gets the next free table name, and says so.
    expect(fake.tables.map((t) => t.name)).toEqual([TABLE, `${TABLE}_2`]);
    expect(result.warnings.map((w) => w.code)).toEqual(['office.tableRenamed']);
  });

  it('a sheet with an unreadable marker of the same key is not ours', async () => {
    const fake = new FakeExcel();
    fake.addSheet(SUMMARY, { A1: 'x' }, { [OWNER_KEY]: 'iemand anders' });
    const result = await write(fake, employersPlan(1));
    expect(result.ok && result.value.sheetNames.summary).toBe(`${SUMMARY} (2)`);
    expect(fake.cell(SUMMARY, 'A1')).toBe('x');
  });
});

describe('office writer: writing again into the same workbook', () => {
  it('replaces everything it wrote last time, within the same sync budget', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1', { A1: 'eigen werk' });
    expect((await write(fake, employersPlan(50_000), { runId: 'first' })).ok).toBe(true);
    const syncsBefore = fake.syncs;
    const second = await write(fake, employersPlan(50_000), { runId: 'second' });
    expect(second.ok).toBe(true);
    expect(fake.syncs - syncsBefore).toBeLessThanOrEqual(8);
    expect(fake.sheets.map((s) => s.name)).toEqual(['Blad1', SUMMARY, EMPLOYERS]);
    expect(fake.tables.map((t) => t.name)).toEqual([TABLE]);
    expect(parseOwnerMarker(fake.sheet(EMPLOYERS).customProperties[OWNER_KEY])?.run).toBe('second');
    expect(fake.cell(SUMMARY, 'B3')).toBe('=Werkgevers!G50002');
    expect(fake.cell('Blad1', 'A1')).toBe('eigen werk');
  }, 60_000);

  it('1,000 sheets again: the ownership check rides along, still within ceil(1000/50)+2 syncs', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    expect((await write(fake, perEmployerPlan(1000), { runId: 'first' })).ok).toBe(true);
    const syncsBefore = fake.syncs;
    const second = await write(fake, perEmployerPlan(1000), { runId: 'second' });
    expect(second.ok).toBe(true);
    expect(fake.syncs - syncsBefore).toBeLessThanOrEqual(Math.ceil(1000 / 50) + 2);
    expect(fake.sheets).toHaveLength(1002);
    expect(fake.sheets[1]!.name).toBe(SUMMARY);
    expect(second.ok && second.value.sheetNames['employer:000100']).toBe('000100 Werkgever 1');
  }, 60_000);
});

describe('office writer: progress and cancelling', () => {
  it('reports progress per request and stops between requests when aborted, leaving the workbook as it was', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1', { A1: 1 });
    const before = fake.state();
    const controller = new AbortController();
    const seen: [number, number][] = [];
    const result = await write(fake, perEmployerPlan(120), {
      onProgress: (done, total) => {
        seen.push([done, total]);
        if (done === 1) controller.abort();
      },
      signal: controller.signal,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('office.aborted');
    expect(seen[0]).toEqual([0, 3]);
    expect(fake.state()).toEqual(before);
  });
});

describe('office writer: helpers', () => {
  it('merges text cells into rectangles', () => {
    const rects = textRectangles({ row: 2, col: 1, cells: [['a', 'b', 1], ['c', 'd', 2], ['e', 3, 'f'], [null, '', 'g']] });
    expect(rects.map((r) => `${a1(r.row, r.col)}:${a1(r.lastRow, r.lastCol)}`).sort()).toEqual(['B3:C4', 'B5:B5', 'D5:D6'].sort());
  });

  it('points plan sheet and table references at temporary names, leaving strings and other sheets alone', () => {
    const refs = {
      sheets: new Map([['specificatie', { temp: '~fc-tmp-r-1', index: 0 }], ["jan's blad", { temp: '~fc-tmp-r-2', index: 1 }]]),
      tables: new Map([['tblwerkgevers', { temp: 'fc_tmp_r_2_1', index: 1 }]]),
      names: new Map([['prijs', { name: 'Prijs', temp: '~fc-tmp-r-1', index: 0 }]]),
    };
    expect(rewriteRefs("'Specificatie'!F7+Specificatie!A1+'Jan''s blad'!B2+Blad1!A1", refs)).toEqual({
      f: "'~fc-tmp-r-1'!F7+'~fc-tmp-r-1'!A1+'~fc-tmp-r-2'!B2+Blad1!A1",
      sheetReach: 1,
      tableReach: -1,
      reads: [0, 1],
    });
    expect(rewriteRefs('SUM(tblWerkgevers[Bedrag])+SUM(Andere[X])', refs)).toEqual({
      f: 'SUM(fc_tmp_r_2_1[Bedrag])+SUM(Andere[X])',
      sheetReach: -1,
      tableReach: 1,
      reads: [1],
    });
    expect(rewriteRefs('IF(A1="Specificatie!A1",1,2)', refs).f).toBe('IF(A1="Specificatie!A1",1,2)');
    expect(rewriteRefs('SUM(XSpecificatie!A1)', refs).f).toBe('SUM(XSpecificatie!A1)');
  });

  it('reads a workbook-level name through the sheet that holds it, except on that sheet itself', () => {
    const refs = {
      sheets: new Map([['specificatie', { temp: '~fc-tmp-r-1', index: 0 }]]),
      tables: new Map([['tbl', { temp: 'fc_tmp_r_2_1', index: 1 }]]),
      names: new Map([['prijs', { name: 'Prijs', temp: '~fc-tmp-r-1', index: 0 }]]),
    };
    // On another sheet (index 1): through the holding sheet, which must exist first.
    expect(rewriteRefs('ROUND(B2*prijs,2)+PRIJS', refs, 1)).toEqual({ f: "ROUND(B2*'~fc-tmp-r-1'!Prijs,2)+'~fc-tmp-r-1'!Prijs", sheetReach: 0, tableReach: -1, reads: [0] });
    // On the holding sheet its own (sheet-scoped) name reads as it is.
    expect(rewriteRefs('ROUND(B2*Prijs,2)', refs, 0).f).toBe('ROUND(B2*Prijs,2)');
    // Not a name: a column of a table, a text, a function, a name after a sheet, a longer word.
    expect(rewriteRefs('SUM(tbl[Prijs])+LEN("Prijs")+Prijsx+Blad!Prijs', refs, 1).f).toBe('SUM(fc_tmp_r_2_1[Prijs])+LEN("Prijs")+Prijsx+Blad!Prijs');
    expect(rewriteRefs('tbl[[#This Row],[Prijs]]*2', refs, 1).f).toBe('fc_tmp_r_2_1[[#This Row],[Prijs]]*2');
  });
});
