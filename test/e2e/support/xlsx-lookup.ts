/** Finding figures in a downloaded specification by the label beside them, as a reader would. */
import type { CellReading, WorkbookValues } from '../../support/read-xlsx';

const split = (addr: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(addr)!;
  return { col: m[1]!, row: Number(m[2]) };
};
const colNum = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

export function sheetByPrefix(wb: WorkbookValues, prefix: string): Map<string, CellReading> {
  for (const [name, cells] of wb) if (name.startsWith(prefix)) return cells;
  throw new Error(`no sheet starting with '${prefix}' in ${[...wb.keys()].join(', ')}`);
}

/** The first number to the right of the first cell (top to bottom) whose text is `label`. */
export function numberRightOf(sheet: Map<string, CellReading>, label: string): number {
  const hits = [...sheet.entries()]
    .filter(([, c]) => c.value === label)
    .map(([a]) => split(a))
    .sort((a, b) => a.row - b.row || colNum(a.col) - colNum(b.col));
  const hit = hits[0];
  if (!hit) throw new Error(`label '${label}' not found`);
  const right = [...sheet.entries()]
    .map(([a, c]) => ({ ...split(a), c }))
    .filter((x) => x.row === hit.row && colNum(x.col) > colNum(hit.col) && typeof x.c.value === 'number')
    .sort((a, b) => colNum(a.col) - colNum(b.col));
  if (!right[0]) throw new Error(`no number right of '${label}' (row ${hit.row})`);
  return right[0].c.value as number;
}

/** Every cell in a sheet whose text equals `text` (addresses). */
export function cellsWithText(sheet: Map<string, CellReading>, text: string): string[] {
  return [...sheet.entries()].filter(([, c]) => c.value === text).map(([a]) => a);
}
