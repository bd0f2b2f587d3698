/**
 * The re-billing as CSV, the way Dutch Excel and accounting packages read it: ';' between
 * fields, a decimal comma, CRLF line ends, UTF-8 with a BOM (without it Excel reads
 * UTF-8 as Windows-1252 and garbles 'Café'). No totals row: importers would take it for
 * an employer.
 *
 * CSV injection (OWASP): a text cell that begins with = + - @ TAB or CR is prefixed with
 * a single quote, so a spreadsheet shows it as text instead of running it. That applies
 * to the texts we pass through (names, notes). Numbers are ours, written from integers
 * as plain digits, so a negative amount stays a number ('-1,00') and carries no payload.
 */
import type { Rebill } from '../billing/rebill';
import type { Cents } from '../money';
import { sheetTexts, under, type SpecLanguage } from './texts/sheet-texts';

const DANGEROUS_START = /^[=+\-@\t\r]/;

/** A separator a spreadsheet may split on, followed by something it would run as a formula. */
const DANGEROUS_AFTER_SEPARATOR = /([,;\t])(\s*)(?=[=+\-@])/g;

/**
 * A text field: neutralised against formula injection, then quoted when it holds ; " a line
 * break, ',' or TAB. Quoting alone does not protect a program that splits on ',' or TAB
 * instead of ';' (English Excel, LibreOffice's guess): for it the quote sits mid-field, and
 * 'Bakker,=HYPERLINK(…)' would start a cell with '='. So such a separator gets a single
 * quote after it too, the same neutraliser as at the start.
 */
export function csvText(value: string): string {
  // The first character is handled by DANGEROUS_START; only separators after it need this.
  const inner = value.slice(0, 1) + value.slice(1).replace(DANGEROUS_AFTER_SEPARATOR, "$1$2'");
  const safe = DANGEROUS_START.test(inner) ? `'${inner}` : inner;
  return /[;",\t\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Cents as '1234,56' or '-0,05': no thousands separator, which importers would misread. */
export function csvCents(cents: Cents): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/** One cell of the re-billing table: a text, a whole number (empty when null) or an amount in cents. */
export type RebillCell = { text: string } | { int: number | null } | { cents: Cents };

/**
 * The re-billing as one table, header first: what the CSV holds, and what a workbook of its
 * own shows when Excel opens the re-billing as a new workbook (rebill-workbook.ts).
 */
export function rebillTable(r: Rebill, lang: SpecLanguage = 'nl'): { header: string[]; rows: RebillCell[][] } {
  const c = under(sheetTexts(lang), 'yearSheet.rcol');
  const header = [c.number, c.name, c.billable, c.weight, r.signingPlan.unit === 'signers' ? c.unitsSigners : c.units, c.list, c.offset, c.discount, c.topUp, c.signing, c.adjustment, c.excl, c.vat, c.incl, c.note];
  const rows = r.shares.map((s): RebillCell[] => [
    { text: s.number },
    { text: s.name },
    { int: s.billableDossiers },
    { int: s.weight },
    { int: s.signingUnits },
    { cents: s.listCents },
    { cents: s.negativeOffsetCents },
    { cents: -s.discountCents },
    { cents: s.topUpCents },
    { cents: s.signingCents },
    { cents: s.adjustmentCents },
    { cents: s.totalExclCents },
    { cents: s.vatCents },
    { cents: s.totalInclCents },
    // ' / ' rather than '; ', so a note needs no quotes in a ';' file.
    { text: s.notes.map((n) => n[lang]).join(' / ') },
  ]);
  return { header, rows };
}

const csvCell = (cell: RebillCell): string => ('text' in cell ? csvText(cell.text) : 'int' in cell ? (cell.int === null ? '' : String(cell.int)) : csvCents(cell.cents));

export function rebillCsvText(r: Rebill, lang: SpecLanguage = 'nl'): string {
  const { header, rows } = rebillTable(r, lang);
  const lines = [header.map(csvText).join(';'), ...rows.map((row) => row.map(csvCell).join(';'))];
  return lines.join('\r\n') + '\r\n';
}

/** The file's bytes: a UTF-8 BOM, then the text. */
export function rebillCsvBytes(r: Rebill, lang: SpecLanguage = 'nl'): Uint8Array {
  const body = new TextEncoder().encode(rebillCsvText(r, lang));
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf], 0);
  out.set(body, 3);
  return out;
}
