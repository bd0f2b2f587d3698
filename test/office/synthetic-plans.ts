/**
 * Synthetic plans shaped like the real specification (the spec builder is written in
 * parallel): a summary sheet, an employer table of 8 columns with 3 formula columns, and
 * optionally one small sheet per employer.
 */
import { emptySheet, NumFmt, range, type CellValue, type SheetPlan, type WorkbookPlan } from '../../src/domain/spec/plan';

/** Employer names a spreadsheet would read as a formula, a number or a DDE payload. */
export const TRAP_NAMES = ['=HYPERLINK("http://example.com","klik")', '+31 6 12345678', '-Bakkerij De Zon', '@Home BV', '000123'];
export const SUMMARY = 'Specificatie';
export const EMPLOYERS = 'Werkgevers';
export const TABLE = 'tblWerkgevers';

const f = (formula: string, r: number | string): CellValue => ({ f: formula, r });
export const employerNumber = (i: number) => String(100 + i).padStart(6, '0');
export const employerName = (i: number) => TRAP_NAMES[i] ?? `Werkgever ${i + 1} B.V.`;

function summarySheet(n: number): SheetPlan {
  const s = emptySheet('summary', SUMMARY);
  s.blocks.push({
    row: 0,
    col: 0,
    cells: [
      ['Specificatie Qwoater', null],
      ['Prijs per dossier', 2.5],
      // A reference to a sheet later in the plan: the writer must wait for it to exist.
      ['Totaal werkgevers', f(`'${EMPLOYERS}'!G${n + 2}`, 0)],
    ],
  });
  s.styles.push({ range: range(0, 0), style: { bold: true, size: 14 } }, { range: range(1, 1, 2, 1), style: { numFmt: NumFmt.euro } });
  s.columnWidths = [24, 14];
  s.names.push({ name: 'Prijs', row: 1, col: 1 });
  return s;
}

function employersSheet(n: number): SheetPlan {
  const s = emptySheet('employers', EMPLOYERS);
  const rows: CellValue[][] = [['Nummer', 'Naam', 'Dossiers', 'Inactief', 'Actief', 'Prijs', 'Bedrag', 'Status']];
  for (let i = 0; i < n; i++) {
    const r = i + 2;
    const dossiers = 10 + (i % 90);
    const inactive = i % 7;
    const amount = Math.round((dossiers - inactive) * 2.5 * 100) / 100;
    rows.push([
      employerNumber(i), employerName(i), dossiers, inactive, f(`C${r}-D${r}`, dossiers - inactive), 2.5,
      f(`ROUND(E${r}*F${r},2)`, amount), f(`IF(G${r}>100,"Hoog","OK")`, amount > 100 ? 'Hoog' : 'OK'),
    ]);
  }
  const last = n + 1;
  rows.push(['Totaal', null, f(`SUM(C2:C${last})`, 0), f(`SUM(D2:D${last})`, 0), f(`SUM(E2:E${last})`, 0), null, f(`SUM(G2:G${last})`, 0), null]);
  s.blocks.push({ row: 0, col: 0, cells: rows });
  s.styles.push(
    { range: range(0, 0, 0, 7), style: { bold: true, fill: 'DDEBF7', border: 'bottom', hAlign: 'center', wrap: true } },
    { range: range(1, 2, n + 1, 4), style: { numFmt: NumFmt.count } },
    { range: range(1, 5, n, 5), style: { numFmt: NumFmt.price, input: true } },
    { range: range(1, 6, n + 1, 6), style: { numFmt: NumFmt.euro } },
    { range: range(n + 1, 0, n + 1, 7), style: { bold: true, border: 'top' } },
  );
  s.columnWidths = [10, 30, 10, 10, 10, 10, 12, 8];
  s.freeze = { rows: 1, cols: 0 };
  s.tables.push({
    name: TABLE,
    range: range(0, 0, n, 7),
    columns: (rows[0] as string[]).map((name) => ({ name })),
    style: 'TableStyleMedium2',
  });
  s.names.push({ name: 'TotaalBedrag', row: n + 1, col: 6 });
  s.highlights.push({ range: range(1, 7, n, 7), equals: 'Hoog', fill: 'FFC7CE', fontColor: '9C0006' });
  s.print = { area: range(0, 0, n + 1, 7), paper: 'A4', landscape: true, fitToWidth: true, titleRows: { first: 0, last: 0 }, header: { center: ['Qwoater & co'] }, footer: { center: ['Factuurcheck'] } };
  s.tabColor = '1F4E79';
  return s;
}

/** Summary plus one employer table of `n` rows. */
export function employersPlan(n: number): WorkbookPlan {
  return { title: `Synthetisch ${n}`, sheets: [summarySheet(n), employersSheet(n)] };
}

/** Summary plus `count` small per-employer sheets that refer back to the summary. */
export function perEmployerPlan(count: number): WorkbookPlan {
  const sheets: SheetPlan[] = [summarySheet(0)];
  for (let i = 0; i < count; i++) {
    const s = emptySheet(`employer:${employerNumber(i)}`, `${employerNumber(i)} Werkgever ${i + 1}`.slice(0, 31));
    s.blocks.push({
      row: 0,
      col: 0,
      cells: [
        ['Werkgever', employerName(i), null],
        ['Nummer', employerNumber(i), null],
        ['Dossiers', 10 + (i % 50), null],
        ['Inactief', i % 3, null],
        ['Actief', f('B3-B4', 10 + (i % 50) - (i % 3)), null],
        ['Bedrag', f(`ROUND(B5*'${SUMMARY}'!B2,2)`, 0), 'Prijs uit de specificatie'],
      ],
    });
    s.styles.push({ range: range(0, 0, 5, 0), style: { bold: true } }, { range: range(5, 1), style: { numFmt: NumFmt.euro } });
    s.columnWidths = [14, 30, 28];
    s.freeze = { rows: 1, cols: 1 };
    s.names.push({ name: 'Bedrag', row: 5, col: 1 });
    s.tabColor = 'A9D08E';
    sheets.push(s);
  }
  return { title: `Per werkgever ${count}`, sheets };
}

export const TREND = 'Otherside trend';
export const CHART_NOTE = 'Hier staat de grafiek zodra de invoegtoepassing dit blad in Excel schrijft.';

/**
 * A sheet shaped like the Otherside trend sheet: monthly totals (month, employers,
 * employees, SMS; the counts as formulas over the table below), a line chart of employees
 * and SMS (SMS on the secondary axis) anchored under them with the note a writer without
 * charts leaves visible, then the employer table. A space in the name, so references to it
 * are quoted.
 */
export function trendSheet(months: number, withChart = true): SheetPlan {
  const s = emptySheet('xpert-trend', TREND);
  const first = 2;
  const last = first + months - 1;
  const anchor = range(last + 2, 0, last + 17, 5);
  const table = anchor.lastRow + 2;
  const monthRows: CellValue[][] = [['Maand', 'Werkgevers', 'Medewerkers', 'SMS']];
  for (let i = 0; i < months; i++) {
    const col = 1 + i;
    const letter = String.fromCharCode(66 + col); // the table's month columns start at C
    monthRows.push([`2024-${String(i + 1).padStart(2, '0')}`, f(`COUNT(${letter}${table + 2}:${letter}${table + 4})`, 3),
      f(`SUM(${letter}${table + 2}:${letter}${table + 4})`, 30 + i), f(`SUM(${letter}${table + 2}:${letter}${table + 4})*40`, (30 + i) * 40)]);
  }
  s.blocks.push({ row: 0, col: 0, cells: [['Otherside trend']] }, { row: first - 1, col: 0, cells: monthRows });
  s.blocks.push({ row: anchor.row, col: 0, cells: [[CHART_NOTE]] });
  const header: CellValue[] = ['Code', 'Naam', ...Array.from({ length: months }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`)];
  const rows: CellValue[][] = [header];
  for (let e = 0; e < 3; e++) rows.push([employerNumber(e), employerName(e + 5), ...Array.from({ length: months }, (_, i) => 10 + i)]);
  s.blocks.push({ row: table, col: 0, cells: rows });
  s.styles.push({ range: range(first, 1, last, 3), style: { numFmt: NumFmt.count } }, { range: range(anchor.row, 0), style: { italic: true, fontColor: '7F7F7F' } });
  s.columnWidths = [16, 36, 14, 14, 14, 14];
  s.tables.push({ name: 'Otherside_trend', range: range(table, 0, table + 3, 1 + months), columns: header.map((name) => ({ name: String(name) })), style: 'TableStyleMedium2' });
  if (withChart) {
    s.charts = [{
      kind: 'line',
      name: 'OthersideTrend',
      title: 'Medewerkers en SMS per maand',
      categories: range(first, 0, last, 0),
      series: [
        { name: 'Medewerkers', values: range(first, 2, last, 2) },
        { name: 'SMS', values: range(first, 3, last, 3), axis: 'secondary' },
      ],
      anchor,
    }];
  }
  return s;
}

/** The summary plus the trend sheet. */
export function trendPlan(months = 6, withChart = true): WorkbookPlan {
  return { title: 'Trend', sheets: [summarySheet(0), trendSheet(months, withChart)] };
}
