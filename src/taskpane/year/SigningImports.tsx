/**
 * 'Ondertekenverzoeken per werkgever' for one or more periods, by file, paste or the
 * Excel selection (the same FilePicker and PastePanel as the exports), and how signing
 * is billed: per request at a price, included, or not known.
 */
import { Button, Field, Input, Radio, RadioGroup, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useState } from 'react';
import { FilePicker } from '../components/FilePicker';
import { PastePanel } from '../components/PastePanel';
import { useLayoutStyles } from '../components/layout-styles';
import { useHost } from '../host-context';
import { useI18n } from '../i18n/i18n-context';
import { SigningSourceItem } from './SigningSourceItem';
import type { YearController } from './use-year';
import type { SigningMode } from './year-form';
import { YEAR_FIELDS } from './year-validate';

const useStyles = makeStyles({
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export function SigningImports({ year }: { year: YearController }) {
  const { t } = useI18n();
  const host = useHost();
  const styles = useStyles();
  const layout = useLayoutStyles();
  const selectionHintId = useId('signing-sel-');
  const [pasting, setPasting] = useState(false);
  const standalone = host.kind === 'standalone';
  const slotLabel = t('year.signing.slot');
  const { form } = year.state;
  const priceErr = year.errors[YEAR_FIELDS.signingPrice];

  return (
    <div className={layout.stack} role="group" aria-labelledby="year-signing-title" data-testid="year-signing">
      <h3 id="year-signing-title" className={styles.title}>
        {t('year.signing.title')}
      </h3>
      <Text className={layout.muted}>{t('year.signing.hint')}</Text>
      <FilePicker slot="signing" slotLabel={slotLabel} disabled={false} onFile={year.signing.loadFile} />
      <div className={layout.row}>
        <Button aria-expanded={pasting} data-testid="signing-paste-open" onClick={() => setPasting((p) => !p)}>
          {t('slot.paste.open')}
        </Button>
        <Button disabledFocusable={standalone} aria-describedby={standalone ? selectionHintId : undefined} onClick={() => void year.signing.loadSelection()}>
          {t('slot.useSelection')}
        </Button>
      </div>
      {standalone && (
        <span id={selectionHintId} className={styles.hint}>
          {t('slot.useSelection.unavailable')}
        </span>
      )}
      {pasting && (
        <PastePanel
          slotLabel={slotLabel}
          disabled={false}
          onClose={() => setPasting(false)}
          onRead={(text) => {
            setPasting(false);
            year.signing.loadText(text);
          }}
        />
      )}
      {year.state.signing.length > 0 && (
        <ul className={styles.list} aria-label={t('year.signing.title')}>
          {year.state.signing.map((s) => (
            <SigningSourceItem key={s.id} source={s} loader={year.signing} year={year.fallbackYear} />
          ))}
        </ul>
      )}
      <Field label={t('year.signing.mode')}>
        <RadioGroup value={form.signingMode} onChange={(_, d) => year.dispatch({ type: 'form', patch: { signingMode: d.value as SigningMode } })}>
          <Radio value="priced" label={t('year.signing.mode.priced')} />
          <Radio value="included" label={t('year.signing.mode.included')} />
          <Radio value="unknown" label={t('year.signing.mode.unknown')} />
        </RadioGroup>
      </Field>
      {form.signingMode === 'priced' && (
        <Field label={t('year.signing.price')} validationState={priceErr ? 'error' : 'none'} validationMessage={priceErr ? t(priceErr) : undefined}>
          <Input
            id={YEAR_FIELDS.signingPrice}
            inputMode="decimal"
            value={form.signingPrice}
            onBlur={() => year.touch(YEAR_FIELDS.signingPrice)}
            onChange={(_, d) => year.dispatch({ type: 'form', patch: { signingPrice: d.value } })}
          />
        </Field>
      )}
    </div>
  );
}
