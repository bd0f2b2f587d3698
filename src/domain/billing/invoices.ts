/**
 * The invoice lines a user received from Qwoater: typed in the pane, or pasted as a
 * block from a ledger or from the PDF's text (read by invoice-text.ts). One schema
 * checks both, in cents and 1/10 000 euro like the rest of the engine.
 *
 * What `quarter` means per kind, chosen so it matches how the line is worded
 * ('Correctie Q1 2024', 'Digitaal ondertekenen Q1 2024'):
 *   advance     the quarter the advance is for, invoiced at its start;
 *   correction  the last quarter it re-estimates: correction Q covers Q1..Q and is
 *               invoiced at the start of Q+1 with the new estimate;
 *   signing     the quarter whose requests are billed, on the invoice of Q+1;
 *   final       none: it settles the year.
 */
import '../zod-config';
import { _default, array, enum as enumOf, gt, gte, int, literal, lte, maxLength, nullable, number, object, optional, refine, regex, strictObject, string, superRefine, union, type input, type output } from 'zod/mini';
import { parseDate } from '../imports/dates';
import { amountCents, MAX_AMOUNT_CENTS, parseCents, type Cents } from '../money';
import { error, fail, ok, type Result } from '../problems';

export const INVOICE_KINDS = ['advance', 'correction', 'final', 'signing'] as const;
export type InvoiceKind = (typeof INVOICE_KINDS)[number];
export type Quarter = 1 | 2 | 3 | 4;

const isoDate = string().check(
  regex(/^\d{4}-\d{2}-\d{2}$/, 'datum als jjjj-mm-dd'),
  refine((s) => parseDate(s) !== null, 'geen bestaande datum'),
);
const TOO_MUCH = 'meer dan € 1 miljard; zo ver rekent Factuurcheck niet tot op de cent';

export const invoiceLineSchema = strictObject({
  kind: enumOf(INVOICE_KINDS),
  /** The invoice date, when known. */
  date: _default(nullable(isoDate), null),
  year: number().check(int(), gte(2000), lte(2100)),
  quarter: _default(nullable(union([literal(1), literal(2), literal(3), literal(4)])), null),
  /** The count the invoice states (dossiers or requests); a correction may state a difference. */
  count: _default(nullable(number().check(int())), null),
  /** The unit price the invoice states, in 1/10 000 euro. */
  priceE4: _default(nullable(number().check(int(), gte(0))), null),
  /** Amount excl. VAT in cents; corrections and the final settlement may be negative. */
  amountCents: number().check(int(), gte(-MAX_AMOUNT_CENTS, TOO_MUCH), lte(MAX_AMOUNT_CENTS, TOO_MUCH)),
  description: _default(string().check(maxLength(500)), ''),
  /** Where the line came from, for messages. */
  /** The row in the pasted text or file; in a PDF, the page and the row on it. */
  source: optional(object({ label: string(), row: number().check(int(), gt(0)), page: optional(number().check(int(), gt(0))) })),
}).check(
  superRefine((l, ctx) => {
    if (l.kind === 'final' && l.quarter !== null) ctx.addIssue({ code: 'custom', path: ['quarter'], message: 'een eindafrekening hoort bij het jaar, niet bij een kwartaal' });
    if (l.kind !== 'final' && l.quarter === null) ctx.addIssue({ code: 'custom', path: ['quarter'], message: 'kies het kwartaal' });
    if (l.count !== null && l.count < 0 && l.kind !== 'correction') ctx.addIssue({ code: 'custom', path: ['count'], message: 'een aantal is 0 of meer' });
  }),
);

export type InvoiceLine = output<typeof invoiceLineSchema>;
export type InvoiceLineInput = input<typeof invoiceLineSchema>;

/** Lines typed in the pane (plain data) → checked lines, or the first bad field with its line number. */
export function validateInvoiceLines(input: unknown): Result<InvoiceLine[]> {
  const parsed = array(invoiceLineSchema).safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0]!;
  const [index, ...field] = issue.path;
  return fail(error('invoice.invalid', { line: typeof index === 'number' ? index + 1 : '?', field: field.join('.') || '(regel)', reason: issue.message }));
}

/**
 * '-118,20', '118,20-', '(118,20)', '€ -118,20', '−118,20', '-/- 118,20', '118,20 -/-',
 * '€ 118,20 CR', 'Cr. 118,20' → −11 820. Each sign mark flips the sign once.
 */
export function signedCents(text: string): Cents | null {
  let s = text.trim().replace(/\u2212/g, '-');
  let negative = false;
  const strip = (re: RegExp) => {
    const m = re.exec(s);
    if (!m) return;
    negative = !negative;
    s = (s.slice(0, m.index) + s.slice(m.index + m[0].length)).trim();
  };
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  strip(/\s*(?:-\/-|\bcr\b\.?)$/i);
  strip(/-$/);
  strip(/^(?:-\/-|cr\b\.?)\s*/i);
  s = s.replace(/^(€|EUR)\s*/i, '');
  strip(/^-\/-\s*/);
  strip(/^-\s*/);
  const v = parseCents(s);
  return v === null ? null : negative ? -v : v;
}
