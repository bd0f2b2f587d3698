/**
 * The staffel as rows of 'vanaf' and price. Each input has its own label naming the band
 * ('Schijf 2: vanaf dossier') for screen readers; the column captions are for the eye.
 */
import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Dispatch } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { FieldErrors, TierForm } from '../state/forms';
import type { PaneAction } from '../state/pane-state';

const useStyles = makeStyles({
  table: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  head: { display: 'grid', gridTemplateColumns: '1fr 1fr 32px', gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  row: { display: 'grid', gridTemplateColumns: '1fr 1fr 32px', gap: tokens.spacingHorizontalS, alignItems: 'start' },
  input: { minWidth: 0, width: '100%' },
  caption: { fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorPaletteRedForeground1 },
  hiddenLabel: {
    position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap',
  },
});

interface Props {
  tiers: TierForm[];
  errors: FieldErrors;
  touch: (field: string) => void;
  dispatch: Dispatch<PaneAction>;
}

export function TierTable({ tiers, errors, touch, dispatch }: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.table} role="group" aria-labelledby="tiers-caption">
      <Text id="tiers-caption" className={styles.caption}>
        {t('prices.tiers.caption')}
      </Text>
      {errors.tiers && (
        <Text role="alert" className={styles.error}>
          {t(errors.tiers)}
        </Text>
      )}
      <div className={styles.head} aria-hidden="true">
        <span>{t('prices.tier.from')}</span>
        <span>{t('prices.tier.price')}</span>
        <span />
      </div>
      {tiers.map((tier, i) => {
        const n = i + 1;
        const fromErr = errors[`tiers.${i}.from`];
        const priceErr = errors[`tiers.${i}.price`];
        return (
          <div key={tier.id} className={styles.row} data-testid={`tier-${i}`}>
            <Field
              label={{ children: t('prices.tier.fromLabel', { n }), className: styles.hiddenLabel }}
              validationState={fromErr ? 'error' : 'none'}
              validationMessage={fromErr ? t(fromErr) : undefined}
            >
              <Input
                className={styles.input}
                inputMode="numeric"
                value={tier.from}
                onBlur={() => touch(`tiers.${i}.from`)}
                onChange={(_, d) => dispatch({ type: 'tier.change', id: tier.id, patch: { from: d.value } })}
              />
            </Field>
            <Field
              label={{ children: t('prices.tier.priceLabel', { n }), className: styles.hiddenLabel }}
              validationState={priceErr ? 'error' : 'none'}
              validationMessage={priceErr ? t(priceErr) : undefined}
            >
              <Input
                className={styles.input}
                inputMode="decimal"
                value={tier.price}
                onBlur={() => touch(`tiers.${i}.price`)}
                onChange={(_, d) => dispatch({ type: 'tier.change', id: tier.id, patch: { price: d.value } })}
              />
            </Field>
            <Button
              appearance="subtle"
              aria-label={t('prices.tier.remove', { n })}
              title={t('prices.tier.remove', { n })}
              disabled={tiers.length <= 1}
              onClick={() => dispatch({ type: 'tier.remove', id: tier.id })}
            >
              ×
            </Button>
          </div>
        );
      })}
      <div>
        <Button appearance="secondary" onClick={() => dispatch({ type: 'tier.add' })}>
          {t('prices.tier.add')}
        </Button>
      </div>
    </div>
  );
}
