/**
 * 'Doorbelasting <jaar>': one row per employer with their share of each part of the
 * year's invoice, as a living model. Every figure is a formula of the inputs (the
 * specification's price, minimum and VAT rate, the dossier table's counts, the invoice
 * check's signing block and invoice lines, and this table's signing requests), so a
 * changed price or count moves every part, and the parts still add up to the cent.
 *
 * The cents are split by the largest-remainder method, in formulas, with integer
 * arithmetic on cents × weight (so equal remainders compare exactly):
 *   floor_i = INT(A·w_i / W)      A = the cents to split, W = Σ w
 *   rest_i  = A·w_i − W·floor_i   (a helper column of the table)
 *   left    = A − Σ floor         (the block under the table)
 *   the `left` largest rests get one cent more; among equal rests the rows higher up
 *   first. With a threshold (the left-th largest rest, LARGE) and a count of the places
 *   left at it, each row decides on its own, so a sheet of 50,000 rows stays linear.
 * The rows are sorted by employer number as the engine breaks ties (money.ts, compareKeys),
 * so 'ties by row order' gives exactly the engine's cents, which ride along as results.
 *
 * Exactness: doubles hold whole numbers exactly up to 2^53, and LibreOffice's INT rounds
 * a quotient within 15 significant digits of a whole number up. So a part is exact while
 * A·w_i stays below 10^15 cents × weight: € 10 million split over counts up to 1,000,000,
 * or a difference with the invoice of € 10,000 over subtotals up to € 1 million each.
 *
 * VAT is not split: each employer is charged ROUND(excl × rate, 2) on their own amount;
 * one line shows how far that sum is from the supplier's VAT on the total.
 */
import { compareKeys, centsToEuros } from '../money';
import type { Rebill, RebillShare } from '../billing/rebill';
import { employerKey } from '../employer-key';
import { inputRule } from './input-rules';
import type { YearLabels } from './labels-year';
import { a1, NumFmt, quoteSheet, range, tableRef, type CellValue, type FormulaCell } from './plan';
import { SheetBuilder } from './sheet-builder';
import { layoutSheet } from './sheet-layout';
import { SpecName } from './summary-sheet';

/** The cells and tables of other sheets the re-billing reads. */
export interface RebillInputs {
  /** The specification's figures as references a formula can use ('Specificatie 2024'!$B$30, or a name). */
  spec: { billable: string; amount: string; topUp: string; listPrice: string };
  dossiers: { table: string; number: string; billable: string };
  check: { sheetName: string; table: string; amountColumn: string; signingAmounts: string };
  /** Σ of the year's invoice lines, for the cached result of the 'not distributed' line. */
  invoicedCents: number;
}

/** The title and four notes, a blank row, then the totals block. */
const TOTALS_ROW = 6;

type PartKey = 'list' | 'offset' | 'discount' | 'topUp' | 'signing' | 'adjustment';

export function buildRebillSheet(r: Rebill, inputs: RebillInputs, L: YearLabels) {
  const lang = L.lang;
  const b = new SheetBuilder('rebill', L.rebillSheet(r.year));
  const table = `Doorbelasting_${r.year}`;
  const invoiced = r.distributed === 'invoiced';
  const shares = [...r.shares].sort((x, y) => compareKeys(employerKey(x.number), employerKey(y.number)));
  const n = shares.length;
  const rc = L.rcol;

  // ── Columns ──
  const parts: PartKey[] = invoiced ? ['list', 'offset', 'discount', 'topUp', 'signing', 'adjustment'] : ['list', 'offset', 'discount', 'topUp', 'signing'];
  const partName: Record<PartKey, string> = { list: rc.list, offset: rc.offset, discount: rc.discount, topUp: rc.topUp, signing: rc.signing, adjustment: rc.adjustment };
  const helperName = (p: PartKey | 'staffel') => L.restColumn(p === 'staffel' ? L.staffelAmount : partName[p]);
  const visible = [rc.number, rc.name, rc.billable, rc.weight, rc.share, r.signingPlan.unit === 'signers' ? rc.unitsSigners : rc.units, ...parts.map((p) => partName[p]), rc.excl, rc.vat, rc.incl, rc.note];
  const comps: (PartKey | 'staffel')[] = ['list', 'offset', 'discount', 'staffel', 'topUp', 'signing', ...(invoiced ? ['adjustment' as const] : [])];
  const helpers = [L.discountSplit, ...comps.map((p) => helperName(p))];
  const header = [...visible, ...helpers];
  const col = (name: string) => header.indexOf(name);
  const C = {
    number: 0, name: 1, billable: 2, weight: 3, share: 4, units: 5,
    part: (p: PartKey) => 6 + parts.indexOf(p),
    excl: col(rc.excl), vat: col(rc.vat), incl: col(rc.incl), note: col(rc.note), split: col(L.discountSplit),
  };
  const lastVisible = C.note;
  const lastCol = header.length - 1;

  // ── Rows: notes, totals block, header, employers, then the split's own block ──
  const HEADER = TOTALS_ROW + 6;
  const FIRST = HEADER + 1;
  const LAST = FIRST + Math.max(n, 1) - 1;
  const BLOCK = LAST + 3; // section title; header one row below; components after
  const blockRow = (p: PartKey | 'staffel') => BLOCK + 2 + comps.indexOf(p);
  const FALLBACK = BLOCK + 2 + comps.length;
  const R = { totals: TOTALS_ROW, target: TOTALS_ROW + 1, check: TOTALS_ROW + 2, supplierVat: TOTALS_ROW + 3, vatDiff: TOTALS_ROW + 4, unallocated: TOTALS_ROW + 5 };

  const ref = (name: string) => tableRef(table, name);
  const here = (name: string) => tableRef(table, name, true);
  const abs = (row: number, c: number) => a1(row, c, true);
  const spec = inputs.spec;
  const eur = centsToEuros;
  const t = r.totals;

  b.row([L.rebillTitle(r.year, r.model)], { bold: true, size: 14 });
  b.row([L.roundingRule], { italic: true });
  b.row([L.negativeRule], { italic: true });
  b.row([invoiced ? L.basisInvoiced : L.basisComputed], { italic: true });
  b.row([L.helperNote], { italic: true });
  b.skip(TOTALS_ROW - b.cursor);

  // ── What each part distributes: formulas of the inputs ──
  const W = `SUM(${ref(rc.weight)})`;
  const listPrice = spec.listPrice;
  const listBilled = `ROUND(MAX(0,${spec.billable})*${listPrice},2)`;
  const target = (p: PartKey) => abs(R.target, C.part(p));
  const signingTotal = `SUM(${quoteSheet(inputs.check.sheetName)}!${inputs.check.signingAmounts})`;
  const invoicedTotal = `SUM(${tableRef(inputs.check.table, inputs.check.amountColumn)})`;
  const computed = `${spec.amount}+${spec.topUp}+${target('signing')}`;
  const targets: Record<PartKey, FormulaCell> = {
    list: { f: `ROUND(${W}*${listPrice},2)`, r: eur(t.listCents) },
    offset: { f: `ROUND(${listBilled}-${target('list')},2)`, r: eur(t.negativeOffsetCents) },
    discount: { f: `ROUND(${spec.amount}-${listBilled},2)`, r: eur(-t.discountCents) },
    topUp: { f: spec.topUp, r: eur(t.topUpCents) },
    signing: { f: signingTotal, r: eur(t.signingCents) },
    adjustment: { f: `ROUND(${invoicedTotal}-(${computed}),2)`, r: eur(t.adjustmentCents) },
  };
  const moneyCols = [...parts.map((p) => C.part(p)), C.excl, C.vat, C.incl];
  const sum = (c: number, result: number): FormulaCell => ({ f: `SUM(${ref(header[c]!)})`, r: result });
  const totalsByCol: Record<number, number> = {
    [C.excl]: eur(t.totalExclCents),
    [C.vat]: eur(t.vatCents),
    [C.incl]: eur(t.totalInclCents),
  };
  const partTotal: Record<PartKey, number> = {
    list: eur(t.listCents), offset: eur(t.negativeOffsetCents), discount: eur(-t.discountCents), topUp: eur(t.topUpCents), signing: eur(t.signingCents), adjustment: eur(t.adjustmentCents),
  };
  for (const p of parts) totalsByCol[C.part(p)] = partTotal[p];

  const line = (cells: Record<number, CellValue>, label: string): CellValue[] => {
    const out: CellValue[] = [label];
    for (let c = 1; c <= lastVisible; c++) out.push(cells[c] ?? null);
    return out;
  };
  const totalsCells: Record<number, CellValue> = {
    [C.billable]: sum(C.billable, shares.reduce((a, s) => a + (s.billableDossiers ?? 0), 0)),
    [C.weight]: sum(C.weight, t.weight),
    [C.units]: sum(C.units, t.signingUnits),
  };
  for (const c of moneyCols) totalsCells[c] = sum(c, totalsByCol[c]!);
  b.row(line(totalsCells, L.total), { bold: true });
  // What is distributed: the excl. column's target is the whole; its parts are the others.
  const distributed: FormulaCell = { f: parts.map((p) => target(p)).join('+'), r: eur(t.totalExclCents) };
  const targetCells: Record<number, CellValue> = { [C.billable]: { f: spec.billable, r: t.billableDossiers }, [C.excl]: distributed };
  for (const p of parts) targetCells[C.part(p)] = targets[p];
  b.row(line(targetCells, L.invoice), { italic: true });
  const checkCells: Record<number, CellValue> = {};
  for (const c of [...parts.map((p) => C.part(p)), C.excl]) checkCells[c] = { f: `ROUND(${a1(R.totals, c)}-${a1(R.target, c)},2)`, r: 0 };
  b.row(line(checkCells, L.check), { italic: true });
  const supplierVat: FormulaCell = { f: `ROUND(${a1(R.target, C.excl)}*${SpecName.vat},2)`, r: eur(t.supplierVatCents) };
  b.row(line({ [C.vat]: supplierVat }, L.supplierVat), { italic: true });
  b.row(line({ [C.vat]: { f: `ROUND(${a1(R.totals, C.vat)}-${a1(R.supplierVat, C.vat)},2)`, r: eur(t.vatCents - t.supplierVatCents) } }, L.vatDifference), { bold: true });
  b.row(line({ [C.excl]: { f: `ROUND(${invoicedTotal}-${a1(R.target, C.excl)},2)`, r: eur(inputs.invoicedCents - t.totalExclCents) } }, L.unallocated), { bold: true, border: 'bottom' });

  // ── The table ──
  b.row(header, { bold: true, wrap: true });
  const helperCol = (p: PartKey | 'staffel') => helperName(p);
  const weightOf = (p: PartKey | 'staffel'): string =>
    p === 'signing' ? here(header[C.units]!) : p === 'adjustment' ? `ROUND((${['list', 'offset', 'discount', 'topUp', 'signing'].map((q) => here(partName[q as PartKey])).join('+')})*100,0)` : here(rc.weight);
  // The block's figures start in column C, so its labels have columns A and B.
  const B = (p: PartKey | 'staffel') => ({ A: abs(blockRow(p), 2), W: abs(blockRow(p), 3), left: abs(blockRow(p), 4), thr: abs(blockRow(p), 5), slots: abs(blockRow(p), 6) });
  /** The cents row i gets of part p: its floor plus one for the `left` largest rests, ties by row order. */
  const cents = (p: PartKey | 'staffel', i: number): string => {
    const k = B(p);
    const rest = here(helperCol(p));
    const restCol = col(helperCol(p));
    // From the first row down to this one: column relative, first row fixed.
    const letters = a1(0, restCol).replace(/\d+$/, '');
    const above = `${letters}$${FIRST + 1}:${letters}${FIRST + i + 1}`;
    const bonus = `IF(${k.left}=0,0,IF(${rest}>${k.thr},1,IF(${rest}=${k.thr},IF(COUNTIF(${above},${k.thr})<=${k.slots},1,0),0)))`;
    return `IF(${k.W}=0,0,(${k.A}*${weightOf(p)}-${rest})/${k.W}+${bonus})`;
  };
  const fallback = abs(FALLBACK, 2);
  const part = (p: PartKey, i: number): string => {
    if (p === 'discount') {
      const split = here(L.discountSplit);
      return `IF(${fallback}=1,(${cents('staffel', i)})/100-${here(partName.list)}-${here(partName.offset)},${split}/100)`;
    }
    return `SIGN(${target(p)})*(${cents(p, i)})/100`;
  };
  // The helpers' cached results: the split's working figures from the engine's shares and totals.
  const helperInputs = helperTotals(r, shares, parts, invoiced);
  const helperResults = (s: RebillShare) => helperInputs.per.get(s.number)!;
  const rows = shares.map((s, i) => shareRow(s, i));
  function shareRow(s: RebillShare, i: number): CellValue[] {
    const row: CellValue[] = new Array<CellValue>(header.length).fill(null);
    row[C.number] = s.number;
    row[C.name] = s.name;
    row[C.billable] = {
      f: `IFERROR(INDEX(${tableRef(inputs.dossiers.table, inputs.dossiers.billable)},MATCH(${here(rc.number)},${tableRef(inputs.dossiers.table, inputs.dossiers.number)},0)),"")`,
      r: s.billableDossiers ?? '',
    };
    // Negative or missing counts weigh nothing: the formula says so where a user can see it.
    row[C.weight] = { f: `MAX(0,${here(rc.billable)})`, r: s.weight };
    row[C.share] = { f: `IF(${W}=0,0,${here(rc.weight)}/${W})`, r: t.weight === 0 ? 0 : s.weight / t.weight };
    row[C.units] = s.signingUnits;
    const result: Record<PartKey, number> = {
      list: eur(s.listCents), offset: eur(s.negativeOffsetCents), discount: eur(-s.discountCents), topUp: eur(s.topUpCents), signing: eur(s.signingCents), adjustment: eur(s.adjustmentCents),
    };
    for (const p of parts) row[C.part(p)] = { f: part(p, i), r: result[p] };
    row[C.excl] = { f: parts.map((p) => here(partName[p])).join('+'), r: eur(s.totalExclCents) };
    row[C.vat] = { f: `ROUND(${here(rc.excl)}*${SpecName.vat},2)`, r: eur(s.vatCents) };
    row[C.incl] = { f: `${here(rc.excl)}+${here(rc.vat)}`, r: eur(s.totalInclCents) };
    row[C.note] = s.notes.map((x) => x[lang]).join('; ');
    // Helpers: the discount as split (before any fall-back), and each part's rest.
    row[C.split] = { f: `SIGN(${target('discount')})*(${cents('discount', i)})`, r: helperResults(s).split };
    for (const p of comps) row[col(helperCol(p))] = { f: `IF(${B(p).W}=0,0,${B(p).A}*${weightOf(p)}-${B(p).W}*INT(${B(p).A}*${weightOf(p)}/${B(p).W}))`, r: helperResults(s).rests[p] ?? 0 };
    return row;
  }
  b.rows(rows.length ? rows : [[]]);

  // ── The split's own block: per part the cents, the weights, what is left, the threshold ──
  b.skip(BLOCK - b.cursor);
  b.row([L.splitBlock], { bold: true });
  b.row([L.splitCol.part, null, L.splitCol.cents, L.splitCol.weights, L.splitCol.left, L.splitCol.threshold, L.splitCol.slots], { bold: true, wrap: true });
  for (const p of comps) {
    const h = helperInputs.block[p]!;
    const restRange = ref(helperCol(p));
    const { A: Acell, W: Wcell, left: leftCell, thr: thrCell } = B(p);
    const totalCents = p === 'staffel' ? `ROUND(${spec.amount}*100,0)` : `ROUND(ABS(${target(p)})*100,0)`;
    const weights = p === 'signing' ? `SUM(${ref(header[C.units]!)})` : p === 'adjustment'
      ? `SUMPRODUCT(ROUND((${['list', 'offset', 'discount', 'topUp', 'signing'].map((q) => ref(partName[q as PartKey])).join('+')})*100,0))`
      : `SUM(${ref(rc.weight)})`;
    const weightCol = p === 'signing' ? ref(header[C.units]!) : p === 'adjustment' ? null : ref(rc.weight);
    const floors = weightCol
      ? `SUMPRODUCT(INT(${Acell}*${weightCol}/${Wcell}))`
      : `SUMPRODUCT(INT(${Acell}*ROUND((${['list', 'offset', 'discount', 'topUp', 'signing'].map((q) => ref(partName[q as PartKey])).join('+')})*100,0)/${Wcell}))`;
    b.row([
      p === 'staffel' ? L.staffelAmount : partName[p],
      null,
      { f: totalCents, r: h.A },
      { f: weights, r: h.W },
      { f: `IF(${Wcell}=0,0,${Acell}-${floors})`, r: h.left },
      { f: `IF(${leftCell}>0,LARGE(${restRange},${leftCell}),"")`, r: h.thr ?? '' },
      { f: `IF(${leftCell}>0,${leftCell}-COUNTIF(${restRange},">"&${thrCell}),0)`, r: h.slots },
    ]);
  }
  b.row([L.fallbackLabel, null, { f: `IF(SUMPRODUCT(--(ROUND((${ref(partName.list)}+${ref(partName.offset)})*100,0)+${ref(L.discountSplit)}<0))>0,1,0)`, r: helperInputs.fallback ? 1 : 0 }]);
  b.style(BLOCK + 2, 2, FALLBACK, 6, { numFmt: NumFmt.count });

  // ── Formats ──
  b.style(TOTALS_ROW, C.billable, LAST, C.weight, { numFmt: NumFmt.count });
  b.style(TOTALS_ROW, C.units, LAST, C.units, { numFmt: NumFmt.count });
  b.style(FIRST, C.share, LAST, C.share, { numFmt: NumFmt.percent });
  b.style(TOTALS_ROW, C.part(parts[0]!), LAST, C.incl, { numFmt: NumFmt.euro });
  b.style(FIRST, C.number, LAST, C.name, { numFmt: NumFmt.text });
  b.style(FIRST, C.units, LAST, C.units, { numFmt: NumFmt.count, input: true, fill: 'FFF2CC' });
  b.validate(inputRule('count', range(FIRST, C.units, LAST, C.units), lang));
  b.style(FIRST, C.note, LAST, C.note, { numFmt: NumFmt.text, italic: true });
  b.style(TOTALS_ROW, C.excl, LAST, C.excl, { bold: true });
  b.style(TOTALS_ROW, C.incl, LAST, C.incl, { bold: true });
  b.style(HEADER, C.split, LAST, lastCol, { numFmt: NumFmt.count, italic: true, fontColor: '7F7F7F' });
  b.sheet.freeze = { rows: FIRST, cols: 2 };
  b.sheet.tables.push({
    name: table,
    range: range(HEADER, 0, LAST, lastCol),
    columns: header.map((name) => ({ name })),
    style: 'TableStyleMedium2',
  });
  // The helper columns are for checking the split on screen; the printout stops at the notes.
  b.sheet.print = { area: range(0, 0, FALLBACK, lastVisible), titleRows: { first: HEADER, last: HEADER } };
  layoutSheet(b.sheet, { lang });
  return b.sheet;
}

/**
 * The split's working figures as the engine's integer arithmetic gives them, for the
 * helper cells' cached results: per part the cents, the weights, what is left after the
 * floors, the threshold rest and the places at it; per employer each part's rest.
 */
function helperTotals(r: Rebill, shares: RebillShare[], parts: PartKey[], invoiced: boolean) {
  const t = r.totals;
  const weights: Record<string, (s: RebillShare) => number> = {
    list: (s) => s.weight,
    offset: (s) => s.weight,
    discount: (s) => s.weight,
    staffel: (s) => s.weight,
    topUp: (s) => s.weight,
    signing: (s) => s.signingUnits,
    adjustment: (s) => s.listCents + s.negativeOffsetCents - s.discountCents + s.topUpCents + s.signingCents,
  };
  const totals: Record<string, number> = {
    list: t.listCents,
    offset: Math.abs(t.negativeOffsetCents),
    discount: Math.abs(t.discountCents),
    staffel: t.staffelCents,
    topUp: t.topUpCents,
    signing: t.signingCents,
    adjustment: Math.abs(t.adjustmentCents),
  };
  const comps = ['list', 'offset', 'discount', 'staffel', 'topUp', 'signing', ...(invoiced ? ['adjustment'] : [])];
  void parts;
  const per = new Map<string, { split: number; rests: Record<string, number> }>(shares.map((s) => [s.number, { split: 0, rests: {} }]));
  const block: Record<string, { A: number; W: number; left: number; thr: number | null; slots: number }> = {};
  let splitDiscount = new Map<string, number>();
  for (const p of comps) {
    const A = totals[p]!;
    const W = shares.reduce((a, s) => a + weights[p]!(s), 0);
    const rests = shares.map((s) => (W === 0 ? 0 : A * weights[p]!(s) - W * Math.floor((A * weights[p]!(s)) / W)));
    const floors = shares.reduce((a, s) => a + (W === 0 ? 0 : Math.floor((A * weights[p]!(s)) / W)), 0);
    const left = W === 0 ? 0 : A - floors;
    const sorted = [...rests].sort((x, y) => y - x);
    const thr = left > 0 ? sorted[left - 1]! : null;
    const slots = left > 0 ? left - rests.filter((x) => x > thr!).length : 0;
    block[p] = { A, W, left, thr, slots };
    shares.forEach((s, i) => (per.get(s.number)!.rests[p] = rests[i]!));
    if (p === 'discount') {
      let tieSeen = 0;
      const sign = -Math.sign(t.discountCents);
      splitDiscount = new Map(
        shares.map((s, i) => {
          const rest = rests[i]!;
          let bonus = 0;
          if (left > 0 && rest > thr!) bonus = 1;
          else if (left > 0 && rest === thr) bonus = ++tieSeen <= slots ? 1 : 0;
          const floor = W === 0 ? 0 : (A * weights.discount!(s) - rest) / W;
          return [s.number, W === 0 ? 0 : sign * (floor + bonus)];
        }),
      );
    }
  }
  for (const s of shares) per.get(s.number)!.split = splitDiscount.get(s.number) ?? 0;
  const fallback = shares.some((s) => s.listCents + s.negativeOffsetCents + (splitDiscount.get(s.number) ?? 0) < 0);
  return { per, block, fallback };
}
