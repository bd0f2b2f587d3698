/** Step 2 of the Otherside flow: the rates per counted employee and per SMS, VAT and tolerance. */
import { Field, Input } from '@fluentui/react-components';
import type { Dispatch } from 'react';
import { StepSection } from '../../components/StepSection';
import { useLayoutStyles } from '../../components/layout-styles';
import type { MessageKey } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/i18n-context';
import type { XpertField, XpertFieldErrors, XpertRatesForm } from '../xpert-forms';
import type { XpertAction } from '../xpert-state';

interface Props {
  form: XpertRatesForm;
  /** Only the errors the user should see now (fields left, or all after 'Maak'). */
  errors: XpertFieldErrors;
  touch: (field: string) => void;
  dispatch: Dispatch<XpertAction>;
}

const FIELDS: { field: XpertField; label: MessageKey; hint: MessageKey | null }[] = [
  { field: 'rate', label: 'xpert.rates.rate', hint: 'xpert.rates.rate.hint' },
  { field: 'smsRate', label: 'xpert.rates.sms', hint: 'xpert.rates.sms.hint' },
  { field: 'vat', label: 'prices.vat', hint: null },
  { field: 'tolerance', label: 'prices.tolerance', hint: 'prices.tolerance.hint' },
];

export function XpertRatesStep({ form, errors, touch, dispatch }: Props) {
  const { t } = useI18n();
  const layout = useLayoutStyles();
  return (
    <StepSection title={t('xpert.step.rates')} testId="xpert-step-rates">
      <div className={layout.stack}>
        {FIELDS.map(({ field, label, hint }) => {
          const err = errors[field];
          return (
            <Field key={field} label={t(label)} hint={hint ? t(hint) : undefined} validationState={err ? 'error' : 'none'} validationMessage={err ? t(err) : undefined}>
              <Input
                id={`xpert-field-${field}`}
                inputMode="decimal"
                value={form[field]}
                onBlur={() => touch(`xpert.${field}`)}
                onChange={(_, d) => dispatch({ type: 'form', patch: { [field]: d.value } })}
              />
            </Field>
          );
        })}
      </div>
    </StepSection>
  );
}
