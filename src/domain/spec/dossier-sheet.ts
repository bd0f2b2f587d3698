/**
 * The employer table: one row per employer with the counts from the exports and, as
 * calculated columns, the active and billable dossiers, so a row the user adds computes
 * too. A totals row sits above the header so it stays visible under the frozen panes; it
 * sums whole table columns by name (SUM(Dossiers_2024[Actief (F − G)])), so it follows
 * the table when it grows, and uses SUM (not SUBTOTAL) so filtering never changes the
 * figures the summary relies on.
 */
import type { Reconciliation } from '../billing/types';
import { formatDutchDate } from '../billing/export-dates';
import { inputRule } from './input-rules';
import { a1, NumFmt, range, tableRef, type CellValue } from './plan';
import { SheetBuilder } from './sheet-builder';
import { layoutSheet } from './sheet-layout';
import { sheetTexts, under, type SpecLanguage } from './texts/sheet-texts';

/** Where the summary finds the totals: A1 addresses on the dossier sheet, and the table. */
export interface DossierTotalsRefs {
  sheetName: string;
  table: string;
  employers: string;
  employerDossiers: string;
  employeeDossiers: string;
  inactivePrevious: string | null;
  billable: string;
  /** Column names, for structured references from other sheets. */
  columns: { number: string; billable: string };
}

const TOTALS_ROW = 2;
const HEADER_ROW = 3;
const FIRST_DATA_ROW = 4;

export function buildDossierSheet(rec: Reconciliation, lang: SpecLanguage): { sheet: SheetBuilder['sheet']; refs: DossierTotalsRefs } {
  const L = sheetTexts(lang);
  const model2 = rec.model === 2;
  const b = new SheetBuilder('dossiers', L('spec.dossierSheet', { year: rec.year }));
  const table = `Dossiers_${rec.year}`;
  const n = rec.employers.length;
  // A table needs a data row; an export without employers has been refused before this.
  const last = FIRST_DATA_ROW + Math.max(n, 1) - 1;
  const cur = rec.currentPeildatum ? formatDutchDate(rec.currentPeildatum) : L('spec.unknown');
  const prev = rec.previousPeildatum ? formatDutchDate(rec.previousPeildatum) : L('spec.unknown');

  // Column positions by role.
  const C = model2
    ? { number: 0, name: 1, employer: 2, f: 3, g: 4, active: 5, billable: 6, note: 7 }
    : { number: 0, name: 1, employer: 2, f: 3, g: -1, active: -1, billable: 4, note: 5 };
  const lastCol = C.note;
  const col = under(L, 'spec.col');
  const header = [col.number, col.name, col.employerDossiers, col.employeeDossiers];
  if (model2) header.push(col.inactive, col.active);
  header.push(col.billable, col.note);
  const ref = (name: string) => tableRef(table, name);
  const here = (name: string) => tableRef(table, name, true);
  const sumOf = (name: string, result: number): CellValue => ({ f: `SUM(${ref(name)})`, r: result });

  // Calculated columns: the same formula in every row, which Excel fills into a new row.
  const activeF = `${here(col.employeeDossiers)}-${here(col.inactive)}`;
  const billableF = model2 ? `${here(col.employerDossiers)}+${here(col.active)}` : `${here(col.employerDossiers)}+${here(col.employeeDossiers)}`;

  b.row([L('spec.dossierTitle', { year: rec.year, model: rec.model })], { bold: true, size: 14 });
  b.row([model2 ? L('spec.dossierExplainModel2', { dateF: cur, dateG: prev }) : L('spec.dossierExplainModel1', { date: cur })], { italic: true });

  const t = rec.totals;
  const totals: CellValue[] = [L('spec.total'), { f: `COUNTA(${ref(col.number)})`, r: n }, sumOf(col.employerDossiers, t.employerDossiers), sumOf(col.employeeDossiers, t.employeeDossiers)];
  if (model2) totals.push(sumOf(col.inactive, t.inactivePrevious), sumOf(col.active, t.activeEmployeeDossiers));
  // The rows' own sum, which may be below zero; the specification bills it as at least 0.
  totals.push(sumOf(col.billable, t.employerDossiers + t.activeEmployeeDossiers));
  b.row(totals, { bold: true, border: 'bottom' });
  b.row(header, { bold: true, wrap: true });

  const rows: CellValue[][] = rec.employers.map((e) => {
    const note = e.notes.map((x) => x[lang]).join('; ');
    return model2
      ? [e.number, e.name, e.employerDossiers, e.employeeDossiers, e.inactivePrevious, { f: activeF, r: e.activeEmployeeDossiers }, { f: billableF, r: e.billableDossiers }, note]
      : [e.number, e.name, e.employerDossiers, e.employeeDossiers, { f: billableF, r: e.billableDossiers }, note];
  });
  b.rows(rows.length ? rows : [[]]);

  // Formats per column block, set once for the whole table: numbers and names stay text.
  b.style(TOTALS_ROW, 1, TOTALS_ROW, 1, { numFmt: NumFmt.count });
  b.style(TOTALS_ROW, C.employer, last, lastCol - 1, { numFmt: NumFmt.count });
  b.style(FIRST_DATA_ROW, C.number, last, C.name, { numFmt: NumFmt.text });
  b.style(FIRST_DATA_ROW, C.note, last, C.note, { numFmt: NumFmt.text, italic: true });
  // The counts are the exports' figures; a user who corrects one types a whole number.
  b.validate(inputRule('count', range(FIRST_DATA_ROW, C.employer, last, model2 ? C.g : C.f), lang));
  b.sheet.freeze = { rows: FIRST_DATA_ROW, cols: 2 };
  b.sheet.tables.push({
    name: table,
    range: range(HEADER_ROW, 0, last, lastCol),
    columns: header.map((name, j) => ({ name, ...(j === C.active ? { formula: activeF } : j === C.billable ? { formula: billableF } : {}) })),
    style: 'TableStyleMedium2',
  });
  b.sheet.print = { titleRows: { first: TOTALS_ROW, last: HEADER_ROW } };
  layoutSheet(b.sheet, { lang });

  const at = (c: number) => a1(TOTALS_ROW, c);
  return {
    sheet: b.sheet,
    refs: {
      sheetName: b.sheet.name,
      table,
      employers: at(1),
      employerDossiers: at(C.employer),
      employeeDossiers: at(C.f),
      inactivePrevious: model2 ? at(C.g) : null,
      billable: at(C.billable),
      columns: { number: col.number, billable: col.billable },
    },
  };
}
