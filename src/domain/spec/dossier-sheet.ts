/**
 * The employer table: one row per employer with the counts from the exports and, as
 * formulas, the active and billable dossiers. A totals row sits above the header so it
 * stays visible under the frozen panes; it uses SUM (not SUBTOTAL) so filtering the
 * table never changes the figures the summary relies on.
 */
import type { Reconciliation } from '../billing/types';
import { formatDutchDate } from '../billing/export-dates';
import { a1, NumFmt, range, type CellValue } from './plan';
import type { SpecLabels } from './labels';
import { SheetBuilder } from './sheet-builder';

/** Where the summary finds the totals: A1 addresses on the dossier sheet. */
export interface DossierTotalsRefs {
  sheetName: string;
  employers: string;
  employerDossiers: string;
  employeeDossiers: string;
  inactivePrevious: string | null;
  billable: string;
}

const TOTALS_ROW = 2;
const HEADER_ROW = 3;
const FIRST_DATA_ROW = 4;

export function buildDossierSheet(rec: Reconciliation, L: SpecLabels): { sheet: SheetBuilder['sheet']; refs: DossierTotalsRefs } {
  const model2 = rec.model === 2;
  const b = new SheetBuilder('dossiers', L.dossierSheet(rec.year));
  const n = rec.employers.length;
  const last = FIRST_DATA_ROW + n - 1;
  const cur = rec.currentPeildatum ? formatDutchDate(rec.currentPeildatum) : L.unknown;
  const prev = rec.previousPeildatum ? formatDutchDate(rec.previousPeildatum) : L.unknown;

  // Column letters by role, so formulas read like the header.
  const C = model2
    ? { number: 0, name: 1, employer: 2, f: 3, g: 4, active: 5, billable: 6, note: 7 }
    : { number: 0, name: 1, employer: 2, f: 3, g: -1, active: -1, billable: 4, note: 5 };
  const lastCol = C.note;
  const col = (c: number, r: number) => a1(r, c);
  const sumOf = (c: number, result: number): CellValue => ({ f: `SUM(${col(c, FIRST_DATA_ROW)}:${col(c, last)})`, r: result });

  b.row([L.dossierTitle(rec.year, rec.model)], { bold: true, size: 14 });
  b.row([model2 ? L.dossierExplainModel2(cur, prev) : L.dossierExplainModel1(cur)], { italic: true });

  const t = rec.totals;
  const totals: CellValue[] = [L.total, { f: `COUNTA(${col(C.number, FIRST_DATA_ROW)}:${col(C.number, last)})`, r: n }, sumOf(C.employer, t.employerDossiers), sumOf(C.f, t.employeeDossiers)];
  if (model2) totals.push(sumOf(C.g, t.inactivePrevious), sumOf(C.active, t.activeEmployeeDossiers));
  // The rows' own sum, which may be below zero; the specification bills it as at least 0.
  totals.push(sumOf(C.billable, t.employerDossiers + t.activeEmployeeDossiers));
  b.row(totals, { bold: true, border: 'bottom' });

  const header = [L.col.number, L.col.name, L.col.employerDossiers, L.col.employeeDossiers];
  if (model2) header.push(L.col.inactive, L.col.active);
  header.push(L.col.billable, L.col.note);
  b.row(header, { bold: true });

  const lang = L.total === 'Totaal' ? 'nl' : 'en';
  const rows: CellValue[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const e = rec.employers[i]!;
    const r = FIRST_DATA_ROW + i;
    const note = e.notes.map((x) => x[lang]).join('; ');
    rows[i] = model2
      ? [
          e.number,
          e.name,
          e.employerDossiers,
          e.employeeDossiers,
          e.inactivePrevious,
          { f: `${col(C.f, r)}-${col(C.g, r)}`, r: e.activeEmployeeDossiers },
          { f: `${col(C.employer, r)}+${col(C.active, r)}`, r: e.billableDossiers },
          note,
        ]
      : [e.number, e.name, e.employerDossiers, e.employeeDossiers, { f: `${col(C.employer, r)}+${col(C.f, r)}`, r: e.billableDossiers }, note];
  }
  b.rows(rows);

  // Formats per column block, set once for the whole table: numbers and names stay text.
  b.style(TOTALS_ROW, 1, TOTALS_ROW, 1, { numFmt: NumFmt.count });
  b.style(TOTALS_ROW, C.employer, last, lastCol - 1, { numFmt: NumFmt.count });
  b.style(FIRST_DATA_ROW, C.number, last, C.name, { numFmt: NumFmt.text });
  b.style(FIRST_DATA_ROW, C.note, last, C.note, { numFmt: NumFmt.text, italic: true });
  // Wide enough for the bold headers on one line: a wrapped header row would need a row height.
  b.widths(...(model2 ? [20, 36, 20, 25, 25, 16, 16, 44] : [20, 36, 20, 25, 16, 44]));
  b.sheet.print = { landscape: true, fitToWidth: true };
  b.sheet.freeze = { rows: FIRST_DATA_ROW, cols: 2 };
  b.sheet.tables.push({
    name: `Dossiers_${rec.year}`,
    range: range(HEADER_ROW, 0, last, lastCol),
    columns: header.map((name) => ({ name })),
    style: 'TableStyleMedium2',
  });

  const ref = (c: number) => a1(TOTALS_ROW, c);
  return {
    sheet: b.sheet,
    refs: {
      sheetName: b.sheet.name,
      employers: ref(1),
      employerDossiers: ref(C.employer),
      employeeDossiers: ref(C.f),
      inactivePrevious: model2 ? ref(C.g) : null,
      billable: ref(C.billable),
    },
  };
}
