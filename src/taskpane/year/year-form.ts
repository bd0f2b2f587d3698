/**
 * The year step's fields as the user typed them. Kept as text (like forms.ts) so a
 * half-typed amount survives a re-render and a restore shows exactly what was typed;
 * year-validate.ts turns them into the engine's invoice lines and options.
 */
import type { InvoiceKind, InvoiceLine } from '../../domain/billing/invoices';
import { formatDutchDate } from '../../domain/imports/dates';
import { dateText } from '../state/date-text';
import { formatEuro, formatPrice } from '../../domain/money';
import type { MessageKey } from '../i18n/catalogue';

export interface LineForm {
  /** For React keys, field ids and focus; not stored. */
  id: string;
  kind: InvoiceKind;
  /** As typed: dd-mm-jjjj, or empty. */
  date: string;
  /** 'Q1 2024', '1e kwartaal 2024' or, for the final settlement, '2024'. */
  period: string;
  count: string;
  price: string;
  amount: string;
  description: string;
}

export type SigningMode = 'unknown' | 'priced' | 'included';

export interface EmployerChoice {
  on: boolean;
  mode: 'all' | 'chosen';
  /** Employer numbers, separated by commas, spaces or new lines. */
  numbers: string;
}

export interface YearForm {
  lines: LineForm[];
  toleranceAbs: string;
  tolerancePct: string;
  signingMode: SigningMode;
  signingPrice: string;
  employers: EmployerChoice;
}

let lineSeq = 0;
export const newLineId = (): string => `line-${++lineSeq}`;

export const emptyLine = (kind: InvoiceKind = 'advance', period = ''): LineForm => ({
  id: newLineId(),
  kind,
  date: '',
  period,
  count: '',
  price: '',
  amount: '',
  description: '',
});

/** The tolerance starts empty: then the amount of step 3 applies and the percentage is 0. */
export const defaultYearForm = (): YearForm => ({
  lines: [],
  toleranceAbs: '',
  tolerancePct: '',
  signingMode: 'unknown',
  signingPrice: '',
  employers: { on: false, mode: 'all', numbers: '' },
});

const plain = (s: string) => s.replace(/^-?€\s?/, '').replace(/^€\s?-/, '');

/** A parsed line (from pasted text) as the fields a user would have typed. */
export function lineToForm(l: InvoiceLine, lang: 'nl' | 'en'): LineForm {
  const sign = l.amountCents < 0 ? '-' : '';
  return {
    id: newLineId(),
    kind: l.kind,
    date: dateText(l.date),
    period: l.quarter ? `Q${l.quarter} ${l.year}` : String(l.year),
    count: l.count === null ? '' : String(l.count),
    price: l.priceE4 === null ? '' : plain(formatPrice(l.priceE4, lang)),
    amount: sign + plain(formatEuro(Math.abs(l.amountCents), lang)),
    description: l.description.slice(0, 200),
  };
}

/** 'Q1 2024' in words for lists and previews. */
export const periodLabel = (l: Pick<InvoiceLine, 'year' | 'quarter'>): string => (l.quarter ? `Q${l.quarter} ${l.year}` : String(l.year));
export const dateLabel = (iso: string | null): string => (iso ? formatDutchDate(iso) : '');

/** The words for each kind, spelt out so the catalogue test sees every key in use. */
export const KIND_LABEL: Record<InvoiceKind, MessageKey> = {
  advance: 'year.kind.advance',
  correction: 'year.kind.correction',
  final: 'year.kind.final',
  signing: 'year.kind.signing',
};
