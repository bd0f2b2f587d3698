/**
 * Which column the importer took for each role, and selects to change it. A change
 * re-imports with that column pinned; the roles the user did not touch are found again.
 */
import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { DossierColumnMap, DossierExport, DossierImportOptions } from '../../domain/imports/types';
import { columnLabel } from '../../domain/problems';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/catalogue';

type Role = keyof DossierColumnMap;

const ROLES: { role: Role; label: MessageKey; required: boolean }[] = [
  { role: 'employerNumber', label: 'mapping.field.employerNumber', required: true },
  { role: 'employerName', label: 'mapping.field.employerName', required: false },
  { role: 'employerDossiers', label: 'mapping.field.employerDossiers', required: false },
  { role: 'employeeDossiers', label: 'mapping.field.employeeDossiers', required: true },
  { role: 'inactiveDossiers', label: 'mapping.field.inactiveDossiers', required: false },
  { role: 'activeDossiers', label: 'mapping.field.activeDossiers', required: false },
  { role: 'peildatum', label: 'mapping.field.peildatum', required: false },
];

const BY_KEY: Record<'header' | 'letter' | 'user', MessageKey> = { header: 'mapping.by.header', letter: 'mapping.by.letter', user: 'mapping.by.user' };

const useStyles = makeStyles({
  list: { margin: 0, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', rowGap: tokens.spacingVerticalXXS },
  term: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalXS },
  def: { margin: 0, overflowWrap: 'break-word' },
  by: { color: tokens.colorNeutralForeground2 },
  editor: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

interface Props {
  exp: DossierExport;
  options: DossierImportOptions;
  disabled: boolean;
  /** Called with the new overrides; the caller re-imports. Absent when there is no file to read again. */
  onChange?: (options: DossierImportOptions) => void;
  slotLabel: string;
}

export function ColumnMapping({ exp, options, disabled, onChange, slotLabel }: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  const width = Math.max(exp.headers.length, ...Object.values(exp.columns).map((c) => (c === null ? 0 : c + 1)));
  // The user's pick wins over what the (possibly failed) import shows.
  const current = (role: Role): number | null => {
    const pinned = options.columns?.[role];
    return pinned !== undefined ? pinned : exp.columns[role];
  };
  const label = (i: number | null) => (i === null ? t('mapping.none') : t('mapping.column', { label: columnLabel(i, exp.headers[i]) }));

  const change = (role: Role, value: string) => {
    const index = value === '' ? null : Number(value);
    onChange?.({ ...options, columns: { ...options.columns, [role]: index } });
  };

  return (
    <div className={styles.editor} data-testid="column-mapping">
      <h4 className={styles.heading}>{t('mapping.title')}</h4>
      {!editing ? (
        <dl className={styles.list}>
          {ROLES.filter((r) => r.required || current(r.role) !== null).map((r) => {
            const by = exp.columnsFoundBy[r.role];
            return (
              <div key={r.role}>
                <dt className={styles.term}>{t(r.label)}</dt>
                <dd className={styles.def}>
                  {label(current(r.role))}
                  {by ? <span className={styles.by}> · {t(BY_KEY[by])}</span> : null}
                </dd>
              </div>
            );
          })}
        </dl>
      ) : (
        ROLES.map((r) => (
          <Field key={r.role} label={t(r.label)}>
            <Select
              aria-description={slotLabel}
              data-role={r.role}
              disabled={disabled}
              value={current(r.role) === null ? '' : String(current(r.role))}
              onChange={(_, d) => change(r.role, d.value)}
            >
              {!r.required && <option value="">{t('mapping.none')}</option>}
              {Array.from({ length: width }, (_, i) => (
                <option key={i} value={String(i)}>
                  {columnLabel(i, exp.headers[i])}
                </option>
              ))}
            </Select>
          </Field>
        ))
      )}
      {onChange && (
        <div>
          <Button appearance="secondary" size="small" aria-expanded={editing} data-testid="mapping-edit" onClick={() => setEditing((e) => !e)}>
            {editing ? t('mapping.done') : t('mapping.edit')}
          </Button>
        </div>
      )}
    </div>
  );
}
