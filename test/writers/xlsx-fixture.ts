/**
 * A hand-built plan that uses every plan feature once, with formula results worked out by
 * hand (and confirmed by LibreOffice in xlsx-libreoffice.test.ts).
 */
import { emptySheet, NumFmt, range, type CellValue, type WorkbookPlan } from '../../src/domain/spec/plan';
import { LAST_ROW } from '../../src/writers/xlsx-style';

export const SPEC = 'Specificatie';
export const OTHER = "Jan's blad";

/** Texts a spreadsheet would take for a formula or a number; they must stay text. */
export const TRAPS = ['=1+1', '+31 6 12345678', '-5', '@SUM(A1)', '=HYPERLINK("http://example.com")'];

const f = (formula: string, r: number | string): CellValue => ({ f: formula, r });

export function featurePlan(): WorkbookPlan {
  const spec = emptySheet('summary', SPEC);
  spec.blocks.push(
    { row: 0, col: 0, cells: [['Specificatie Qwoater']] },
    {
      row: 2,
      col: 0,
      cells: [
        ['Nummer', 'Naam', 'Model 1', 'Model 2', 'Prijs', 'Bedrag', 'Status'],
        ['000123', 'Jansen & Zn', 10, 5, 2.5, f('ROUND((C4+D4)*E4,2)', 37.5), f('IF(F4>20,"Afwijking","OK")', 'Afwijking')],
        ['000456', 'De Vries BV', 3, 0, 2.345, f('ROUND((C5+D5)*E5,2)', 7.04), f('IF(F5>20,"Afwijking","OK")', 'OK')],
        ['000789', "O'Brien", 0, 7, 1.99, f('ROUND((C6+D6)*E6,2)', 13.93), f('IF(F6>20,"Afwijking","OK")', 'OK')],
        ['Totaal', null, f('SUM(C4:C6)', 13), f('SUM(D4:D6)', 12), null, f('SUM(F4:F6)', 58.47), f('MAX(F4:F6)', 37.5)],
      ],
    },
    {
      row: 8,
      col: 0,
      cells: [
        ['Bedrag De Vries', null, null, null, null, f('INDEX(F4:F6,MATCH("De Vries BV",B4:B6,0))', 7.04)],
        ["Uit Jan's blad", null, null, null, null, f("'Jan''s blad'!B2*2", 42)],
        ['Niveau', null, null, null, null, f('IFS(F7>100,"hoog",F7>50,"midden",TRUE,"laag")', 'midden')],
        ['Leeg', null, null, null, null, f('IF(F7>0,"","x")', '')],
      ],
    },
    { row: 13, col: 0, cells: TRAPS.map((t, i) => (i === 0 ? [t, true] : [t])) },
  );
  spec.styles.push(
    { range: range(0, 0, LAST_ROW, 0), style: { numFmt: NumFmt.text } },
    { range: range(0, 0), style: { bold: true, size: 14 } },
    { range: range(2, 0, 2, 6), style: { bold: true, fill: 'DDEBF7', border: 'box', hAlign: 'center', wrap: true } },
    { range: range(3, 2, 6, 3), style: { numFmt: NumFmt.count } },
    { range: range(3, 4, 5, 4), style: { numFmt: NumFmt.price } },
    { range: range(3, 5, 9, 5), style: { numFmt: NumFmt.euro } },
    { range: range(6, 0, 6, 6), style: { bold: true, border: 'top' } },
    { range: range(2, 7), style: { input: true, fill: 'FFF2CC' } },
    { range: range(8, 0, 11, 0), style: { italic: true, fontColor: '595959' } },
  );
  spec.columnWidths = [12, 28, 10, 10, 10, 14, 12, 10];
  spec.freeze = { rows: 3, cols: 0 };
  spec.tables.push({
    name: 'Werkgevers',
    range: range(2, 0, 5, 6),
    columns: ['Nummer', 'Naam', 'Model 1', 'Model 2', 'Prijs', 'Bedrag', 'Status'].map((name) => ({ name })),
    style: 'TableStyleMedium2',
  });
  spec.names.push({ name: 'Totaal', row: 6, col: 5 }, { name: 'Invoer', row: 2, col: 7 });
  spec.highlights.push({ range: range(3, 6, 5, 6), equals: 'Afwijking', fill: 'FFC7CE', fontColor: '9C0006' });
  spec.print = {
    area: range(0, 0, 11, 6),
    paper: 'A4',
    landscape: true,
    fitToWidth: true,
    titleRows: { first: 2, last: 2 },
    header: { left: ['Jansen & Zn'], center: [{ field: 'sheet' }] },
    footer: { left: ['Factuurcheck'], right: ['pagina ', { field: 'page' }, ' van ', { field: 'pages' }] },
  };
  spec.tabColor = '1F4E79';

  const other = emptySheet('employer:000123', OTHER);
  other.blocks.push({ row: 0, col: 0, cells: [['Regel', 'Waarde'], ['Aantal', 21], ['Terug', f("'Specificatie'!F7", 58.47)]] });
  // The same name as on the summary sheet: sheet scope makes that legal.
  other.names.push({ name: 'Totaal', row: 2, col: 1 });
  return { title: 'Specificatie Qwoater 2024', sheets: [spec, other] };
}

/** Number of formula cells in featurePlan(), counted by hand. */
export const FEATURE_FORMULAS = 3 * 2 + 4 + 4 + 1;
