/**
 * One check of a plan before either writer writes a byte (the Office writer before its
 * first request, the ExcelJS writers before their first sheet), so a plan Excel would
 * refuse, or "repair" by silently dropping broken tables and names, yields a message and
 * never a half-written workbook.
 *
 * Two kinds of finding, both Problems naming the sheet and the cell:
 * - Excel's limits that the user's data or choices can reach: a formula of more than 8,192
 *   characters (a graduated staffel's formula grows with every tier), a text of more than
 *   32,767 characters. The message says what to change.
 * - What only a bug in a plan builder can cause (a bad range, a table header that differs
 *   from its column name, a name used twice): 'plan.invalid', asking for a report.
 *
 * The limits are Excel's "specifications and limits": formula contents 8,192 characters
 * ([MS-OI29500] 2.1.1085: "Excel restricts the contents of [a formula] to be at most 8192
 * characters"), 32,767 characters in a cell, 64 nested levels of functions, 1,048,576 rows
 * by 16,384 columns, 31 characters in a sheet name, 255 in a name; a worksheet custom
 * property value holds 255 characters ("larger values are automatically trimmed" outside
 * Excel on the web), which the ownership marker must fit in.
 */
import { error, type Problem } from '../domain/problems';
import { a1, isFormula, type CellValue, type RangeRef, type SheetPlan, type WorkbookPlan } from '../domain/spec/plan';
import { isValidSheetName } from '../domain/spec/sheet-names';

export const LAST_ROW = 1_048_575;
export const LAST_COL = 16_383;
export const MAX_FORMULA_CHARS = 8_192;
export const MAX_TEXT_CHARS = 32_767;
export const MAX_NESTING = 64;
/** The Office writer's ownership marker ({"v":1,"run":"…","key":"…"}) is a custom property of at most 255 characters. */
export const MAX_SHEET_KEY_CHARS = 200;

const NAME = /^[A-Za-z_\\][A-Za-z0-9_.]*$/;
/** Names Excel would read as a cell (A1, XFD1048576) or R1C1 reference. */
const CELL_LIKE = /^([A-Za-z]{1,3}[0-9]+|[Rr][0-9]*[Cc]?[0-9]*|[Cc][0-9]*)$/;
const RRGGBB = /^[0-9A-Fa-f]{6}$/;

/** A finding stops the check: the first one is what the user reads. */
class Finding extends Error {
  constructor(readonly problem: Problem) {
    super(problem.en);
  }
}

/** What a builder bug looks like: the sheet, the place if there is one, and what is wrong, in English for the report. */
const invalid = (sheet: string, detail: string): never => {
  throw new Finding(error('plan.invalid', { sheet, detail }));
};

export const isValidName = (name: string): boolean => NAME.test(name) && !CELL_LIKE.test(name) && name.length <= 255;

function checkName(sheet: string, kind: string, name: string): void {
  if (!isValidName(name)) invalid(sheet, `${kind} name '${name}' is not a valid Excel name`);
}

function checkRange(sheet: string, what: string, r: RangeRef): void {
  const ok =
    [r.row, r.col, r.lastRow, r.lastCol].every((n) => Number.isInteger(n) && n >= 0) &&
    r.lastRow >= r.row && r.lastCol >= r.col && r.lastRow <= LAST_ROW && r.lastCol <= LAST_COL;
  if (!ok) invalid(sheet, `${what} has an invalid range ${JSON.stringify(r)}`);
}

function checkColours(sheet: string, what: string, ...colours: (string | undefined)[]): void {
  for (const c of colours) if (c !== undefined && !RRGGBB.test(c)) invalid(sheet, `${what} has colour '${c}', not RRGGBB`);
}

/** The deepest nesting of parentheses outside "texts" and 'sheet names'. */
function nesting(f: string): number {
  let depth = 0;
  let max = 0;
  let quote = 0;
  // Char codes, not for…of: this runs over every formula of a 50,000-row plan.
  for (let i = 0; i < f.length; i++) {
    const ch = f.charCodeAt(i);
    if (quote) {
      if (ch === quote) quote = 0; // a doubled quote closes and reopens: same effect
    } else if (ch === 34 || ch === 39) quote = ch; // " or '
    else if (ch === 40) max = Math.max(max, ++depth); // (
    else if (ch === 41) depth--; // )
  }
  return max;
}

/** The plan's values in a rectangle, later blocks winning like they do on the sheet. */
function gridOf(sheet: SheetPlan, r: RangeRef): CellValue[][] {
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
  // The cell's address is made only for a finding: this runs for every cell of the plan.
  const cell = () => a1(row, col);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) invalid(sheet.name, `${cell()} holds ${value}`);
  } else if (typeof value === 'string') {
    if (value.length > MAX_TEXT_CHARS) throw new Finding(error('plan.textTooLong', { sheet: sheet.name, cell: cell(), length: value.length, max: MAX_TEXT_CHARS }));
  } else if (isFormula(value)) {
    if (value.f === '' || value.f.startsWith('=')) invalid(sheet.name, `${cell()} formula must be non-empty and without '=': ${value.f.slice(0, 100)}`);
    if (typeof value.r === 'number' && !Number.isFinite(value.r)) invalid(sheet.name, `${cell()} formula result is ${value.r}`);
    // With the '=' Excel puts in front of it.
    const length = value.f.length + 1;
    if (length > MAX_FORMULA_CHARS) {
      throw new Finding(error(value.grows === 'tiers' ? 'plan.formulaTooLong.tiers' : 'plan.formulaTooLong', { sheet: sheet.name, cell: cell(), length, max: MAX_FORMULA_CHARS }));
    }
    const depth = nesting(value.f);
    if (depth > MAX_NESTING) invalid(sheet.name, `${cell()} formula nests ${depth} levels of functions, more than ${MAX_NESTING}`);
  }
}

/** Plain loops: this visits every cell of a 50,000-row plan before anything is written. */
function checkCells(sheet: SheetPlan): void {
  for (const b of sheet.blocks) {
    const width = b.cells.reduce((w, line) => Math.max(w, line.length), 0);
    const inside = [b.row, b.col].every((n) => Number.isInteger(n) && n >= 0) && b.row + b.cells.length - 1 <= LAST_ROW && b.col + width - 1 <= LAST_COL;
    if (!inside) invalid(sheet.name, `block at row ${b.row}, column ${b.col} lies outside the sheet`);
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
    if (globalNames.has(t.name.toLowerCase())) invalid(sheet.name, `table name '${t.name}' is used twice`);
    globalNames.add(t.name.toLowerCase());
    if (t.range.lastRow === t.range.row) invalid(sheet.name, `table ${t.name} needs at least one data row`);
    if (t.columns.length !== t.range.lastCol - t.range.col + 1) invalid(sheet.name, `table ${t.name} has ${t.columns.length} columns for range width ${t.range.lastCol - t.range.col + 1}`);
    // Excel rewrites a header that differs from its column name, and calls that a repair.
    const header = gridOf(sheet, { ...t.range, lastRow: t.range.row })[0]!;
    const seen = new Set<string>();
    t.columns.forEach((c, j) => {
      if (c.name.trim() === '') invalid(sheet.name, `table ${t.name} column ${j + 1} has no name`);
      if (seen.has(c.name.toLowerCase())) invalid(sheet.name, `table ${t.name} has column '${c.name}' twice`);
      seen.add(c.name.toLowerCase());
      if (header[j] !== c.name) invalid(sheet.name, `table ${t.name}: header cell ${a1(t.range.row, t.range.col + j)} must hold '${c.name}'`);
    });
  }
  const overlap = (a: RangeRef, b: RangeRef) => a.row <= b.lastRow && b.row <= a.lastRow && a.col <= b.lastCol && b.col <= a.lastCol;
  sheet.tables.forEach((t, i) =>
    sheet.tables.slice(i + 1).forEach((u) => {
      if (overlap(t.range, u.range)) invalid(sheet.name, `tables ${t.name} and ${u.name} overlap`);
    }),
  );
}

function checkCharts(sheet: SheetPlan): void {
  for (const c of sheet.charts ?? []) {
    if (c.series.length === 0) invalid(sheet.name, `chart ${c.name} has no series`);
    for (const s of c.series) if (s.name.length > 255) invalid(sheet.name, `chart ${c.name} has a series name over 255 characters`);
    for (const r of [c.anchor, c.categories, ...c.series.map((s) => s.values)]) checkRange(sheet.name, `chart ${c.name}`, r);
  }
}

/** Excel's limits on an input rule's texts ("title 32 characters, message 255") and on a list's source (255). */
const PROMPT_TITLE = 32;
const PROMPT_MESSAGE = 255;
const overlaps = (a: RangeRef, b: RangeRef) => a.row <= b.lastRow && b.row <= a.lastRow && a.col <= b.lastCol && b.col <= a.lastCol;

/** Input rules, merges, row heights, number-like text ranges and print titles. */
function checkSheetExtras(sheet: SheetPlan): void {
  for (const v of sheet.validations ?? []) {
    checkRange(sheet.name, 'an input rule', v.range);
    for (const t of [v.prompt, v.error]) {
      if (t.title.length > PROMPT_TITLE || t.message.length > PROMPT_MESSAGE) invalid(sheet.name, `input rule at ${a1(v.range.row, v.range.col)} has a text over Excel's 32/255 characters`);
    }
    if (v.rule.kind === 'list' && v.rule.items.join(',').length > PROMPT_MESSAGE) invalid(sheet.name, 'a list rule is over 255 characters');
  }
  const merges = sheet.merges ?? [];
  merges.forEach((m, i) => {
    checkRange(sheet.name, 'a merge', m);
    if (merges.slice(i + 1).some((o) => overlaps(m, o))) invalid(sheet.name, `merges overlap at ${a1(m.row, m.col)}`);
    if (sheet.tables.some((t) => overlaps(m, t.range))) invalid(sheet.name, `a merge at ${a1(m.row, m.col)} lies in a table`);
  });
  for (const h of sheet.rowHeights ?? []) if (!(h.points > 0 && h.points <= 409) || h.row < 0 || h.row > LAST_ROW) invalid(sheet.name, `row ${h.row + 1} has a height of ${h.points} points`);
  for (const r of sheet.textNumbers ?? []) checkRange(sheet.name, 'a number-as-text range', r);
  const t = sheet.print?.titleRows;
  if (t && !(t.first >= 0 && t.last >= t.first && t.last <= LAST_ROW)) invalid(sheet.name, 'the print titles are not rows of the sheet');
}

function check(plan: WorkbookPlan): void {
  if (plan.sheets.length === 0) invalid('', 'a workbook needs at least one sheet');
  const sheetNames = new Set<string>();
  const keys = new Set<string>();
  const tableNames = new Set<string>();
  for (const sheet of plan.sheets) {
    if (!isValidSheetName(sheet.name)) invalid(sheet.name, 'invalid sheet name');
    if (sheetNames.has(sheet.name.toLowerCase())) invalid(sheet.name, 'sheet name is used twice (case-insensitive)');
    sheetNames.add(sheet.name.toLowerCase());
    if (keys.has(sheet.key) || sheet.key.length > MAX_SHEET_KEY_CHARS) invalid(sheet.name, `sheet key '${sheet.key.slice(0, 40)}' is used twice or too long`);
    keys.add(sheet.key);
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
    checkCharts(sheet);
    checkSheetExtras(sheet);
  }
  // Workbook-level names: valid, once each, on a sheet of the plan, never a table's name.
  const workbookNames = new Set<string>();
  for (const n of plan.names ?? []) {
    checkName(n.sheet, 'workbook', n.name);
    const key = n.name.toLowerCase();
    if (workbookNames.has(key) || tableNames.has(key)) invalid(n.sheet, `workbook name '${n.name}' is used twice`);
    workbookNames.add(key);
    if (!sheetNames.has(n.sheet.toLowerCase())) invalid(n.sheet, `workbook name '${n.name}' points at a sheet the plan does not have`);
    if (n.row < 0 || n.col < 0 || n.row > LAST_ROW || n.col > LAST_COL) invalid(n.sheet, `workbook name '${n.name}' points outside the sheet`);
  }
  // Sheet-scoped names may repeat across sheets, but never clash with a (global) table name.
  for (const sheet of plan.sheets) {
    const local = new Set<string>();
    for (const n of sheet.names) {
      checkName(sheet.name, 'defined', n.name);
      const key = n.name.toLowerCase();
      if (local.has(key) || tableNames.has(key)) invalid(sheet.name, `defined name '${n.name}' is used twice`);
      local.add(key);
      if (n.row < 0 || n.col < 0 || n.row > LAST_ROW || n.col > LAST_COL) invalid(sheet.name, `defined name '${n.name}' points outside the sheet`);
    }
  }
}

/** The first thing in the plan that Excel would refuse or repair, or null when there is none. */
export function planProblem(plan: WorkbookPlan): Problem | null {
  try {
    check(plan);
    return null;
  } catch (e) {
    if (e instanceof Finding) return e.problem;
    throw e;
  }
}

/** For writers whose interface throws (ExcelJS): the plan's problem as an Error carrying it. */
export class PlanError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.en);
    this.name = 'PlanError';
  }
}

export function assertPlan(plan: WorkbookPlan): void {
  const p = planProblem(plan);
  if (p) throw new PlanError(p);
}
