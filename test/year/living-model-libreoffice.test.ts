/**
 * The re-billing as a living model, with LibreOffice as the oracle of the formulas and the
 * engine as the oracle of the figures. A test writes the year workbook, changes one input
 * in the written file as a user would in Excel (the price, the minimum, the VAT rate, the
 * signing price, one employer's count), recalculates it in LibreOffice, and compares every
 * part of every employer with what the engine computes for the changed input, to the cent.
 *
 * And the invoice check as a table that grows: a line added under the table gets its
 * expected amount, difference and status from the calculated columns.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkYear, yearOptionsSchema } from '../../src/domain/billing/advances';
import type { InvoiceLine } from '../../src/domain/billing/invoices';
import { reconcileQwoater } from '../../src/domain/billing/qwoater';
import { rebill, type Rebill } from '../../src/domain/billing/rebill';
import { sheetTexts } from '../../src/domain/spec/texts/sheet-texts';
import { a1, cellsOf, type SheetPlan, type WorkbookPlan } from '../../src/domain/spec/plan';
import { buildYearPlan, yearFigures } from '../../src/domain/spec/year-workbook';
import { writeXlsxFile } from '../../src/writers/xlsx-file-writer';
import { addTableRow, typeIntoCells } from '../support/edit-xlsx';
import { readWorkbookValues, recalcWithLibreOffice, type WorkbookValues } from '../support/libreoffice';
import { requireTool } from '../support/system-tools';
import { exampleYear, unwrap, type YearCase } from './example-year';

const soffice = requireTool('soffice', 'the living re-billing is checked against LibreOffice');
const suite = soffice ? describe : describe.skip;
const L = sheetTexts('nl');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fc-living-'));
});

const PARTS = [
  ['list', L('yearSheet.rcol.list'), (s: Rebill['shares'][number]) => s.listCents],
  ['offset', L('yearSheet.rcol.offset'), (s: Rebill['shares'][number]) => s.negativeOffsetCents],
  ['discount', L('yearSheet.rcol.discount'), (s: Rebill['shares'][number]) => -s.discountCents],
  ['topUp', L('yearSheet.rcol.topUp'), (s: Rebill['shares'][number]) => s.topUpCents],
  ['signing', L('yearSheet.rcol.signing'), (s: Rebill['shares'][number]) => s.signingCents],
  ['excl', L('yearSheet.rcol.excl'), (s: Rebill['shares'][number]) => s.totalExclCents],
  ['vat', L('yearSheet.rcol.vat'), (s: Rebill['shares'][number]) => s.vatCents],
  ['incl', L('yearSheet.rcol.incl'), (s: Rebill['shares'][number]) => s.totalInclCents],
] as const;
type PartKey = (typeof PARTS)[number][0];

/** Where a plan cell with this label in column A keeps its value (column B): its A1 address. */
function labelled(sheet: SheetPlan, label: string): string {
  const cell = [...cellsOf(sheet)].find((c) => c.col === 0 && c.value === label);
  if (!cell) throw new Error(`no '${label}' on ${sheet.name}`);
  return a1(cell.row, 1);
}

/** The re-billing table as LibreOffice computed it: employer number → part → cents. */
function rebillTable(plan: WorkbookPlan, values: WorkbookValues): Map<string, Record<PartKey, number>> {
  const sheet = plan.sheets.find((s) => s.key === 'rebill')!;
  const t = sheet.tables[0]!;
  const cells = values.get(sheet.name)!;
  const col = (name: string) => t.range.col + t.columns.findIndex((c) => c.name === name);
  const out = new Map<string, Record<PartKey, number>>();
  for (let r = t.range.row + 1; r <= t.range.lastRow; r++) {
    const number = String(cells.get(a1(r, col(L('yearSheet.rcol.number'))))?.value);
    const row = {} as Record<PartKey, number>;
    for (const [key, name] of PARTS) {
      const v = cells.get(a1(r, col(name)))?.value;
      if (typeof v !== 'number') throw new Error(`${sheet.name}!${a1(r, col(name))} is ${JSON.stringify(v)}`);
      // A value of whole cents in a double: 49.25 → 4925, within float noise only.
      expect(Math.abs(v * 100 - Math.round(v * 100)), `${number} ${name}`).toBeLessThan(1e-6);
      row[key] = Math.round(v * 100) + 0; // + 0: -0 is 0
    }
    out.set(number, row);
  }
  return out;
}

/** The engine's answer for the same inputs, per employer. */
function engineTable(c: YearCase): { table: Map<string, Record<PartKey, number>>; split: Rebill } {
  const split = unwrap(yearFigures(c)).rebill;
  return { split, table: new Map(split.shares.map((s) => [s.number, Object.fromEntries(PARTS.map(([k, , f]) => [k, f(s) + 0])) as Record<PartKey, number>])) };
}

async function writeChangeRecalc(name: string, plan: WorkbookPlan, change: (file: string) => void): Promise<WorkbookValues> {
  const file = join(dir, `${name}.xlsx`);
  await writeXlsxFile(plan, file);
  change(file);
  return readWorkbookValues(await recalcWithLibreOffice(file));
}

const sum = (t: Map<string, Record<PartKey, number>>, k: PartKey) => [...t.values()].reduce((a, r) => a + r[k], 0);

suite('the re-billing follows its inputs (LibreOffice against the engine)', () => {
  const base = exampleYear();
  const plan = unwrap(buildYearPlan({ ...base, perEmployer: null })).plan;
  const spec = plan.sheets.find((s) => s.key === 'summary')!;
  const check = plan.sheets.find((s) => s.key === 'invoice-check')!;
  const dossiers = plan.sheets.find((s) => s.key === 'dossiers')!;
  const before = engineTable(base).table;
  const priceCell = (() => {
    const n = plan.names!.find((x) => x.name === 'Prijs')!;
    return a1(n.row, n.col);
  })();

  /** Every formula agrees with the engine after the change, employer by employer, part by part. */
  async function agree(name: string, changed: YearCase, change: (file: string) => void) {
    const values = await writeChangeRecalc(name, plan, change);
    const sheet = rebillTable(plan, values);
    const engine = engineTable(changed);
    expect(sheet).toEqual(engine.table);
    // The parts still add up to TotaalExclBtw plus signing, to the cent.
    const exclName = plan.names!.find((x) => x.name === 'TotaalExclBtw')!;
    const totaalExcl = values.get(spec.name)!.get(a1(exclName.row, exclName.col))!.value as number;
    expect(sum(sheet, 'excl')).toBe(Math.round(totaalExcl * 100) + engine.split.totals.signingCents);
    expect(sum(sheet, 'excl')).toBe(engine.split.totals.totalExclCents);
    return sheet;
  }

  it('before any change: the written workbook is the engine’s split', async () => {
    const values = await writeChangeRecalc('unchanged', plan, () => undefined);
    expect(rebillTable(plan, values)).toEqual(before);
  });

  it('the price per dossier: every part that follows the price moves, and still adds up', async () => {
    const changed = exampleYear({ pricing: { kind: 'flat', priceE4: 125_000 } });
    const after = await agree('price', changed, (f) => typeIntoCells(f, spec.name, { [priceCell]: 12.5 }));
    // 59 counted dossiers × 12,50 instead of 9,85: the list amount, the offset for the
    // negative count, the top-up (now 0: 57 × 12,50 passes the minimum) and the totals move.
    for (const k of ['list', 'offset', 'topUp', 'excl', 'vat', 'incl'] as const) expect(sum(after, k), k).not.toBe(sum(before, k));
    for (const n of ['000101', '000102', '000104']) for (const k of ['list', 'excl', 'incl'] as const) expect(after.get(n)![k], `${n} ${k}`).not.toBe(before.get(n)![k]);
    // A flat price has no staffel discount, and signing does not depend on the dossier price.
    expect(sum(after, 'discount')).toBe(0);
    expect(sum(after, 'signing')).toBe(sum(before, 'signing'));
  });

  it('the minimum', async () => {
    const changed = exampleYear({ minimumCents: 90_000 });
    const after = await agree('minimum', changed, (f) => typeIntoCells(f, spec.name, { [labelled(spec, 'Minimumbedrag per jaar')]: 900 }));
    expect(sum(after, 'topUp')).toBe(90_000 - 56_145);
  });

  it('the VAT rate', async () => {
    const changed = exampleYear({ vatBasisPoints: 900 });
    const after = await agree('vat', changed, (f) => typeIntoCells(f, spec.name, { [labelled(spec, 'Btw-tarief')]: 0.09 }));
    expect(sum(after, 'vat')).not.toBe(sum(before, 'vat'));
  });

  it('the signing price', async () => {
    const changed = exampleYear({}, { signing: { mode: 'priced', priceE4: 7_500 } });
    const after = await agree('signing', changed, (f) => typeIntoCells(f, check.name, { [labelled(check, L('yearSheet.signingPrice'))]: 0.75 }));
    expect(sum(after, 'signing')).toBe(Math.round(1.5 * sum(before, 'signing')));
  });

  it('one employer’s count', async () => {
    // 000101 has 30 employee dossiers in the 2024 export; the user corrects it to 45.
    const rec = unwrap(reconcileQwoater({ ...base.qwoater, current: { ...base.qwoater.current, employers: base.qwoater.current.employers.map((e) => (e.number === '000101' ? { ...e, employeeDossiers: 45 } : e)) } }));
    const changed: YearCase = { ...base, rec };
    const row = [...cellsOf(dossiers)].find((c) => c.col === 0 && c.value === '000101')!.row;
    const fCol = dossiers.tables[0]!.columns.findIndex((x) => x.name === 'Werknemersdossiers (F)');
    const after = await agree('count', changed, (f) => typeIntoCells(f, dossiers.name, { [a1(row, fCol)]: 45 }));
    expect(after.get('000101')!.list).toBe(before.get('000101')!.list + 15 * 985);
  });
});

suite('the invoice check grows with the table (LibreOffice)', () => {
  it('adds an invoice line row to the Factuurcontrole table and finds its status computed', async () => {
    // Without the final settlement; the user adds it in Excel, under the table.
    const base = exampleYear();
    const withoutFinal = base.invoices.filter((l) => l.kind !== 'final');
    const plan = unwrap(buildYearPlan({ ...base, invoices: withoutFinal, perEmployer: null })).plan;
    const sheet = plan.sheets.find((s) => s.key === 'invoice-check')!;
    const table = sheet.tables[0]!;
    const file = join(dir, 'added-line.xlsx');
    await writeXlsxFile(plan, file);
    const row = addTableRow(file, sheet.name, table.name, {
      [L('yearSheet.col.description')]: 'Eindafrekening 2024 56 dossiers',
      [L('yearSheet.col.kind')]: L('yearSheet.kinds.final'),
      [L('yearSheet.col.date')]: 45_672,
      [L('yearSheet.col.count')]: 56,
      [L('yearSheet.col.amount')]: 84.4,
    });
    const values = (await readWorkbookValues(await recalcWithLibreOffice(file))).get(sheet.name)!;
    const at = (name: string) => values.get(`${a1(0, table.range.col + table.columns.findIndex((c) => c.name === name)).replace(/\d+$/, '')}${row}`)?.value;

    // The engine, given the same line: what the added row must show.
    const final = base.invoices.find((l) => l.kind === 'final')! satisfies InvoiceLine;
    const engine = unwrap(checkYear({ rec: base.rec, settings: base.qwoater.settings, options: yearOptionsSchema.parse(base.options), invoices: [...withoutFinal, final], signing: base.signing }));
    const expected = engine.lines.find((l) => l.line.kind === 'final')!;
    expect(at(L('yearSheet.col.expectedCount'))).toBe(expected.expectedCount);
    expect(at(L('yearSheet.col.expectedAmount'))).toBeCloseTo(expected.expectedCents! / 100, 9);
    expect(at(L('yearSheet.col.difference'))).toBeCloseTo(expected.differenceCents! / 100, 9);
    expect(at(L('yearSheet.col.status'))).toBe(L(`yearSheet.status.${expected.status}`));
    expect(expected.status).toBe('ok');
    expect(at(L('yearSheet.col.cause'))).toBe('Vernietigde dossiers (bewaartermijn)');
  });
});
