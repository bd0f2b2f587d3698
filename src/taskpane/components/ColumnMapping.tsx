/**
 * Which column of a report holds what, for every kind of report. Folded to one line
 * ('Kolommen: F = Aantalwerknemersdossier, G = Inactief · wijzigen') when every column was
 * found by its header; a column the importer had to guess (by its letter, or from its
 * values) or could not find at all gets its choice right there, under the line. When the
 * header could not be read at all, the choices are the columns the file has, each with
 * its header and one of its values. A change reads the file again with that column
 * pinned; the columns the user did not touch are found again. An import restored from the
 * workbook has no file to read again: its columns are shown, not changed.
 *
 * The toggle sits on the summary line, above what it opens, so it never moves away from
 * under the pointer.
 */
import { Button, Field, Select, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useState } from 'react';
import type { Grid } from '../../domain/imports/types';
import type { MessageKey } from '../i18n/catalogue';
import { useI18n } from '../i18n/i18n-context';
import { choiceLabel, columnChoices, type ColumnChoice, type RoleSpec } from '../imports/column-roles';

type How = 'header' | 'letter' | 'values' | 'user';
export type Columns = Record<string, number | null>;

export interface FoundColumns {
  headers: readonly string[];
  /** The report's column map (a DossierColumnMap, XpertColumnMap, …): role → index or null. */
  columns: object;
  foundBy: Partial<Record<string, How>>;
  /** 1-based row of the header in the file; 0 when there was none. */
  headerRow: number;
}

const BY: Record<How, MessageKey> = { header: 'mapping.by.header', letter: 'mapping.by.letter', values: 'mapping.by.values', user: 'mapping.by.user' };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  line: { margin: 0, overflowWrap: 'anywhere' },
  label: { fontWeight: tokens.fontWeightSemibold },
  toggle: { padding: 0, minWidth: 0, height: 'auto', verticalAlign: 'baseline', textDecoration: 'underline' },
  // A select is as wide as its card and never wider, whatever the longest header.
  select: { width: '100%', minWidth: 0, maxWidth: '100%' },
  field: { minWidth: 0 },
});

interface Props {
  roles: readonly RoleSpec[];
  /** What the last good read found; null when the file never read. */
  found: FoundColumns | null;
  /** The file's first rows, when its header could not be read. */
  preview: Grid | null;
  /** The user's own choices so far (the request's options.columns). */
  pinned: Partial<Columns> | undefined;
  /** Roles that need the user now, beyond those guessed: a column a model needs but the file lacks. */
  needed?: readonly string[];
  /** The file, for screen readers on each select. */
  fileLabel: string;
  /** Absent when there is no file to read again (restored from the workbook). */
  onChange?: (columns: Partial<Columns>) => void;
}

export function ColumnMapping({ roles, found, preview, pinned, needed = [], fileLabel, onChange }: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const editorId = useId('columns-');
  const choices = columnChoices(found?.headers ?? [], preview, maxIndex(found) + 1);
  const current = (role: string): number | null => {
    const p = pinned?.[role];
    if (p !== undefined) return p;
    const f = found ? (found.columns as Record<string, unknown>)[role] : undefined;
    return typeof f === 'number' ? f : null;
  };
  const how = (role: string): How | undefined => (pinned?.[role] !== undefined ? 'user' : found?.foundBy[role]);
  // What needs the user's eye: guessed columns, required or needed ones not there, and the
  // ones the user chose (their choice stays in view, so it never vanishes from under them).
  const attention = roles.filter((r) => {
    const h = how(r.role);
    if (h === 'letter' || h === 'values' || h === 'user') return true;
    // Without a read to go on, only the columns asked for: the importer finds the others.
    return current(r.role) === null && ((found !== null && r.required) || needed.includes(r.role));
  });
  // 'F = Aantalwerknemersdossier' when F is in F; 'G = kolom H (Uit dienst)' when it is not.
  const keyLine = roles
    .flatMap((r) => {
      const index = current(r.role);
      const c = index === null ? undefined : choices[index];
      if (!r.line || !c) return [];
      const name = 'letter' in r.line ? r.line.letter : t(r.line.word);
      const sameLetter = 'letter' in r.line && r.line.letter === c.letter;
      const where = sameLetter && c.header ? c.header : c.header ? t('mapping.line.column', { letter: c.letter, header: c.header }) : t('mapping.line.letter', { letter: c.letter });
      return [`${name} = ${where}`];
    })
    .join(', ');
  const shown = !onChange ? [] : open ? roles : attention;

  const select = (r: RoleSpec) => {
    const value = current(r.role);
    const h = how(r.role);
    const missing = value === null && ((found !== null && r.required) || needed.includes(r.role));
    const hint = missing ? t('mapping.notFound') : h && h !== 'header' ? t(BY[h]) : undefined;
    return (
      <Field key={r.role} className={styles.field} label={t(r.label)} hint={hint} validationState={missing ? 'warning' : 'none'}>
        <Select
          className={styles.select}
          aria-description={fileLabel}
          data-role={r.role}
          value={value === null ? '' : String(value)}
          onChange={(_, d) => onChange?.({ ...pinned, [r.role]: d.value === '' ? null : Number(d.value) })}
        >
          {(!r.required || value === null) && <option value="">{t(r.none ?? (r.required ? 'mapping.choose' : 'mapping.none'))}</option>}
          {choices.map((c: ColumnChoice) => (
            <option key={c.index} value={String(c.index)}>
              {choiceLabel(c)}
            </option>
          ))}
        </Select>
      </Field>
    );
  };

  return (
    <div className={styles.root} data-testid="column-mapping">
      {found ? (
        <p className={styles.line}>
          <span className={styles.label}>{found.headerRow > 0 ? t('mapping.title.row', { row: found.headerRow }) : t('mapping.title')}</span>{' '}
          {keyLine || t('mapping.noneFound')}{' '}
          {onChange && (
            <Button appearance="transparent" size="small" className={styles.toggle} aria-expanded={open} aria-controls={editorId} data-testid="mapping-edit" onClick={() => setOpen((o) => !o)}>
              {open ? t('mapping.done') : t('mapping.edit')}
            </Button>
          )}
        </p>
      ) : (
        <p className={styles.line}>{t('mapping.choose.intro')}</p>
      )}
      <div id={editorId} className={styles.root} hidden={shown.length === 0}>
        {shown.map(select)}
      </div>
    </div>
  );
}

function maxIndex(found: FoundColumns | null): number {
  if (!found) return -1;
  return Math.max(found.headers.length - 1, ...Object.values(found.columns).map((c) => (typeof c === 'number' ? c : -1)));
}
