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
 * Distributing the invoiced total t (--distribute invoiced), each employer's total is the
 * largest remainder of t over its exact share of the computation (rebill.ts):
 *   t × (D·w_i/(P·W) + S·u_i/(P·U))   D = staffel + top-up, S = signing (cents), P = D + S,
 *                                      w, W the counted dossiers, u, U the signing units
 * t × D = qa·(P·W) + ra is worked out once in the block under the table (in two steps of
 * t / 1000 and t mod 1000); per row w_i·t·D/(P·W) = w_i·qa + (w_i·ra)/(P·W), whose whole
 * part and remainder stay small; likewise for signing. The two remainders over the
 * common denominator P·W·U are exactly the engine's remainders, so ties stay ties. The
 * column 'difference with invoice' is the employer's total − its other columns.
 *
 * Exactness: doubles hold whole numbers exactly up to 2^53, but LibreOffice rounds a
 * quotient to 15 significant digits before INT, and takes a difference within 2^-48 of
 * its operands as 0. So every product a formula divides or subtracts must stay below
 * 10^14, which bounds what the sheet reproduces to the cent (beyond it the columns still
 * add up, as the cents left are counted from the floors, but a cent can land on a
 * neighbour, and the engine's CSV is the reference):
 *   computed mode  cents of a part × one employer's weight < 10^14: € 1 million over
 *                  counts up to 1,000,000;
 *   invoiced mode  P × W × max(1000, w_i) < 10^14 and P × U × max(1000, u_i) < 10^14,
 *                  and t × D, t × S < 10^17: the example's € 50,000 over 1,400 dossiers
 *                  is far inside; a bureau of 20,000 dossiers billing € 600,000 is not.
 *
 * VAT is not split: each employer is charged ROUND(excl × rate, 2) on their own amount;
 * one line shows how far that sum is from the supplier's VAT on the total.
 */
import { compareKeys, centsToEuros } from '../money';
import type { Rebill, RebillShare } from '../billing/rebill';
import { employerKey } from '../employer-key';
import { inputRule } from './input-rules';
import { a1, NumFmt, quoteSheet, range, tableRef, type CellValue, type FormulaCell } from './plan';
import { SheetBuilder } from './sheet-builder';
import { layoutSheet } from './sheet-layout';
import { SpecName } from './summary-sheet';
import { sheetTexts, under, type SpecLanguage } from './texts/sheet-texts';

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
/** What gets a rest column: the parts split on their own, the staffel amount (fall-back), and the invoiced total. */
type Comp = Exclude<PartKey, 'adjustment'> | 'staffel' | 'total';

export function buildRebillSheet(r: Rebill, inputs: RebillInputs, lang: SpecLanguage) {
  const L = sheetTexts(lang);
  const b = new SheetBuilder('rebill', L('yearSheet.rebillSheet', { year: r.year }));
  const table = `Doorbelasting_${r.year}`;
  const invoiced = r.distributed === 'invoiced';
  const shares = [...r.shares].sort((x, y) => compareKeys(employerKey(x.number), employerKey(y.number)));
  const n = shares.length;
  const rc = under(L, 'yearSheet.rcol');

  // ── Columns ──
  const parts: PartKey[] = invoiced ? ['list', 'offset', 'discount', 'topUp', 'signing', 'adjustment'] : ['list', 'offset', 'discount', 'topUp', 'signing'];
  const partName: Record<PartKey, string> = { list: rc.list, offset: rc.offset, discount: rc.discount, topUp: rc.topUp, signing: rc.signing, adjustment: rc.adjustment };
  const helperName = (p: Comp) => L('yearSheet.restColumn', { part: p === 'staffel' ? L('yearSheet.staffelAmount') : p === 'total' ? rc.excl : partName[p] });
  const visible = [rc.number, rc.name, rc.billable, rc.weight, rc.share, r.signingPlan.unit === 'signers' ? rc.unitsSigners : rc.units, ...parts.map((p) => partName[p]), rc.excl, rc.vat, rc.incl, rc.note];
  const comps: Comp[] = ['list', 'offset', 'discount', 'staffel', 'topUp', 'signing', ...(invoiced ? ['total' as const] : [])];
  const helpers = [L('yearSheet.discountSplit'), ...(invoiced ? [L('yearSheet.totalRestSum'), L('yearSheet.totalFloor')] : []), ...comps.map((p) => helperName(p))];
  const header = [...visible, ...helpers];
  const col = (name: string) => header.indexOf(name);
  const C = {
    number: 0, name: 1, billable: 2, weight: 3, share: 4, units: 5,
    part: (p: PartKey) => 6 + parts.indexOf(p),
    excl: col(rc.excl), vat: col(rc.vat), incl: col(rc.incl), note: col(rc.note), split: col(L('yearSheet.discountSplit')),
  };
  const lastVisible = C.note;
  const lastCol = header.length - 1;

  // ── Rows: notes, totals block, header, employers, then the split's own block ──
  const HEADER = TOTALS_ROW + 6;
  const FIRST = HEADER + 1;
  const LAST = FIRST + Math.max(n, 1) - 1;
  const BLOCK = LAST + 3; // section title; header one row below; components after
  const blockRow = (p: Comp) => BLOCK + 2 + comps.indexOf(p);
  const FALLBACK = BLOCK + 2 + comps.length;
  // Invoiced: the exact shares' constants after a blank row, a section title and a header.
  const K0 = FALLBACK + 4;
  const KR = { computed: K0, weights: K0 + 1, denominator: K0 + 2, high: K0 + 3, carry: K0 + 4, whole: K0 + 5, rest: K0 + 6 };
  const LAST_ROW = invoiced ? KR.rest : FALLBACK;
  const R = { totals: TOTALS_ROW, target: TOTALS_ROW + 1, check: TOTALS_ROW + 2, supplierVat: TOTALS_ROW + 3, vatDiff: TOTALS_ROW + 4, unallocated: TOTALS_ROW + 5 };

  const ref = (name: string) => tableRef(table, name);
  const here = (name: string) => tableRef(table, name, true);
  const abs = (row: number, c: number) => a1(row, c, true);
  const spec = inputs.spec;
  const eur = centsToEuros;
  const t = r.totals;

  b.row([L('yearSheet.rebillTitle', { year: r.year, model: r.model })], { bold: true, size: 14 });
  b.row([L('yearSheet.roundingRule')], { italic: true });
  b.row([L('yearSheet.negativeRule')], { italic: true });
  b.row([invoiced ? L('yearSheet.basisInvoiced') : L('yearSheet.basisComputed')], { italic: true });
  b.row([L('yearSheet.helperNote')], { italic: true });
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
  b.row(line(totalsCells, L('yearSheet.total')), { bold: true });
  // What is distributed: the excl. column's target is the whole; its parts are the others.
  const distributed: FormulaCell = { f: parts.map((p) => target(p)).join('+'), r: eur(t.totalExclCents) };
  const targetCells: Record<number, CellValue> = { [C.billable]: { f: spec.billable, r: t.billableDossiers }, [C.excl]: distributed };
  for (const p of parts) targetCells[C.part(p)] = targets[p];
  b.row(line(targetCells, L('yearSheet.invoice')), { italic: true });
  const checkCells: Record<number, CellValue> = {};
  for (const c of [...parts.map((p) => C.part(p)), C.excl]) checkCells[c] = { f: `ROUND(${a1(R.totals, c)}-${a1(R.target, c)},2)`, r: 0 };
  b.row(line(checkCells, L('yearSheet.check')), { italic: true });
  const supplierVat: FormulaCell = { f: `ROUND(${a1(R.target, C.excl)}*${SpecName.vat},2)`, r: eur(t.supplierVatCents) };
  b.row(line({ [C.vat]: supplierVat }, L('yearSheet.supplierVat')), { italic: true });
  b.row(line({ [C.vat]: { f: `ROUND(${a1(R.totals, C.vat)}-${a1(R.supplierVat, C.vat)},2)`, r: eur(t.vatCents - t.supplierVatCents) } }, L('yearSheet.vatDifference')), { bold: true });
  b.row(line({ [C.excl]: { f: `ROUND(${invoicedTotal}-${a1(R.target, C.excl)},2)`, r: eur(inputs.invoicedCents - t.totalExclCents) } }, L('yearSheet.unallocated')), { bold: true, border: 'bottom' });

  // ── The table ──
  b.row(header, { bold: true, wrap: true });
  const helperCol = (p: Comp) => helperName(p);
  const weightOf = (p: Comp): string => (p === 'signing' ? here(header[C.units]!) : here(rc.weight));
  // The block's figures start in column C, so its labels have columns A and B.
  const B = (p: Comp) => ({ A: abs(blockRow(p), 2), W: abs(blockRow(p), 3), left: abs(blockRow(p), 4), thr: abs(blockRow(p), 5), slots: abs(blockRow(p), 6) });
  // Invoiced: the constants, column C for dossiers and D for signing.
  const KD = (row: number) => abs(row, 2);
  const KS = (row: number) => abs(row, 3);
  /** The cents row i gets of comp p: its floor plus one for the `left` largest rests, ties by row order. */
  const cents = (p: Comp, i: number): string => {
    const k = B(p);
    const rest = here(helperCol(p));
    const restCol = col(helperCol(p));
    // From the first row down to this one: column relative, first row fixed.
    const letters = a1(0, restCol).replace(/\d+$/, '');
    const above = `${letters}$${FIRST + 1}:${letters}${FIRST + i + 1}`;
    const bonus = `IF(${k.left}=0,0,IF(${rest}>${k.thr},1,IF(${rest}=${k.thr},IF(COUNTIF(${above},${k.thr})<=${k.slots},1,0),0)))`;
    const floor = p === 'total' ? here(L('yearSheet.totalFloor')) : `(${k.A}*${weightOf(p)}-${rest})/${k.W}`;
    return `IF(${k.W}=0,0,${floor}+${bonus})`;
  };
  // Invoiced, per row: (w·ra mod P·W)·U' + (u·rb mod P·U)·W', below 2 × the common denominator.
  const wholeAndRest = (weight: string, kx: (row: number) => string) => {
    const product = `${weight}*${kx(KR.rest)}`;
    return { whole: `${weight}*${kx(KR.whole)}+INT(${product}/${kx(KR.denominator)})`, rest: `(${product}-${kx(KR.denominator)}*INT(${product}/${kx(KR.denominator)}))` };
  };
  const dossierTerm = wholeAndRest(here(rc.weight), KD);
  const signingTerm = wholeAndRest(here(header[C.units]!), KS);
  const restSum = `${dossierTerm.rest}*${KS(KR.weights)}+${signingTerm.rest}*${KD(KR.weights)}`;
  const carry = `IF(${here(L('yearSheet.totalRestSum'))}>=${B('total').W},1,0)`;
  const fallback = abs(FALLBACK, 2);
  const part = (p: PartKey, i: number): string => {
    if (p === 'discount') {
      const split = here(L('yearSheet.discountSplit'));
      return `IF(${fallback}=1,(${cents('staffel', i)})/100-${here(partName.list)}-${here(partName.offset)},${split}/100)`;
    }
    // What the employer's total leaves after the other columns.
    if (p === 'adjustment') return `ROUND(${here(rc.excl)}-(${parts.filter((q) => q !== 'adjustment').map((q) => here(partName[q])).join('+')}),2)`;
    return `SIGN(${target(p)})*(${cents(p, i)})/100`;
  };
  // The helpers' cached results: the split's working figures from the engine's shares and totals.
  const helperInputs = helperTotals(r, shares, invoiced);
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
    row[C.excl] = invoiced ? { f: `(${cents('total', i)})/100`, r: eur(s.totalExclCents) } : { f: parts.map((p) => here(partName[p])).join('+'), r: eur(s.totalExclCents) };
    row[C.vat] = { f: `ROUND(${here(rc.excl)}*${SpecName.vat},2)`, r: eur(s.vatCents) };
    row[C.incl] = { f: `${here(rc.excl)}+${here(rc.vat)}`, r: eur(s.totalInclCents) };
    row[C.note] = s.notes.map((x) => x[lang]).join('; ');
    // Helpers: the discount as split (before any fall-back), and each part's rest.
    row[C.split] = { f: `SIGN(${target('discount')})*(${cents('discount', i)})`, r: helperResults(s).split };
    for (const p of comps) {
      if (p === 'total') continue;
      row[col(helperCol(p))] = { f: `IF(${B(p).W}=0,0,${B(p).A}*${weightOf(p)}-${B(p).W}*INT(${B(p).A}*${weightOf(p)}/${B(p).W}))`, r: helperResults(s).rests[p] ?? 0 };
    }
    if (invoiced) {
      const h = helperResults(s).total!;
      row[col(L('yearSheet.totalRestSum'))] = { f: restSum, r: h.sum };
      row[col(L('yearSheet.totalFloor'))] = { f: `${dossierTerm.whole}+${signingTerm.whole}+${carry}`, r: h.floor };
      row[col(helperCol('total'))] = { f: `${here(L('yearSheet.totalRestSum'))}-${carry}*${B('total').W}`, r: h.rest };
    }
    return row;
  }
  b.rows(rows.length ? rows : [[]]);

  // ── The split's own block: per part the cents, the weights, what is left, the threshold ──
  b.skip(BLOCK - b.cursor);
  b.row([L('yearSheet.splitBlock')], { bold: true });
  b.row([L('yearSheet.splitCol.part'), null, L('yearSheet.splitCol.cents'), L('yearSheet.splitCol.weights'), L('yearSheet.splitCol.left'), L('yearSheet.splitCol.threshold'), L('yearSheet.splitCol.slots')], { bold: true, wrap: true });
  for (const p of comps) {
    const h = helperInputs.block[p]!;
    const restRange = ref(helperCol(p));
    const { A: Acell, W: Wcell, left: leftCell, thr: thrCell } = B(p);
    const totalCents = p === 'staffel' ? `ROUND(${spec.amount}*100,0)` : p === 'total' ? `ROUND(${a1(R.target, C.excl, true)}*100,0)` : `ROUND(ABS(${target(p)})*100,0)`;
    // The invoiced total's denominator: P × W' × U', the engine's Σ of the exact shares.
    const weights = p === 'signing' ? `SUM(${ref(header[C.units]!)})` : p === 'total' ? `(${KD(KR.computed)}+${KS(KR.computed)})*${KD(KR.weights)}*${KS(KR.weights)}` : `SUM(${ref(rc.weight)})`;
    const weightCol = p === 'signing' ? ref(header[C.units]!) : ref(rc.weight);
    const floors = p === 'total' ? `SUM(${ref(L('yearSheet.totalFloor'))})` : `SUMPRODUCT(INT(${Acell}*${weightCol}/${Wcell}))`;
    b.row([
      p === 'staffel' ? L('yearSheet.staffelAmount') : p === 'total' ? rc.excl : partName[p],
      null,
      { f: totalCents, r: h.A },
      { f: weights, r: h.W },
      { f: `IF(${Wcell}=0,0,${Acell}-${floors})`, r: h.left },
      { f: `IF(${leftCell}>0,LARGE(${restRange},${leftCell}),"")`, r: h.thr ?? '' },
      { f: `IF(${leftCell}>0,${leftCell}-COUNTIF(${restRange},">"&${thrCell}),0)`, r: h.slots },
    ]);
  }
  b.row([L('yearSheet.fallbackLabel'), null, { f: `IF(SUMPRODUCT(--(ROUND((${ref(partName.list)}+${ref(partName.offset)})*100,0)+${ref(L('yearSheet.discountSplit'))}<0))>0,1,0)`, r: helperInputs.fallback ? 1 : 0 }]);
  b.style(BLOCK + 2, 2, FALLBACK, 6, { numFmt: NumFmt.count });
  if (invoiced) {
    // t × X = whole × N + rest, N = P × Σ weights, in two steps so no product passes 10^14.
    const k = helperInputs.exact!;
    b.skip(K0 - 2 - b.cursor);
    b.row([L('yearSheet.invoicedBlock')], { bold: true });
    b.row([null, null, L('yearSheet.invoicedCol.dossiers'), L('yearSheet.invoicedCol.signing')], { bold: true, wrap: true });
    const t = `ROUND(${a1(R.target, C.excl, true)}*100,0)`;
    const two = (label: string, f: (kx: (row: number) => string, other: (row: number) => string) => string, results: [number, number]) =>
      b.row([label, null, { f: f(KD, KS), r: results[0] }, { f: f(KS, KD), r: results[1] }]);
    b.row([L('yearSheet.invoicedRow.computed'), null, { f: `ROUND((${spec.amount}+${spec.topUp})*100,0)`, r: k.D }, { f: `ROUND(${target('signing')}*100,0)`, r: k.S }]);
    b.row([L('yearSheet.invoicedRow.weights'), null, { f: `MAX(1,SUM(${ref(rc.weight)}))`, r: k.Wd }, { f: `MAX(1,SUM(${ref(header[C.units]!)}))`, r: k.Ud }]);
    // A part of 0 (or nobody to carry it) has no share: denominator 1, so its terms are 0.
    two(L('yearSheet.invoicedRow.denominator'), (x, o) => `IF(${x(KR.computed)}=0,1,(${x(KR.computed)}+${o(KR.computed)})*${x(KR.weights)})`, [k.dossiers.N, k.signing.N]);
    two(L('yearSheet.invoicedRow.high'), (x) => `INT(INT(${t}/1000)*${x(KR.computed)}/${x(KR.denominator)})`, [k.dossiers.high, k.signing.high]);
    two(L('yearSheet.invoicedRow.carry'), (x) => `(INT(${t}/1000)*${x(KR.computed)}-${x(KR.denominator)}*${x(KR.high)})*1000+MOD(${t},1000)*${x(KR.computed)}`, [k.dossiers.carry, k.signing.carry]);
    two(L('yearSheet.invoicedRow.whole'), (x) => `${x(KR.high)}*1000+INT(${x(KR.carry)}/${x(KR.denominator)})`, [k.dossiers.whole, k.signing.whole]);
    two(L('yearSheet.invoicedRow.rest'), (x) => `${x(KR.carry)}-${x(KR.denominator)}*INT(${x(KR.carry)}/${x(KR.denominator)})`, [k.dossiers.rest, k.signing.rest]);
    b.style(K0, 2, KR.rest, 3, { numFmt: NumFmt.count });
  }

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
  b.sheet.print = { area: range(0, 0, LAST_ROW, lastVisible), titleRows: { first: HEADER, last: HEADER } };
  layoutSheet(b.sheet, { lang });
  return b.sheet;
}

/**
 * The split's working figures as the engine's integer arithmetic gives them, for the
 * helper cells' cached results: per part the cents, the weights, what is left after the
 * floors, the threshold rest and the places at it; per employer each part's rest; and,
 * distributing the invoiced total, the exact shares' constants and per employer the
 * summed remainders, the floor and the rest (BigInt, as the engine).
 */
function helperTotals(r: Rebill, shares: RebillShare[], invoiced: boolean) {
  const t = r.totals;
  const weights: Record<string, (s: RebillShare) => number> = {
    list: (s) => s.weight,
    offset: (s) => s.weight,
    discount: (s) => s.weight,
    staffel: (s) => s.weight,
    topUp: (s) => s.weight,
    signing: (s) => s.signingUnits,
  };
  const totals: Record<string, number> = {
    list: t.listCents,
    offset: Math.abs(t.negativeOffsetCents),
    discount: Math.abs(t.discountCents),
    staffel: t.staffelCents,
    topUp: t.topUpCents,
    signing: t.signingCents,
  };
  type Total = { sum: number; floor: number; rest: number };
  const per = new Map<string, { split: number; rests: Record<string, number>; total?: Total }>(shares.map((s) => [s.number, { split: 0, rests: {} }]));
  const block: Record<string, { A: number; W: number; left: number; thr: number | null; slots: number }> = {};
  const thresholdOf = (rests: number[], left: number) => {
    const sorted = [...rests].sort((x, y) => y - x);
    const thr = left > 0 ? sorted[left - 1]! : null;
    return { thr, slots: left > 0 ? left - rests.filter((x) => x > thr!).length : 0 };
  };
  let splitDiscount = new Map<string, number>();
  for (const p of Object.keys(weights)) {
    const A = totals[p]!;
    const W = shares.reduce((a, s) => a + weights[p]!(s), 0);
    const rests = shares.map((s) => (W === 0 ? 0 : A * weights[p]!(s) - W * Math.floor((A * weights[p]!(s)) / W)));
    const floors = shares.reduce((a, s) => a + (W === 0 ? 0 : Math.floor((A * weights[p]!(s)) / W)), 0);
    const left = W === 0 ? 0 : A - floors;
    const { thr, slots } = thresholdOf(rests, left);
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
  if (!invoiced) return { per, block, fallback, exact: null };

  // The invoiced total over the exact shares, as the block and the helper columns work it out.
  const N = BigInt;
  const target = N(t.totalExclCents);
  const D = N(t.staffelCents + t.topUpCents);
  const S = N(t.signingCents);
  const Wd = N(Math.max(1, t.weight));
  const Ud = N(Math.max(1, t.signingUnits));
  const term = (X: bigint, sumOf: bigint) => {
    const denominator = X === 0n ? 1n : (D + S) * sumOf;
    const high = ((target / 1000n) * X) / denominator;
    const carry = ((target / 1000n) * X - denominator * high) * 1000n + (target % 1000n) * X;
    return { N: denominator, high, carry, whole: high * 1000n + carry / denominator, rest: carry % denominator };
  };
  const dossiers = term(D, Wd);
  const signing = term(S, Ud);
  const Q = (D + S) * Wd * Ud;
  const totalRests: number[] = [];
  let floors = 0;
  for (const s of shares) {
    const w = N(s.weight);
    const u = N(s.signingUnits);
    const sum = ((w * dossiers.rest) % dossiers.N) * Ud + ((u * signing.rest) % signing.N) * Wd;
    const over = sum >= Q ? 1n : 0n;
    const floor = w * dossiers.whole + (w * dossiers.rest) / dossiers.N + u * signing.whole + (u * signing.rest) / signing.N + over;
    const rest = sum - over * Q;
    per.get(s.number)!.total = { sum: Number(sum), floor: Number(floor), rest: Number(rest) };
    totalRests.push(Number(rest));
    floors += Number(floor);
  }
  const left = Q === 0n ? 0 : t.totalExclCents - floors;
  block.total = { A: t.totalExclCents, W: Number(Q), left, ...thresholdOf(totalRests, left) };
  const num = (x: ReturnType<typeof term>) => ({ N: Number(x.N), high: Number(x.high), carry: Number(x.carry), whole: Number(x.whole), rest: Number(x.rest) });
  return { per, block, fallback, exact: { D: Number(D), S: Number(S), Wd: Number(Wd), Ud: Number(Ud), dossiers: num(dossiers), signing: num(signing) } };
}
