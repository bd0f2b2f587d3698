/**
 * The export's peildatum and where it was found. When the importer found none, the user
 * types it (re-import with options.peildatum); a found one can be corrected the same way.
 */
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { DossierExport } from '../../domain/imports/types';
import { formatIsoDate, type MessageKey } from '../i18n/catalogue';
import { useI18n } from '../i18n/i18n-context';
import { isRealIsoDate } from '../state/forms';

const FROM: Record<NonNullable<DossierExport['peildatumFrom']>, MessageKey> = {
  title: 'summary.peildatum.from.title',
  column: 'summary.peildatum.from.column',
  filename: 'summary.peildatum.from.filename',
  user: 'summary.peildatum.from.user',
};

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  grow: { flexGrow: 1, minWidth: '140px' },
  value: { fontWeight: tokens.fontWeightSemibold },
  from: { color: tokens.colorNeutralForeground2 },
});

/** Without `onApply` (an export restored from the workbook) the peildatum is shown, not changed. */
export function PeildatumEditor({ exp, disabled, onApply }: { exp: DossierExport; disabled: boolean; onApply?: (iso: string) => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const missing = exp.peildatum === null;
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(exp.peildatum ?? '');
  const [touched, setTouched] = useState(false);
  const invalid = touched && !isRealIsoDate(value);

  if (!onApply) {
    return exp.peildatum === null ? null : (
      <span>
        {t('summary.peildatum')}: <span className={styles.value}>{formatIsoDate(exp.peildatum)}</span>{' '}
        {exp.peildatumFrom ? <span className={styles.from}>({t(FROM[exp.peildatumFrom])})</span> : null}
      </span>
    );
  }
  if (!missing && !editing) {
    return (
      <div className={styles.row}>
        <span>
          {t('summary.peildatum')}: <span className={styles.value}>{formatIsoDate(exp.peildatum!)}</span>{' '}
          {exp.peildatumFrom ? <span className={styles.from}>({t(FROM[exp.peildatumFrom])})</span> : null}
        </span>
        <Button size="small" appearance="subtle" disabled={disabled} onClick={() => setEditing(true)}>
          {t('summary.peildatum.change')}
        </Button>
      </div>
    );
  }
  return (
    <div className={styles.row}>
      <Field
        className={styles.grow}
        label={t('summary.peildatum.input')}
        validationState={invalid ? 'error' : missing ? 'warning' : 'none'}
        validationMessage={invalid ? t('form.date.invalid') : missing ? t('summary.peildatum.missing') : undefined}
      >
        <Input type="date" value={value} onBlur={() => setTouched(true)} onChange={(_, d) => setValue(d.value)} />
      </Field>
      <Button
        disabled={disabled}
        onClick={() => {
          setTouched(true);
          if (!isRealIsoDate(value)) return;
          setEditing(false);
          onApply(value);
        }}
      >
        {t('summary.peildatum.apply')}
      </Button>
    </div>
  );
}
