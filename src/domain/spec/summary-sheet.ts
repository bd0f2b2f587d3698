/**
 * The specification sheet: sources, the parameters the formulas use, the count, the
 * amounts and a comparison block where the user types what the invoice says. Every
 * figure is a formula over the parameters and the dossier table, so a user can follow
 * each number back to the exports, and changing a price recalculates all.
 *
 * The inputs and totals carry workbook-level names (Prijs, Minimumbedrag, BtwTarief,
 * TotaalExclBtw, TotaalBtw, TotaalInclBtw), which the formulas here and on the year's
 * sheets read by name; every input cell has a validation with a prompt.
 */
import type { Reconciliation } from '../billing/types';
import { formatDutchDate } from '../billing/export-dates';
import { unitsPerBand, volumeTier } from '../billing/pricing';
import { centsToEuros, priceToEuros } from '../money';
import type { Settings } from '../settings';
import type { DossierTotalsRefs } from './dossier-sheet';
import { fileName } from './file-name';
import { inputRule } from './input-rules';
import { a1, dateSerial, NumFmt, quoteSheet, range, type CellValue, type FormulaCell, type WorkbookName } from './plan';
import { SheetBuilder } from './sheet-builder';
import { layoutSheet } from './sheet-layout';
import { sheetTexts, type SpecLanguage } from './texts/sheet-texts';

export interface SourceLine {
  label: string;
  peildatum: string | null;
}

export interface SummaryInput {
  rec: Reconciliation;
  settings: Settings;
  current: SourceLine;
  previous: SourceLine | null;
  dossiers: DossierTotalsRefs;
  /** Warnings and notes in the chosen language, listed at the bottom. */
  warnings: string[];
}

const LABEL = 0;
const VALUE = 1;
const INPUT_FILL = 'FFF2CC';
const HEADER_FILL = 'DDEBF7';

/** The workbook-level names of the specification's inputs and totals. */
export const SpecName = {
  price: 'Prijs',
  minimum: 'Minimumbedrag',
  vat: 'BtwTarief',
  totalExcl: 'TotaalExclBtw',
  vatAmount: 'TotaalBtw',
  totalIncl: 'TotaalInclBtw',
} as const;

/**
 * Where other sheets find the specification's figures (A1 addresses on this sheet), so a
 * sheet built on top (the invoice check, the re-billing) refers to the cells the user
 * sees, without searching for labels.
 */
export interface SummaryRefs {
  sheetName: string;
  billable: string;
  /** The dossiers at the price or staffel, before the minimum. */
  amount: string;
  topUp: string;
  totalExcl: string;
  toleranceAbs: string;
  tolerancePct: string;
  /** The price cell for a flat price; null for a staffel. */
  price: string | null;
  /** The list price: the flat price, or the first band's. */
  listPrice: string;
  /** The staffel's rows (columns: from, to, price, units, amount); null for a flat price. */
  tiers: { first: number; last: number } | null;
  names: WorkbookName[];
}

export function buildSummarySheet(input: SummaryInput, lang: SpecLanguage): { sheet: SheetBuilder['sheet']; refs: SummaryRefs } {
  const L = sheetTexts(lang);
  const { rec, settings } = input;
  const t = rec.totals;
  const b = new SheetBuilder('summary', L('spec.specSheet', { year: rec.year }));
  const names: WorkbookName[] = [];
  const named = (name: string, row: number) => names.push({ name, sheet: b.sheet.name, row, col: VALUE });
  const at = (row: number, col = VALUE) => a1(row, col);
  const ext = (cell: string) => `${quoteSheet(input.dossiers.sheetName)}!${cell}`;
  const section = (title: string) => {
    b.skip();
    b.row([title], { bold: true, fill: HEADER_FILL, border: 'bottom' });
    b.style(b.cursor - 1, 0, b.cursor - 1, 4, { fill: HEADER_FILL, border: 'bottom' });
  };
  const euroRow = (label: string, value: FormulaCell | number) => {
    const r = b.row([label, value]);
    b.style(r, VALUE, r, VALUE, { numFmt: NumFmt.euro });
    return r;
  };
  const countRow = (label: string, value: FormulaCell) => {
    const r = b.row([label, value]);
    b.style(r, VALUE, r, VALUE, { numFmt: NumFmt.count });
    return r;
  };
  const input1 = (r: number, kind: Parameters<typeof inputRule>[0], numFmt: string) => {
    b.style(r, VALUE, r, VALUE, { numFmt, input: true, fill: INPUT_FILL });
    b.validate(inputRule(kind, range(r, VALUE), lang));
  };

  b.row([L('spec.title', { year: rec.year, model: rec.model })], { bold: true, size: 14 });

  section(L('spec.sources'));
  // The peildatum is a real date; the file name, never its path, comes last.
  const sourceRow = (label: string, s: SourceLine) => {
    const r = b.row([label, s.peildatum ? dateSerial(s.peildatum) : L('spec.unknown'), fileName(s.label)]);
    b.style(r, VALUE, r, VALUE, { numFmt: s.peildatum ? NumFmt.date : NumFmt.text, hAlign: 'right' });
    b.style(r, 2, r, 2, { numFmt: NumFmt.text });
  };
  sourceRow(L('spec.currentExport'), input.current);
  if (input.previous) sourceRow(L('spec.previousExport'), input.previous);

  // Parameters: the only cells a user is meant to change; everything else follows.
  section(L('spec.parameters'));
  const pricing = settings.pricing;
  let priceCell: string | null = null;
  let flatPriceCell: string | null = null;
  let tierRows: { first: number; last: number } | null = null;
  if (pricing.kind === 'flat') {
    const r = b.row([L('spec.price'), priceToEuros(pricing.priceE4)]);
    input1(r, 'price', NumFmt.price);
    priceCell = at(r);
    flatPriceCell = priceCell;
    named(SpecName.price, r);
  }
  const minRow = b.row([L('spec.minimum'), centsToEuros(settings.minimumCents)]);
  input1(minRow, 'amount', NumFmt.euro);
  named(SpecName.minimum, minRow);
  const vatRow = b.row([L('spec.vat'), settings.vatBasisPoints / 10_000]);
  input1(vatRow, 'rate', NumFmt.percent);
  named(SpecName.vat, vatRow);
  const tolAbsRow = b.row([L('spec.toleranceAbs'), centsToEuros(settings.toleranceCents)]);
  input1(tolAbsRow, 'amount', NumFmt.euro);
  const tolPctRow = b.row([L('spec.tolerancePct'), settings.toleranceBasisPoints / 10_000]);
  input1(tolPctRow, 'rate', NumFmt.percent);

  section(L('spec.counts'));
  countRow(L('spec.employers'), { f: ext(input.dossiers.employers), r: t.employers });
  const wgRow = countRow(L('spec.employerDossiers'), { f: ext(input.dossiers.employerDossiers), r: t.employerDossiers });
  const curDate = input.current.peildatum ? formatDutchDate(input.current.peildatum) : L('spec.unknown');
  let billableRow: number;
  if (rec.model === 2) {
    const prevDate = input.previous?.peildatum ? formatDutchDate(input.previous.peildatum) : L('spec.unknown');
    const fRow = countRow(L('spec.employeeDossiersF', { date: curDate }), { f: ext(input.dossiers.employeeDossiers), r: t.employeeDossiers });
    const gRow = countRow(L('spec.inactiveG', { date: prevDate }), { f: ext(input.dossiers.inactivePrevious!), r: t.inactivePrevious });
    const activeRow = countRow(L('spec.active'), { f: `${at(fRow)}-${at(gRow)}`, r: t.activeEmployeeDossiers });
    // A count below zero (a large client left) bills as 0, as the engine counts it.
    billableRow = countRow(L('spec.billable'), { f: `MAX(0,${at(wgRow)}+${at(activeRow)})`, r: t.billableDossiers });
  } else {
    const fRow = countRow(L('spec.employeeDossiersModel1', { date: curDate }), { f: ext(input.dossiers.employeeDossiers), r: t.employeeDossiers });
    billableRow = countRow(L('spec.billable'), { f: `${at(wgRow)}+${at(fRow)}`, r: t.billableDossiers });
  }
  b.style(billableRow, LABEL, billableRow, VALUE, { bold: true });
  const billable = at(billableRow);

  if (pricing.kind !== 'flat') {
    section(L(`spec.staffelKind.${pricing.kind}`));
    b.row([L('spec.tierFrom'), L('spec.tierTo'), L('spec.tierPrice'), L('spec.tierUnits'), L('spec.tierAmount')], { bold: true });
    const first = b.cursor;
    const units = unitsPerBand(Math.max(0, t.billableDossiers), pricing.tiers);
    pricing.tiers.forEach((tier, i) => {
      const r = first + i;
      const next = pricing.tiers[i + 1];
      const upTo: CellValue = next ? next.from - 1 : null;
      // Units in this band: what falls between 'from' and 'to' (the last band is open).
      const unitsF = next
        ? `MAX(0,MIN(${billable},${a1(r, 1)})-${a1(r, 0)}+1)`
        : `MAX(0,${billable}-${a1(r, 0)}+1)`;
      b.row([tier.from, upTo, priceToEuros(tier.priceE4), { f: unitsF, r: units[i]! }, { f: `${a1(r, 3)}*${a1(r, 2)}`, r: (units[i]! * tier.priceE4) / 10_000 }]);
    });
    const last = first + pricing.tiers.length - 1;
    b.style(first, 0, last, 1, { numFmt: NumFmt.count, input: true, fill: INPUT_FILL });
    b.style(first, 2, last, 2, { numFmt: NumFmt.price, input: true, fill: INPUT_FILL });
    b.validate(inputRule('tierFrom', range(first, 0, last, 1), lang));
    b.validate(inputRule('price', range(first, 2, last, 2), lang));
    b.style(first, 3, last, 3, { numFmt: NumFmt.count });
    b.style(first, 4, last, 4, { numFmt: NumFmt.euro });
    tierRows = { first, last };
    if (pricing.kind === 'volume') {
      const chosen = volumeTier(Math.max(0, t.billableDossiers), pricing.tiers);
      const r = b.row([L('spec.price'), { f: `INDEX(${a1(first, 2)}:${a1(last, 2)},MATCH(MAX(${billable},1),${a1(first, 0)}:${a1(last, 0)},1))`, r: priceToEuros(chosen.priceE4) }]);
      b.style(r, VALUE, r, VALUE, { numFmt: NumFmt.price });
      priceCell = at(r);
    }
  }

  section(L('spec.amounts'));
  const amountFormula =
    pricing.kind === 'graduated'
      ? `ROUND(SUM(${a1(tierRows!.first, 4)}:${a1(tierRows!.last, 4)}),2)`
      : `ROUND(MAX(0,${billable})*${pricing.kind === 'flat' ? SpecName.price : priceCell},2)`;
  const amountRow = euroRow(L('spec.amount'), { f: amountFormula, r: centsToEuros(t.amountCents) });
  const topUpRow = euroRow(L('spec.topUp'), { f: `MAX(0,${SpecName.minimum}-${at(amountRow)})`, r: centsToEuros(t.minimumTopUpCents) });
  const exclRow = euroRow(L('spec.totalExcl'), { f: `${at(amountRow)}+${at(topUpRow)}`, r: centsToEuros(t.totalExclVatCents) });
  named(SpecName.totalExcl, exclRow);
  const vatAmountRow = euroRow(L('spec.vatAmount'), { f: `ROUND(${SpecName.totalExcl}*${SpecName.vat},2)`, r: centsToEuros(t.vatCents) });
  named(SpecName.vatAmount, vatAmountRow);
  const inclRow = euroRow(L('spec.totalIncl'), { f: `${SpecName.totalExcl}+${SpecName.vatAmount}`, r: centsToEuros(t.totalInclVatCents) });
  named(SpecName.totalIncl, inclRow);
  b.style(exclRow, LABEL, exclRow, VALUE, { bold: true });
  b.style(inclRow, LABEL, inclRow, VALUE, { bold: true });

  buildComparison(b, lang, {
    billable: { cell: billable, r: t.billableDossiers },
    excl: { cell: SpecName.totalExcl, r: centsToEuros(t.totalExclVatCents) },
    vat: { cell: SpecName.vatAmount, r: centsToEuros(t.vatCents) },
    incl: { cell: SpecName.totalIncl, r: centsToEuros(t.totalInclVatCents) },
    tolAbs: at(tolAbsRow),
    tolPct: at(tolPctRow),
  });

  // Notes and warnings one per row; the layout wraps them within the printed width.
  section(L('spec.explanation'));
  for (const text of [rec.model === 2 ? L('spec.explainModel2') : L('spec.explainModel1'), L('spec.knownCauses'), L('spec.rounding')]) b.row([text]);
  section(L('spec.warnings'));
  const warnings = input.warnings.length ? input.warnings : [L('spec.none')];
  const first = b.rows(warnings.map((w) => [w]));
  b.style(first, 0, first + warnings.length - 1, 0, { numFmt: NumFmt.text });

  b.widths(30, 14, 14, 12, 12);
  layoutSheet(b.sheet, { lang });
  const abs = (row: number, col = VALUE) => a1(row, col);
  return {
    sheet: b.sheet,
    refs: {
      sheetName: b.sheet.name,
      billable,
      amount: abs(amountRow),
      topUp: abs(topUpRow),
      totalExcl: abs(exclRow),
      toleranceAbs: abs(tolAbsRow),
      tolerancePct: abs(tolPctRow),
      price: flatPriceCell,
      listPrice: flatPriceCell ?? a1(tierRows!.first, 2),
      tiers: tierRows,
      names,
    },
  };
}

interface ComparisonRefs {
  billable: { cell: string; r: number };
  excl: { cell: string; r: number };
  vat: { cell: string; r: number };
  incl: { cell: string; r: number };
  tolAbs: string;
  tolPct: string;
}

/**
 * The user types the invoice's figures in column C; the difference (rounded to cents)
 * and a status follow. Counts must match exactly; amounts within the larger of the two
 * tolerances.
 */
function buildComparison(b: SheetBuilder, lang: SpecLanguage, refs: ComparisonRefs): void {
  const L = sheetTexts(lang);
  b.skip();
  b.row([L('spec.comparison'), L('spec.ours'), L('spec.invoiced'), L('spec.difference'), L('spec.status')], { bold: true, fill: HEADER_FILL, border: 'bottom', wrap: true });
  const line = (label: string, ours: { cell: string; r: number }, amount: boolean) => {
    const r = b.cursor;
    const inv = a1(r, 2);
    const diff = a1(r, 3);
    const okTest = amount ? `ABS(${diff})<=MAX(${refs.tolAbs},${refs.tolPct}*ABS(${inv}))` : `${diff}=0`;
    b.row([
      label,
      { f: ours.cell, r: ours.r },
      null,
      { f: `IF(${inv}="","",ROUND(${inv}-${a1(r, 1)},2))`, r: '' },
      { f: `IF(${inv}="","${L('spec.statusEmpty')}",IF(${okTest},"${L('spec.statusOk')}","${L('spec.statusCheck')}"))`, r: L('spec.statusEmpty') },
    ]);
    const fmt = amount ? NumFmt.euro : NumFmt.count;
    b.style(r, 1, r, 3, { numFmt: fmt });
    b.style(r, 2, r, 2, { numFmt: fmt, input: true, fill: INPUT_FILL });
    b.validate(inputRule(amount ? 'amount' : 'count', range(r, 2), lang));
    b.sheet.highlights.push(
      { range: { row: r, col: 4, lastRow: r, lastCol: 4 }, equals: L('spec.statusOk'), fill: 'C6EFCE', fontColor: '006100' },
      { range: { row: r, col: 4, lastRow: r, lastCol: 4 }, equals: L('spec.statusCheck'), fill: 'FFC7CE', fontColor: '9C0006' },
    );
  };
  line(L('spec.billable'), refs.billable, false);
  line(L('spec.totalExcl'), refs.excl, true);
  line(L('spec.vatAmount'), refs.vat, true);
  line(L('spec.totalIncl'), refs.incl, true);
}
