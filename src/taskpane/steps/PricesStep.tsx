/** Step 3: flat price or staffel, minimum, VAT and the tolerance for the invoice comparison. */
import { Field, Input, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import type { Dispatch } from 'react';
import { StepSection } from '../components/StepSection';
import { TierTable } from '../components/TierTable';
import { useLayoutStyles } from '../components/layout-styles';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/catalogue';
import type { FieldErrors, PriceForm, PriceKind } from '../state/forms';
import type { PaneAction } from '../state/pane-state';

interface Props {
  price: PriceForm;
  errors: FieldErrors;
  touch: (field: string) => void;
  dispatch: Dispatch<PaneAction>;
}

type TextField = 'flatPrice' | 'minimum' | 'vat' | 'tolerance';

// Minimum and VAT side by side: two short numbers, and the step stays short at 350 px.
const useStyles = makeStyles({
  pair: { display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)', columnGap: tokens.spacingHorizontalS, alignItems: 'start' },
  input: { width: '100%', minWidth: 0 },
});

export function PricesStep({ price, errors, touch, dispatch }: Props) {
  const { t } = useI18n();
  const layout = useLayoutStyles();
  const styles = useStyles();

  const text = (field: TextField, label: MessageKey, hint: MessageKey | null, inputMode: 'decimal' | 'numeric' = 'decimal') => {
    const err = errors[field];
    return (
      <Field label={t(label)} hint={hint ? t(hint) : undefined} validationState={err ? 'error' : 'none'} validationMessage={err ? t(err) : undefined}>
        <Input
          className={styles.input}
          id={`field-${field}`}
          inputMode={inputMode}
          value={price[field]}
          onBlur={() => touch(field)}
          onChange={(_, d) => dispatch({ type: 'price', patch: { [field]: d.value } })}
        />
      </Field>
    );
  };

  return (
    <StepSection title={t('step.prices.title')} testId="step-prices">
      <div className={layout.stack}>
        <Field label={t('prices.kind.legend')}>
          <RadioGroup value={price.kind} onChange={(_, d) => dispatch({ type: 'price', patch: { kind: d.value as PriceKind } })}>
            <Radio value="flat" label={t('prices.kind.flat')} />
            <Radio value="graduated" label={t('prices.kind.graduated')} />
            <Radio value="volume" label={t('prices.kind.volume')} />
          </RadioGroup>
        </Field>
        {price.kind === 'flat' ? (
          text('flatPrice', 'prices.flat', 'prices.flat.hint')
        ) : (
          <TierTable tiers={price.tiers} errors={errors} touch={touch} dispatch={dispatch} />
        )}
        <div className={styles.pair}>
          {text('minimum', 'prices.minimum', 'prices.minimum.hint')}
          {text('vat', 'prices.vat', null)}
        </div>
        {text('tolerance', 'prices.tolerance', 'prices.tolerance.hint')}
      </div>
    </StepSection>
  );
}
