/**
 * Checks a plan before a byte is written, so a bad plan yields an error and never a
 * half-written file or one Excel "repairs" (it silently drops broken tables and names).
 * These are builder bugs, hence exceptions rather than user-facing problems.
 */
import { a1, isFormula, type CellValue, type RangeRef, type SheetPlan, type WorkbookPlan } from '../domain/spec/plan';
import { isValidSheetName } from '../domain/spec/sheet-names';
import { LAST_COL, LAST_ROW } from './xlsx-style';

const NAME = /^[A-Za-z_\\][A-Za-z0-9_.]*$/;
/** Names Excel would read as a cell (A1, XFD1048576) or R1C1 reference. */
const CELL_LIKE = /^([A-Za-z]{1,3}[0-9]+|[Rr][0-9]*[Cc]?[0-9]*|[Cc][0-9]*)$/;
const MAX_TEXT = 32_767;

const fail = (sheet: string, what: string): never => {
  throw new Error(`xlsx writer: sheet '${sheet}': ${what}`);
};

export function checkName(sheet: string, kind: string, name: string): void {
  if (!NAME.test(name) || CELL_LIKE.test(name) || name.length > 255) fail(sheet, `${kind} name '${name}' is not a valid Excel name`);
}

function checkRange(sheet: string, what: string, r: RangeRef): void {
  const ok =
    [r.row, r.col, r.lastRow, r.lastCol].every((n) => Number.isInteger(n) && n >= 0) &&
    r.lastRow >= r.row && r.lastCol >= r.col && r.lastRow <= LAST_ROW && r.lastCol <= LAST_COL;
  if (!ok) fail(sheet, `${what} has an invalid range ${JSON.stringify(r)}`);
}

const RRGGBB = /^[0-9A-Fa-f]{6}$/;
function checkColours(sheet: string, what: string, ...colours: (string | undefined)[]): void {
  for (const c of colours) if (c !== undefined && !RRGGBB.test(c)) fail(sheet, `${what} has colour '${c}', not RRGGBB`);
}

/** The plan's values in a rectangle, later blocks winning like they do on the sheet. */
export function gridOf(sheet: SheetPlan, r: RangeRef): CellValue[][] {
  const grid: CellValue[][] = Array.from({ length: r.lastRow - r.row + 1 }, () => new Array<CellValue>(r.lastCol - r.col + 1).fill(null));
  for (const b of sheet.blocks) {
    const from = Math.max(b.row, r.row);
    const to = Math.min(b.row + b.cells.length - 1, r.lastRow);
    for (let row = from; row <= to; row++) {
      const line = b.cells[row - b.row]!;
      for (let j = 0; j < line.length; j++) {
        const col = b.col + j;
        if (col >= r.col && col <= r.lastCol) grid[row - r.row]![col - r.col] = line[j]!;
      }
    }
  }
  return grid;
}

function checkValue(sheet: SheetPlan, row: number, col: number, value: CellValue): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) fail(sheet.name, `${a1(row, col)} holds ${value}`);
  } else if (typeof value === 'string') {
    if (value.length > MAX_TEXT) fail(sheet.name, `${a1(row, col)} holds more than ${MAX_TEXT} characters`);
  } else if (isFormula(value)) {
    if (value.f === '' || value.f.startsWith('=')) fail(sheet.name, `${a1(row, col)} formula must be non-empty and without '=': ${value.f}`);
    if (typeof value.r === 'number' && !Number.isFinite(value.r)) fail(sheet.name, `${a1(row, col)} formula result is ${value.r}`);
  }
}

/** Plain loops: this visits every cell of a 50,000-row plan before anything is written. */
function checkCells(sheet: SheetPlan): void {
  for (const b of sheet.blocks) {
    const width = b.cells.reduce((w, line) => Math.max(w, line.length), 0);
    const inside = [b.row, b.col].every((n) => Number.isInteger(n) && n >= 0) && b.row + b.cells.length - 1 <= LAST_ROW && b.col + width - 1 <= LAST_COL;
    if (!inside) fail(sheet.name, `block at row ${b.row}, column ${b.col} lies outside the sheet`);
    for (let i = 0; i < b.cells.length; i++) {
      const line = b.cells[i]!;
      for (let j = 0; j < line.length; j++) checkValue(sheet, b.row + i, b.col + j, line[j] ?? null);
    }
  }
}

function checkTables(sheet: SheetPlan, globalNames: Set<string>): void {
  for (const t of sheet.tables) {
    checkName(sheet.name, 'table', t.name);
    checkRange(sheet.name, `table ${t.name}`, t.range);
    if (globalNames.has(t.name.toLowerCase())) fail(sheet.name, `table name '${t.name}' is used twice`);
    globalNames.add(t.name.toLowerCase());
    if (t.range.lastRow === t.range.row) fail(sheet.name, `table ${t.name} needs at least one data row`);
    if (t.columns.length !== t.range.lastCol - t.range.col + 1) fail(sheet.name, `table ${t.name} has ${t.columns.length} columns for range width ${t.range.lastCol - t.range.col + 1}`);
    // Excel rewrites a header that differs from its column name, and calls that a repair.
    const header = gridOf(sheet, { ...t.range, lastRow: t.range.row })[0]!;
    const seen = new Set<string>();
    t.columns.forEach((c, j) => {
      if (c.name.trim() === '') fail(sheet.name, `table ${t.name} column ${j + 1} has no name`);
      if (seen.has(c.name.toLowerCase())) fail(sheet.name, `table ${t.name} has column '${c.name}' twice`);
      seen.add(c.name.toLowerCase());
      if (header[j] !== c.name) fail(sheet.name, `table ${t.name}: header cell ${a1(t.range.row, t.range.col + j)} must hold '${c.name}'`);
    });
  }
  const overlap = (a: RangeRef, b: RangeRef) => a.row <= b.lastRow && b.row <= a.lastRow && a.col <= b.lastCol && b.col <= a.lastCol;
  sheet.tables.forEach((t, i) =>
    sheet.tables.slice(i + 1).forEach((u) => {
      if (overlap(t.range, u.range)) fail(sheet.name, `tables ${t.name} and ${u.name} overlap`);
    }),
  );
}

/** Excel's limits on a validation's texts and a list's source. */
const PROMPT_TITLE = 32;
const PROMPT_MESSAGE = 255;

function checkSheetExtras(sheet: SheetPlan): void {
  for (const v of sheet.validations ?? []) {
    checkRange(sheet.name, 'an input rule', v.range);
    for (const t of [v.prompt, v.error]) {
      if (t.title.length > PROMPT_TITLE || t.message.length > PROMPT_MESSAGE) fail(sheet.name, `input rule at ${a1(v.range.row, v.range.col)} has a text over Excel's 32/255 characters`);
    }
    if (v.rule.kind === 'list' && v.rule.items.join(',').length > PROMPT_MESSAGE) fail(sheet.name, 'a list rule is over 255 characters');
  }
  const merges = sheet.merges ?? [];
  merges.forEach((m, i) => {
    checkRange(sheet.name, 'a merge', m);
    if (merges.slice(i + 1).some((o) => m.row <= o.lastRow && o.row <= m.lastRow && m.col <= o.lastCol && o.col <= m.lastCol)) fail(sheet.name, `merges overlap at ${a1(m.row, m.col)}`);
    if (sheet.tables.some((t) => m.row <= t.range.lastRow && t.range.row <= m.lastRow && m.col <= t.range.lastCol && t.range.col <= m.lastCol)) fail(sheet.name, `a merge at ${a1(m.row, m.col)} lies in a table`);
  });
  for (const h of sheet.rowHeights ?? []) if (!(h.points > 0 && h.points <= 409) || h.row < 0 || h.row > LAST_ROW) fail(sheet.name, `row ${h.row + 1} has a height of ${h.points} points`);
  for (const r of sheet.textNumbers ?? []) checkRange(sheet.name, 'a number-as-text range', r);
  const t = sheet.print?.titleRows;
  if (t && !(t.first >= 0 && t.last >= t.first && t.last <= LAST_ROW)) fail(sheet.name, 'the print titles are not rows of the sheet');
}

export function checkPlan(plan: WorkbookPlan): void {
  if (plan.sheets.length === 0) throw new Error('xlsx writer: a workbook needs at least one sheet');
  const sheetNames = new Set<string>();
  const tableNames = new Set<string>();
  for (const sheet of plan.sheets) {
    if (!isValidSheetName(sheet.name)) fail(sheet.name, 'invalid sheet name');
    if (sheetNames.has(sheet.name.toLowerCase())) fail(sheet.name, 'sheet name is used twice (case-insensitive)');
    sheetNames.add(sheet.name.toLowerCase());
    checkCells(sheet);
    for (const s of sheet.styles) {
      checkRange(sheet.name, 'a style', s.range);
      checkColours(sheet.name, 'a style', s.style.fill, s.style.fontColor);
    }
    for (const h of sheet.highlights) {
      checkRange(sheet.name, 'a highlight', h.range);
      checkColours(sheet.name, 'a highlight', h.fill, h.fontColor);
    }
    checkColours(sheet.name, 'the tab', sheet.tabColor);
    if (sheet.print?.area) checkRange(sheet.name, 'the print area', sheet.print.area);
    checkTables(sheet, tableNames);
    checkSheetExtras(sheet);
  }
  // Workbook-level names: valid, once each, on a sheet of the plan, never a table's name.
  const seen = new Set<string>();
  for (const n of plan.names ?? []) {
    checkName(n.sheet, 'workbook', n.name);
    const key = n.name.toLowerCase();
    if (seen.has(key) || tableNames.has(key)) fail(n.sheet, `workbook name '${n.name}' is used twice`);
    seen.add(key);
    if (!sheetNames.has(n.sheet.toLowerCase())) fail(n.sheet, `workbook name '${n.name}' points at a sheet the plan does not have`);
    if (n.row < 0 || n.col < 0 || n.row > LAST_ROW || n.col > LAST_COL) fail(n.sheet, `workbook name '${n.name}' points outside the sheet`);
  }
  // Sheet-scoped names may repeat across sheets, but never clash with a (global) table name.
  for (const sheet of plan.sheets) {
    const local = new Set<string>();
    for (const n of sheet.names) {
      checkName(sheet.name, 'defined', n.name);
      const key = n.name.toLowerCase();
      if (local.has(key) || tableNames.has(key)) fail(sheet.name, `defined name '${n.name}' is used twice`);
      local.add(key);
      if (n.row < 0 || n.col < 0 || n.row > LAST_ROW || n.col > LAST_COL) fail(sheet.name, `defined name '${n.name}' points outside the sheet`);
    }
  }
}
