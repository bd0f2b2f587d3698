/** Step 1: model 1 with its agreed peildatum, or model 2 with its year. */
import { Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import type { Dispatch } from 'react';
import { StepSection } from '../components/StepSection';
import { useLayoutStyles } from '../components/layout-styles';
import { useI18n } from '../i18n/i18n-context';
import type { ChoiceForm, FieldErrors } from '../state/forms';
import type { PaneAction } from '../state/pane-state';

interface Props {
  choice: ChoiceForm;
  /** Only the errors the user should see now (touched fields, or all after 'Maak specificatie'). */
  errors: FieldErrors;
  touch: (field: string) => void;
  dispatch: Dispatch<PaneAction>;
}

export function ModelStep({ choice, errors, touch, dispatch }: Props) {
  const { t } = useI18n();
  const layout = useLayoutStyles();
  const yearError = errors.year;
  const dateError = errors.peildatum;
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
          <Field
            label={t('step.model.year')}
            hint={`${t('step.model.2.hint')} ${t('step.model.year.hint')}`}
            validationState={yearError ? 'error' : 'none'}
            validationMessage={yearError ? t(yearError) : undefined}
          >
            <Input
              id="field-year"
              inputMode="numeric"
              value={choice.year}
              maxLength={4}
              onBlur={() => touch('year')}
              onChange={(_, d) => dispatch({ type: 'choice', patch: { year: d.value } })}
            />
          </Field>
        ) : (
          <Field
            label={t('step.model.peildatum')}
            hint={`${t('step.model.1.hint')} ${t('step.model.peildatum.hint')}`}
            validationState={dateError ? 'error' : 'none'}
            validationMessage={dateError ? t(dateError) : undefined}
          >
            <Input id="field-peildatum" type="date" value={choice.peildatum} onBlur={() => touch('peildatum')} onChange={(_, d) => dispatch({ type: 'choice', patch: { peildatum: d.value } })} />
          </Field>
        )}
      </div>
    </StepSection>
  );
}
