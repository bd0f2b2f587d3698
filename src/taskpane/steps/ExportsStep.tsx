/** Step 2: the current export and, for model 2, last year's. */
import { Text } from '@fluentui/react-components';
import { ExportSlot } from '../components/ExportSlot';
import { StepSection } from '../components/StepSection';
import { useLayoutStyles } from '../components/layout-styles';
import type { SlotImporter } from '../hooks/use-slot-importer';
import { useI18n } from '../i18n/i18n-context';
import type { I18n } from '../i18n/i18n-context';
import type { SlotKey, SlotState } from '../state/pane-state';

/**
 * The slot titles name the peildatum they expect: from the year the user typed, else from
 * the peildatum of this year's export once it is loaded.
 */
export function slotLabel(t: I18n['t'], slot: SlotKey, model: 1 | 2, yearText: string, currentPeildatum: string | null = null): string {
  const typed = /^\d{4}$/.test(yearText.trim()) ? Number(yearText.trim()) : null;
  const year = typed ?? (currentPeildatum ? Number(currentPeildatum.slice(0, 4)) : null);
  if (model === 1) return t('slot.current.model1');
  if (slot === 'current') return year ? t('slot.current.model2', { year }) : t('slot.current.model2.noYear');
  return year ? t('slot.previous.model2', { year: year - 1 }) : t('slot.previous.model2.noYear');
}

interface Props {
  model: 1 | 2;
  yearText: string;
  slots: Record<SlotKey, SlotState>;
  importers: Record<SlotKey, SlotImporter>;
}

export function ExportsStep({ model, yearText, slots, importers }: Props) {
  const { t } = useI18n();
  const layout = useLayoutStyles();
  const keys: SlotKey[] = model === 2 ? ['current', 'previous'] : ['current'];
  const currentPeildatum = slots.current.loaded?.exp.peildatum ?? null;
  return (
    <StepSection title={t('step.exports.title')} testId="step-exports">
      <Text className={layout.muted}>{t('step.exports.intro')}</Text>
      <div className={layout.stack}>
        {keys.map((k) => (
          <ExportSlot key={k} slot={k} label={slotLabel(t, k, model, yearText, currentPeildatum)} needsInactive={model === 2 && k === 'previous'} state={slots[k]} importer={importers[k]} />
        ))}
      </div>
    </StepSection>
  );
}
