/**
 * One specification sheet per employer, for users who copy it into their own billing.
 * Each sheet is a self-contained snapshot: its formulas refer only to its own cells (no
 * other sheet, no workbook-level name, no table whose name could clash), so it stays
 * correct when moved or copied into another workbook. It says plainly whose it is and of
 * when: the employer's number (also in the sheet's name, so two employers of the same
 * name differ by number) and name, "bedragen van <datum>" and the year of the source.
 * The shares come from the re-billing split; the sheet shows count × price as a formula
 * and the cent the split moved as a visible 'Afronding' line, so its total equals the
 * employer's row on 'Doorbelasting' exactly, and the VAT on it at the sheet's own rate.
 */
import { formatDutchDate } from '../billing/export-dates';
import type { SigningSummary } from '../billing/advances';
import type { Rebill, RebillShare } from '../billing/rebill';
import type { EmployerLine, Reconciliation } from '../billing/types';
import { amountCents, centsToEuros, priceToEuros } from '../money';
import { error, fail, ok, type Result } from '../problems';
import { a1, dateSerial, NumFmt, type CellValue, type SheetPlan } from './plan';
import { layoutSheet } from './sheet-layout';
import { SheetBuilder } from './sheet-builder';
import { freeSheetName, sanitizeSheetName } from './sheet-names';
import { sheetTexts, type SheetText, type SpecLanguage } from './texts/sheet-texts';
import { employerKey } from '../employer-key';

/** Above this many sheets a caller asks the user first (issue 4). */
export const EMPLOYER_SHEETS_CONFIRM_ABOVE = 250;

export interface EmployerSelection {
  /** Employer numbers to make sheets for; all employers when absent. Leading zeros do not matter. */
  numbers?: readonly string[];
  /** The user said yes to more than EMPLOYER_SHEETS_CONFIRM_ABOVE sheets. */
  confirmedMany?: boolean;
}


/** The shares a selection picks, in the re-billing's order; an unknown number is an error. */
export function selectEmployers(r: Rebill, selection: EmployerSelection): Result<RebillShare[]> {
  if (!selection.numbers) return ok(r.shares);
  const byKey = new Map(r.shares.map((s) => [employerKey(s.number), s]));
  const wanted = new Set<string>();
  for (const n of selection.numbers) {
    const key = employerKey(n);
    if (!byKey.has(key)) return fail(error('year.unknownEmployer', { number: n }));
    wanted.add(key);
  }
  return ok(r.shares.filter((s) => wanted.has(employerKey(s.number))));
}

/** How many sheets a selection makes, so a UI can ask before building them. */
export function employerSheetCount(r: Rebill, selection: EmployerSelection): Result<number> {
  const picked = selectEmployers(r, selection);
  return picked.ok ? ok(picked.value.length) : picked;
}

export interface EmployerSheetsInput {
  rec: Reconciliation;
  rebill: Rebill;
  signing: SigningSummary | null;
  selection: EmployerSelection;
  /** Sheet names already in the workbook: new names must differ from these. */
  taken: Iterable<string>;
  /** The date the amounts are of (jjjj-mm-dd). */
  asOf: string;
}

/** 'number name', within Excel's 31 characters; the number comes first so it always survives. */
export const employerSheetName = (share: Pick<RebillShare, 'number' | 'name'>, L: SheetText): string =>
  sanitizeSheetName(`${share.number} ${share.name}`.trim(), share.number || L('yearSheet.employerSheetFallback'));

export function buildEmployerSheets(input: EmployerSheetsInput, lang: SpecLanguage): Result<SheetPlan[]> {
  const L = sheetTexts(lang);
  const picked = selectEmployers(input.rebill, input.selection);
  if (!picked.ok) return picked;
  const count = picked.value.length;
  if (count > EMPLOYER_SHEETS_CONFIRM_ABOVE && !input.selection.confirmedMany) {
    return fail(error('year.tooManySheets', { count, limit: EMPLOYER_SHEETS_CONFIRM_ABOVE }));
  }
  const lines = new Map(input.rec.employers.map((e) => [employerKey(e.number), e]));
  const signing = new Map((input.signing?.employers ?? []).map((e) => [employerKey(e.number), e.quarters]));
  // Lower-cased in a set: a list copied per sheet made 3,000 sheets quadratic.
  const taken = new Set([...input.taken].map((n) => n.toLowerCase()));
  const sheets: SheetPlan[] = [];
  for (const share of picked.value) {
    const name = freeSheetName(employerSheetName(share, L), taken);
    taken.add(name.toLowerCase());
    const key = employerKey(share.number);
    sheets.push(employerSheet({ name, share, line: lines.get(key) ?? null, quarters: signing.get(key) ?? null, rec: input.rec, rebill: input.rebill, asOf: input.asOf }, L, lang));
  }
  return ok(sheets);
}

interface One {
  name: string;
  share: RebillShare;
  line: EmployerLine | null;
  quarters: [number, number, number, number] | null;
  rec: Reconciliation;
  rebill: Rebill;
  asOf: string;
}

const HEADER_FILL = 'DDEBF7';

function employerSheet(x: One, L: SheetText, lang: SpecLanguage): SheetPlan {
  const { share, line, rec, rebill } = x;
  const b = new SheetBuilder(`employer:${share.number}`, x.name);
  const V = 1;
  const at = (r: number) => a1(r, V);
  const section = (title: string) => {
    b.skip();
    const r = b.row([title], { bold: true, fill: HEADER_FILL, border: 'bottom' });
    b.style(r, 0, r, 2, { fill: HEADER_FILL, border: 'bottom' });
  };
  const countRow = (label: string, v: CellValue) => {
    const r = b.row([label, v]);
    b.style(r, V, r, V, { numFmt: NumFmt.count });
    return r;
  };
  const euroRow = (label: string, v: CellValue, bold = false) => {
    const r = b.row([label, v]);
    b.style(r, V, r, V, { numFmt: NumFmt.euro, ...(bold ? { bold: true } : {}) });
    if (bold) b.style(r, 0, r, 0, { bold: true });
    return r;
  };

  b.row([L('yearSheet.employerTitle', { year: rec.year })], { bold: true, size: 14 });
  b.row([`${share.number} ${share.name}`.trim()], { bold: true });
  b.row([L('yearSheet.asOf', { date: formatDutchDate(x.asOf), year: rec.year })], { italic: true });
  b.skip();
  const numberRow = b.row([L('yearSheet.employerNumber'), share.number]);
  b.row([L('yearSheet.employerName'), share.name]);
  b.style(numberRow, V, numberRow + 1, V, { numFmt: NumFmt.text, hAlign: 'right' });
  b.row([L('yearSheet.sourceYear'), rec.year]);
  const asOfRow = b.row([L('yearSheet.amountsOf'), dateSerial(x.asOf)]);
  b.style(asOfRow, V, asOfRow, V, { numFmt: NumFmt.date });
  b.row([L('yearSheet.model'), L('yearSheet.modelText', { model: rec.model })]);
  b.style(asOfRow + 1, V, asOfRow + 1, V, { hAlign: 'right' });

  section(L('yearSheet.dossiers'));
  const cur = rec.currentPeildatum ? formatDutchDate(rec.currentPeildatum) : L('yearSheet.unknown');
  const prev = rec.previousPeildatum ? formatDutchDate(rec.previousPeildatum) : L('yearSheet.unknown');
  const wg = countRow(L('yearSheet.employerDossiers'), line?.employerDossiers ?? 0);
  let billable: number;
  if (rec.model === 2) {
    const f = countRow(L('yearSheet.employeeF', { date: cur }), line?.employeeDossiers ?? 0);
    const g = countRow(L('yearSheet.inactiveG', { date: prev }), line?.inactivePrevious ?? 0);
    const active = countRow(L('yearSheet.active'), { f: `${at(f)}-${at(g)}`, r: line?.activeEmployeeDossiers ?? 0 });
    billable = countRow(L('yearSheet.billable'), { f: `${at(wg)}+${at(active)}`, r: line?.billableDossiers ?? 0 });
  } else {
    const f = countRow(L('yearSheet.employeeModel1', { date: cur }), line?.employeeDossiers ?? 0);
    billable = countRow(L('yearSheet.billable'), { f: `${at(wg)}+${at(f)}`, r: line?.billableDossiers ?? 0 });
  }
  const counted = countRow(L('yearSheet.counted'), { f: `MAX(0,${at(billable)})`, r: share.weight });
  b.style(counted, 0, counted, V, { bold: true });

  section(L('yearSheet.amounts'));
  const priceRow = b.row([L('yearSheet.listPrice'), priceToEuros(rebill.listPriceE4)]);
  b.style(priceRow, V, priceRow, V, { numFmt: NumFmt.price });
  const listFormulaCents = amountCents(share.weight, rebill.listPriceE4);
  const listRow = euroRow(L('yearSheet.listAmount'), { f: `ROUND(${at(counted)}*${at(priceRow)},2)`, r: centsToEuros(listFormulaCents) });
  const parts = [listRow];
  if (share.negativeOffsetCents !== 0 || rebill.totals.negativeOffsetCents !== 0) parts.push(euroRow(L('yearSheet.offsetShare'), centsToEuros(share.negativeOffsetCents)));
  parts.push(euroRow(L('yearSheet.discountShare'), centsToEuros(-share.discountCents)));
  parts.push(euroRow(L('yearSheet.topUpShare'), centsToEuros(share.topUpCents)));

  // Signing: requests per quarter, the price, and their product.
  const plan = rebill.signingPlan;
  let signingFormulaCents = 0;
  if (share.signingUnits > 0 || x.quarters) {
    section(L('yearSheet.signing'));
    const q = x.quarters ?? [0, 0, 0, 0];
    const first = b.cursor;
    q.forEach((units, i) => countRow(L('yearSheet.unitsIn', { quarter: i + 1 }), units));
    const total = countRow(L('yearSheet.unitsTotal'), { f: `SUM(${at(first)}:${at(first + 3)})`, r: share.signingUnits });
    if (plan.mode === 'priced') {
      const p = b.row([L('yearSheet.unitPrice'), priceToEuros(plan.priceE4)]);
      b.style(p, V, p, V, { numFmt: NumFmt.price });
      signingFormulaCents = amountCents(share.signingUnits, plan.priceE4);
      parts.push(euroRow(L('yearSheet.signingAmount'), { f: `ROUND(${at(total)}*${at(p)},2)`, r: centsToEuros(signingFormulaCents) }));
    } else {
      b.row([L('yearSheet.unitPrice'), plan.mode === 'included' ? L('yearSheet.included') : L('yearSheet.unknown')]);
      parts.push(euroRow(L('yearSheet.signingAmount'), 0));
    }
    b.skip();
  }
  // Only when the invoiced total is distributed is there a difference with the invoice to share.
  if (rebill.distributed === 'invoiced') parts.push(euroRow(L('yearSheet.adjustmentShare'), centsToEuros(share.adjustmentCents)));
  // Whatever the split moved against count × price: a cent or so, shown rather than hidden.
  const rounding =
    share.totalExclCents - (listFormulaCents + share.negativeOffsetCents - share.discountCents + share.topUpCents + signingFormulaCents + share.adjustmentCents);
  parts.push(euroRow(L('yearSheet.rounding'), centsToEuros(rounding)));
  const exclRow = euroRow(L('yearSheet.excl'), { f: parts.map(at).join('+'), r: centsToEuros(share.totalExclCents) }, true);
  const rateRow = b.row([L('yearSheet.vatRate'), rebill.vatBasisPoints / 10_000]);
  b.style(rateRow, V, rateRow, V, { numFmt: NumFmt.percent });
  const vatRow = euroRow(L('yearSheet.vat'), { f: `ROUND(${at(exclRow)}*${at(rateRow)},2)`, r: centsToEuros(share.vatCents) });
  euroRow(L('yearSheet.incl'), { f: `${at(exclRow)}+${at(vatRow)}`, r: centsToEuros(share.totalInclCents) }, true);
  b.style(exclRow, 0, exclRow, V, { border: 'top' });

  const notes = share.notes.map((n) => n[lang]);
  if (notes.length) {
    section(L('yearSheet.notes'));
    const first = b.rows(notes.map((t) => [t]));
    b.style(first, 0, first + notes.length - 1, 0, { numFmt: NumFmt.text, italic: true });
  }

  const lastRow = b.cursor - 1;
  b.widths(30, 16);
  b.sheet.print = { area: { row: 0, col: 0, lastRow, lastCol: 1 }, landscape: false, titleRows: { first: 0, last: 0 } };
  return layoutSheet(b.sheet, { lang, footerLeft: [L('yearSheet.employerFooter', { year: rec.year, employer: share.number })] });
}
