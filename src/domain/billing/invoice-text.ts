/**
 * Invoice lines pasted as a block of text, from a ledger or from the PDF's text
 * ('Voorschot Q1 2024  1.250 × € 9,855  € 12.318,75'), or a table with a header, into
 * the lines invoices.ts checks. A module of its own because only the paste box and the
 * readers need it: the pane's first screen checks typed lines and never parses text.
 */
import { parseDate } from '../imports/dates';
import { parseDelimited } from '../imports/delimited';
import { parsePeriod, quarterOf } from '../imports/signing-periods';
import { amountCents, parseDecimal, percentOf, type Cents, type PriceE4 } from '../money';
import { columnLabel, error, fail, ok, warning, type Problem, type Result } from '../problems';
import { INVOICE_KINDS, invoiceLineSchema, signedCents, type InvoiceKind, type InvoiceLine, type InvoiceLineInput } from './invoices';

export interface PasteOptions {
  /** The year to assume when a line names a quarter but no year. */
  year?: number;
  /** 'geplakte tekst' or a file name, for messages. */
  label?: string;
  /** VAT rate, to tell excl. from incl. when a line carries both (basis points). */
  vatBasisPoints?: number;
}

const KIND_WORDS: [InvoiceKind, RegExp][] = [
  ['signing', /onderteken|digitaal\s*tekenen|tekenverzoek|e-?sign|signing|handtekening/i],
  ['final', /eind\s*-?\s*afrekening|eindfactuur|jaarafrekening|final/i],
  ['correction', /correctie|correction|herberekening/i],
  ['advance', /voorschot|advance/i],
];

/** The kind a text names ('Voorschot', 'correction', 'Eindafrekening 2024', …), or null. */
export function kindOf(text: string): InvoiceKind | null {
  for (const [k, re] of KIND_WORDS) if (re.test(text)) return k;
  const n = text.trim().toLowerCase();
  return (INVOICE_KINDS as readonly string[]).includes(n) ? (n as InvoiceKind) : null;
}

/**
 * Parses a pasted block: a table with a header row (soort/omschrijving, datum, periode,
 * aantal, prijs, bedrag), or free lines as a ledger or a PDF prints them, such as
 * '15-01-2024  Voorschot Q1 2024  1.204 x € 9,85  € 11.859,40'. Lines that name no
 * kind (addresses, totals, VAT) are skipped; a line that names one but cannot be read
 * is an error at its row.
 */
export function parseInvoiceText(text: string, options: PasteOptions = {}): Result<InvoiceLine[]> {
  const label = options.label ?? 'geplakte tekst';
  const table = parseTable(text, options, label);
  if (table) return table;
  const warnings: Problem[] = [];
  const lines: InvoiceLine[] = [];
  const skipped: number[] = [];
  const headings: number[] = [];
  const rows = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  for (let i = 0; i < rows.length; i++) {
    const raw = rows[i]!.replace(/\t/g, '  ').trim();
    if (raw === '') continue;
    const k = kindOf(raw);
    if (!k) {
      if (/\d[.,]\d\d(?!\d)/.test(raw) && !/totaal|total|btw|vat|te betalen|subtotaal/i.test(raw)) skipped.push(i + 1);
      continue;
    }
    const line = parseFreeLine(raw, k, { ...options, label }, i + 1, warnings);
    if (!line.ok) return fail(line.error, warnings);
    // A kind word without an amount is a heading ('Voorschotfactuur', 'Specificatie correctie').
    if (line.value) lines.push(line.value);
    else headings.push(i + 1);
  }
  if (skipped.length) warnings.push(warning('invoice.skippedLines', { count: skipped.length, rows: skipped.slice(0, 10).join(', ') }, { file: label }));
  if (headings.length) warnings.push(warning('invoice.noAmountSkipped', { count: headings.length, rows: headings.slice(0, 10).join(', ') }, { file: label }));
  if (lines.length === 0) return fail(error('invoice.none', {}, { file: label }), warnings);
  return ok(lines, warnings);
}

interface Token {
  text: string;
  /** The digits with their separators: '11.859,40'. */
  body: string;
  negative: boolean;
  euro: boolean;
  /** Digits after the last separator that is a decimal mark; 0 for '1.204'. */
  decimals: number;
  /** The word right after and right before, lower case ('x', 'dossiers', 'per'). */
  after: string;
  before: string;
}

/**
 * Credit notations Dutch ledgers and invoices use: '-/-' before or after the amount, and
 * 'CR' / 'Cr.' (credit). A plain minus sign counts only when it touches the number or the
 * euro sign: '- ' is a separator in ledgers.
 */
const CREDIT = String.raw`-\/-|\bcr\b\.?`;
const NUMBER = new RegExp(
  [
    String.raw`(?<open>\()?`,
    String.raw`(?:(?<creditBefore>${CREDIT})\s*)?`,
    String.raw`(?<minus>[-−])?`,
    // 'EUR' as a word: not the end of 'crediteur'.
    String.raw`(?<euro>(?:€|\bEUR(?![a-z]))\s*)?`,
    // '€ -/- 164,00'
    String.raw`(?:(?<creditAfterEuro>-\/-)\s*)?`,
    String.raw`(?<minus2>[-−])?`,
    String.raw`(?<body>\d[\d.,]*\d|\d)`,
    String.raw`(?<trailing>-(?![\d/]))?`,
    // '164,00 -/-', '164,00 CR' — unless the mark leads into the next amount ('€ 164,00 -/- € 34,44').
    String.raw`(?:\s*(?<creditAfter>${CREDIT})(?!\s*(?:€|EUR)?\s*(?:-\/-)?\s*[-−(]?\d))?`,
    String.raw`(?<close>\))?`,
  ].join(''),
  'gi',
);

function tokens(s: string): Token[] {
  const out: Token[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(s); m; m = NUMBER.exec(s)) {
    const g = m.groups!;
    const body = g.body!;
    const lastComma = body.lastIndexOf(',');
    const lastDot = body.lastIndexOf('.');
    const lastSep = Math.max(lastComma, lastDot);
    let decimals = lastSep === -1 ? 0 : body.length - lastSep - 1;
    // '1.204' and '€ 2.500' group thousands, as a Dutch user writes them.
    if (decimals === 3 && lastDot > lastComma && lastComma === -1) decimals = 0;
    out.push({
      text: m[0].trim(),
      body,
      negative: Boolean(g.creditBefore || g.minus || g.creditAfterEuro || g.minus2 || g.trailing || g.creditAfter || (g.open && g.close)),
      euro: Boolean(g.euro),
      decimals,
      after: s.slice(m.index + m[0].length).trim().split(/\s+/)[0]?.toLowerCase() ?? '',
      before: s.slice(0, m.index).trim().split(/\s+/).pop()?.toLowerCase() ?? '',
    });
  }
  return out;
}

const sign = (t: Token, v: number | null) => (v === null ? null : t.negative ? -v : v);
const asCount = (t: Token) => (t.decimals === 0 && !t.euro ? sign(t, parseDecimal(t.body, 0)) : null);
const asCents = (t: Token) => (t.decimals <= 2 ? sign(t, parseDecimal(t.body, 2)) : null);
const asPrice = (t: Token) => (t.negative ? null : parseDecimal(t.body, 4));

const COUNT_AFTER = /^(x|×|\*|dossiers?|verzoeken|ondertekenverzoeken|requests?|st\.?|stuks|stk)$/;
const PRICE_BEFORE = /^(x|×|\*|@|à|per|tarief|prijs)$/;
const PRICE_AFTER = /^(\/|per\b|p\/st|p\.st)/;

interface MoneyToken {
  token: Token;
  cents: Cents;
}

/** One free line; null when it has no amount at all (a heading), an error when it cannot be read. */
function parseFreeLine(raw: string, k: InvoiceKind, options: PasteOptions & { label: string }, row: number, warnings: Problem[]): Result<InvoiceLine | null> {
  const at = { file: options.label, row };
  // Dates and periods first, so their digits are not read as counts or amounts.
  const words = periodWords(raw);
  const toks = tokens(words.rest);
  let count: number | null = null;
  let priceE4: PriceE4 | null = null;
  // An amount has cents or a euro sign: a bare whole number is a count, an invoice number or '/ 4'.
  const money: MoneyToken[] = [];
  for (const t of toks) {
    const marked = PRICE_BEFORE.test(t.before) || PRICE_AFTER.test(t.after);
    if (priceE4 === null && ((marked && (t.decimals > 0 || t.euro)) || t.decimals > 2)) {
      priceE4 = asPrice(t);
      if (priceE4 !== null) continue;
    }
    const n = asCount(t);
    if (n !== null && count === null && (COUNT_AFTER.test(t.after) || toks.length > 1)) {
      count = n;
      continue;
    }
    const cents = n === null ? asCents(t) : null;
    if (cents !== null) money.push({ token: t, cents });
  }
  const chosen = chooseAmount(money, count, priceE4, options.vatBasisPoints ?? 2_100);
  if (!chosen) return ok(null);
  if (chosen.price !== undefined) priceE4 = chosen.price;
  if (chosen.ambiguous) {
    warnings.push(warning('invoice.ambiguousAmount', { amounts: money.map((m) => m.token.text).join(', '), chosen: chosen.money.token.text }, at));
  }

  const resolved = resolvePeriod(k, words.date, words.year, words.quarter, options.year);
  if (!resolved) return fail(error('invoice.noPeriod', { kind: k, text: raw }, at));
  return checked(
    { kind: k, date: words.date, year: resolved.year, quarter: resolved.quarter, count, priceE4, amountCents: chosen.money.cents, description: raw.slice(0, 500), source: { label: options.label, row } },
    at,
  );
}

const DATE_TEXT = String.raw`\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}-\d{2}-\d{2}`;
const QUARTER = /(?:^|[^a-z0-9])(?:q|kw\.?|kwartaal)\s*([1-4])(?:e)?(?:[\s\-_/]*(\d{4}))?(?!\d)|(?:^|[^0-9])(\d{4})[\s\-_/]*(?:q|kw)\s*([1-4])(?![0-9])|(?:^|[^0-9])([1-4])e\s*kwartaal(?:\s*(\d{4}))?/i;
/** A lone year ('Eindafrekening 2024'), not an amount ('2024,00') nor a count ('2024 dossiers'). */
const YEAR = /(?:^|[^\d.,€])((?:19|20)\d\d)(?![\d.,])(?!\s*(?:x|×|dossiers?|verzoeken|st)\b)/i;

/** The invoice date, quarter and year a text names, and the text without them. */
export function periodWords(text: string): { date: string | null; year: number | null; quarter: number | null; rest: string } {
  let rest = text;
  let year: number | null = null;
  let quarter: number | null = null;
  const range = new RegExp(`(${DATE_TEXT})\\s*(?:t\\s*/\\s*m|tot\\s+en\\s+met|tot|-|–)\\s*(${DATE_TEXT})`, 'i').exec(rest);
  if (range) {
    const pq = quarterOfText(range[0]);
    if (pq) ({ year, quarter } = pq);
    rest = rest.replace(range[0], ' ');
  }
  let date: string | null = null;
  rest = rest.replace(new RegExp(`(^|\\s)(${DATE_TEXT})(?=\\s|$)`, 'g'), (_whole, lead: string, d: string) => {
    date ??= parseDate(d);
    return `${lead} `;
  });
  const q = QUARTER.exec(rest);
  if (q) {
    quarter = Number(q[1] ?? q[4] ?? q[5]);
    const y = q[2] ?? q[3] ?? q[6];
    if (y) year = Number(y);
    rest = rest.replace(q[0], ' ');
  }
  if (year === null) {
    const y = YEAR.exec(rest);
    if (y) {
      year = Number(y[1]);
      rest = rest.replace(y[1]!, ' ');
    }
  }
  return { date, year, quarter, rest };
}

function quarterOfText(text: string): { year: number; quarter: number } | null {
  const p = parsePeriod(text);
  return p ? quarterOf(p) : null;
}

/**
 * The amount excl. VAT among the money on a line: the one that equals count × price;
 * else the first of an excl + VAT = incl triple, or of an excl/incl pair; else the
 * only one. Anything else is a guess, and the user is told.
 */
function chooseAmount(
  money: MoneyToken[],
  count: number | null,
  priceE4: PriceE4 | null,
  vat: number,
): { money: MoneyToken; price?: PriceE4; ambiguous?: boolean } | null {
  if (money.length === 0) return null;
  if (count !== null && priceE4 !== null) {
    const expected = amountCents(count, priceE4);
    const hit = money.find((m) => Math.abs(m.cents - expected) <= 1);
    if (hit) return { money: hit };
  }
  if (count !== null && priceE4 === null && money.length >= 2) {
    // 'aantal prijs bedrag' without 'x' or '€': the price is the one whose product is another.
    for (const p of money) {
      const price = asPrice(p.token);
      if (price === null || price === 0) continue;
      const hit = money.find((m) => m !== p && Math.abs(m.cents - amountCents(count, price)) <= 1);
      if (hit) return { money: hit, price };
    }
  }
  for (let i = 0; i + 2 < money.length; i++) {
    const [a, b, c] = [money[i]!, money[i + 1]!, money[i + 2]!];
    if (a.cents + b.cents === c.cents && Math.abs(percentOf(a.cents, vat) - b.cents) <= 2) return { money: a };
  }
  if (money.length === 2) {
    const [a, b] = [money[0]!, money[1]!];
    if (Math.abs(a.cents + percentOf(a.cents, vat) - b.cents) <= 2) return { money: a };
  }
  return { money: money[0]!, ambiguous: money.length > 1 };
}

/**
 * The quarter and year a line is about. Without words for them, the invoice date
 * decides: an advance is invoiced at the start of its quarter, a correction and
 * signing at the start of the next.
 */
function resolvePeriod(k: InvoiceKind, date: string | null, year: number | null, quarter: number | null, defaultYear: number | undefined): { year: number; quarter: 1 | 2 | 3 | 4 | null } | null {
  if (k === 'final') {
    const y = year ?? (date ? Number(date.slice(0, 4)) - (Number(date.slice(5, 7)) <= 6 ? 1 : 0) : defaultYear);
    return y === undefined ? null : { year: y, quarter: null };
  }
  if (quarter !== null) {
    const y = year ?? defaultYear ?? (date ? Number(date.slice(0, 4)) : undefined);
    return y === undefined ? null : { year: y, quarter: quarter as 1 | 2 | 3 | 4 };
  }
  if (!date) return null;
  let y = Number(date.slice(0, 4));
  let q = Math.ceil(Number(date.slice(5, 7)) / 3) - (k === 'advance' ? 0 : 1);
  if (q === 0) {
    q = 4;
    y -= 1;
  }
  return { year: year ?? y, quarter: q as 1 | 2 | 3 | 4 };
}

function checked(line: InvoiceLineInput, at: { file: string; row: number }): Result<InvoiceLine> {
  const parsed = invoiceLineSchema.safeParse(line);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0]!;
  return fail(error('invoice.invalid', { line: at.row, field: issue.path.join('.'), reason: issue.message }, at));
}

// ─── A table with headers ──────────────────────────────────────────────────────

type Col = 'kind' | 'date' | 'period' | 'year' | 'quarter' | 'count' | 'price' | 'amount' | 'description';

function classify(h: string): Col | null {
  const n = h.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
  if (/^(soort|kind|type|regelsoort)$/.test(n)) return 'kind';
  if (/^(omschrijving|description|tekst|text)$/.test(n)) return 'description';
  if (/^(factuurdatum|datum|date|invoicedate|boekdatum)$/.test(n)) return 'date';
  if (/^(periode|period)$/.test(n)) return 'period';
  if (/^(jaar|year|boekjaar)$/.test(n)) return 'year';
  if (/^(kwartaal|quarter|kw)$/.test(n)) return 'quarter';
  if (/^(aantal|count|aantaldossiers|aantalverzoeken|dossiers)$/.test(n)) return 'count';
  if (/^(prijs|price|tarief|stukprijs|prijsperdossier|unitprice)$/.test(n)) return 'price';
  if (/^(bedrag|amount|bedragexclbtw|bedragexcl|exclbtw|excl|amountexclvat|netto)$/.test(n)) return 'amount';
  return null;
}

/** A pasted table whose first non-blank row names at least a kind (or description) and an amount column. */
function parseTable(text: string, options: PasteOptions, label: string): Result<InvoiceLine[]> | null {
  const parsed = parseDelimited(text);
  if (!parsed.ok) return null;
  const { grid, lines } = parsed.value;
  const h = grid.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (h === -1) return null;
  const header = grid[h]!;
  const cols = new Map<Col, number>();
  header.forEach((c, i) => {
    const role = classify(c);
    if (role && !cols.has(role)) cols.set(role, i);
  });
  if (!cols.has('amount') || !(cols.has('kind') || cols.has('description'))) return null;
  const get = (row: string[], c: Col) => (cols.has(c) ? (row[cols.get(c)!] ?? '').trim() : '');
  const column = (c: Col) => columnLabel(cols.get(c)!, header[cols.get(c)!]);
  const out: InvoiceLine[] = [];
  for (let r = h + 1; r < grid.length; r++) {
    const row = grid[r]!;
    if (row.every((c) => c.trim() === '')) continue;
    const at = { file: label, row: lines[r]! };
    const kindCol: Col = cols.has('kind') ? 'kind' : 'description';
    const k = kindOf(get(row, 'kind')) ?? kindOf(get(row, 'description'));
    if (!k) return fail(error('invoice.unknownKind', { value: get(row, kindCol) }, { ...at, column: column(kindCol) }));
    const bad = (c: Col, what: string) => fail<InvoiceLine[]>(error('invoice.badNumber', { value: get(row, c), what }, { ...at, column: column(c) }));
    const amount = signedCents(get(row, 'amount'));
    if (amount === null) return bad('amount', 'bedrag');
    const dateText = get(row, 'date');
    const date = dateText ? parseDate(dateText) : null;
    if (dateText && !date) return bad('date', 'datum');
    const countText = get(row, 'count');
    const count = countText ? signedInt(countText) : null;
    if (countText && count === null) return bad('count', 'aantal');
    const priceText = get(row, 'price').replace(/^(€|EUR)\s*/i, '');
    const priceE4 = priceText ? parseDecimal(priceText, 4) : null;
    if (priceText && priceE4 === null) return bad('price', 'prijs');
    // Period words may sit in their own columns or in the description: 'Q1 2024', '2024', '1'.
    const quarterText = get(row, 'quarter');
    const words = periodWords([get(row, 'period'), /^[1-4]$/.test(quarterText) ? `Q${quarterText}` : quarterText, get(row, 'year'), get(row, 'kind'), get(row, 'description')].filter(Boolean).join(' '));
    const resolved = resolvePeriod(k, date, words.year, k === 'final' ? null : words.quarter, options.year);
    if (!resolved) return fail(error('invoice.noPeriod', { kind: k, text: row.join(' ').trim() }, at));
    const line = checked(
      { kind: k, date, year: resolved.year, quarter: resolved.quarter, count, priceE4, amountCents: amount, description: (get(row, 'description') || get(row, 'kind')).slice(0, 500), source: { label, row: at.row } },
      at,
    );
    if (!line.ok) return line;
    out.push(line.value);
  }
  if (out.length === 0) return fail(error('invoice.none', {}, { file: label }));
  return ok(out);
}

function signedInt(text: string): number | null {
  const v = signedCents(text);
  return v === null || v % 100 !== 0 ? null : v / 100;
}

/** What an invoice table's header says; the PDF reader finds the table by it (invoice-pdf.ts). */
export const classifyInvoiceHeader = classify;
