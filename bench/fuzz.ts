/**
 * Guarantee 2 of the trust issue: fuzzing with near-valid exports.
 *
 * A case is a model (the employers and counts a bureau really has), written out as a file a
 * user could get (separator, encoding, line ends, quoting, title lines, thousands dots, a
 * totals row), then given a few small mutations: blank lines, junk title lines, an extra
 * column, quotes, thousands separators right and wrong, a repeated header, a duplicated row,
 * a duplicated or dropped cell, another separator on one line, a line in another encoding,
 * a file cut off mid-row. The engine (import → reconcile → plan, or import → Xpert month →
 * plan) must then either
 *   - return totals equal to the reference sums computed HERE, over the model, by this file's
 *     own arithmetic (never by the code under test), or
 *   - return a typed error (ok: false, a code from the message catalogue, Dutch and English text);
 * and it must never throw, and never put NaN or Infinity anywhere in its result or plan.
 *
 * A mutation whose correct reading is known adjusts the model (a dropped trailing G cell is
 * an empty G, which counts as 0); one that destroys information must lead to an error.
 * Some mutation kinds hit importer bugs we have reported; a silently wrong total in a case
 * with such a mutation is counted as `knownBug`, not as a failure (FC_STRICT_KNOWN_BUGS=1
 * counts it as a failure).
 *
 *   npx tsx bench/fuzz.ts         ≥ 10,000 cases, prints {"fuzzCases":…,"fuzzFailures":…,"fuzzMs":…}
 *   bench/run.ts can call measureFuzz(); test/trust/fuzz.test.ts runs a fixed-seed few hundred.
 */
import fc from 'fast-check';
import { importDossierExport } from '../src/domain/imports/loket-dossiers';
import { importXpertReport } from '../src/domain/imports/xpert-suite';
import { isMessageCode } from '../src/domain/messages';
import { buildQwoaterPlan, reconcileQwoater } from '../src/domain/pipeline';
import type { Problem } from '../src/domain/problems';
import { defaultSettings, type Settings } from '../src/domain/settings';
import { addReports, emptyHistory, parseXpertSettings, runXpert } from '../src/domain/xpert';

// ── Models ───────────────────────────────────────────────────────────────────────────────

export interface DossierRow {
  number: string;
  name: string;
  e: number;
  f: number;
  g: number;
}
export interface XpertRow {
  code: string;
  name: string;
  employees: number;
  sms: number;
}

type Delim = ';' | ',' | '\t';
type Encoding = 'utf8' | 'utf8bom' | 'cp1252' | 'utf16le';
type Eol = '\r\n' | '\n' | '\r';

interface Layout {
  delimiter: Delim;
  encoding: Encoding;
  eol: Eol;
  /** Thousands dots in counts of 1 000 and more ('1.204'), as Loket prints them. */
  dots: boolean;
  /** Quote every text cell, not only those that must be. */
  quoteAll: boolean;
  titles: boolean;
  totals: boolean;
  /** Dossiers: the 'Actieve werknemersdossiers' column after G. */
  active: boolean;
  /** Dossiers: a per-row peildatum column; Xpert: a per-row period column. */
  dateColumn: boolean;
}

export type MutationKind =
  | 'blankLines'
  | 'junkTitle'
  | 'extraColumn'
  | 'quoteCells'
  | 'spacesAroundCounts'
  | 'repeatHeader'
  | 'duplicateRow'
  | 'duplicateRowOtherCounts'
  | 'badNumber'
  | 'dropTrailingCell'
  | 'duplicateCell'
  | 'dropMiddleCell'
  | 'otherDelimiterOnLine'
  | 'strayQuote'
  | 'otherEncodingOnLine'
  | 'cutMidRow';

export interface Mutation {
  kind: MutationKind;
  /** Random picks, used modulo whatever they choose from. */
  a: number;
  b: number;
}

/**
 * Mutation kinds that hit importer bugs we reported (see test/corpus/bad/manifest.json). Only
 * what is still open is listed: rows in another separator, with a cell too many, cut off
 * mid-row or swallowed by a stray quote are refused since the importers check every row
 * against the header (src/domain/imports/row-shape.ts).
 */
export const KNOWN_BUG_MUTATIONS: Partial<Record<MutationKind, string>> = {
  dropMiddleCell:
    'a row with a cell too few is read shifted when the header ends in a column that is empty in every row: the row then lacks only an empty trailing cell, which is how Excel writes such a row too, so it cannot be refused',
};

// ── Generators ───────────────────────────────────────────────────────────────────────────

const WORDS = ['Bakkerij', 'Garage', 'Hovenier', 'Stichting', 'Zorggroep', 'Kapsalon', 'Bouwbedrijf', 'Transport', 'Café', 'Müller', 'Jansen', 'De Vries', 'Van Dijk', "'t Pleintje", 'Bosman', 'Hélène', 'Groen & Zn.', 'B.V.', 'en Zonen', 'Noord', 'Zuid', '"De Brug"', 'Koffie; Thee', 'Bonen, Bakken', 'Smit'];
const WIDE = ['€', '’', '中', '😀', 'مخبز', 'שלום'];
const JUNK = ['Afgedrukt door: J. de Vries', 'Pagina 1 van 1', 'Selectie: alle werkgevers', 'Salarisadministratie Van Dijk & Partners', 'Versie 3.2', 'Vertrouwelijk'];

const nameArb = (wide: boolean) =>
  fc.array(fc.constantFrom(...WORDS, ...(wide ? WIDE : [])), { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));

const layoutArb = (encodings: Encoding[]): fc.Arbitrary<Layout> =>
  fc.record({
    delimiter: fc.constantFrom<Delim>(';', ',', '\t'),
    encoding: fc.constantFrom(...encodings),
    eol: fc.constantFrom<Eol>('\r\n', '\n', '\r'),
    dots: fc.boolean(),
    quoteAll: fc.boolean(),
    titles: fc.boolean(),
    totals: fc.boolean(),
    active: fc.boolean(),
    dateColumn: fc.boolean(),
  });

/** Mutations after which the file still means the model (or a known adjustment of it). */
export const PRESERVING: readonly MutationKind[] = ['blankLines', 'junkTitle', 'extraColumn', 'quoteCells', 'spacesAroundCounts', 'repeatHeader', 'duplicateRow', 'dropTrailingCell', 'otherEncodingOnLine'];
/** Mutations that destroy information: only an error is right (or, by luck, the reference). A row repeated with other counts is one only in an Xpert report; a dossier export adds it up. */
export const DESTRUCTIVE: readonly MutationKind[] = ['duplicateRowOtherCounts', 'badNumber', 'duplicateCell', 'dropMiddleCell', 'otherDelimiterOnLine', 'strayQuote', 'cutMidRow'];

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PRESERVING) }, { weight: 1, arbitrary: fc.constantFrom(...DESTRUCTIVE) }),
  a: fc.nat(),
  b: fc.nat(),
});
const mutationsArb = fc.array(mutationArb, { maxLength: 3 });

/** Counts: mostly small, sometimes in the thousands (so thousands separators appear). */
const countArb = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 120 }) }, { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 250_000 }) });

const dossierRowsArb = (wide: boolean) =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: 999_999 }), { minLength: 1, maxLength: 30 })
    .chain((numbers) =>
      fc.tuple(
        ...numbers.map((n) =>
          fc.record({ name: nameArb(wide), e: fc.integer({ min: 0, max: 2 }), f: countArb, share: fc.double({ min: 0, max: 0.4, noNaN: true }) }).map(
            (r): DossierRow => ({ number: String(n).padStart(6, '0'), name: r.name, e: r.e, f: r.f, g: Math.floor(r.f * r.share) }),
          ),
        ),
      ),
    );

export interface QwoaterCase {
  kind: 'qwoater';
  current: { rows: DossierRow[]; layout: Layout; mutations: Mutation[] };
  previous: { rows: DossierRow[]; layout: Layout; mutations: Mutation[] };
  priceE4: number;
}
export interface XpertCase {
  kind: 'xpert';
  report: { rows: XpertRow[]; layout: Layout; mutations: Mutation[] };
  month: number;
  rateE4: number;
  smsRateE4: number;
}
export type FuzzCase = QwoaterCase | XpertCase;

const fileArb = (rows: fc.Arbitrary<DossierRow[]>) =>
  fc.constantFrom<Encoding>('utf8', 'utf8bom', 'cp1252', 'utf16le').chain((enc) =>
    fc.record({ rows: enc === 'cp1252' ? dossierRowsArb(false) : rows, layout: layoutArb([enc]), mutations: mutationsArb }),
  );

export const qwoaterCaseArb: fc.Arbitrary<QwoaterCase> = fc
  .record({
    current: fileArb(dossierRowsArb(true)),
    previous: fileArb(dossierRowsArb(true)),
    priceE4: fc.integer({ min: 0, max: 250_000 }),
    overlap: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ current, previous, priceE4, overlap }) => {
    // Most of last year's employers are this year's too; keep numbers unique per file.
    const keep = Math.floor(previous.rows.length * overlap);
    const prevRows = previous.rows.map((r, i) => (i < keep && current.rows[i] ? { ...r, number: current.rows[i]!.number } : r));
    const seen = new Set<string>();
    const unique = prevRows.filter((r) => (seen.has(r.number) ? false : (seen.add(r.number), true)));
    return { kind: 'qwoater' as const, current, previous: { ...previous, rows: unique }, priceE4 };
  });

export const xpertCaseArb: fc.Arbitrary<XpertCase> = fc.record({
  kind: fc.constant('xpert' as const),
  report: fc.constantFrom<Encoding>('utf8', 'utf8bom', 'cp1252', 'utf16le').chain((enc) =>
    fc.record({
      rows: fc.uniqueArray(fc.integer({ min: 1, max: 999_999 }), { minLength: 1, maxLength: 30 }).chain((codes) =>
        fc.tuple(
          ...codes.map((c) =>
            fc.record({ name: nameArb(enc !== 'cp1252'), employees: countArb, sms: countArb }).map((r): XpertRow => ({ code: String(c).padStart(6, '0'), ...r })),
          ),
        ),
      ),
      layout: layoutArb([enc]),
      mutations: mutationsArb,
    }),
  ),
  month: fc.integer({ min: 1, max: 12 }),
  rateE4: fc.integer({ min: 0, max: 50_000 }),
  smsRateE4: fc.integer({ min: 0, max: 5_000 }),
});

export const caseArb: fc.Arbitrary<FuzzCase> = fc.oneof({ weight: 3, arbitrary: qwoaterCaseArb }, { weight: 1, arbitrary: xpertCaseArb });

// ── Writing a file: our own quoting and encoders, independent of the importers ───────────

/** A row as written; `copyOf`: a repeated page's copy of a data row, which later mutations keep identical. */
interface TableRowBase {
  cells: string[];
  data?: number;
}

interface Table {
  /** Rows of cells; `data` marks the employer rows, by index into the model rows. */
  /**
   * `reshaped`: a cell was doubled, dropped mid-row or dropped at the end. Two such mutations
   * on one row can cancel out into a row of the right width with shifted values, which no
   * importer can tell from a real one; the generator avoids combining them.
   */
  rows: { cells: string[]; data?: number; quoted?: Set<number>; reshaped?: boolean; copyOf?: TableRowBase }[];
  /** Index of the header row in `rows`. */
  header: number;
  /** Column indexes of the counts that enter the totals (dossiers: E, F, G; Xpert: employees, SMS). */
  countColumns: number[];
  /** Dossier exports sum an employer's rows that differ (one per administration); Xpert reports refuse them. */
  kind: 'dossiers' | 'xpert';
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const withDots = (n: number, dots: boolean) => (dots ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.') : String(n));

function dossierTable(rows: DossierRow[], layout: Layout, year: number): Table {
  const header = ['Werkgeversnummer', 'Naam werkgever', 'Administratie', ...(layout.dateColumn ? ['Peildatum'] : []), 'Werkgeversdossier', 'Aantalwerknemersdossier', 'Inactieve werknemersdossiers', ...(layout.active ? ['Actieve werknemersdossiers'] : [])];
  const date = `31-12-${year}`;
  const out: Table['rows'] = [];
  if (layout.titles) out.push({ cells: ['Dossiervorming Qwoater per werkgever'] }, { cells: [`Peildatum: ${date}`] }, { cells: [''] });
  const headerIndex = out.length;
  out.push({ cells: header });
  rows.forEach((r, i) => {
    const cells = [r.number, r.name, `0${(i % 3) + 1}`, ...(layout.dateColumn ? [date] : []), String(r.e), withDots(r.f, layout.dots), withDots(r.g, layout.dots), ...(layout.active ? [withDots(r.f - r.g, layout.dots)] : [])];
    out.push({ cells, data: i });
  });
  const first = layout.dateColumn ? 4 : 3;
  if (layout.totals) {
    const sum = (k: 'e' | 'f' | 'g') => rows.reduce((s, r) => s + r[k], 0);
    const cells = ['Totaal', '', '', ...(layout.dateColumn ? [''] : []), String(sum('e')), withDots(sum('f'), layout.dots), withDots(sum('g'), layout.dots), ...(layout.active ? [withDots(sum('f') - sum('g'), layout.dots)] : [])];
    out.push({ cells });
  }
  return { rows: out, header: headerIndex, countColumns: [first, first + 1, first + 2], kind: 'dossiers' };
}

function xpertTable(rows: XpertRow[], layout: Layout, month: number): Table {
  const period = `2024-${String(month).padStart(2, '0')}`;
  const header = ['Werkgevercode', 'Naam werkgever', ...(layout.dateColumn ? ['Periode'] : []), 'Aantal medewerkers', 'Aantal SMS'];
  const out: Table['rows'] = [];
  // Without a title or a period column the month comes from the file name.
  if (layout.titles) out.push({ cells: ['Factuurspecificatie Otherside at Work'] }, { cells: [`Periode: ${MONTHS[month - 1]} 2024`] }, { cells: [''] });
  const headerIndex = out.length;
  out.push({ cells: header });
  rows.forEach((r, i) => out.push({ cells: [r.code, r.name, ...(layout.dateColumn ? [period] : []), withDots(r.employees, layout.dots), withDots(r.sms, layout.dots)], data: i }));
  const first = layout.dateColumn ? 3 : 2;
  if (layout.totals) {
    const sum = (k: 'employees' | 'sms') => rows.reduce((s, r) => s + r[k], 0);
    out.push({ cells: ['Totaal', '', ...(layout.dateColumn ? [''] : []), withDots(sum('employees'), layout.dots), withDots(sum('sms'), layout.dots)] });
  }
  return { rows: out, header: headerIndex, countColumns: [first, first + 1], kind: 'xpert' };
}

function quoteCell(cell: string, delim: string, force: boolean): string {
  const must = cell.includes(delim) || cell.includes('"') || cell.includes('\n') || cell.includes('\r') || /^\s|\s$/.test(cell);
  return must || (force && cell !== '') ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function lineOf(cells: string[], delim: string, quoteAll: boolean, quoted?: Set<number>): string {
  return cells.map((c, j) => quoteCell(c, delim, quoteAll || (quoted?.has(j) ?? false))).join(delim);
}

function encode(text: string, enc: Encoding): Uint8Array {
  switch (enc) {
    case 'utf8':
      return new Uint8Array(Buffer.from(text, 'utf8'));
    case 'utf8bom':
      return new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text, 'utf8')]);
    case 'utf16le': {
      const out = new Uint8Array(2 + text.length * 2);
      out[0] = 0xff;
      out[1] = 0xfe;
      for (let i = 0; i < text.length; i++) {
        out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
        out[3 + 2 * i] = text.charCodeAt(i) >> 8;
      }
      return out;
    }
    case 'cp1252':
      return new Uint8Array(
        [...text].map((ch) => {
          const c = ch.codePointAt(0)!;
          if (c === 0x20ac) return 0x80;
          if (c === 0x2019) return 0x92;
          if (c > 0xff || (c >= 0x80 && c < 0xa0)) throw new Error(`fuzz: not in the Windows-1252 subset: ${ch}`);
          return c;
        }),
      );
  }
}

type TableRow = Table['rows'][number];

/**
 * Writes a table with mutations. `counts` are the model's counts per data row (in the order
 * of `countColumns`); returned adjusted to what the file then means. `mustFail`: a mutation
 * destroyed information, so only an error (or, by luck, the reference) is right.
 */
function writeFile(
  table: Table,
  layout: Layout,
  mutations: Mutation[],
  counts: number[][],
): { bytes: Uint8Array; counts: number[][]; mustFail: boolean; knownBug: string[] } {
  const rows: TableRow[] = table.rows.map((r) => ({ ...r, cells: [...r.cells] }));
  const headerRow = rows[table.header]!;
  const width = headerRow.cells.length;
  const model = counts.map((c) => [...c]);
  let mustFail = false;
  const knownBug: string[] = [];
  const delim = layout.delimiter;
  const pick = <T>(xs: readonly T[], n: number): T | undefined => (xs.length ? xs[n % xs.length] : undefined);
  /** Rows written by hand instead of by the table's own quoting. */
  const raw = new Map<TableRow, () => string>();
  let cutAfter: TableRow | null = null;
  /** Rows of a repeated page, original and copy. */
  const repeatedPage = new Set<TableRowBase>();
  let otherCounts = 0;
  let otherEncoding: TableRow | null = null;

  for (const m of mutations) {
    const data = rows.filter((r) => r.data !== undefined);
    const target = pick(data, m.a);
    const headerAt = rows.indexOf(headerRow);
    switch (m.kind) {
      case 'blankLines':
        rows.splice(headerAt + 1 + (m.a % Math.max(1, rows.length - headerAt)), 0, { cells: m.b % 2 ? [''] : new Array<string>(width).fill('') });
        break;
      case 'junkTitle':
        rows.splice(m.b % (headerAt + 1), 0, { cells: [pick(JUNK, m.a)!] });
        break;
      case 'extraColumn':
        for (const r of rows) {
          const data = r.data ?? r.copyOf?.data;
          if (r === headerRow) r.cells.push('Opmerking');
          else if (data !== undefined) r.cells.push(m.b % 3 === 0 ? '' : `notitie ${(m.a + data) % 97}`);
        }
        break;
      case 'quoteCells':
        for (const r of data) r.quoted = new Set([m.a % width, m.b % width]);
        break;
      case 'spacesAroundCounts':
        if (target) for (const c of table.countColumns) if (target.cells[c] !== undefined) target.cells[c] = ` ${target.cells[c]} `;
        break;
      case 'repeatHeader':
        if (target) rows.splice(rows.indexOf(target), 0, { cells: [...headerRow.cells] });
        break;
      case 'duplicateRow':
        // A page printed twice: the copy counts once.
        if (target) {
          const copy = { cells: [...target.cells], copyOf: target, ...(target.quoted ? { quoted: target.quoted } : {}) };
          rows.splice(rows.indexOf(target) + 1, 0, copy);
          repeatedPage.add(target).add(copy);
        }
        break;
      case 'duplicateRowOtherCounts':
        if (target) {
          const copy = [...target.cells];
          const c = table.countColumns[1]!;
          // Each such row differs from every other (two equal ones would be a repeated page).
          copy[c] = String(Number((copy[c] ?? '0').replace(/[.\s]/g, '')) + 1 + (m.b % 5) + 5 * otherCounts++);
          if (table.kind === 'dossiers') {
            // Another row of the same employer (another administration): a dossier export adds it up.
            const counts = table.countColumns.map((k) => Number((copy[k] ?? '0').replace(/[.\s]/g, '')) || 0);
            rows.splice(rows.indexOf(target) + 1, 0, { cells: copy, data: model.length });
            model.push(counts);
          } else {
            rows.splice(rows.indexOf(target) + 1, 0, { cells: copy });
            mustFail = true;
          }
        }
        break;
      case 'badNumber':
        if (target) {
          const c = pick(table.countColumns, m.b)!;
          const wide = layout.encoding === 'cp1252' ? [] : ['\u0663', '\uff12\uff15'];
          target.cells[c] = pick(['1,5', '12.34', '1e3', '-3', '(4)', '1.000,00', 'n.v.t.', '1,204,567', '-0', ...wide], m.a >> 3)!;
          mustFail = true;
        }
        break;
      case 'dropTrailingCell':
        // Not on one side of a repeated page: that would make the two copies differ, and so no repeat.
        if (target && target.cells.length > 1 && !target.reshaped && !repeatedPage.has(target)) {
          target.reshaped = true;
          const last = target.cells.length - 1;
          target.cells.pop();
          // An absent trailing cell reads as an empty one, and an empty count as 0 (as SUM does).
          const k = table.countColumns.indexOf(last);
          if (k >= 0) model[target.data!]![k] = 0;
        }
        break;
      case 'duplicateCell':
        if (target && !target.reshaped) {
          target.reshaped = true;
          const j = m.b % (width - 1);
          target.cells.splice(j, 0, target.cells[j] ?? '');
          knownBug.push(m.kind);
          mustFail = true;
        }
        break;
      case 'dropMiddleCell':
        if (target && !target.reshaped) {
          target.reshaped = true;
          target.cells.splice(m.b % (width - 1), 1);
          knownBug.push(m.kind);
          mustFail = true;
        }
        break;
      case 'otherDelimiterOnLine':
        if (target) {
          const other = pick((['\t', ';', ','] as const).filter((d) => d !== delim), m.b)!;
          const t = target;
          raw.set(t, () => lineOf(t.cells, other, layout.quoteAll, t.quoted));
          knownBug.push(m.kind);
          mustFail = true;
        }
        break;
      case 'strayQuote':
        if (target) {
          // A quote before a cell that needs no quoting: it opens a field that runs on into the next rows.
          const j = m.b % target.cells.length;
          const t = target;
          if (!/[";,\t\r\n]/.test(t.cells[j] ?? '') && !layout.quoteAll) {
            raw.set(t, () => t.cells.map((c, k) => (k === j ? `"${c}` : quoteCell(c, delim, t.quoted?.has(k) ?? false))).join(delim));
            knownBug.push(m.kind);
            mustFail = true;
          }
        }
        break;
      case 'otherEncodingOnLine':
        if (target && (layout.encoding === 'utf8' || layout.encoding === 'cp1252')) otherEncoding = target;
        break;
      case 'cutMidRow': {
        const last = data[data.length - 1];
        if (last) {
          // The download stops inside the last employer's name: that row ends before its counts.
          rows.splice(rows.indexOf(last) + 1);
          const name = (last.cells[1] ?? '').replace(/[";,\t\r\n]/g, '');
          raw.set(last, () => `${last.cells[0]}${delim}${name.slice(0, Math.max(1, name.length >> 1))}`);
          cutAfter = last;
          knownBug.push(m.kind);
          mustFail = true;
        }
        break;
      }
    }
  }

  const lines = rows.map((r) => raw.get(r)?.() ?? lineOf(r.cells, delim, layout.quoteAll, r.quoted));
  const eol = layout.eol;
  const text = (i: number) => lines[i]! + (i < lines.length - 1 || cutAfter === null ? eol : '');
  let bytes: Uint8Array;
  const other = otherEncoding;
  if (other !== null) {
    // One line pasted in from a file in the other 8-bit encoding: names may garble, counts may not.
    const otherEnc: Encoding = layout.encoding === 'utf8' ? 'cp1252' : 'utf8';
    const parts = lines.map((_, i) => {
      if (rows[i] !== other) return encode(text(i), layout.encoding);
      try {
        return encode(text(i), otherEnc);
      } catch {
        return encode(text(i), layout.encoding);
      }
    });
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let o = 0;
    for (const p of parts) {
      out.set(p, o);
      o += p.length;
    }
    bytes = out;
  } else {
    bytes = encode(lines.map((_, i) => text(i)).join(''), layout.encoding);
  }
  return { bytes, counts: model, mustFail, knownBug };
}

// ── The reference: our own arithmetic over the model ─────────────────────────────────────

/** a × b / d rounded half up, exactly, in BigInt. */
function mulDivHalfUp(a: number, b: number, d: number): number {
  const n = BigInt(a) * BigInt(b);
  const D = BigInt(d);
  const q = n / D;
  return Number(2n * (n - q * D) >= D ? q + 1n : q);
}

export interface QwoaterReference {
  employerDossiers: number;
  employeeDossiers: number;
  inactivePrevious: number;
  billableDossiers: number;
  amountCents: number;
  minimumTopUpCents: number;
  vatCents: number;
  totalInclVatCents: number;
}

export function qwoaterReference(cur: number[][], prev: number[][], priceE4: number, minimumCents = 63_600, vatBp = 2_100): QwoaterReference {
  let e = 0;
  let f = 0;
  let g = 0;
  for (const [ce, cf] of cur) {
    e += ce!;
    f += cf!;
  }
  for (const p of prev) g += p[2]!;
  // A count below zero (last year's G above this year's F) is billed as 0.
  const billable = Math.max(0, e + f - g);
  const amount = mulDivHalfUp(billable, priceE4, 100);
  const topUp = Math.max(0, minimumCents - amount);
  const vat = mulDivHalfUp(amount + topUp, vatBp, 10_000);
  return { employerDossiers: e, employeeDossiers: f, inactivePrevious: g, billableDossiers: billable, amountCents: amount, minimumTopUpCents: topUp, vatCents: vat, totalInclVatCents: amount + topUp + vat };
}

// ── Running one case ─────────────────────────────────────────────────────────────────────

export type Outcome =
  | { kind: 'equal' }
  | { kind: 'typedError'; code: string }
  | { kind: 'knownBug'; detail: string }
  | { kind: 'failure'; detail: string };

/** Every number in a value, with its path; for the "never NaN" check. */
function nonFinite(value: unknown, path = '$', seen = new Set<unknown>()): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${path} = ${value}`;
  if (typeof value !== 'object' || value === null || seen.has(value)) return null;
  seen.add(value);
  for (const [k, v] of Object.entries(value)) {
    const bad = nonFinite(v, `${path}.${k}`, seen);
    if (bad) return bad;
  }
  return null;
}

function typed(p: Problem): string | null {
  if (!isMessageCode(p.code)) return `untyped error code '${p.code}'`;
  if (typeof p.nl !== 'string' || p.nl === '' || typeof p.en !== 'string' || p.en === '') return `error ${p.code} without Dutch or English text`;
  return null;
}

function compare(got: Record<string, number>, want: Record<string, number>): string | null {
  const diffs = Object.keys(want).filter((k) => got[k] !== want[k]);
  return diffs.length ? diffs.map((k) => `${k}: got ${got[k]}, reference ${want[k]}`).join('; ') : null;
}

const STRICT = typeof process !== 'undefined' && process.env.FC_STRICT_KNOWN_BUGS === '1';

function judge(mismatch: string | null, mustFail: boolean, knownBug: string[]): Outcome {
  if (!mismatch) return { kind: 'equal' };
  const detail = `totals differ from the reference: ${mismatch}${mustFail ? ' (a mutation destroyed information: only an error is right)' : ''}`;
  // Only the classes still listed are excused; a fixed class that goes wrong again is a failure.
  const open = knownBug.filter((k) => k in KNOWN_BUG_MUTATIONS);
  if (open.length && !STRICT) return { kind: 'knownBug', detail: `${detail} [${open.map((k) => KNOWN_BUG_MUTATIONS[k as MutationKind]).join('; ')}]` };
  return { kind: 'failure', detail };
}

const settingsFor = (priceE4: number): Settings => ({ ...defaultSettings(2), pricing: { kind: 'flat', priceE4 } });

type WrittenFile = ReturnType<typeof writeFile>;

/** Writes the case's files (a bug here is the harness's, so it throws), then runs the engine, which must not. */
export function runCase(c: FuzzCase): Outcome {
  if (c.kind === 'qwoater') {
    const cur = writeFile(dossierTable(c.current.rows, c.current.layout, 2024), c.current.layout, c.current.mutations, c.current.rows.map((r) => [r.e, r.f, r.g]));
    const prev = writeFile(dossierTable(c.previous.rows, c.previous.layout, 2023), c.previous.layout, c.previous.mutations, c.previous.rows.map((r) => [r.e, r.f, r.g]));
    return guarded(() => runQwoater(c, cur, prev));
  }
  const w = writeFile(xpertTable(c.report.rows, c.report.layout, c.month), c.report.layout, c.report.mutations, c.report.rows.map((r) => [r.employees, r.sms]));
  return guarded(() => runXpertCase(c, w));
}

function guarded(run: () => Outcome): Outcome {
  try {
    return run();
  } catch (e) {
    return { kind: 'failure', detail: `the engine threw: ${e instanceof Error ? e.stack : String(e)}` };
  }
}

function runQwoater(c: QwoaterCase, cur: WrittenFile, prev: WrittenFile): Outcome {
  const source = (y: number) => ({ label: `dossiers-31-12-${y}.csv`, fileName: `dossiers-31-12-${y}.csv` });
  const current = importDossierExport({ bytes: cur.bytes }, source(2024));
  const previous = importDossierExport({ bytes: prev.bytes }, source(2023));
  const knownBug = [...cur.knownBug, ...prev.knownBug];
  for (const r of [current, previous]) {
    const bad = nonFinite(r);
    if (bad) return { kind: 'failure', detail: `import returned a non-finite number: ${bad}` };
    if (!r.ok) return typed(r.error) ? { kind: 'failure', detail: typed(r.error)! } : { kind: 'typedError', code: r.error.code };
  }
  if (!current.ok || !previous.ok) throw new Error('unreachable');
  const input = { current: current.value, previous: previous.value, settings: settingsFor(c.priceE4) };
  const rec = reconcileQwoater(input);
  const bad = nonFinite(rec);
  if (bad) return { kind: 'failure', detail: `reconcile returned a non-finite number: ${bad}` };
  if (!rec.ok) return typed(rec.error) ? { kind: 'failure', detail: typed(rec.error)! } : { kind: 'typedError', code: rec.error.code };
  const plan = buildQwoaterPlan(rec.value, input, 'nl', [...current.warnings, ...previous.warnings]);
  const badPlan = nonFinite(plan);
  if (badPlan) return { kind: 'failure', detail: `the plan holds a non-finite number: ${badPlan}` };
  // The per-employer lines must explain the total, as the specification sheet shows them.
  const lines = rec.value.employers.reduce((s, l) => s + l.billableDossiers, 0);
  const t = rec.value.totals;
  if (lines !== t.employerDossiers + t.activeEmployeeDossiers) return { kind: 'failure', detail: `employer lines add up to ${lines}, totals say ${t.employerDossiers} + ${t.activeEmployeeDossiers}` };
  const want = qwoaterReference(cur.counts, prev.counts, c.priceE4);
  const got = rec.value.totals as unknown as Record<string, number>;
  return judge(compare(got, want as unknown as Record<string, number>), cur.mustFail || prev.mustFail, knownBug);
}

function runXpertCase(c: XpertCase, w: WrittenFile): Outcome {
  const name = `xpert-2024-${String(c.month).padStart(2, '0')}.csv`;
  const report = importXpertReport({ bytes: w.bytes }, { label: name, fileName: name });
  const badImport = nonFinite(report);
  if (badImport) return { kind: 'failure', detail: `import returned a non-finite number: ${badImport}` };
  if (!report.ok) return typed(report.error) ? { kind: 'failure', detail: typed(report.error)! } : { kind: 'typedError', code: report.error.code };
  const added = addReports(emptyHistory(), [report.value]);
  if (!added.ok) return typed(added.error) ? { kind: 'failure', detail: typed(added.error)! } : { kind: 'typedError', code: added.error.code };
  if (added.value.status !== 'updated') return { kind: 'failure', detail: 'an empty history asked to replace a month' };
  const settings = parseXpertSettings({ rateE4: c.rateE4, smsRateE4: c.smsRateE4, vatBasisPoints: 2_100, toleranceCents: 100 });
  if (!settings.ok) throw new Error(`fuzz: settings refused: ${settings.error.en}`);
  const out = runXpert(added.value.history, settings.value, 'nl', report.warnings);
  const bad = nonFinite(out);
  if (bad) return { kind: 'failure', detail: `the Xpert run returned a non-finite number: ${bad}` };
  if (!out.ok) return typed(out.error) ? { kind: 'failure', detail: typed(out.error)! } : { kind: 'typedError', code: out.error.code };
  const month = out.value.billing.months[0]!;
  let employees = 0;
  let sms = 0;
  let amount = 0;
  for (const [e, s] of w.counts) {
    employees += e!;
    sms += s!;
    amount += mulDivHalfUp(e!, c.rateE4, 100) + mulDivHalfUp(s!, c.smsRateE4, 100);
  }
  const want = { employees, sms, amountCents: amount, vatCents: mulDivHalfUp(amount, 2_100, 10_000) };
  const got = month.totals as unknown as Record<string, number>;
  const mismatch = compare(got, want) ?? (month.period === `2024-${String(c.month).padStart(2, '0')}` ? null : `period ${month.period}`);
  return judge(mismatch, w.mustFail, w.knownBug);
}

// ── The benchmark ────────────────────────────────────────────────────────────────────────

export interface FuzzStats {
  fuzzCases: number;
  fuzzFailures: number;
  fuzzMs: number;
  /** Cases the engine answered with the reference totals. */
  fuzzEqual: number;
  /** Cases the engine refused with a typed error. */
  fuzzTypedErrors: number;
  /** Silently wrong totals explained by a reported importer bug (see KNOWN_BUG_MUTATIONS). */
  fuzzKnownBug: number;
}

/**
 * Runs `cases` cases from a fixed seed. Numbers only (bench/run.ts puts them in its table);
 * the first few failures go to stderr with the seed and case index to replay them.
 */
export function measureFuzz(cases = 10_000, seed = 20_241_231): FuzzStats {
  const t0 = Date.now();
  const samples = fc.sample(caseArb, { seed, numRuns: cases });
  const stats: FuzzStats = { fuzzCases: 0, fuzzFailures: 0, fuzzMs: 0, fuzzEqual: 0, fuzzTypedErrors: 0, fuzzKnownBug: 0 };
  samples.forEach((c, index) => {
    const o = runCase(c);
    stats.fuzzCases++;
    if (o.kind === 'equal') stats.fuzzEqual++;
    else if (o.kind === 'typedError') stats.fuzzTypedErrors++;
    else if (o.kind === 'knownBug') stats.fuzzKnownBug++;
    else if (++stats.fuzzFailures <= 5) {
      process.stderr.write(`fuzz failure (replay: fc.sample(caseArb, { seed: ${seed}, numRuns: ${index + 1} })[${index}]): ${o.detail.slice(0, 800)}\n`);
    }
  });
  stats.fuzzMs = Date.now() - t0;
  return stats;
}

if (typeof require !== 'undefined' && require.main === module) {
  const s = measureFuzz(Number(process.argv[2] ?? 10_000));
  console.log(JSON.stringify(s));
  if (s.fuzzFailures) process.exitCode = 1;
}
