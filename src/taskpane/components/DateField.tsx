/**
 * A date typed as dd-mm-jjjj, in a text field: the browser's own date field shows
 * whatever order the machine's locale uses (mm/dd/yyyy on many), which a Dutch invoice
 * never does. What the user types is kept as typed (state/date-text.ts reads it), and
 * written the one way (31-12-2024) once the field is left with a real date in it.
 */
import { Field, Input, makeStyles } from '@fluentui/react-components';
import { useI18n } from '../i18n/i18n-context';
import { dateFromText, dateText } from '../state/date-text';

export { dateFromText, dateText };

const useStyles = makeStyles({ input: { width: '100%', minWidth: 0, maxWidth: '12em' } });

interface Props {
  id?: string;
  label: string;
  hint?: string;
  value: string;
  /** The message under the field, and how it counts. */
  message?: string;
  state?: 'error' | 'warning' | 'none';
  className?: string;
  onChange: (text: string) => void;
  onBlur?: () => void;
}

export function DateField({ id, label, hint, value, message, state = 'none', className, onChange, onBlur }: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    // A message replaces the hint: the format error gives its own example, so the hint would repeat it.
    <Field className={className} label={label} hint={message ? undefined : hint} validationState={message ? state : 'none'} validationMessage={message}>
      <Input
        className={styles.input}
        {...(id ? { id } : {})}
        value={value}
        placeholder={t('form.date.placeholder')}
        autoComplete="off"
        onBlur={() => {
          const iso = dateFromText(value);
          if (iso && dateText(iso) !== value) onChange(dateText(iso));
          onBlur?.();
        }}
        onChange={(_, d) => onChange(d.value)}
      />
    </Field>
  );
}
