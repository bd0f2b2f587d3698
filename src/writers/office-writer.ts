/**
 * WorkbookPlan → Excel through Office.js.
 *
 * Costs in Excel are round trips and request size, so the writer queues everything and
 * syncs only when a request is full (about 3.5 MB of JSON, under Excel on the web's 5 MB
 * limit) or holds 50 new sheets. The sync count grows with megabytes, never per employer.
 *
 * It is atomic: sheets are built under temporary names ('~fc-tmp-<run>-<n>') and get their
 * final names in the last request. Any failure, a refused sync included, deletes what this
 * run created and puts back what it moved aside, so the workbook is left as it was; only a
 * failure after the commit point (an old sheet already deleted) completes the write instead.
 * Ownership: a worksheet custom property (ExcelApi 1.12) marks sheets Factuurcheck made;
 * only those are ever replaced or deleted.
 *
 * Written against a structural subset of the Excel API (below) rather than the global
 * `Excel`, so tests run it on a recording fake; excel-queue.ts checks that the real
 * Excel.RequestContext satisfies it.
 */
import { a1, a1Range, isFormula, quoteSheet, range, type CellBlock, type CellValue, type RangeRef, type SheetPlan, type Style, type WorkbookPlan } from '../domain/spec/plan';
import { nextFreeSheetName, sanitizeSheetName } from '../domain/spec/sheet-names';
import { error, fail, ok, warning, type Problem, type Result } from '../domain/problems';
import type { ConflictChoice, WriteReport } from '../host/host';
import { isPayloadTooLarge, officeErrorDetail, officeProblem } from '../office/office-errors';

// ── The Excel API subset we use ──────────────────────────────────────────────────────────
export interface XlLoadable { load(propertyNames?: string | string[]): unknown }
export interface XlRequestContext {
  readonly workbook: XlWorkbook;
  readonly application: { suspendApiCalculationUntilNextSync(): void };
  sync(): Promise<unknown>;
}
export interface XlWorkbook {
  readonly worksheets: XlWorksheets;
  readonly tables: XlTables;
  readonly customXmlParts: XlCustomXmlParts;
  getSelectedRange(): XlRange;
}
export interface XlWorksheets extends XlLoadable {
  readonly items: XlWorksheet[];
  add(name?: string): XlWorksheet;
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
}
export interface XlWorksheet extends XlLoadable {
  name: string;
  position: number;
  tabColor: string;
  readonly isNullObject: boolean;
  readonly tables: XlTables;
  readonly names: { add(name: string, reference: XlRange | string): unknown };
  readonly freezePanes: { freezeRows(count?: number): void; freezeColumns(count?: number): void; freezeAt(frozenRange: string): void };
  readonly customProperties: XlLoadable & { readonly items: XlCustomProperty[]; add(key: string, value: string): unknown; getItemOrNullObject(key: string): XlCustomProperty };
  readonly pageLayout: XlPageLayout;
  getRange(address?: string): XlRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange;
  activate(): void;
  delete(): void;
}
export interface XlCustomProperty extends XlLoadable { readonly key: string; readonly value: string; readonly isNullObject: boolean }
export interface XlTables extends XlLoadable {
  readonly items: XlTable[];
  add(address: string, hasHeaders: boolean): XlTable;
  getItem(key: string): XlTable;
  getItemOrNullObject(key: string): XlTable;
}
export interface XlTable extends XlLoadable { name: string; style: string; readonly isNullObject: boolean }
export interface XlPageLayout {
  orientation: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  readonly headersFooters: { readonly defaultForAllPages: { centerHeader: string; centerFooter: string } };
  setPrintArea(printArea: string): void;
}
export interface XlRange extends XlLoadable {
  values: unknown[][];
  formulas: unknown[][];
  /** A 2-D array, or one value that Excel applies to every cell (documented, and far cheaper). */
  numberFormat: unknown[][] | string;
  readonly text: string[][];
  readonly address: string;
  readonly isNullObject: boolean;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly worksheet: XlWorksheet;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  readonly format: {
    readonly font: { bold: boolean; italic: boolean; size: number; color: string };
    readonly fill: { color: string };
    readonly borders: { getItem(index: 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight'): { style: string } };
    readonly protection: { locked: boolean };
    columnWidth: number;
    horizontalAlignment: string;
    wrapText: boolean;
  };
  readonly conditionalFormats: {
    add(type: 'CellValue'): {
      readonly cellValue: {
        readonly format: { readonly fill: { color: string }; readonly font: { color: string } };
        rule: { formula1: string; formula2?: string; operator: string };
      };
    };
  };
}
export interface XlCustomXmlPart extends XlLoadable { readonly id: string; delete(): void; getXml(): { readonly value: string } }
export interface XlCustomXmlParts {
  add(xml: string): XlCustomXmlPart;
  getByNamespace(namespaceUri: string): XlLoadable & { readonly items: XlCustomXmlPart[] };
}

// ── Ownership marker ─────────────────────────────────────────────────────────────────────
export const OWNER_KEY = 'Factuurcheck';
export interface OwnerMarker { v: 1; run: string; key: string }
export function parseOwnerMarker(value: string | null | undefined): OwnerMarker | null {
  try {
    const m = JSON.parse(value ?? '') as Partial<OwnerMarker> | null;
    return m && m.v === 1 && typeof m.run === 'string' ? (m as OwnerMarker) : null;
  } catch {
    return null; // someone else's property of the same name: not ours, which is the safe answer
  }
}

// ── Options and report ───────────────────────────────────────────────────────────────────
export interface OfficeWriteOptions {
  conflict: ConflictChoice;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Our estimate of one request's JSON; Excel on the web refuses 5 MB. */
  maxRequestBytes?: number;
  /** New sheets per request, so one request never blocks Excel for long. */
  sheetsPerSync?: number;
  /** Fixed in tests; random otherwise. */
  runId?: string;
  activate?: boolean;
}
export interface OfficeWriteReport extends WriteReport {
  syncs: number;
  /** The writer's own estimate of its largest request. */
  largestRequestBytes: number;
  /** Ranges given the text format '@' so their text is never parsed; single cells included. */
  textFormatRanges: number;
  textFormatSingleCells: number;
  payloadRetries: number;
}

export const DEFAULT_MAX_REQUEST_BYTES = 3_500_000;
const MIN_REQUEST_BYTES = 16_384;
const DEFAULT_SHEETS_PER_SYNC = 50;
/** What Office.js adds around each queued action (object path, action record); generous on purpose. */
const OP_BYTES = 200;

// ── Steps: queued work with a size, so requests can be packed under the limit ─────────────
interface Env { ctx: XlRequestContext; sheet(name: string): XlWorksheet; adopt(name: string, ws: XlWorksheet): void }
interface Step {
  bytes: number;
  newSheet?: boolean;
  apply(env: Env): void;
  /** Splits off the rows that fit in `room` bytes (at least one row when `force`). */
  take?(room: number, force: boolean): [Step | null, Step | null];
}
const op = (ops: number, apply: (env: Env) => void, extra = 0): Step => ({ bytes: ops * OP_BYTES + extra, apply });

function utf8Length(s: string): number {
  if (!/[^\x00-\x7f]/.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

/** Rows of one block; pieces share the rows and their byte prefix sums. */
class RowsStep implements Step {
  constructor(
    private readonly sheet: string,
    private readonly at: { row: number; col: number; width: number; prop: 'values' | 'formulas' },
    private readonly rows: unknown[][],
    private readonly prefix: number[],
    private readonly from: number,
    private readonly to: number,
  ) {}
  get bytes(): number {
    return OP_BYTES + this.prefix[this.to]! - this.prefix[this.from]!;
  }
  apply(env: Env): void {
    const r = range(this.at.row + this.from, this.at.col, this.at.row + this.to - 1, this.at.col + this.at.width - 1);
    env.sheet(this.sheet).getRange(a1Range(r))[this.at.prop] = this.rows.slice(this.from, this.to);
  }
  take(room: number, force: boolean): [Step | null, Step | null] {
    const base = this.prefix[this.from]! - OP_BYTES;
    let lo = this.from, hi = this.to; // largest k with bytes(from..k) <= room
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.prefix[mid]! - base <= room) lo = mid; else hi = mid - 1;
    }
    if (lo === this.from && force) lo = this.from + 1;
    const piece = (a: number, b: number) => (a < b ? new RowsStep(this.sheet, this.at, this.rows, this.prefix, a, b) : null);
    return [piece(this.from, lo), piece(lo, this.to)];
  }
}

const isText = (v: CellValue | undefined): v is string => typeof v === 'string' && v !== '';

/** Plan sheet and table names (lower case) → their temporary names and the plan index of their sheet. */
export interface PlanRefs {
  sheets: Map<string, { temp: string; index: number }>;
  tables: Map<string, { temp: string; index: number }>;
}

/**
 * Points references to plan sheets ('Specificatie'!F7, Werkgevers!A1) and plan tables
 * (tblWerkgevers[Bedrag]) at their temporary names. Excel updates references when a sheet
 * or table is renamed, so at commit they follow to the final names, a '(2)' suffix included.
 * Text in "quotes" is left alone. Also returns the highest plan index referenced (-1 for
 * none), so a block can wait until the sheet or table it names exists.
 */
export function rewriteRefs(f: string, refs: PlanRefs): { f: string; sheetReach: number; tableReach: number } {
  let sheetReach = -1;
  let tableReach = -1;
  if (!f.includes('!') && !f.includes('[')) return { f, sheetReach, tableReach };
  const swap = (kind: 'sheets' | 'tables', name: string, original: string) => {
    const ref = refs[kind].get(name.toLowerCase());
    if (!ref) return original;
    if (kind === 'sheets') sheetReach = Math.max(sheetReach, ref.index);
    else tableReach = Math.max(tableReach, ref.index);
    return kind === 'sheets' ? quoteSheet(ref.temp) : ref.temp;
  };
  let out = '';
  let i = 0;
  while (i < f.length) {
    const ch = f[i]!;
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      let name = '';
      for (; j < f.length; j++) {
        if (f[j] === ch) {
          if (f[j + 1] !== ch) break;
          j++;
        }
        name += f[j];
      }
      const token = f.slice(i, j + 1);
      out += ch === "'" && f[j + 1] === '!' ? swap('sheets', name, token) : token;
      i = j + 1;
      continue;
    }
    const bare = i === 0 || !/[\w.]/.test(f[i - 1]!) ? /^[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*(?=[![])/.exec(f.slice(i)) : null;
    if (bare) {
      out += swap(f[i + bare[0].length] === '!' ? 'sheets' : 'tables', bare[0], bare[0]);
      i += bare[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return { f: out, sheetReach, tableReach };
}

/**
 * Rectangles covering exactly the text cells of a block: runs per row, merged down while
 * the next row has the same run. A text column of 50,000 rows becomes one range.
 */
export function textRectangles(b: CellBlock): RangeRef[] {
  const out: RangeRef[] = [];
  let open = new Map<string, RangeRef>();
  b.cells.forEach((line, i) => {
    const next = new Map<string, RangeRef>();
    for (let j = 0; j < line.length; j++) {
      if (!isText(line[j])) continue;
      let k = j;
      while (isText(line[k + 1])) k++;
      const key = `${j}:${k}`;
      const prev = open.get(key);
      const rect = prev ?? range(b.row + i, b.col + j, b.row + i, b.col + k);
      rect.lastRow = b.row + i;
      open.delete(key);
      next.set(key, rect);
      j = k;
    }
    out.push(...open.values());
    open = next;
  });
  out.push(...open.values());
  return out;
}

const HALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const EDGES = { top: ['EdgeTop'], bottom: ['EdgeBottom'], box: ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] } as const;
const color = (hex: string) => `#${hex.replace(/^#/, '')}`;

function styleOps(s: Style): number {
  return Object.values(s).filter((v) => v !== undefined).length + (s.border === 'box' ? 3 : 0);
}
function applyStyle(r: XlRange, s: Style): void {
  if (s.numFmt !== undefined) r.numberFormat = s.numFmt;
  const f = r.format;
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.italic !== undefined) f.font.italic = s.italic;
  if (s.size !== undefined) f.font.size = s.size;
  if (s.fontColor) f.font.color = color(s.fontColor);
  if (s.fill) f.fill.color = color(s.fill);
  if (s.hAlign) f.horizontalAlignment = HALIGN[s.hAlign];
  if (s.wrap !== undefined) f.wrapText = s.wrap;
  if (s.border) for (const edge of EDGES[s.border]) f.borders.getItem(edge).style = 'Continuous';
  if (s.input) f.protection.locked = false;
}

/** Excel column width in characters → points: 7 px per character of Calibri 11 plus 5 px padding, 0.75 pt per px. */
export const widthPoints = (chars: number): number => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
const colLetters = (c: number) => a1(0, c).replace(/\d+$/, '');

// ── Targets: where each plan sheet goes ──────────────────────────────────────────────────
/** Tables are built under a temporary name too: their final name may still belong to a table on a sheet we replace. */
interface PlannedTable { temp: string; final: string }
interface Replaced { name: string; aside: string; position: number; asideTables: { name: string; aside: string }[] }
interface Target { plan: SheetPlan; temp: string; final: string; replaces?: Replaced; tables: PlannedTable[] }
interface Transaction { run: string; tempPrefix: string; targets: Target[]; touched: boolean; placed: boolean }

/** Everything the build needs is known before reading the workbook; final names are filled in later. */
function newTransaction(plan: WorkbookPlan, run: string): Transaction {
  const tempPrefix = `~fc-tmp-${run}-`;
  const targets = plan.sheets.map((s, i): Target => ({
    plan: s,
    temp: `${tempPrefix}${i + 1}`,
    final: '',
    tables: s.tables.map((_, k) => ({ temp: `fc_tmp_${run}_${i + 1}_${k + 1}`, final: '' })),
  }));
  return { run, tempPrefix, targets, touched: false, placed: false };
}

interface Existing { ws: XlWorksheet; name: string; position: number; owned: boolean; tables: string[] }
interface WorkbookView { existing: Existing[]; byLower: Map<string, Existing>; tableNames: string[] }

/** Queues the read of sheet and table names; it rides along with the first write request. */
function queueRead(ctx: XlRequestContext): () => WorkbookView {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name,items/position');
  const tables = ctx.workbook.tables;
  tables.load('items/name');
  return () => {
    const existing: Existing[] = sheets.items.map((ws) => ({ ws, name: ws.name, position: ws.position, owned: false, tables: [] }));
    return { existing, byLower: new Map(existing.map((e) => [e.name.toLowerCase(), e])), tableNames: tables.items.map((t) => t.name) };
  };
}

/** Existing sheets whose names the plan wants: only these might be replaced, so only these are asked about. */
function probeHits(wb: WorkbookView, plan: WorkbookPlan, conflict: ConflictChoice): Existing[] {
  if (conflict !== 'replace-own') return [];
  return [...new Set(plan.sheets.map((s) => wb.byLower.get(sanitizeSheetName(s.name).toLowerCase())))].filter((e) => e !== undefined);
}

/** Queues the ownership check: the marker of each hit, and its tables (which give up their names if we replace it). */
function queueProbe(hits: Existing[]): () => void {
  const probes = hits.map((e) => {
    const marker = e.ws.customProperties.getItemOrNullObject(OWNER_KEY);
    marker.load('value');
    e.ws.tables.load('items/name');
    return { e, marker };
  });
  return () => {
    for (const { e, marker } of probes) {
      e.owned = !marker.isNullObject && parseOwnerMarker(marker.value) !== null;
      e.tables = e.ws.tables.items.map((t) => t.name);
    }
  };
}

/** Decides final sheet and table names once the workbook has been read. */
function placeTargets(tx: Transaction, wb: WorkbookView, conflict: ConflictChoice, warnings: Problem[]): void {
  const names = wb.existing.map((e) => e.name);
  const assigned = new Set<string>();
  const claimed = new Set<Existing>();
  const onReplaced = new Map<string, { name: string; target: Target }>();
  tx.targets.forEach((t, i) => {
    const wanted = sanitizeSheetName(t.plan.name);
    const hit = wb.byLower.get(wanted.toLowerCase());
    if (hit && conflict === 'replace-own' && hit.owned && !claimed.has(hit) && !assigned.has(wanted.toLowerCase())) {
      claimed.add(hit);
      t.final = wanted;
      t.replaces = { name: hit.name, aside: `~fc-old-${tx.run}-${i + 1}`, position: hit.position, asideTables: [] };
      for (const name of hit.tables) onReplaced.set(name.toLowerCase(), { name, target: t });
    } else {
      t.final = nextFreeSheetName(wanted, [...names, ...assigned]);
    }
    assigned.add(t.final.toLowerCase());
  });

  // Table names are workbook-wide. A table on a sheet we replace gives up its name at commit.
  const inUse = new Set(wb.tableNames.map((n) => n.toLowerCase()));
  const taken = new Set<string>();
  for (const t of tx.targets) {
    t.plan.tables.forEach((tp, k) => {
      const lower = tp.name.toLowerCase();
      const old = onReplaced.get(lower);
      let final = tp.name;
      if (inUse.has(lower) && old && !taken.has(lower)) {
        old.target.replaces!.asideTables.push({ name: old.name, aside: `${old.name}_fcold${tx.run}` });
      } else if (inUse.has(lower) || taken.has(lower)) {
        let n = 2;
        while (inUse.has(`${lower}_${n}`) || taken.has(`${lower}_${n}`)) n++;
        final = `${tp.name}_${n}`;
        warnings.push(warning('office.tableRenamed', { wanted: tp.name, actual: final }));
      }
      t.tables[k]!.final = final;
      taken.add(final.toLowerCase());
    });
  }
  tx.placed = true;
}

// ── Compiling one sheet into steps, in the order Excel needs them ─────────────────────────
interface Stats { textFormatRanges: number; textFormatSingleCells: number }

function compileSheet(t: Target, index: number, run: string, refs: PlanRefs, stats: Stats): { now: Step[]; later: Step[] } {
  const s = t.plan;
  const name = t.temp;
  const marker = JSON.stringify({ v: 1, run, key: s.key } satisfies OwnerMarker);
  const now: Step[] = [
    {
      bytes: 2 * OP_BYTES + marker.length,
      newSheet: true,
      apply: (env) => {
        const ws = env.ctx.workbook.worksheets.add(name);
        env.adopt(name, ws);
        // The marker goes right after add, so a sheet never exists unmarked past this request.
        ws.customProperties.add(OWNER_KEY, marker);
      },
    },
  ];
  const later: Step[] = [];
  // Formats before values: Excel then stores each value once, in its final form.
  for (const sr of s.styles) now.push(op(styleOps(sr.style), (env) => applyStyle(env.sheet(name).getRange(a1Range(sr.range)), sr.style)));

  const deferred: RangeRef[] = [];
  for (const b of s.blocks) {
    const width = Math.max(0, ...b.cells.map((l) => l.length));
    if (width === 0) continue;
    // Text must stay text: '@' first, or Excel reads '=…' as a formula and '000123' as 123.
    for (const r of textRectangles(b)) {
      stats.textFormatRanges++;
      if (r.row === r.lastRow && r.col === r.lastCol) stats.textFormatSingleCells++;
      now.push(op(1, (env) => { env.sheet(name).getRange(a1Range(r)).numberFormat = '@'; }));
    }
    let formulas = false;
    let waits = false;
    const prefix = [0];
    const rows = b.cells.map((line, i) => {
      const row: unknown[] = [];
      for (let j = 0; j < width; j++) {
        const v = line[j];
        if (isFormula(v ?? null)) {
          formulas = true;
          const r = rewriteRefs((v as { f: string }).f, refs);
          // Sheets later in the plan do not exist yet; tables are added after their sheet's values.
          if (r.sheetReach > index || r.tableReach >= index) waits = true;
          row.push(r.f.startsWith('=') ? r.f : `=${r.f}`);
          continue;
        }
        // JSON would silently turn NaN into null; a plan bug must surface instead.
        if (typeof v === 'number' && !Number.isFinite(v)) throw new Error(`plan: ${s.name}!${a1(b.row + i, b.col + j)} holds ${v}`);
        row.push(v ?? null); // null leaves the cell alone: on a new sheet, empty
      }
      prefix.push(prefix[prefix.length - 1]! + utf8Length(JSON.stringify(row)) + 1);
      return row;
    });
    const write = new RowsStep(name, { row: b.row, col: b.col, width, prop: formulas ? 'formulas' : 'values' }, rows, prefix, 0, rows.length);
    // A formula naming a sheet or table that does not exist yet would not resolve: it waits.
    if (waits) {
      later.push(write);
      deferred.push(range(b.row, b.col, b.row + rows.length - 1, b.col + width - 1));
    } else now.push(write);
  }

  // Tables after values: tables.add over written cells keeps the header texts we wrote.
  s.tables.forEach((tp, k) => {
    const step = op(3, (env) => {
      const table = env.sheet(name).tables.add(a1Range(tp.range), true);
      table.name = t.tables[k]!.temp;
      table.style = tp.style;
    });
    (deferred.some((d) => overlaps(d, tp.range)) ? later : now).push(step);
  });
  now.push(op(finishOps(s), (env) => finishSheet(env.sheet(name), s)));
  return { now, later };
}

const overlaps = (a: RangeRef, b: RangeRef) => a.row <= b.lastRow && b.row <= a.lastRow && a.col <= b.lastCol && b.col <= a.lastCol;

function widthRuns(widths: number[]): { from: number; to: number; chars: number }[] {
  const runs: { from: number; to: number; chars: number }[] = [];
  widths.forEach((w, c) => {
    if (!(w > 0)) return;
    const last = runs[runs.length - 1];
    if (last && last.to === c - 1 && last.chars === w) last.to = c;
    else runs.push({ from: c, to: c, chars: w });
  });
  return runs;
}

function finishOps(s: SheetPlan): number {
  const p = s.print;
  return s.names.length * 2 + s.highlights.length * 4 + widthRuns(s.columnWidths).length + (s.freeze ? 1 : 0) +
    (p ? [p.area, p.landscape, p.fitToWidth, p.header, p.footer].filter(Boolean).length : 0) + (s.tabColor ? 1 : 0);
}

const headerText = (s: string) => s.replace(/&/g, '&&'); // '&' starts a header code in Excel

function finishSheet(ws: XlWorksheet, s: SheetPlan): void {
  for (const n of s.names) ws.names.add(n.name, ws.getRange(a1(n.row, n.col, true)));
  for (const h of s.highlights) {
    const cf = ws.getRange(a1Range(h.range)).conditionalFormats.add('CellValue');
    cf.cellValue.format.fill.color = color(h.fill);
    cf.cellValue.format.font.color = color(h.fontColor);
    cf.cellValue.rule = { formula1: `="${h.equals.replace(/"/g, '""')}"`, operator: 'EqualTo' };
  }
  for (const r of widthRuns(s.columnWidths)) ws.getRange(`${colLetters(r.from)}:${colLetters(r.to)}`).format.columnWidth = widthPoints(r.chars);
  const fz = s.freeze;
  if (fz && fz.rows > 0 && fz.cols > 0) ws.freezePanes.freezeAt(a1Range(range(0, 0, fz.rows - 1, fz.cols - 1)));
  else if (fz && fz.rows > 0) ws.freezePanes.freezeRows(fz.rows);
  else if (fz && fz.cols > 0) ws.freezePanes.freezeColumns(fz.cols);
  const p = s.print;
  if (p?.area) ws.pageLayout.setPrintArea(a1Range(p.area));
  if (p?.landscape) ws.pageLayout.orientation = 'Landscape';
  // 0 pages tall means 'automatic', as in the file format: fit the width, let the length run on.
  if (p?.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (p?.header) ws.pageLayout.headersFooters.defaultForAllPages.centerHeader = headerText(p.header);
  if (p?.footer) ws.pageLayout.headersFooters.defaultForAllPages.centerFooter = headerText(p.footer);
  if (s.tabColor) ws.tabColor = color(s.tabColor);
}

// ── Commit and rollback ──────────────────────────────────────────────────────────────────
function commitOps(tx: Transaction): number {
  return tx.targets.reduce((n, t) => n + 2 + t.tables.length + (t.replaces ? 2 + t.replaces.asideTables.length : 0), 1);
}

/**
 * The last request: move replaced sheets (and their tables) aside, give the new sheets and
 * tables their names and places, then delete what was moved aside. Everything before the
 * deletes can be undone, and the deletes come last: see recover().
 */
function applyCommit(env: Env, tx: Transaction, activate: boolean): void {
  const { worksheets, tables } = env.ctx.workbook;
  const replaced = tx.targets.filter((t) => t.replaces).sort((a, b) => a.replaces!.position - b.replaces!.position);
  for (const t of replaced) {
    for (const a of t.replaces!.asideTables) tables.getItem(a.name).name = a.aside;
    worksheets.getItem(t.replaces!.name).name = t.replaces!.aside;
  }
  // Each new sheet goes just before its old one; earlier insertions shift later positions by one.
  replaced.forEach((t, k) => { env.sheet(t.temp).position = t.replaces!.position + k; });
  for (const t of tx.targets) env.sheet(t.temp).name = t.final;
  for (const t of tx.targets) for (const tb of t.tables) tables.getItem(tb.temp).name = tb.final;
  for (const t of replaced) worksheets.getItem(t.replaces!.aside).delete();
  const first = tx.targets[0];
  if (activate && first) env.sheet(first.temp).activate();
}

/**
 * Repairs the workbook after a failure, judging by what is there now (a failed request may
 * have run any prefix of its actions). Deleting an old sheet is the commit point, and the
 * deletes come last: before it, everything is undone (sheets under this run's temporary
 * names or with this run's marker are deleted, what was moved aside is put back); after
 * it, the new version is complete, so the old sheets still aside are removed instead.
 * Never touches a sheet without this run's temporary name or marker.
 */
async function recover(ctx: XlRequestContext, sync: Syncer, tx: Transaction): Promise<'rolled-back' | 'rolled-forward'> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  await sync(OP_BYTES);
  const present = new Map(sheets.items.map((ws) => [ws.name.toLowerCase(), ws.name]));
  const has = (n: string) => n !== '' && present.has(n.toLowerCase());

  const markers = tx.targets.filter((t) => has(t.final)).map((t) => {
    const m = sheets.getItem(t.final).customProperties.getItemOrNullObject(OWNER_KEY);
    m.load('value');
    return { t, m };
  });
  const aside = tx.targets.flatMap((t) => t.replaces?.asideTables ?? []).map((a) => {
    const tb = ctx.workbook.tables.getItemOrNullObject(a.aside);
    tb.load('name');
    return { a, tb };
  });
  if (markers.length || aside.length) await sync((markers.length + aside.length) * OP_BYTES);
  const ours = markers.filter(({ m }) => !m.isNullObject && parseOwnerMarker(m.value)?.run === tx.run).map(({ t }) => t);

  const passed = ours.some((t) => t.replaces && !has(t.replaces.aside));
  for (const name of present.values()) if (name.startsWith(tx.tempPrefix)) sheets.getItem(name).delete();
  if (passed) {
    for (const t of tx.targets) if (t.replaces && has(t.replaces.aside)) sheets.getItem(t.replaces.aside).delete();
  } else {
    for (const t of ours) sheets.getItem(t.final).delete();
    for (const { a, tb } of aside) if (!tb.isNullObject) tb.name = a.name;
    for (const t of tx.targets) if (t.replaces && has(t.replaces.aside)) sheets.getItem(t.replaces.aside).name = t.replaces.name;
  }
  await sync(tx.targets.length * 2 * OP_BYTES);
  return passed ? 'rolled-forward' : 'rolled-back';
}

// ── Packing steps into requests ──────────────────────────────────────────────────────────
function pack(steps: Step[], budget: number, sheetsCap: number): Step[][] {
  const batches: Step[][] = [];
  let cur: Step[] = [];
  let bytes = OP_BYTES; // suspendApiCalculationUntilNextSync
  let sheets = 0;
  const flush = () => {
    if (cur.length) batches.push(cur);
    cur = [];
    bytes = OP_BYTES;
    sheets = 0;
  };
  const push = (s: Step) => {
    cur.push(s);
    bytes += s.bytes;
    if (s.newSheet) sheets++;
  };
  for (let s of steps) {
    for (;;) {
      if (s.newSheet && sheets >= sheetsCap) flush();
      const room = budget - bytes;
      if (s.bytes <= room) { push(s); break; }
      // A sliver of rows is not worth its own range: start a fresh request instead.
      if (cur.length && (!s.take || room < budget / 20)) { flush(); continue; }
      if (!s.take) { push(s); flush(); break; } // oversized and indivisible: alone; Excel judges
      const [head, tail] = s.take(room, cur.length === 0);
      if (head) push(head);
      flush();
      if (!tail) break;
      s = tail;
    }
  }
  flush();
  return batches;
}
const batchBytes = (b: Step[]) => b.reduce((n, s) => n + s.bytes, OP_BYTES);

type Syncer = (bytes: number) => Promise<void>;
class Aborted extends Error {}

/** Writes the plan; never throws for Excel's errors, it returns them as a Problem. */
export async function writePlanToExcel(ctx: XlRequestContext, plan: WorkbookPlan, options: OfficeWriteOptions): Promise<Result<OfficeWriteReport>> {
  const warnings: Problem[] = [];
  const stats = { syncs: 0, largest: 0, payloadRetries: 0, textFormatRanges: 0, textFormatSingleCells: 0 };
  const sync: Syncer = async (bytes) => {
    stats.syncs++;
    stats.largest = Math.max(stats.largest, bytes);
    await ctx.sync();
  };
  const checkAbort = () => { if (options.signal?.aborted) throw new Aborted(); };
  if (plan.sheets.length === 0) return ok({ sheetNames: {}, syncs: 0, largestRequestBytes: 0, textFormatRanges: 0, textFormatSingleCells: 0, payloadRetries: 0 });
  const tx = newTransaction(plan, options.runId ?? Math.random().toString(36).slice(2, 8));
  const report = (): OfficeWriteReport => ({
    sheetNames: Object.fromEntries(tx.targets.map((t) => [t.plan.key, t.final])),
    syncs: stats.syncs,
    largestRequestBytes: stats.largest,
    textFormatRanges: stats.textFormatRanges,
    textFormatSingleCells: stats.textFormatSingleCells,
    payloadRetries: stats.payloadRetries,
  });
  try {
    checkAbort();
    const refs: PlanRefs = {
      sheets: new Map(tx.targets.map((t, i) => [t.plan.name.toLowerCase(), { temp: t.temp, index: i }])),
      tables: new Map(tx.targets.flatMap((t, i) => t.plan.tables.map((tp, k) => [tp.name.toLowerCase(), { temp: t.tables[k]!.temp, index: i }] as const))),
    };
    const compiled = tx.targets.map((t, i) => compileSheet(t, i, tx.run, refs, stats));
    const steps = [...compiled.flatMap((c) => c.now), ...compiled.flatMap((c) => c.later)];
    await execute(ctx, sync, tx, plan, steps, options, stats, warnings, checkAbort);
    return ok(report(), warnings);
  } catch (e) {
    const problem = e instanceof Aborted ? error('office.aborted') : officeProblem(e);
    if (!tx.touched) return fail(problem, warnings);
    const cause = e instanceof Aborted ? 'aborted' : officeErrorDetail(e);
    let outcome: Awaited<ReturnType<typeof recover>>;
    try {
      outcome = await recover(ctx, sync, tx);
    } catch (re) {
      const left = tx.targets.flatMap((t) => [t.temp, ...(t.final ? [t.final] : []), ...(t.replaces ? [t.replaces.aside] : [])]);
      return fail(error('office.rollbackFailed', { cause, detail: officeErrorDetail(re), sheets: left.join(', ') }), warnings);
    }
    if (outcome === 'rolled-back') return fail(problem, warnings);
    // Past the commit point the write has happened; the user learns what Excel said, as a warning.
    return ok(report(), [...warnings, warning('office.finishedWithError', { cause })]);
  }
}

/**
 * Sends the packed requests. The first also reads the workbook, the next one checks who owns
 * the sheets whose names the plan wants, and the last commits; so reading costs no extra
 * round trip and the commit only gets its own when the plan fits in a single request.
 */
async function execute(
  ctx: XlRequestContext,
  sync: Syncer,
  tx: Transaction,
  plan: WorkbookPlan,
  steps: Step[],
  options: OfficeWriteOptions,
  stats: { payloadRetries: number },
  warnings: Problem[],
  checkAbort: () => void,
): Promise<void> {
  let budget = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const cap = options.sheetsPerSync ?? DEFAULT_SHEETS_PER_SYNC;
  let batches = pack(steps, budget, cap);
  let view: WorkbookView | null = null;
  let probed = false;
  let committed = false;
  let done = 0;
  let sent = 0;
  // An estimate: the commit needs a request of its own when fewer than two remain to carry it.
  const total = () => sent + batches.length - done + (committed || batches.length - done >= 2 ? 0 : 1);
  options.onProgress?.(0, total());
  while (!committed) {
    checkAbort();
    const batch = batches[done] ?? [];
    const cache = new Map<string, XlWorksheet>();
    const env: Env = {
      ctx,
      adopt: (name, ws) => cache.set(name, ws),
      sheet: (name) => {
        let ws = cache.get(name);
        if (!ws) cache.set(name, (ws = ctx.workbook.worksheets.getItem(name)));
        return ws;
      },
    };
    // Reads first, so they see the workbook as the user left it.
    const afterRead: (() => WorkbookView) | null = view ? null : queueRead(ctx);
    const afterProbe = view && !probed ? queueProbe(probeHits(view, plan, options.conflict)) : null;
    let bytes = batchBytes(batch) + (afterRead ? 2 * OP_BYTES : 0) + (afterProbe ? 4 * OP_BYTES : 0);
    ctx.application.suspendApiCalculationUntilNextSync();
    for (const s of batch) s.apply(env);
    const commitNow = tx.placed && done >= batches.length - 1 && (batch.length === 0 || bytes + commitOps(tx) * OP_BYTES <= budget);
    if (commitNow) {
      applyCommit(env, tx, options.activate ?? true);
      bytes += commitOps(tx) * OP_BYTES;
    }
    tx.touched = true;
    try {
      await sync(bytes);
    } catch (e) {
      // Excel refuses an oversized request before running any of it: halve and resend.
      if (!isPayloadTooLarge(e) || budget / 2 < MIN_REQUEST_BYTES) throw e;
      budget = Math.floor(budget / 2);
      stats.payloadRetries++;
      batches = [...batches.slice(0, done), ...pack(batches.slice(done).flat(), budget, cap)];
      options.onProgress?.(sent, total());
      continue;
    }
    if (afterRead) {
      const read = afterRead();
      view = read;
      probed = probeHits(read, plan, options.conflict).length === 0;
    } else if (afterProbe) {
      afterProbe();
      probed = true;
    }
    if (view && probed && !tx.placed) placeTargets(tx, view, options.conflict, warnings);
    committed = commitNow;
    if (done < batches.length) done++;
    sent++;
    options.onProgress?.(sent, committed ? sent : Math.max(total(), sent + 1));
  }
}
