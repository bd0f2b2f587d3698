/**
 * Step 1: model 2 with its year, or model 1 with its agreed peildatum. When the loaded
 * exports say another year, the field says so at once, naming both years, with the fix.
 */
import { Button, Field, Input, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import type { Dispatch } from 'react';
import type { DateFinding } from '../../domain/billing/date-findings';
import { DateField, dateText } from '../components/DateField';
import { StepSection } from '../components/StepSection';
import { useLayoutStyles } from '../components/layout-styles';
import { useI18n } from '../i18n/i18n-context';
import type { ChoiceForm, FieldErrors } from '../state/forms';
import type { PaneAction } from '../state/pane-state';
import type { DateFixes } from './ExportsStep';

const useStyles = makeStyles({
  year: { maxWidth: '8em' },
  fix: { alignSelf: 'flex-start', marginTop: `calc(-1 * ${tokens.spacingVerticalXS})` },
});

interface Props {
  choice: ChoiceForm;
  /** Only the errors the user should see now (touched fields, or all after 'Maak specificatie'). */
  errors: FieldErrors;
  findings: readonly DateFinding[];
  fixes: DateFixes;
  touch: (field: string) => void;
  dispatch: Dispatch<PaneAction>;
}

export function ModelStep({ choice, errors, findings, fixes, touch, dispatch }: Props) {
  const { t } = useI18n();
  const layout = useLayoutStyles();
  const styles = useStyles();
  const yearError = errors.year;
  const dateError = errors.peildatum;
  // The year against the exports: shown at once, not only after the field was left.
  const yearFinding = findings.find((f) => f.kind === 'yearContradicts' || f.kind === 'yearContradictsPrevious');
  const agreedFinding = findings.find((f) => f.kind === 'agreedOtherYear');
  const yearMessage = yearError
    ? t(yearError)
    : yearFinding && (yearFinding.kind === 'yearContradicts' || yearFinding.kind === 'yearContradictsPrevious')
      ? t(yearFinding.kind === 'yearContradicts' ? 'dates.field.year' : 'dates.field.yearPrevious', { year: yearFinding.year, date: dateText(yearFinding.date), dateYear: yearFinding.dateYear })
      : undefined;
  return (
    <StepSection title={t('step.model.title')} testId="step-model">
      <div className={layout.stack}>
        <Field label={t('step.model.legend')}>
          <RadioGroup value={String(choice.model)} onChange={(_, d) => dispatch({ type: 'choice', patch: { model: d.value === '1' ? 1 : 2 } })}>
            <Radio value="2" label={t('step.model.2')} />
            <Radio value="1" label={t('step.model.1')} />
          </RadioGroup>
        </Field>
        {choice.model === 2 ? (
          <>
            <Field label={t('step.model.year')} hint={yearMessage ? undefined : t('step.model.year.hint')} validationState={yearMessage ? 'error' : 'none'} validationMessage={yearMessage}>
              <Input
                id="field-year"
                className={styles.year}
                inputMode="numeric"
                value={choice.year}
                maxLength={4}
                onBlur={() => touch('year')}
                onChange={(_, d) => dispatch({ type: 'choice', patch: { year: d.value } })}
              />
            </Field>
            {!yearError && yearFinding && (yearFinding.kind === 'yearContradicts' || yearFinding.kind === 'yearContradictsPrevious') && (
              <Button className={styles.fix} size="small" onClick={() => fixes.useYear(yearFinding.dateYear)}>
                {t('dates.useYear', { year: yearFinding.dateYear })}
              </Button>
            )}
          </>
        ) : (
          <>
            <DateField
              id="field-peildatum"
              label={t('step.model.peildatum')}
              hint={t('step.model.peildatum.hint')}
              value={choice.peildatum}
              state="error"
              message={dateError ? t(dateError) : agreedFinding?.kind === 'agreedOtherYear' ? t('dates.field.agreed', { agreed: dateText(agreedFinding.agreed), date: dateText(agreedFinding.date) }) : undefined}
              onBlur={() => touch('peildatum')}
              onChange={(text) => dispatch({ type: 'choice', patch: { peildatum: text } })}
            />
            {!dateError && agreedFinding?.kind === 'agreedOtherYear' && (
              <Button className={styles.fix} size="small" onClick={() => fixes.useAgreed(agreedFinding.date)}>
                {t('dates.useDate', { date: dateText(agreedFinding.date) })}
              </Button>
            )}
          </>
        )}
      </div>
    </StepSection>
  );
}
