/**
 * A recording fake of the Excel API subset Factuurcheck uses (the Xl* interfaces in
 * src/office/api.ts). It keeps a workbook model (sheets → cells with value / formula /
 * number format, tables, names, custom properties, XML parts), counts syncs, measures each
 * request as the JSON of everything queued since the last sync, and injects failures.
 *
 * It mimics the Excel behaviour the writer depends on, so mistakes show up here:
 * - actions are only queued; a sync runs them in order, and a failing action stops the rest
 *   of its request while earlier ones stay applied (Excel batches are not transactions);
 * - properties are readable only after load() and sync() (else PropertyNotLoaded);
 * - a string written without the text format is parsed: '=…', '+…', '-…', '@…' become
 *   formulas, '000123' becomes 123, 'TRUE' a boolean; with '@' it stays text;
 * - null in a values/formulas array leaves the cell alone; a single value fills the range;
 *   an array of the wrong size is refused (InvalidArgument);
 * - sheet and table names are unique regardless of case (ItemAlreadyExists);
 * - charts live on their sheet (deleted with it), and their series references follow a
 *   sheet rename as formulas do;
 * - names: workbook-level (workbook.names) and sheet-level (worksheet.names), unique per
 *   scope regardless of case, valid Excel names; their references follow a sheet rename;
 * - page layout as the API reference documents it: paperSize from Excel.PaperType, zoom
 *   as PageLayoutZoomOptions (whole page counts of at least 1, or a scale of 10–400, never
 *   both; an undocumented 0 is refused), print titles as whole rows;
 * - data validation (Range.dataValidation): one rule kind, a prompt title of at most 32
 *   characters and a message of at most 255 (Excel's limits), a list source of at most 255;
 * - merges may not overlap; row heights are 0–409 points;
 * - charts.add makes one series per column or row of the source and names them
 *   'Series<n>'; it does not guess headers or categories as Excel does, so a writer that
 *   relies on that guess is not tested here (ours sets every series).
 *
 * And it enforces the limits Excel enforces, so a writer that breaks one fails here first:
 * - 5 MB per request and per response, reads included (Excel on the web; "Resource limits
 *   and performance optimization for Office Add-ins", section Excel add-ins), and at most
 *   5,000,000 cells in one range read (same page; RangeExceedsLimit);
 * - formulas of at most 8,192 characters and texts of at most 32,767 (Excel specifications
 *   and limits; [MS-OI29500] 2.1.1085 ST_Formula: "at most 8192 characters");
 * - custom XML parts must be well-formed XML 1.0 (they travel in the request and come back
 *   in a response, so their size is bound by the 5 MB limits above);
 * - calculation: Application.suspendApiCalculationUntilNextSync "Once set, it is the
 *   developer's responsibility to re-calc the workbook" (ExcelApi 1.6 reference). A formula
 *   written while calculation is suspended, or while the workbook is in manual mode, has no
 *   result until something calculates it; worksheet.calculate(true) and range.calculate()
 *   calculate their cells, and a cell whose formula reads another sheet's uncalculated
 *   formula stays uncalculated (the other sheet must be calculated first). A calculate
 *   queued in a request that suspends calculation is assumed to do nothing;
 * - tables.add(address): "If the address does not contain a sheet name, the
 *   currently-active sheet is used" (TableCollection.add reference), whichever sheet's
 *   collection it is called on; a Range object adds the table on the range's own sheet.
 */
import { a1 } from '../../src/domain/spec/plan';
import type { ExcelLike } from '../../src/office/queue';
import type {
  XlChart, XlCharts, XlChartSeries, XlChartSeriesCollection, XlCustomProperty, XlCustomXmlPart, XlCustomXmlParts, XlLoadable,
  XlPageLayout, XlRange, XlRequestContext, XlTable, XlTables, XlWorkbook, XlWorksheet, XlWorksheets,
  XlDataValidation, XlHeaderFooter, XlNamedItem, XlNamedItems,
} from '../../src/office/api';

export const MAX_ROW = 1_048_575;
export const MAX_COL = 16_383;

export class FakeOfficeError extends Error {
  readonly debugInfo: { errorLocation: string; message: string };
  constructor(readonly code: string, message: string, where = '') {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { errorLocation: where, message };
  }
}

export interface Bounds { r0: number; c0: number; r1: number; c1: number }
export interface FakeCell { value?: string | number | boolean; formula?: string }
export interface FakeSheet {
  id: string;
  name: string;
  /** Key: row * 16384 + col. */
  cells: Map<number, FakeCell>;
  /**
   * Formula cells without a current result (key as in `cells`): 'suspended' when written
   * while API calculation was suspended (Excel need not even mark them dirty), 'dirty' when
   * written in manual mode or calculated from another sheet's stale cells.
   */
  pending: Map<number, 'suspended' | 'dirty'>;
  /** Number formats in the order set; the last layer covering a cell wins. */
  numberFormats: { bounds: Bounds; format: string | unknown[][] }[];
  /** Every other format call, per range, as made. */
  formats: { address: string; prop: string; value: unknown }[];
  columnWidths: Record<string, number>;
  names: { name: string; ref: string }[];
  customProperties: Record<string, string>;
  freeze: { rows: number; cols: number } | null;
  conditionalFormats: { address: string; type: string; props: Record<string, unknown> }[];
  pageLayout: Record<string, unknown>;
  tabColor: string;
  charts: FakeChart[];
  merges: Bounds[];
  /** Row (0-based) → height in points. */
  rowHeights: Record<number, number>;
  validations: FakeValidation[];
}
export interface FakeValidation { address: string; rule?: Record<string, unknown>; prompt?: { showPrompt: boolean; title: string; message: string }; errorAlert?: Record<string, unknown>; ignoreBlanks?: boolean }
/** A workbook-level name: its reference as Excel shows it ('=Sheet!$B$8'), following sheet renames. */
export interface FakeName { name: string; ref: string; comment: string }
/** References as in Excel's series formula, without the $ signs: 'Sheet 1'!B2:B13, the sheet quoted only when it must be. */
export interface FakeChartSeries { name: string; values: string | null; xValues: string | null; axisGroup: 'Primary' | 'Secondary' }
export interface FakeChart {
  type: string;
  name: string;
  title: string;
  /** What charts.add was given. */
  source: string;
  seriesBy: string;
  series: FakeChartSeries[];
  /** setPosition's cells; null until set (Excel would put the chart at a default spot). */
  position: { from: string; to: string | null } | null;
}
export interface FakeTable { name: string; sheetId: string; address: string; hasHeaders: boolean; style: string }
export interface FakeRequest { bytes: number; responseBytes: number; actions: number; suspendedCalculation: boolean }

const key = (r: number, c: number) => r * 16384 + c;
const colIndex = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** 'A1', '$B$3', 'A1:C9', 'B:D', '3:5', optionally after 'Sheet!'. */
export function parseAddress(address: string): Bounds {
  const bare = address.replace(/^.*!/, '').replace(/\$/g, '');
  const [from, to = from] = bare.split(':') as [string, string?];
  const part = (p: string) => {
    const m = /^([A-Za-z]*)(\d*)$/.exec(p);
    if (!m || (!m[1] && !m[2])) throw new FakeOfficeError('InvalidArgument', `bad address ${address}`);
    return { c: m[1] ? colIndex(m[1]) : null, r: m[2] ? Number(m[2]) - 1 : null };
  };
  const a = part(from);
  const b = part(to!);
  const bounds = { r0: a.r ?? 0, c0: a.c ?? 0, r1: b.r ?? MAX_ROW, c1: b.c ?? MAX_COL };
  if (bounds.r1 < bounds.r0 || bounds.c1 < bounds.c0 || bounds.r1 > MAX_ROW || bounds.c1 > MAX_COL) {
    throw new FakeOfficeError('InvalidArgument', `bad address ${address}`);
  }
  return bounds;
}
export const boundsAddress = (b: Bounds) => (b.r0 === b.r1 && b.c0 === b.c1 ? a1(b.r0, b.c0) : `${a1(b.r0, b.c0)}:${a1(b.r1, b.c1)}`);

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const DATE = /^\d{1,2}[-/]\d{1,2}([-/]\d{2,4})?$/;

/** What Excel does with one input value for a cell of the given number format. */
export function enterValue(cell: FakeCell, input: unknown, numberFormat: string): void {
  if (input === null || input === undefined) return;
  delete cell.formula;
  delete cell.value;
  if (typeof input === 'number' || typeof input === 'boolean') { cell.value = input; return; }
  if (typeof input !== 'string') throw new FakeOfficeError('InvalidArgument', `cannot enter ${typeof input}`);
  if (input === '') return;
  if (input.length > MAX_CELL_CHARS) throw new FakeOfficeError('InvalidArgument', `a cell holds at most ${MAX_CELL_CHARS} characters, not ${input.length}`, 'Range.values');
  if (numberFormat === '@') { cell.value = input; return; }
  if (NUMBER.test(input)) { cell.value = Number(input); return; }
  if (/^[=+\-@]/.test(input)) {
    const formula = input.startsWith('=') ? input : `=${input}`;
    if (formula.length > MAX_FORMULA_CHARS) throw new FakeOfficeError('InvalidArgument', `a formula holds at most ${MAX_FORMULA_CHARS} characters, not ${formula.length}`, 'Range.formulas');
    cell.formula = formula;
    return;
  }
  if (/^(true|false)$/i.test(input)) { cell.value = input.toLowerCase() === 'true'; return; }
  if (DATE.test(input)) { cell.value = -1; return; } // a date serial, which is what the user did not want
  cell.value = input;
}

/** How Excel writes a sheet name in a formula: quoted only when it must be. */
export const sheetRefText = (name: string): string =>
  /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]\d*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;

const reEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Excel keeps formulas and chart series pointing at a renamed sheet, and turns those at a deleted one into #REF!. */
function retarget(fake: FakeExcel, oldName: string, replacement: string): void {
  const re = new RegExp(`(?:${reEscape(`'${oldName.replace(/'/g, "''")}'`)}|(?<![\\w.'])${reEscape(oldName)})!`, 'gi');
  const follow = <T extends string | null>(ref: T): T => (ref === null ? ref : (ref.replace(re, replacement) as T));
  for (const n of fake.names) n.ref = n.ref.replace(re, replacement);
  for (const s of fake.sheets) {
    for (const n of s.names) n.ref = n.ref.replace(re, replacement);
    for (const cell of s.cells.values()) if (cell.formula?.includes('!')) cell.formula = cell.formula.replace(re, replacement);
    for (const c of s.charts) {
      c.source = follow(c.source);
      for (const line of c.series) {
        line.values = follow(line.values);
        line.xValues = follow(line.xValues);
      }
    }
  }
}

/** A queued action; `run` returns what the action sends back (loaded values, getXml's text), if anything. */
type Action = { bytes: number; run: () => unknown };

/** Excel on the web refuses a request or a response over 5 MB; the fake counts 5,000,000 bytes of JSON. */
export const PAYLOAD_LIMIT = 5_000_000;
/** "A range is limited to 5,000,000 cells for read operations." */
export const READ_CELL_LIMIT = 5_000_000;
/** Excel specifications and limits: formula contents, and characters in a cell. */
export const MAX_FORMULA_CHARS = 8_192;
export const MAX_CELL_CHARS = 32_767;

export class FakeExcel implements ExcelLike {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  names: FakeName[] = [];
  parts: { id: string; xml: string }[] = [];
  active: FakeSheet | null = null;
  selection: { sheet: string; address: string } | null = null;

  syncs = 0;
  requests: FakeRequest[] = [];
  runOptions: { delayForCellEdit?: boolean }[] = [];
  running = 0;
  maxConcurrentRuns = 0;
  /** Refuse any request over this many bytes, like Excel on the web does at 5 MB. */
  payloadLimit: number | null = PAYLOAD_LIMIT;
  /** Refuse any response over this many bytes (the request has run by then, as in Excel). */
  responseLimit: number | null = PAYLOAD_LIMIT;
  /** Application.calculationMode; 'Manual' leaves every written formula without a result until calculated. */
  calculationMode: 'Automatic' | 'Manual' = 'Automatic';
  /** Every application.calculate(type) call, so tests can see a whole-workbook recalculation. */
  applicationCalculations: string[] = [];
  /** Sync number → injected failure; read by FakeContext.sync, set with failAt. */
  readonly failures = new Map<number, { afterActions: number; code: string }>();
  private nextId = 1;

  /**
   * The sync numbered `atSync` (counting from 1, across runs) fails after running
   * `afterActions` of its actions (default 0: none run; all of them: a lost response).
   */
  failAt(atSync: number, afterActions = 0, code = 'GeneralException'): void {
    this.failures.set(atSync, { afterActions, code });
  }

  get largestRequest(): number {
    return Math.max(0, ...this.requests.map((r) => r.bytes));
  }
  get largestResponse(): number {
    return Math.max(0, ...this.requests.map((r) => r.responseBytes));
  }

  /** Addresses of formula cells without a current result, per sheet; empty sheets left out. */
  uncalculated(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const s of this.sheets) {
      if (s.pending.size) out[s.name] = [...s.pending.keys()].sort((a, b) => a - b).map((k) => a1(Math.floor(k / 16384), k % 16384));
    }
    return out;
  }

  /** Workbooks opened with Excel.createWorkbook: their base64, in order. */
  createdWorkbooks: string[] = [];
  /** Set to make createWorkbook fail with this code, as Excel would on a refused file. */
  createWorkbookFails: string | null = null;

  createWorkbook = async (base64?: string): Promise<void> => {
    await Promise.resolve();
    if (this.createWorkbookFails) throw new FakeOfficeError(this.createWorkbookFails, 'createWorkbook refused', 'Excel.createWorkbook');
    this.createdWorkbooks.push(base64 ?? '');
  };

  run = async <T>(options: { delayForCellEdit?: boolean }, batch: (context: XlRequestContext) => Promise<T>): Promise<T> => {
    this.runOptions.push(options);
    this.running++;
    this.maxConcurrentRuns = Math.max(this.maxConcurrentRuns, this.running);
    try {
      return await batch(this.context());
    } finally {
      this.running--;
    }
  };

  context(): FakeContext {
    return new FakeContext(this);
  }

  // ── Seeding (direct, no syncs) ──
  addSheet(name: string, cells: Record<string, unknown> = {}, customProperties: Record<string, string> = {}): FakeSheet {
    const s = this.newSheet(name);
    s.customProperties = { ...customProperties };
    for (const [addr, v] of Object.entries(cells)) {
      const b = parseAddress(addr);
      const cell: FakeCell = {};
      enterValue(cell, v, '@');
      if (typeof v === 'string' && v.startsWith('=')) cell.formula = v, delete cell.value;
      s.cells.set(key(b.r0, b.c0), cell);
    }
    this.sheets.push(s);
    this.active ??= s;
    return s;
  }
  addTable(sheet: string, name: string, address: string): void {
    const s = this.sheet(sheet);
    this.tables.push({ name, sheetId: s.id, address, hasHeaders: true, style: 'TableStyleLight1' });
  }
  setNumberFormat(sheet: string, address: string, format: string): void {
    this.sheet(sheet).numberFormats.push({ bounds: parseAddress(address), format });
  }

  sheet(name: string): FakeSheet {
    const s = this.findSheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }
  findSheet(name: string): FakeSheet | null {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
  newSheet(name: string): FakeSheet {
    return {
      id: `{sheet-${this.nextId++}}`, name, cells: new Map(), pending: new Map(), numberFormats: [], formats: [], columnWidths: {}, names: [],
      customProperties: {}, freeze: null, conditionalFormats: [], pageLayout: {}, tabColor: '', charts: [],
      merges: [], rowHeights: {}, validations: [],
    };
  }
  newId(prefix: string): string {
    return `{${prefix}-${this.nextId++}}`;
  }

  numberFormatAt(s: FakeSheet, r: number, c: number): string {
    for (let i = s.numberFormats.length - 1; i >= 0; i--) {
      const { bounds: b, format } = s.numberFormats[i]!;
      if (r < b.r0 || r > b.r1 || c < b.c0 || c > b.c1) continue;
      if (typeof format === 'string') return format;
      return String(format[r - b.r0]?.[c - b.c0] ?? 'General');
    }
    return 'General';
  }

  /** The workbook as plain data, for toEqual before and after a run. */
  state(): unknown {
    return JSON.parse(JSON.stringify({
      sheets: this.sheets.map(({ pending: _pending, ...s }) => ({ ...s, cells: [...s.cells.entries()].sort((a, b) => a[0] - b[0]) })),
      tables: this.tables,
      names: this.names,
      parts: this.parts,
      active: this.active?.id ?? null,
    }));
  }

  /** `{ sheet: { A1: value | { formula } } }` in plan syntax (no '='), empty cells left out; see test/support/snapshot.ts. */
  snapshot(): Record<string, Record<string, number | string | boolean | { formula: string }>> {
    const out: Record<string, Record<string, number | string | boolean | { formula: string }>> = {};
    for (const s of this.sheets) {
      const cells: Record<string, number | string | boolean | { formula: string }> = (out[s.name] = {});
      for (const [k, cell] of [...s.cells.entries()].sort((a, b) => a[0] - b[0])) {
        const addr = a1(Math.floor(k / 16384), k % 16384);
        if (cell.formula !== undefined) cells[addr] = { formula: cell.formula.replace(/^=/, '') };
        else if (cell.value !== undefined) cells[addr] = cell.value;
      }
    }
    return out;
  }

  /** Every chart in the workbook with the name of the sheet it is on, in sheet order. */
  charts(): (FakeChart & { sheet: string })[] {
    return this.sheets.flatMap((s) => s.charts.map((c) => ({ ...c, sheet: s.name })));
  }

  /** Value or '=formula' of one cell, for short assertions. */
  cell(sheet: string, address: string): string | number | boolean | undefined {
    const b = parseAddress(address);
    const c = this.sheet(sheet).cells.get(key(b.r0, b.c0));
    return c?.formula ?? c?.value;
  }
}

// ── Requests ────────────────────────────────────────────────────────────────────────────

export class FakeContext implements XlRequestContext {
  readonly workbook: XlWorkbook;
  readonly application: XlRequestContext['application'];
  private queue: Action[] = [];
  private suspended = false;
  /** While a sync runs its actions: whether that request suspended calculation. */
  runningSuspended = false;

  constructor(readonly fake: FakeExcel) {
    this.workbook = new WorkbookProxy(this);
    this.application = {
      suspendApiCalculationUntilNextSync: () => {
        this.suspended = true;
        this.enqueue({ o: 'suspendApiCalculationUntilNextSync' }, () => {});
      },
      calculate: (type: 'Recalculate' | 'Full' | 'FullRebuild') => {
        this.enqueue({ o: 'application.calculate', type }, () => {
          this.fake.applicationCalculations.push(type);
          if (this.runningSuspended) return;
          for (const s of this.fake.sheets) calculateCells(this.fake, s, [...s.pending.keys()], type === 'Recalculate' ? 'dirty' : 'all');
        });
      },
    };
  }

  /** Queues an action; its size is the JSON of what it sends. */
  enqueue(desc: unknown, run: () => unknown): void {
    this.queue.push({ bytes: Buffer.byteLength(JSON.stringify(desc)) + 1, run });
  }

  async sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    const suspended = this.suspended;
    this.suspended = false;
    const fake = this.fake;
    const n = ++fake.syncs;
    const bytes = actions.reduce((sum, a) => sum + a.bytes, 2);
    const request: FakeRequest = { bytes, responseBytes: 2, actions: actions.length, suspendedCalculation: suspended };
    fake.requests.push(request);
    await Promise.resolve();
    if (fake.payloadLimit !== null && bytes > fake.payloadLimit) {
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${bytes} bytes).`);
    }
    const failure = fake.failures.get(n);
    const stopAt = failure ? Math.min(failure.afterActions, actions.length) : actions.length;
    this.runningSuspended = suspended;
    try {
      for (let i = 0; i < stopAt; i++) {
        const out = actions[i]!.run();
        if (out !== undefined) request.responseBytes += Buffer.byteLength(JSON.stringify(out)) + 1;
      }
    } finally {
      this.runningSuspended = false;
    }
    // A failure after every action ran is a lost response: the workbook changed, the caller hears an error.
    if (failure) throw new FakeOfficeError(failure.code, `Injected failure at sync ${n} after ${stopAt} of ${actions.length} actions.`);
    // Excel ran the request, but its answer is too large to come back.
    if (fake.responseLimit !== null && request.responseBytes > fake.responseLimit) {
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${request.responseBytes} bytes).`);
    }
  }
}

// ── Calculation ─────────────────────────────────────────────────────────────────────────

const REF = /(?:'((?:[^']|'')+)'|([A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*))!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)/g;
const TABLE_REF = /(?<![\w.'!])([A-Za-z_\\][\w.]*)\[/g;

/** The other sheets' cells a formula reads: sheet-qualified references and structured references to tables elsewhere. */
function foreignReads(fake: FakeExcel, home: FakeSheet, formula: string): { sheet: FakeSheet; bounds: Bounds }[] {
  const out: { sheet: FakeSheet; bounds: Bounds }[] = [];
  if (formula.includes('!')) {
    for (const m of formula.matchAll(REF)) {
      const sheet = fake.findSheet(m[1] ? m[1].replace(/''/g, "'") : m[2]!);
      if (sheet && sheet !== home) out.push({ sheet, bounds: parseAddress(m[3]!) });
    }
  }
  if (formula.includes('[')) {
    for (const m of formula.matchAll(TABLE_REF)) {
      const t = fake.tables.find((x) => x.name.toLowerCase() === m[1]!.toLowerCase());
      const sheet = t && fake.sheets.find((x) => x.id === t.sheetId);
      if (t && sheet && sheet !== home) out.push({ sheet, bounds: parseAddress(t.address) });
    }
  }
  return out;
}

const hasPendingIn = (s: FakeSheet, b: Bounds) => [...s.pending.keys()].some((k) => {
  const r = Math.floor(k / 16384);
  const c = k % 16384;
  return r >= b.r0 && r <= b.r1 && c >= b.c0 && c <= b.c1;
});

/**
 * Calculates formula cells of one sheet: 'all' forces every listed cell, 'dirty' only those
 * Excel knows to be dirty. A cell reading another sheet's uncalculated formula gets a stale
 * result, so it stays pending (dirty): the order of sheet calculations matters, as in Excel.
 */
export function calculateCells(fake: FakeExcel, s: FakeSheet, keys: number[], which: 'all' | 'dirty'): void {
  for (const k of keys) {
    const cell = s.cells.get(k);
    const state = s.pending.get(k);
    if (!cell?.formula) {
      s.pending.delete(k);
      continue;
    }
    if (which === 'dirty' && state !== 'dirty') continue;
    const reads = foreignReads(fake, s, cell.formula);
    const staleInput = reads.some(({ sheet, bounds }) => sheet.pending.size > 0 && hasPendingIn(sheet, bounds));
    if (staleInput) s.pending.set(k, 'dirty');
    else s.pending.delete(k);
  }
}

/** Every formula cell of a sheet. */
const formulaKeys = (s: FakeSheet) => [...s.cells.entries()].filter(([, c]) => c.formula !== undefined).map(([k]) => k);

// ── Proxies ─────────────────────────────────────────────────────────────────────────────

const propList = (props?: string | string[]): string[] =>
  (Array.isArray(props) ? props : (props ?? '').split(',')).map((p) => p.trim()).filter(Boolean);

abstract class Obj implements XlLoadable {
  protected loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContext, readonly label: string) {}
  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new FakeOfficeError('PropertyNotLoaded', `${this.label}.${prop} is not loaded; call load() and sync() first.`);
    return this.loaded.get(prop) as T;
  }
  /** Value of a property now, at the time the load action runs; null model = null object. */
  protected abstract current(prop: string): unknown;
  protected abstract exists(): boolean;
  load(props?: string | string[]): this {
    const list = propList(props);
    this.ctx.enqueue({ o: 'load', t: this.label, p: list }, () => {
      this.fill(list);
      return this.response();
    });
    return this;
  }
  /** What Excel sends back for a load: the loaded values (collections: their items'). */
  response(): unknown {
    return Object.fromEntries(this.loaded);
  }
  fill(list: string[]): void {
    const exists = this.exists();
    this.loaded.set('isNullObject', !exists);
    const own = list.filter((p) => !p.startsWith('items/'));
    for (const p of own) if (p !== 'isNullObject') this.loaded.set(p, exists ? this.current(p) : null);
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  protected set(prop: string, value: unknown, run: () => void): void {
    this.ctx.enqueue({ t: this.label, p: prop, v: value }, run);
  }
}

/** An object whose listed properties only record writes (format.font and the like). */
function writeOnly<T extends object>(ctx: FakeContext, label: string, props: string[], apply: (prop: string, value: unknown) => void): T {
  const o: Record<string, unknown> = {};
  for (const p of props) {
    Object.defineProperty(o, p, {
      enumerable: true,
      set: (v: unknown) => ctx.enqueue({ t: label, p, v }, () => apply(p, v)),
      get: () => { throw new FakeOfficeError('PropertyNotLoaded', `${label}.${p} is write-only in this fake`); },
    });
  }
  return o as T;
}

function checkSheetName(name: string): void {
  if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name) || name.toLowerCase() === 'history') {
    throw new FakeOfficeError('InvalidArgument', `invalid sheet name '${name}'`);
  }
}
function checkTableName(name: string): void {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || name.length > 255) throw new FakeOfficeError('InvalidArgument', `invalid table name '${name}'`);
}

class WorkbookProxy implements XlWorkbook {
  readonly worksheets: WorksheetsProxy;
  readonly tables: TablesProxy;
  readonly names: NamesProxy;
  readonly customXmlParts: XlCustomXmlParts;
  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new WorksheetsProxy(ctx);
    this.tables = new TablesProxy(ctx, null);
    this.names = new NamesProxy(ctx);
    this.customXmlParts = new XmlPartsProxy(ctx);
  }
  getSelectedRange(): XlRange {
    const fake = this.ctx.fake;
    const sheet = new SheetProxy(this.ctx, () => (fake.selection ? fake.findSheet(fake.selection.sheet) : fake.active), 'selection');
    return new RangeProxy(this.ctx, sheet, () => parseAddress(fake.selection?.address ?? 'A1'), 'selection');
  }
}

/** workbook.names: NamedItemCollection (ExcelApi 1.4). */
class NamesProxy extends Obj implements XlNamedItems {
  private list: NamedItemProxy[] | null = null;
  constructor(ctx: FakeContext) { super(ctx, 'names'); }
  protected current(): unknown { return undefined; }
  protected exists(): boolean { return true; }
  override fill(list: string[]): void {
    const itemProps = list.filter((p) => p.startsWith('items/')).map((p) => p.slice(6));
    this.list = this.ctx.fake.names.map((n) => {
      const p = new NamedItemProxy(this.ctx, () => n, n.name);
      p.fill(itemProps);
      return p;
    });
  }
  get items(): XlNamedItem[] {
    if (!this.list) throw new FakeOfficeError('PropertyNotLoaded', 'names.items is not loaded');
    return this.list;
  }
  add(name: string, reference: XlRange | string, comment = ''): XlNamedItem {
    const ref = typeof reference === 'string' ? reference : `=${refText(reference as RangeProxy)}`;
    const proxy = new NamedItemProxy(this.ctx, () => null, name);
    this.ctx.enqueue({ t: this.label, o: 'add', name, ref, comment }, () => {
      const fake = this.ctx.fake;
      checkTableName(name);
      if (/^([A-Za-z]{1,3}\d+|[RrCc]\d*)$/.test(name)) throw new FakeOfficeError('InvalidArgument', `'${name}' reads as a cell reference`, 'NamedItemCollection.add');
      if (fake.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw new FakeOfficeError('ItemAlreadyExists', `name ${name} exists`, 'NamedItemCollection.add');
      if (typeof reference === 'string' && !reference.startsWith('=')) throw new FakeOfficeError('InvalidArgument', `reference ${reference} must be a formula`, 'NamedItemCollection.add');
      const sheet = /^='?(.*?)'?!/.exec(ref)?.[1]?.replace(/''/g, "'");
      if (sheet !== undefined && !fake.findSheet(sheet)) throw new FakeOfficeError('InvalidArgument', `no sheet ${sheet} for name ${name}`, 'NamedItemCollection.add');
      if (comment.length > 255) throw new FakeOfficeError('InvalidArgument', 'comment over 255 characters', 'NamedItemCollection.add');
      const model = { name, ref, comment };
      fake.names.push(model);
      proxy.bind(model);
    });
    return proxy;
  }
  getItemOrNullObject(name: string): XlNamedItem {
    return new NamedItemProxy(this.ctx, () => this.ctx.fake.names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null, name, true);
  }
}

class NamedItemProxy extends Obj implements XlNamedItem {
  private model: FakeName | null | undefined;
  constructor(ctx: FakeContext, private readonly find: () => FakeName | null, label: string, private readonly nullable = false) {
    super(ctx, `name(${label})`);
  }
  bind(n: FakeName): void { this.model = n; }
  private resolveOrNull(): FakeName | null {
    if (this.model === undefined) this.model = this.find();
    return this.model && this.ctx.fake.names.includes(this.model) ? this.model : null;
  }
  private resolve(): FakeName {
    const n = this.resolveOrNull();
    if (!n) throw new FakeOfficeError('ItemNotFound', `${this.label} does not exist`, 'NamedItem');
    return n;
  }
  protected exists(): boolean { return this.nullable ? this.resolveOrNull() !== null : !!this.resolve(); }
  protected current(prop: string): unknown {
    const n = this.resolve();
    if (prop === 'name') return n.name;
    if (prop === 'comment') return n.comment;
    if (prop === 'formula') return n.ref;
    throw new FakeOfficeError('InvalidArgument', `fake cannot load name.${prop}`);
  }
  get name(): string { return this.read('name'); }
  get comment(): string { return this.read('comment'); }
  delete(): void {
    this.ctx.enqueue({ t: this.label, o: 'delete' }, () => {
      const n = this.resolve();
      this.ctx.fake.names.splice(this.ctx.fake.names.indexOf(n), 1);
    });
  }
}

/** Excel.PaperType values the fake accepts (a few; the writer asks for A4). */
const PAPER = new Set(['A4', 'A3', 'A5', 'Letter', 'Legal']);

/** PageLayoutZoomOptions as documented: page counts are whole numbers of at least 1, a scale is 10–400, never both. */
function checkZoom(v: unknown): void {
  const z = (v ?? {}) as Record<string, unknown>;
  const fit = ['horizontalFitToPages', 'verticalFitToPages'].filter((k) => z[k] !== undefined);
  for (const k of fit) {
    const n = z[k];
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 32_767) throw new FakeOfficeError('InvalidArgument', `zoom.${k} ${String(n)} is not a page count`, 'PageLayout.zoom');
  }
  if (z.scale !== undefined) {
    if (typeof z.scale !== 'number' || z.scale < 10 || z.scale > 400) throw new FakeOfficeError('InvalidArgument', `zoom.scale ${String(z.scale)}`, 'PageLayout.zoom');
    if (fit.length) throw new FakeOfficeError('InvalidArgument', 'zoom: a scale or pages to fit, not both', 'PageLayout.zoom');
  }
  if (!fit.length && z.scale === undefined) throw new FakeOfficeError('InvalidArgument', 'zoom without pages or scale', 'PageLayout.zoom');
}

class WorksheetsProxy extends Obj implements XlWorksheets {
  private list: SheetProxy[] | null = null;
  override response(): unknown { return { items: (this.list ?? []).map((p) => p.response()) }; }
  constructor(ctx: FakeContext) { super(ctx, 'worksheets'); }
  protected current(): unknown { return undefined; }
  protected exists(): boolean { return true; }
  override fill(list: string[]): void {
    const fake = this.ctx.fake;
    const itemProps = list.filter((p) => p.startsWith('items/')).map((p) => p.slice(6));
    this.list = fake.sheets.map((s) => {
      const p = new SheetProxy(this.ctx, () => s, s.name);
      p.fill(itemProps);
      return p;
    });
  }
  get items(): XlWorksheet[] {
    if (!this.list) throw new FakeOfficeError('PropertyNotLoaded', 'worksheets.items is not loaded');
    return this.list;
  }
  add(name?: string): XlWorksheet {
    const proxy = new SheetProxy(this.ctx, () => null, `add(${name})`);
    this.ctx.enqueue({ o: 'worksheets.add', name }, () => {
      const fake = this.ctx.fake;
      const n = name ?? `Sheet${fake.sheets.length + 1}`;
      checkSheetName(n);
      if (fake.findSheet(n)) throw new FakeOfficeError('ItemAlreadyExists', `sheet '${n}' already exists`, 'Worksheets.add');
      const s = fake.newSheet(n);
      fake.sheets.push(s);
      proxy.bind(s);
    });
    return proxy;
  }
  getItem(name: string): XlWorksheet {
    return new SheetProxy(this.ctx, () => this.ctx.fake.findSheet(name), `'${name}'`);
  }
  getItemOrNullObject(name: string): XlWorksheet {
    return new SheetProxy(this.ctx, () => this.ctx.fake.findSheet(name), `'${name}'?`, true);
  }
}

class SheetProxy extends Obj implements XlWorksheet {
  private model: FakeSheet | null | undefined;
  readonly tables: XlTables;
  readonly customProperties: CustomPropertiesProxy;
  readonly pageLayout: XlPageLayout;
  constructor(ctx: FakeContext, private readonly find: () => FakeSheet | null, label: string, private readonly nullable = false) {
    super(ctx, `sheet(${label})`);
    this.tables = new TablesProxy(ctx, this);
    this.customProperties = new CustomPropertiesProxy(ctx, this);
    const pl = (prop: string, v: unknown) => {
      if (prop === 'paperSize' && !PAPER.has(String(v))) throw new FakeOfficeError('InvalidArgument', `paperSize ${String(v)}`, 'PageLayout.paperSize');
      if (prop === 'orientation' && v !== 'Portrait' && v !== 'Landscape') throw new FakeOfficeError('InvalidArgument', `orientation ${String(v)}`, 'PageLayout.orientation');
      if (prop === 'zoom') checkZoom(v);
      this.resolve().pageLayout[prop] = v;
    };
    const hf = writeOnly<XlHeaderFooter>(ctx, `${this.label}.headersFooters`, ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'], pl);
    const base = writeOnly<XlPageLayout>(ctx, `${this.label}.pageLayout`, ['orientation', 'paperSize', 'zoom'], pl);
    this.pageLayout = Object.assign(base, {
      headersFooters: { defaultForAllPages: hf },
      setPrintArea: (area: string) => ctx.enqueue({ t: this.label, o: 'setPrintArea', area }, () => { parseAddress(area); pl('printArea', area); }),
      setPrintTitleRows: (rows: string) => ctx.enqueue({ t: this.label, o: 'setPrintTitleRows', rows }, () => {
        const b = parseAddress(rows);
        if (b.c0 !== 0 || b.c1 !== MAX_COL) throw new FakeOfficeError('InvalidArgument', `print titles ${rows} are not whole rows`, 'PageLayout.setPrintTitleRows');
        pl('printTitleRows', rows);
      }),
    });
  }
  bind(s: FakeSheet): void { this.model = s; }
  /** Resolved when the first action using it runs, then fixed to that sheet (as Excel does). */
  resolveOrNull(): FakeSheet | null {
    if (this.model === undefined) this.model = this.find();
    if (this.model && !this.ctx.fake.sheets.includes(this.model)) throw new FakeOfficeError('ItemNotFound', `${this.label} was deleted`);
    return this.model ?? null;
  }
  resolve(): FakeSheet {
    const s = this.resolveOrNull();
    if (!s) throw new FakeOfficeError('ItemNotFound', `${this.label} does not exist`, 'Worksheets.getItem');
    return s;
  }
  protected exists(): boolean {
    if (!this.nullable) return this.resolve() !== null;
    return this.resolveOrNull() !== null;
  }
  protected current(prop: string): unknown {
    const s = this.resolve();
    if (prop === 'name') return s.name;
    if (prop === 'position') return this.ctx.fake.sheets.indexOf(s);
    if (prop === 'id') return s.id;
    if (prop === 'tabColor') return s.tabColor;
    throw new FakeOfficeError('InvalidArgument', `fake cannot load worksheet.${prop}`);
  }
  get name(): string { return this.read('name'); }
  set name(v: string) {
    this.set('name', v, () => {
      const s = this.resolve();
      checkSheetName(v);
      const other = this.ctx.fake.findSheet(v);
      if (other && other !== s) throw new FakeOfficeError('ItemAlreadyExists', `sheet '${v}' already exists`, 'Worksheet.name');
      retarget(this.ctx.fake, s.name, `${sheetRefText(v)}!`);
      s.name = v;
    });
  }
  get position(): number { return this.read('position'); }
  set position(v: number) {
    this.set('position', v, () => {
      const s = this.resolve();
      const list = this.ctx.fake.sheets;
      if (v < 0 || v >= list.length) throw new FakeOfficeError('InvalidArgument', `position ${v} out of range`);
      list.splice(list.indexOf(s), 1);
      list.splice(v, 0, s);
    });
  }
  get tabColor(): string { return this.read('tabColor'); }
  set tabColor(v: string) { this.set('tabColor', v, () => { this.resolve().tabColor = v; }); }
  get names() {
    return {
      add: (name: string, reference: XlRange | string) => {
        const ref = typeof reference === 'string' ? reference : (reference as RangeProxy).describe();
        this.ctx.enqueue({ t: this.label, o: 'names.add', name, ref }, () => {
          const s = this.resolve();
          checkTableName(name);
          if (s.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw new FakeOfficeError('ItemAlreadyExists', `name ${name} exists`);
          s.names.push({ name, ref: typeof reference === 'string' ? reference : boundsAddress((reference as RangeProxy).bounds()) });
        });
      },
    };
  }
  get freezePanes() {
    const freeze = (o: string, v: unknown, rows: () => number, cols: () => number) =>
      this.ctx.enqueue({ t: this.label, o, v }, () => { this.resolve().freeze = { rows: rows(), cols: cols() }; });
    return {
      freezeRows: (n = 1) => freeze('freezeRows', n, () => n, () => 0),
      freezeColumns: (n = 1) => freeze('freezeColumns', n, () => 0, () => n),
      freezeAt: (r: string) => freeze('freezeAt', r, () => parseAddress(r).r1 + 1, () => parseAddress(r).c1 + 1),
    };
  }
  getRange(address = 'A1'): XlRange {
    return new RangeProxy(this.ctx, this, () => parseAddress(address), address);
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number): XlRange {
    const b = { r0: r, c0: c, r1: r + rows - 1, c1: c + cols - 1 };
    return new RangeProxy(this.ctx, this, () => b, boundsAddress(b));
  }
  get charts(): XlCharts {
    return {
      add: (type: string, sourceData: XlRange, seriesBy: 'Auto' | 'Columns' | 'Rows' = 'Auto'): XlChart => {
        const chart = new ChartProxy(this.ctx, this, `${this.label}.chart(add)`);
        const source = sourceData as RangeProxy;
        this.ctx.enqueue({ t: this.label, o: 'charts.add', type, source: source.describe(), seriesBy }, () => {
          if (type !== 'Line') throw new FakeOfficeError('InvalidArgument', `fake draws line charts only, not ${type}`, 'ChartCollection.add');
          const s = this.resolve();
          const b = source.bounds();
          const rows = b.r1 - b.r0 + 1;
          const cols = b.c1 - b.c0 + 1;
          // Excel's 'Auto' puts series along the longer side.
          const byRows = seriesBy === 'Rows' || (seriesBy === 'Auto' && cols > rows);
          const series = Array.from({ length: byRows ? rows : cols }, (_, i): FakeChartSeries => ({
            name: `Series${i + 1}`,
            values: refText(source, byRows ? { ...b, r0: b.r0 + i, r1: b.r0 + i } : { ...b, c0: b.c0 + i, c1: b.c0 + i }),
            xValues: null,
            axisGroup: 'Primary',
          }));
          const model: FakeChart = { type, name: `Chart ${s.charts.length + 1}`, title: '', source: refText(source), seriesBy, series, position: null };
          s.charts.push(model);
          chart.bind(model);
        });
        return chart;
      },
    };
  }
  activate(): void {
    this.ctx.enqueue({ t: this.label, o: 'activate' }, () => { this.ctx.fake.active = this.resolve(); });
  }
  /** Worksheet.calculate(markAllDirty) (ExcelApi 1.6): every formula on this sheet, or only the dirty ones. */
  calculate(markAllDirty: boolean): void {
    this.ctx.enqueue({ t: this.label, o: 'calculate', markAllDirty }, () => {
      const s = this.resolve();
      if (this.ctx.runningSuspended) return;
      calculateCells(this.ctx.fake, s, markAllDirty ? formulaKeys(s) : [...s.pending.keys()], markAllDirty ? 'all' : 'dirty');
    });
  }
  delete(): void {
    this.ctx.enqueue({ t: this.label, o: 'delete' }, () => {
      const fake = this.ctx.fake;
      const s = this.resolve();
      if (fake.sheets.length === 1) throw new FakeOfficeError('InvalidOperation', 'cannot delete the only sheet');
      fake.sheets.splice(fake.sheets.indexOf(s), 1);
      fake.tables = fake.tables.filter((t) => t.sheetId !== s.id);
      retarget(fake, s.name, '#REF!');
      if (fake.active === s) fake.active = fake.sheets[0] ?? null;
    });
  }
}

class RangeProxy extends Obj implements XlRange {
  private fixed: Bounds | null | undefined;
  constructor(ctx: FakeContext, readonly sheetProxy: SheetProxy, private readonly where: () => Bounds | null, private readonly desc: string, private readonly nullable = false) {
    super(ctx, `${sheetProxy.label}!${desc}`);
  }
  describe(): string { return this.desc; }
  bounds(): Bounds {
    if (this.fixed === undefined) this.fixed = this.where();
    if (!this.fixed) throw new FakeOfficeError('ItemNotFound', `${this.label} is a null range`);
    return this.fixed;
  }
  protected exists(): boolean {
    if (this.fixed === undefined) this.fixed = this.where();
    if (!this.nullable && !this.fixed) throw new FakeOfficeError('ItemNotFound', `${this.label} is a null range`);
    return this.fixed !== null;
  }
  private grid(fn: (r: number, c: number) => unknown): unknown[][] {
    const b = this.bounds();
    return Array.from({ length: b.r1 - b.r0 + 1 }, (_, i) => Array.from({ length: b.c1 - b.c0 + 1 }, (_, j) => fn(b.r0 + i, b.c0 + j)));
  }
  protected current(prop: string): unknown {
    const fake = this.ctx.fake;
    const s = this.sheetProxy.resolve();
    const b = this.bounds();
    const cell = (r: number, c: number) => s.cells.get(key(r, c));
    const cells = (b.r1 - b.r0 + 1) * (b.c1 - b.c0 + 1);
    if (['values', 'formulas', 'text', 'numberFormat'].includes(prop) && cells > READ_CELL_LIMIT) {
      throw new FakeOfficeError('RangeExceedsLimit', `reading ${cells} cells; a read is limited to ${READ_CELL_LIMIT}`, `Range.${prop}`);
    }
    switch (prop) {
      case 'values': return this.grid((r, c) => cell(r, c)?.value ?? '');
      case 'formulas': return this.grid((r, c) => cell(r, c)?.formula ?? cell(r, c)?.value ?? '');
      case 'text': return this.grid((r, c) => String(cell(r, c)?.value ?? ''));
      case 'numberFormat': return this.grid((r, c) => fake.numberFormatAt(s, r, c));
      case 'address': return `${s.name}!${boundsAddress(b)}`;
      case 'rowIndex': return b.r0;
      case 'columnIndex': return b.c0;
      case 'rowCount': return b.r1 - b.r0 + 1;
      case 'columnCount': return b.c1 - b.c0 + 1;
      default: throw new FakeOfficeError('InvalidArgument', `fake cannot load range.${prop}`);
    }
  }
  /** Writes values or formulas the way Excel enters them, cell by cell, under each cell's format. */
  private enter(prop: string, input: unknown): void {
    this.set(prop, input, () => {
      const s = this.sheetProxy.resolve();
      const b = this.bounds();
      const rows = b.r1 - b.r0 + 1;
      const cols = b.c1 - b.c0 + 1;
      if (Array.isArray(input) && (input.length !== rows || input.some((l) => !Array.isArray(l) || l.length !== cols))) {
        throw new FakeOfficeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size of ${this.label}`, `Range.${prop}`);
      }
      if (!Array.isArray(input) && rows * cols > 1_000_000) throw new Error(`fake: refusing to fill ${rows * cols} cells`);
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < cols; j++) {
          const v = Array.isArray(input) ? (input[i] as unknown[])[j] : input;
          if (v === null || v === undefined) continue;
          const k = key(b.r0 + i, b.c0 + j);
          const cell = s.cells.get(k) ?? {};
          enterValue(cell, v, this.ctx.fake.numberFormatAt(s, b.r0 + i, b.c0 + j));
          if (cell.value === undefined && cell.formula === undefined) s.cells.delete(k);
          else s.cells.set(k, cell);
          if (cell.formula === undefined) s.pending.delete(k);
          else if (this.ctx.runningSuspended) s.pending.set(k, 'suspended');
          else if (this.ctx.fake.calculationMode === 'Manual') s.pending.set(k, 'dirty');
          else calculateCells(this.ctx.fake, s, [k], 'all');
        }
      }
    });
  }
  /** Range.calculate() (ExcelApi 1.6): calculates the range's cells. */
  calculate(): void {
    this.ctx.enqueue({ t: this.label, o: 'calculate' }, () => {
      if (this.ctx.runningSuspended) return;
      const s = this.sheetProxy.resolve();
      const b = this.bounds();
      calculateCells(this.ctx.fake, s, formulaKeys(s).filter((k) => {
        const r = Math.floor(k / 16384);
        const c = k % 16384;
        return r >= b.r0 && r <= b.r1 && c >= b.c0 && c <= b.c1;
      }), 'all');
    });
  }
  get values(): unknown[][] { return this.read('values'); }
  set values(v: unknown[][]) { this.enter('values', v); }
  get formulas(): unknown[][] { return this.read('formulas'); }
  set formulas(v: unknown[][]) { this.enter('formulas', v); }
  get numberFormat(): unknown[][] | string { return this.read('numberFormat'); }
  set numberFormat(v: unknown[][] | string) {
    this.set('numberFormat', v, () => {
      const b = this.bounds();
      if (Array.isArray(v) && (v.length !== b.r1 - b.r0 + 1 || v.some((l) => !Array.isArray(l) || l.length !== b.c1 - b.c0 + 1))) {
        throw new FakeOfficeError('InvalidArgument', `numberFormat array does not match ${this.label}`, 'Range.numberFormat');
      }
      this.sheetProxy.resolve().numberFormats.push({ bounds: b, format: v });
    });
  }
  get text(): string[][] { return this.read('text'); }
  get address(): string { return this.read('address'); }
  get rowIndex(): number { return this.read('rowIndex'); }
  get columnIndex(): number { return this.read('columnIndex'); }
  get rowCount(): number { return this.read('rowCount'); }
  get columnCount(): number { return this.read('columnCount'); }
  get worksheet(): XlWorksheet { return this.sheetProxy; }

  private record(prop: string) {
    return (p: string, v: unknown) => {
      const s = this.sheetProxy.resolve();
      const address = boundsAddress(this.bounds());
      if (p === 'columnWidth') {
        const b = this.bounds();
        for (let c = b.c0; c <= b.c1; c++) s.columnWidths[a1(0, c).replace(/\d+$/, '')] = v as number;
      }
      if (p === 'rowHeight') {
        if (typeof v !== 'number' || v < 0 || v > 409) throw new FakeOfficeError('InvalidArgument', `rowHeight ${String(v)}`, 'RangeFormat.rowHeight');
        const b = this.bounds();
        for (let r = b.r0; r <= b.r1; r++) s.rowHeights[r] = v;
      }
      s.formats.push({ address, prop: prop ? `${prop}.${p}` : p, value: v });
    };
  }
  get format(): XlRange['format'] {
    const base = writeOnly<{ columnWidth: number; rowHeight: number; horizontalAlignment: string; wrapText: boolean }>(
      this.ctx, `${this.label}.format`, ['columnWidth', 'rowHeight', 'horizontalAlignment', 'wrapText'], this.record(''));
    return Object.assign(base, {
      font: writeOnly<{ bold: boolean; italic: boolean; size: number; color: string }>(this.ctx, `${this.label}.font`, ['bold', 'italic', 'size', 'color'], this.record('font')),
      fill: writeOnly<{ color: string }>(this.ctx, `${this.label}.fill`, ['color'], this.record('fill')),
      protection: writeOnly<{ locked: boolean }>(this.ctx, `${this.label}.protection`, ['locked'], this.record('protection')),
      borders: { getItem: (edge: string) => writeOnly<{ style: string }>(this.ctx, `${this.label}.${edge}`, ['style'], this.record(`borders.${edge}`)) },
    });
  }
  merge(across = false): void {
    this.ctx.enqueue({ t: this.label, o: 'merge', across }, () => {
      const s = this.sheetProxy.resolve();
      const b = this.bounds();
      const hit = s.merges.find((m) => m.r0 <= b.r1 && b.r0 <= m.r1 && m.c0 <= b.c1 && b.c0 <= m.c1);
      if (hit) throw new FakeOfficeError('InvalidOperation', `merge ${boundsAddress(b)} overlaps ${boundsAddress(hit)}`, 'Range.merge');
      if (across) for (let r = b.r0; r <= b.r1; r++) s.merges.push({ ...b, r0: r, r1: r });
      else s.merges.push(b);
    });
  }
  get dataValidation(): XlDataValidation {
    let model: FakeValidation | null = null;
    const at = () => {
      if (!model) {
        model = { address: boundsAddress(this.bounds()) };
        this.sheetProxy.resolve().validations.push(model);
      }
      return model;
    };
    return writeOnly<XlDataValidation>(this.ctx, `${this.label}.dataValidation`, ['rule', 'prompt', 'errorAlert', 'ignoreBlanks'], (p, v) => {
      const x = v as Record<string, unknown>;
      if (p === 'rule') {
        const kinds = Object.keys(x).filter((k) => x[k] !== undefined);
        if (kinds.length !== 1) throw new FakeOfficeError('InvalidArgument', `a rule has one kind, not ${kinds.join(', ')}`, 'DataValidation.rule');
        const list = x.list as { source?: unknown } | undefined;
        if (list && String(list.source).length > 255) throw new FakeOfficeError('InvalidArgument', 'list source over 255 characters', 'DataValidation.rule');
      }
      if (p === 'prompt' && (String(x.title).length > 32 || String(x.message).length > 255)) throw new FakeOfficeError('InvalidArgument', 'prompt title over 32 or message over 255 characters', 'DataValidation.prompt');
      if (p === 'errorAlert' && (String(x.title).length > 32 || String(x.message).length > 255)) throw new FakeOfficeError('InvalidArgument', 'error title over 32 or message over 255 characters', 'DataValidation.errorAlert');
      (at() as unknown as Record<string, unknown>)[p] = v;
    });
  }
  get conditionalFormats(): XlRange['conditionalFormats'] {
    return {
      add: (type: 'CellValue') => {
        let cf: FakeSheet['conditionalFormats'][number] | null = null;
        this.ctx.enqueue({ t: this.label, o: 'conditionalFormats.add', type }, () => {
          cf = { address: boundsAddress(this.bounds()), type, props: {} };
          this.sheetProxy.resolve().conditionalFormats.push(cf);
        });
        const put = (p: string, v: unknown) => { cf!.props[p] = v; };
        const fmt = {
          fill: writeOnly<{ color: string }>(this.ctx, `${this.label}.cf.fill`, ['color'], (_p, v) => put('fill', v)),
          font: writeOnly<{ color: string }>(this.ctx, `${this.label}.cf.font`, ['color'], (_p, v) => put('fontColor', v)),
        };
        const cellValue = writeOnly<{ rule: { formula1: string; operator: string } }>(this.ctx, `${this.label}.cf`, ['rule'], (_p, v) => put('rule', v));
        return { cellValue: Object.assign(cellValue, { format: fmt }) };
      },
    };
  }
  getUsedRangeOrNullObject(): XlRange {
    return new RangeProxy(this.ctx, this.sheetProxy, () => {
      const s = this.sheetProxy.resolve();
      const b = this.bounds();
      let used: Bounds | null = null;
      for (const k of s.cells.keys()) {
        const r = Math.floor(k / 16384);
        const c = k % 16384;
        if (r < b.r0 || r > b.r1 || c < b.c0 || c > b.c1) continue;
        used = used
          ? { r0: Math.min(used.r0, r), c0: Math.min(used.c0, c), r1: Math.max(used.r1, r), c1: Math.max(used.c1, c) }
          : { r0: r, c0: c, r1: r, c1: c };
      }
      return used;
    }, `${this.desc}.used`, true);
  }
}

class TablesProxy extends Obj implements XlTables {
  private list: TableProxy[] | null = null;
  override response(): unknown { return { items: (this.list ?? []).map((p) => p.response()) }; }
  constructor(ctx: FakeContext, private readonly sheet: SheetProxy | null) {
    super(ctx, sheet ? `${sheet.label}.tables` : 'tables');
  }
  protected current(): unknown { return undefined; }
  protected exists(): boolean { return true; }
  override fill(list: string[]): void {
    const fake = this.ctx.fake;
    const sheetId = this.sheet?.resolve().id;
    const itemProps = list.filter((p) => p.startsWith('items/')).map((p) => p.slice(6));
    this.list = fake.tables.filter((t) => sheetId === undefined || t.sheetId === sheetId).map((t) => {
      const p = new TableProxy(this.ctx, () => t, t.name);
      p.fill(itemProps);
      return p;
    });
  }
  get items(): XlTable[] {
    if (!this.list) throw new FakeOfficeError('PropertyNotLoaded', `${this.label}.items is not loaded`);
    return this.list;
  }
  add(source: XlRange | string, hasHeaders: boolean): XlTable {
    const label = typeof source === 'string' ? source : (source as RangeProxy).describe();
    const proxy = new TableProxy(this.ctx, () => null, `add(${label})`);
    this.ctx.enqueue({ t: this.label, o: 'tables.add', address: label, hasHeaders }, () => {
      const fake = this.ctx.fake;
      // A string without a sheet name means the active sheet, whichever collection add is called on.
      let s: FakeSheet;
      let bounds: Bounds;
      if (typeof source === 'string') {
        const named = /^(?:'((?:[^']|'')+)'|([^!]+))!/.exec(source);
        const sheet = named ? fake.findSheet(named[1] ? named[1].replace(/''/g, "'") : named[2]!) : fake.active;
        if (!sheet) throw new FakeOfficeError('InvalidArgument', `no sheet for table address ${source}`, 'TableCollection.add');
        s = sheet;
        bounds = parseAddress(source);
      } else {
        s = (source as RangeProxy).sheetProxy.resolve();
        bounds = (source as RangeProxy).bounds();
      }
      const overlap = fake.tables.find((t) => {
        if (t.sheetId !== s.id) return false;
        const o = parseAddress(t.address);
        return o.r0 <= bounds.r1 && bounds.r0 <= o.r1 && o.c0 <= bounds.c1 && bounds.c0 <= o.c1;
      });
      if (overlap) throw new FakeOfficeError('InvalidOperation', `the table would overlap table ${overlap.name}`, 'TableCollection.add');
      const address = boundsAddress(bounds);
      let n = fake.tables.length + 1;
      while (fake.tables.some((t) => t.name.toLowerCase() === `table${n}`)) n++;
      const t: FakeTable = { name: `Table${n}`, sheetId: s.id, address, hasHeaders, style: 'TableStyleMedium2' };
      fake.tables.push(t);
      proxy.bind(t);
    });
    return proxy;
  }
  private byName(name: string) {
    return () => this.ctx.fake.tables.find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
  getItem(name: string): XlTable { return new TableProxy(this.ctx, this.byName(name), name); }
  getItemOrNullObject(name: string): XlTable { return new TableProxy(this.ctx, this.byName(name), `${name}?`, true); }
}

class TableProxy extends Obj implements XlTable {
  private model: FakeTable | null | undefined;
  constructor(ctx: FakeContext, private readonly find: () => FakeTable | null, label: string, private readonly nullable = false) {
    super(ctx, `table(${label})`);
  }
  bind(t: FakeTable): void { this.model = t; }
  private resolveOrNull(): FakeTable | null {
    if (this.model === undefined) this.model = this.find();
    return this.model ?? null;
  }
  private resolve(): FakeTable {
    const t = this.resolveOrNull();
    if (!t || !this.ctx.fake.tables.includes(t)) throw new FakeOfficeError('ItemNotFound', `${this.label} does not exist`, 'Tables.getItem');
    return t;
  }
  protected exists(): boolean { return this.nullable ? this.resolveOrNull() !== null : !!this.resolve(); }
  protected current(prop: string): unknown {
    const t = this.resolve();
    if (prop === 'name') return t.name;
    if (prop === 'style') return t.style;
    throw new FakeOfficeError('InvalidArgument', `fake cannot load table.${prop}`);
  }
  get name(): string { return this.read('name'); }
  set name(v: string) {
    this.set('name', v, () => {
      const t = this.resolve();
      checkTableName(v);
      if (this.ctx.fake.tables.some((o) => o !== t && o.name.toLowerCase() === v.toLowerCase())) {
        throw new FakeOfficeError('ItemAlreadyExists', `table '${v}' already exists`, 'Table.name');
      }
      t.name = v;
    });
  }
  get style(): string { return this.read('style'); }
  set style(v: string) { this.set('style', v, () => { this.resolve().style = v; }); }
}

/** A range as a chart series refers to it; the range's own sheet, which need not be the chart's. */
function refText(range: RangeProxy, bounds: Bounds = range.bounds()): string {
  return `${sheetRefText(range.sheetProxy.resolve().name)}!${boundsAddress(bounds)}`;
}

/** One row or one column: what a line series takes for its values or categories. */
function lineRef(range: XlRange, what: string): string {
  const r = range as RangeProxy;
  const b = r.bounds();
  if (b.r0 !== b.r1 && b.c0 !== b.c1) throw new FakeOfficeError('InvalidArgument', `${what} ${boundsAddress(b)} is not one row or column`, `ChartSeries.${what}`);
  return refText(r);
}

class ChartProxy implements XlChart {
  private model: FakeChart | undefined;
  readonly series: XlChartSeriesCollection;
  readonly title: { text: string };
  constructor(private readonly ctx: FakeContext, private readonly sheet: SheetProxy, readonly label: string) {
    this.title = writeOnly<{ text: string }>(ctx, `${label}.title`, ['text'], (_p, v) => { this.resolve().title = v as string; });
    this.series = {
      add: (name?: string, index?: number): XlChartSeries => {
        const line = new ChartSeriesProxy(ctx, () => this.resolve(), `${label}.series.add(${name})`);
        ctx.enqueue({ t: `${label}.series`, o: 'add', name, index }, () => {
          const c = this.resolve();
          const model: FakeChartSeries = { name: name ?? `Series${c.series.length + 1}`, values: null, xValues: null, axisGroup: 'Primary' };
          c.series.splice(index ?? c.series.length, 0, model);
          line.bind(model);
        });
        return line;
      },
      getItemAt: (index: number): XlChartSeries => new ChartSeriesProxy(ctx, () => this.resolve(), `${label}.series(${index})`, index),
    };
  }
  bind(c: FakeChart): void { this.model = c; }
  resolve(): FakeChart {
    // Deleted with its sheet: resolving the sheet throws ItemNotFound then.
    const s = this.sheet.resolve();
    if (!this.model || !s.charts.includes(this.model)) throw new FakeOfficeError('ItemNotFound', `${this.label} does not exist`, 'Chart');
    return this.model;
  }
  get name(): string { throw new FakeOfficeError('PropertyNotLoaded', `${this.label}.name is write-only in this fake`); }
  set name(v: string) {
    // Excel does not require chart names to be unique (getItem returns the first), so neither does the fake.
    this.ctx.enqueue({ t: this.label, p: 'name', v }, () => { this.resolve().name = v; });
  }
  setPosition(startCell: XlRange | string, endCell?: XlRange | string): void {
    const cell = (c: XlRange | string) => (typeof c === 'string' ? boundsAddress(parseAddress(c)) : boundsAddress((c as RangeProxy).bounds()));
    const text = (c: XlRange | string | undefined) => (typeof c === 'object' ? (c as RangeProxy).describe() : c);
    this.ctx.enqueue({ t: this.label, o: 'setPosition', startCell: text(startCell), endCell: text(endCell) }, () => {
      this.resolve().position = { from: cell(startCell), to: endCell === undefined ? null : cell(endCell) };
    });
  }
}

class ChartSeriesProxy implements XlChartSeries {
  private model: FakeChartSeries | undefined;
  constructor(private readonly ctx: FakeContext, private readonly chart: () => FakeChart, private readonly label: string, private readonly index?: number) {}
  bind(m: FakeChartSeries): void { this.model = m; }
  private resolve(): FakeChartSeries {
    const c = this.chart();
    if (this.model === undefined && this.index !== undefined) this.model = c.series[this.index];
    if (!this.model || !c.series.includes(this.model)) throw new FakeOfficeError('ItemNotFound', `${this.label} does not exist`, 'ChartSeriesCollection.getItemAt');
    return this.model;
  }
  get name(): string { throw new FakeOfficeError('PropertyNotLoaded', `${this.label}.name is write-only in this fake`); }
  set name(v: string) {
    this.ctx.enqueue({ t: this.label, p: 'name', v }, () => {
      if (v.length > 255) throw new FakeOfficeError('InvalidArgument', 'series name over 255 characters', 'ChartSeries.name');
      this.resolve().name = v;
    });
  }
  get axisGroup(): 'Primary' | 'Secondary' { throw new FakeOfficeError('PropertyNotLoaded', `${this.label}.axisGroup is write-only in this fake`); }
  set axisGroup(v: 'Primary' | 'Secondary') {
    this.ctx.enqueue({ t: this.label, p: 'axisGroup', v }, () => {
      if (v !== 'Primary' && v !== 'Secondary') throw new FakeOfficeError('InvalidArgument', `axisGroup ${String(v)}`, 'ChartSeries.axisGroup');
      this.resolve().axisGroup = v;
    });
  }
  setValues(sourceData: XlRange): void {
    this.ctx.enqueue({ t: this.label, o: 'setValues', r: (sourceData as RangeProxy).describe() }, () => { this.resolve().values = lineRef(sourceData, 'setValues'); });
  }
  setXAxisValues(sourceData: XlRange): void {
    this.ctx.enqueue({ t: this.label, o: 'setXAxisValues', r: (sourceData as RangeProxy).describe() }, () => { this.resolve().xValues = lineRef(sourceData, 'setXAxisValues'); });
  }
}

class CustomPropertiesProxy extends Obj {
  private list: CustomPropertyProxy[] | null = null;
  override response(): unknown { return { items: (this.list ?? []).map((p) => p.response()) }; }
  constructor(ctx: FakeContext, private readonly sheet: SheetProxy) { super(ctx, `${sheet.label}.customProperties`); }
  protected current(): unknown { return undefined; }
  protected exists(): boolean { return true; }
  override fill(list: string[]): void {
    const props = this.sheet.resolve().customProperties;
    const itemProps = list.filter((p) => p.startsWith('items/')).map((p) => p.slice(6));
    this.list = Object.keys(props).map((k) => {
      const p = new CustomPropertyProxy(this.ctx, this.sheet, k, false);
      p.fill(itemProps);
      return p;
    });
  }
  get items(): XlCustomProperty[] {
    if (!this.list) throw new FakeOfficeError('PropertyNotLoaded', `${this.label}.items is not loaded`);
    return this.list;
  }
  add(k: string, value: string): unknown {
    this.ctx.enqueue({ t: this.label, o: 'add', k, value }, () => {
      if (value.length > 255) throw new FakeOfficeError('InvalidArgument', 'custom property value over 255 characters');
      this.sheet.resolve().customProperties[k] = value;
    });
    return new CustomPropertyProxy(this.ctx, this.sheet, k, false);
  }
  getItemOrNullObject(k: string): XlCustomProperty {
    return new CustomPropertyProxy(this.ctx, this.sheet, k, true);
  }
}

class CustomPropertyProxy extends Obj implements XlCustomProperty {
  constructor(ctx: FakeContext, private readonly sheet: SheetProxy, private readonly k: string, private readonly nullable: boolean) {
    super(ctx, `${sheet.label}.customProperties(${k})`);
  }
  protected exists(): boolean {
    const has = Object.prototype.hasOwnProperty.call(this.sheet.resolve().customProperties, this.k);
    if (!has && !this.nullable) throw new FakeOfficeError('ItemNotFound', `${this.label} does not exist`);
    return has;
  }
  protected current(prop: string): unknown {
    if (prop === 'key') return this.k;
    if (prop === 'value') return this.sheet.resolve().customProperties[this.k];
    throw new FakeOfficeError('InvalidArgument', `fake cannot load customProperty.${prop}`);
  }
  get key(): string { return this.read('key'); }
  get value(): string { return this.read('value'); }
}

/** Characters XML 1.0 allows (§2.2): tab, newline, carriage return and everything from space up, but no surrogates alone, FFFE or FFFF. */
const BAD_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const XML_NAME = '[A-Za-z_:][\\w.:-]*';
const ENTITY = /&(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;

/**
 * Why `xml` is not a well-formed XML document (one root element, matching tags, quoted
 * attributes, known entities, legal characters), or null when it is. Enough for what an
 * add-in stores; DTDs and processing instructions other than the prolog are refused.
 */
export function xmlProblem(xml: string): string | null {
  if (BAD_XML_CHAR.test(xml)) return 'a character XML does not allow';
  const body = xml.replace(/^\uFEFF?<\?xml[^?]*\?>/, '').replace(/<!--[\s\S]*?-->/g, '');
  const token = new RegExp(`<(/?)(${XML_NAME})((?:\\s+${XML_NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>`, 'y');
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  const text = (t: string) => (t.replace(ENTITY, '').includes('&') ? 'an unescaped &' : null);
  while (i < body.length) {
    const lt = body.indexOf('<', i);
    const chunk = body.slice(i, lt < 0 ? body.length : lt);
    if (chunk.trim() && stack.length === 0) return 'text outside the root element';
    const bad = text(chunk);
    if (bad) return bad;
    if (lt < 0) break;
    token.lastIndex = lt;
    const m = token.exec(body);
    if (!m) return `malformed markup at ${lt}`;
    i = token.lastIndex;
    if (m[0].startsWith('<![CDATA[')) {
      if (!stack.length) return 'CDATA outside the root element';
      continue;
    }
    const [, close, name, attrs, selfClose] = m;
    const badAttr = text(attrs ?? '');
    if (badAttr) return badAttr;
    if (close) {
      if (stack.pop() !== name) return `</${name}> does not close the open element`;
      continue;
    }
    if (stack.length === 0 && ++roots > 1) return 'more than one root element';
    if (!selfClose) stack.push(name!);
  }
  if (stack.length) return `<${stack[stack.length - 1]}> is never closed`;
  return roots === 1 ? null : 'no root element';
}

const namespaceOf = (xml: string) => /<(?:[\w.-]+:)?[\w.-]+[^>]*\sxmlns(?::[\w.-]+)?="([^"]*)"/.exec(xml.replace(/<\?xml[^>]*\?>/, ''))?.[1] ?? '';

class XmlPartsProxy implements XlCustomXmlParts {
  constructor(private readonly ctx: FakeContext) {}
  add(xml: string): XlCustomXmlPart {
    const proxy = new XmlPartProxy(this.ctx, () => null);
    this.ctx.enqueue({ o: 'customXmlParts.add', xml }, () => {
      const bad = xmlProblem(xml);
      if (bad) throw new FakeOfficeError('InvalidArgument', `not well-formed XML: ${bad}`, 'CustomXmlPartCollection.add');
      const part = { id: this.ctx.fake.newId('part'), xml };
      this.ctx.fake.parts.push(part);
      proxy.bind(part);
    });
    return proxy;
  }
  getByNamespace(ns: string): XlLoadable & { readonly items: XlCustomXmlPart[] } {
    let list: XmlPartProxy[] | null = null;
    const ctx = this.ctx;
    return {
      load(props?: string | string[]) {
        const itemProps = propList(props).filter((p) => p.startsWith('items/')).map((p) => p.slice(6));
        ctx.enqueue({ o: 'customXmlParts.getByNamespace.load', ns }, () => {
          list = ctx.fake.parts.filter((p) => namespaceOf(p.xml) === ns).map((part) => {
            const p = new XmlPartProxy(ctx, () => part);
            p.fill(itemProps);
            return p;
          });
          return { items: list.map((p) => p.response()) };
        });
        return this;
      },
      get items(): XlCustomXmlPart[] {
        if (!list) throw new FakeOfficeError('PropertyNotLoaded', 'customXmlParts items not loaded');
        return list;
      },
    };
  }
}

class XmlPartProxy extends Obj implements XlCustomXmlPart {
  private model: { id: string; xml: string } | null | undefined;
  constructor(ctx: FakeContext, private readonly find: () => { id: string; xml: string } | null) { super(ctx, 'customXmlPart'); }
  bind(p: { id: string; xml: string }): void { this.model = p; }
  private resolve() {
    if (this.model === undefined) this.model = this.find();
    if (!this.model || !this.ctx.fake.parts.includes(this.model)) throw new FakeOfficeError('ItemNotFound', 'custom XML part does not exist');
    return this.model;
  }
  protected exists(): boolean { return !!this.resolve(); }
  protected current(prop: string): unknown {
    if (prop === 'id') return this.resolve().id;
    if (prop === 'namespaceUri') return namespaceOf(this.resolve().xml);
    throw new FakeOfficeError('InvalidArgument', `fake cannot load customXmlPart.${prop}`);
  }
  get id(): string { return this.read('id'); }
  delete(): void {
    this.ctx.enqueue({ o: 'customXmlPart.delete' }, () => {
      const p = this.resolve();
      this.ctx.fake.parts.splice(this.ctx.fake.parts.indexOf(p), 1);
    });
  }
  getXml(): { readonly value: string } {
    const result: { value?: string; loaded: boolean } = { loaded: false };
    this.ctx.enqueue({ o: 'customXmlPart.getXml' }, () => {
      result.value = this.resolve().xml;
      result.loaded = true;
      return result.value;
    });
    return {
      get value(): string {
        if (!result.loaded) throw new FakeOfficeError('PropertyNotLoaded', 'getXml() result read before sync');
        return result.value!;
      },
    };
  }
}
