/**
 * The first choice in the pane: whose invoice to check. Qwoater (Loket.nl) is the flow
 * the pane always had; Otherside at Work reads the Xpert Suite's monthly reports.
 */
import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import { useI18n } from '../../i18n/i18n-context';
import type { XpertSource } from '../xpert-stored';

export function SourceSwitch({ source, onChange }: { source: XpertSource; onChange: (s: XpertSource) => void }) {
  const { t } = useI18n();
  return (
    <Field label={t('xpert.source.legend')}>
      <RadioGroup value={source} data-testid="source-switch" onChange={(_, d) => onChange(d.value === 'xpert' ? 'xpert' : 'qwoater')}>
        <Radio value="qwoater" label={t('xpert.source.qwoater')} />
        <Radio value="xpert" label={t('xpert.source.xpert')} />
      </RadioGroup>
    </Field>
  );
}
