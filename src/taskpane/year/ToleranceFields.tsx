/** The allowed difference per invoice line: an amount and a percentage, the larger wins (as the check sheet says). */
import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { MessageKey } from '../i18n/catalogue';
import { useI18n } from '../i18n/i18n-context';
import type { YearController } from './use-year';
import { YEAR_FIELDS } from './year-validate';

const useStyles = makeStyles({
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
});

export function ToleranceFields({ year, stepThreeAmount }: { year: YearController; stepThreeAmount: string }) {
  const { t } = useI18n();
  const styles = useStyles();
  const field = (name: 'toleranceAbs' | 'tolerancePct', label: MessageKey, hint: string) => {
    const id = YEAR_FIELDS[name];
    const err = year.errors[id];
    return (
      <Field label={t(label)} hint={hint} validationState={err ? 'error' : 'none'} validationMessage={err ? t(err) : undefined}>
        <Input id={id} inputMode="decimal" value={year.state.form[name]} onBlur={() => year.touch(id)} onChange={(_, d) => year.dispatch({ type: 'form', patch: { [name]: d.value } })} />
      </Field>
    );
  };
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{t('year.tolerance.title')}</legend>
      {field('toleranceAbs', 'year.tolerance.abs', t('year.tolerance.abs.hint', { amount: stepThreeAmount }))}
      {field('tolerancePct', 'year.tolerance.pct', t('year.tolerance.pct.hint'))}
    </fieldset>
  );
}
