/**
 * Which column of an Otherside report the importer took for each role, with a flag on
 * the roles it guessed from the values rather than read from the header, and selects to
 * change them. A change reads the file again with that column pinned.
 */
import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { columnLabel } from '../../../domain/problems';
import type { XpertColumnMap, XpertImportOptions, XpertReport } from '../../../domain/xpert';
import type { MessageKey } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/i18n-context';

type Role = keyof XpertColumnMap;

const ROLES: { role: Role; label: MessageKey; required: boolean }[] = [
  { role: 'employerCode', label: 'xpert.mapping.employerCode', required: false },
  { role: 'employerName', label: 'xpert.mapping.employerName', required: false },
  { role: 'employees', label: 'xpert.mapping.employees', required: true },
  { role: 'sms', label: 'xpert.mapping.sms', required: false },
  { role: 'period', label: 'xpert.mapping.period', required: false },
  { role: 'peildatum', label: 'xpert.mapping.peildatum', required: false },
  { role: 'amount', label: 'xpert.mapping.amount', required: false },
];

const BY: Record<'header' | 'values' | 'user', MessageKey> = { header: 'mapping.by.header', values: 'xpert.mapping.by.values', user: 'mapping.by.user' };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalXS },
  def: { margin: 0, overflowWrap: 'break-word' },
  by: { color: tokens.colorNeutralForeground2 },
  inline: { padding: 0, minWidth: 0, height: 'auto', verticalAlign: 'baseline', textDecoration: 'underline' },
  guessed: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
});

interface Props {
  report: XpertReport;
  options: XpertImportOptions;
  disabled: boolean;
  fileLabel: string;
  onChange: (options: XpertImportOptions) => void;
}

export function XpertColumnMapping({ report, options, disabled, fileLabel, onChange }: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  // Only what the importer guessed needs the user's eye; columns read from the header are summed up in one line.
  const guessed = Object.values(report.columnsFoundBy).includes('values');
  const [open, setOpen] = useState(guessed);
  const width = Math.max(report.headers.length, ...Object.values(report.columns).map((c) => (c === null ? 0 : c + 1)));
  const current = (role: Role): number | null => {
    const pinned = options.columns?.[role];
    return pinned !== undefined ? pinned : report.columns[role];
  };
  const text = (i: number | null, role: Role) =>
    i === null ? (role === 'sms' ? t('xpert.mapping.noSms') : t('mapping.none')) : t('mapping.column', { label: columnLabel(i, report.headers[i]) });

  const change = (role: Role, value: string) => {
    const index = value === '' ? null : Number(value);
    onChange({ ...options, columns: { ...options.columns, [role]: index } });
  };

  return (
    <div className={styles.root} data-testid="xpert-mapping">
      <h4 className={styles.heading}>{t('mapping.title')}</h4>
      {!editing && !open ? (
        <p className={styles.def}>
          {t('xpert.mapping.allFromHeader')}{' '}
          <Button appearance="transparent" size="small" className={styles.inline} aria-expanded={false} onClick={() => setOpen(true)}>
            {t('xpert.mapping.show')}
          </Button>
        </p>
      ) : !editing ? (
        <dl className={styles.list}>
          {ROLES.filter((r) => r.required || r.role === 'sms' || current(r.role) !== null).map((r) => {
            const by = report.columnsFoundBy[r.role];
            return (
              <div key={r.role}>
                <dt className={styles.term}>{t(r.label)}</dt>
                <dd className={styles.def}>
                  {text(current(r.role), r.role)}
                  {by ? <span className={by === 'values' ? styles.guessed : styles.by}> · {t(BY[by])}</span> : null}
                </dd>
              </div>
            );
          })}
        </dl>
      ) : (
        ROLES.map((r) => (
          <Field key={r.role} label={t(r.label)}>
            <Select
              aria-description={fileLabel}
              data-role={r.role}
              disabled={disabled}
              value={current(r.role) === null ? '' : String(current(r.role))}
              onChange={(_, d) => change(r.role, d.value)}
            >
              {!r.required && <option value="">{r.role === 'sms' ? t('xpert.mapping.noSms') : t('mapping.none')}</option>}
              {Array.from({ length: width }, (_, i) => (
                <option key={i} value={String(i)}>
                  {columnLabel(i, report.headers[i])}
                </option>
              ))}
            </Select>
          </Field>
        ))
      )}
      <div>
        <Button size="small" aria-expanded={editing} data-testid="xpert-mapping-edit" onClick={() => setEditing((e) => !e)}>
          {editing ? t('mapping.done') : t('mapping.edit')}
        </Button>
      </div>
    </div>
  );
}
