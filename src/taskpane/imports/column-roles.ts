/**
 * The columns each kind of report has, as the column map shows them: which the importer
 * must have (required), which it can do without, which one summary line names, and what
 * 'none' means for each. Plus the column choices a file offers when its header could not
 * be read: each column's letter, the text above its figures and one of its figures.
 */
import { parseCount } from '../../domain/imports/counts';
import type { Grid } from '../../domain/imports/types';
import { columnLetter } from '../../domain/problems';
import type { MessageKey } from '../i18n/catalogue';
import type { ImportKind } from './import-kinds';

export interface RoleSpec {
  role: string;
  label: MessageKey;
  required: boolean;
  /**
   * Named in the folded one-line summary, by this name: the letter Loket's article gives the
   * column (F, G), or a word. 'F = Aantalwerknemersdossier' when the column is that letter;
   * 'G = kolom H (Uit dienst)' when the file has it elsewhere.
   */
  line?: { letter: string } | { word: MessageKey };
  /** What choosing no column means, when that is allowed. */
  none?: MessageKey;
}

export const COLUMN_ROLES: Record<ImportKind, RoleSpec[]> = {
  dossiers: [
    { role: 'employerNumber', label: 'mapping.field.employerNumber', required: true },
    { role: 'employerName', label: 'mapping.field.employerName', required: false },
    { role: 'employerDossiers', label: 'mapping.field.employerDossiers', required: false },
    { role: 'employeeDossiers', label: 'mapping.field.employeeDossiers', required: true, line: { letter: 'F' } },
    { role: 'inactiveDossiers', label: 'mapping.field.inactiveDossiers', required: false, line: { letter: 'G' } },
    { role: 'activeDossiers', label: 'mapping.field.activeDossiers', required: false },
    { role: 'peildatum', label: 'mapping.field.peildatum', required: false },
  ],
  signing: [
    { role: 'employerNumber', label: 'mapping.field.employerNumber', required: true },
    { role: 'employerName', label: 'mapping.field.employerName', required: false },
    { role: 'requests', label: 'mapping.field.requests', required: true, line: { word: 'mapping.line.requests' } },
    { role: 'signers', label: 'mapping.field.signers', required: false },
  ],
  xpert: [
    { role: 'employerCode', label: 'xpert.mapping.employerCode', required: false },
    { role: 'employerName', label: 'xpert.mapping.employerName', required: false },
    { role: 'employees', label: 'xpert.mapping.employees', required: true, line: { word: 'mapping.line.employees' } },
    { role: 'sms', label: 'xpert.mapping.sms', required: false, line: { word: 'mapping.line.sms' }, none: 'xpert.mapping.noSms' },
    { role: 'period', label: 'xpert.mapping.period', required: false },
    { role: 'peildatum', label: 'xpert.mapping.peildatum', required: false },
    { role: 'amount', label: 'xpert.mapping.amount', required: false },
  ],
};

/** The columns an import's error says it could not find: chosen by hand, right there. */
export const MISSING_ROLES: Record<string, readonly string[]> = {
  'import.noCountColumns': ['employeeDossiers'],
  'import.noEmployerNumberColumn': ['employerNumber'],
  'signing.noRequestsColumn': ['requests'],
  'xpert.noEmployeesColumn': ['employees'],
  'xpert.noSmsColumn': ['sms'],
  'xpert.noEmployerColumn': ['employerCode', 'employerName'],
};

export interface ColumnChoice {
  index: number;
  letter: string;
  /** The text above the column's figures, when there is one. */
  header: string;
  /** One of its values, so a column without a useful header can still be told apart. */
  sample: string;
}

const isFigure = (s: string) => s !== '' && parseCount(s).ok;

/**
 * The columns to choose from. `headers` is the header the importer found (empty when it
 * found none); `rows` are the file's first rows, for a file whose header it could not read.
 */
export function columnChoices(headers: readonly string[], rows: Grid | null, width = 0): ColumnChoice[] {
  const preview = rows ?? [];
  const cols = Math.max(width, headers.length, ...preview.map((r) => r.length));
  // Without a header from the importer: the last row before the first row of figures.
  const firstData = preview.findIndex((r) => r.filter(isFigure).length >= 2);
  const guessHeader = headers.length === 0 && firstData > 0 ? preview[firstData - 1]! : [];
  const out: ColumnChoice[] = [];
  for (let c = 0; c < cols; c++) {
    const header = (headers[c] ?? guessHeader[c] ?? '').trim();
    const below = firstData >= 0 ? preview.slice(firstData) : preview;
    const sample = below.map((r) => (r[c] ?? '').trim()).find((v) => v !== '' && v !== header) ?? '';
    out.push({ index: c, letter: columnLetter(c), header, sample });
  }
  return out;
}

/** 'F · Aantalwerknemersdossier', or 'F · 42' for a column without a header. */
export const choiceLabel = (c: ColumnChoice): string => [c.letter, c.header || c.sample].filter(Boolean).join(' · ');
