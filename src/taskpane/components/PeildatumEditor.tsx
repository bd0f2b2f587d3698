/**
 * The export's peildatum and where it was found. When the importer found none, the user
 * types it (re-import with options.peildatum); a found one can be corrected the same way.
 * Without `onApply` (an export restored from the workbook) the peildatum is shown, not changed.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { DossierExport } from '../../domain/imports/types';
import type { MessageKey } from '../i18n/catalogue';
import { useI18n } from '../i18n/i18n-context';
import { DateField, dateFromText, dateText } from './DateField';

const FROM: Record<NonNullable<DossierExport['peildatumFrom']>, MessageKey> = {
  title: 'summary.peildatum.from.title',
  column: 'summary.peildatum.from.column',
  filename: 'summary.peildatum.from.filename',
  user: 'summary.peildatum.from.user',
};

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap', minWidth: 0 },
  line: { margin: 0, overflowWrap: 'anywhere' },
  grow: { flexGrow: 1, minWidth: '9em' },
  value: { fontWeight: tokens.fontWeightSemibold },
  from: { color: tokens.colorNeutralForeground2 },
  inline: { padding: 0, minWidth: 0, height: 'auto', verticalAlign: 'baseline', textDecoration: 'underline' },
});

export function PeildatumEditor({ exp, onApply }: { exp: DossierExport; onApply?: (iso: string) => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const missing = exp.peildatum === null;
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(dateText(exp.peildatum));
  const [touched, setTouched] = useState(false);
  const iso = dateFromText(value);
  const invalid = touched && iso === null;

  if (!onApply && missing) return null;
  if (!onApply || (!missing && !editing)) {
    return (
      <p className={styles.line}>
        {t('summary.peildatum')}: <span className={styles.value}>{dateText(exp.peildatum)}</span>{' '}
        {exp.peildatumFrom ? <span className={styles.from}>({t(FROM[exp.peildatumFrom])})</span> : null}{' '}
        {onApply && (
          <Button appearance="transparent" size="small" className={styles.inline} aria-label={t('summary.peildatum.change.label')} onClick={() => setEditing(true)}>
            {t('summary.peildatum.change')}
          </Button>
        )}
      </p>
    );
  }
  return (
    <div className={styles.row}>
      <DateField
        className={styles.grow}
        label={t('summary.peildatum.input')}
        value={value}
        state={invalid ? 'error' : 'warning'}
        message={invalid ? t('form.date.invalid') : missing ? t('summary.peildatum.missing') : undefined}
        onBlur={() => setTouched(true)}
        onChange={setValue}
      />
      <Button
        onClick={() => {
          setTouched(true);
          if (iso === null) return;
          setEditing(false);
          onApply(iso);
        }}
      >
        {t('summary.peildatum.apply')}
      </Button>
    </div>
  );
}
