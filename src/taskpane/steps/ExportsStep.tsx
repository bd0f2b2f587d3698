/**
 * Step 2: this year's export and, for model 2, last year's, each on a card of the pane's
 * one file import. A card's title says which export it wants and never changes to a date
 * the file does not say; what the file's dates say against step 1 and the other card is
 * said on the card, with the one-click fix.
 */
import { Button, Text } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { DateFinding } from '../../domain/billing/date-findings';
import { ExportSummary } from '../components/ExportSummary';
import { FileImport } from '../components/FileImport';
import { NoticeBar, NoWrap } from '../components/NoticeList';
import { StepSection } from '../components/StepSection';
import { dateText } from '../components/DateField';
import { useLayoutStyles } from '../components/layout-styles';
import { useI18n } from '../i18n/i18n-context';
import type { Importer } from '../imports/use-importer';
import { neededSlots, type SlotKey } from '../state/pane-state';

export interface DateFixes {
  /** Sets step 1's year. */
  useYear(year: number): void;
  /** Sets model 1's agreed peildatum. */
  useAgreed(iso: string): void;
  /** Puts the two exports in each other's place. */
  swap(): void;
}

interface Props {
  model: 1 | 2;
  importer: Importer<'dossiers'>;
  findings: readonly DateFinding[];
  fixes: DateFixes;
}

export function ExportsStep({ model, importer, findings, fixes }: Props) {
  const { t } = useI18n();
  const layout = useLayoutStyles();
  const title = (k: SlotKey) => (model === 1 ? t('slot.current.model1') : k === 'current' ? t('slot.current.model2') : t('slot.previous.model2'));
  return (
    <StepSection title={t('step.exports.title')} testId="step-exports">
      <Text className={layout.muted}>{t(model === 2 ? 'step.exports.intro.model2' : 'step.exports.intro')}</Text>
      <div className={layout.stack}>
        {neededSlots(model).map((k) => (
          <FileImport
            key={k}
            importer={importer}
            slot={k}
            testId={`slot-${k}`}
            inputTestId={`file-${k}`}
            itemTestId="export-item"
            title={title(k)}
            single
            boxed
            texts={{ pick: t('slot.pickFile'), pickLabel: t('slot.pickFile.label', { slot: title(k) }), drop: t('slot.drop'), dropActive: t('slot.dropActive'), pasteFor: title(k) }}
            renderItem={(item) => (
              <ExportSummary
                item={item}
                needsInactive={model === 2 && k === 'previous'}
                findings={<CardFindings slot={k} findings={findings} fixes={fixes} />}
                onReimport={(options) => importer.rerun(item.id, options)}
              />
            )}
          />
        ))}
      </div>
    </StepSection>
  );
}

/** What the dates say, on the card they are about, with the fix as a button. */
function CardFindings({ slot, findings, fixes }: { slot: SlotKey; findings: readonly DateFinding[]; fixes: DateFixes }) {
  const { t, tx } = useI18n();
  const date = (iso: string) => <NoWrap>{dateText(iso)}</NoWrap>;
  const bar = (key: string, severity: 'error' | 'warning', text: ReactNode, fix?: ReactNode) => (
    <NoticeBar key={key} testId={`finding-${key}`} intent={severity} actions={fix}>
      {text}
    </NoticeBar>
  );
  const bars = findings.flatMap((f) => {
    switch (f.kind) {
      case 'yearContradicts':
        if (slot !== 'current') return [];
        return [
          bar(
            'year',
            'error',
            tx(f.agreed ? 'dates.card.yearAgreed' : 'dates.card.year', { year: f.year, date: date(f.date), dateYear: f.dateYear }),
            !f.agreed && <Button size="small" onClick={() => fixes.useYear(f.dateYear)}>{t('dates.useYear', { year: f.dateYear })}</Button>,
          ),
        ];
      case 'yearContradictsPrevious':
        if (slot !== 'previous') return [];
        return [
          bar(
            'year',
            'error',
            tx('dates.card.yearPrevious', { year: f.year, date: date(f.date), dateYear: f.dateYear }),
            <Button size="small" onClick={() => fixes.useYear(f.dateYear)}>{t('dates.useYear', { year: f.dateYear })}</Button>,
          ),
        ];
      case 'agreedOtherYear':
        if (slot !== 'current') return [];
        return [
          bar(
            'agreed',
            'error',
            tx('dates.card.agreedOtherYear', { agreed: date(f.agreed), date: date(f.date) }),
            <Button size="small" onClick={() => fixes.useAgreed(f.date)}>{t('dates.useDate', { date: dateText(f.date) })}</Button>,
          ),
        ];
      case 'agreedDiffers':
        return slot === 'current' ? [bar('agreed', 'warning', tx('dates.card.agreedDiffers', { agreed: date(f.agreed), date: date(f.date) }))] : [];
      case 'previousNotBefore': {
        const key = !f.swapped ? 'dates.card.sameDate' : slot === 'current' ? 'dates.card.swappedCurrent' : 'dates.card.swappedPrevious';
        return [
          bar(
            'swap',
            'error',
            tx(key, { current: date(f.current), previous: date(f.previous) }),
            f.swapped && (
              <Button size="small" data-testid="swap-exports" onClick={fixes.swap}>
                {t('dates.swap')}
              </Button>
            ),
          ),
        ];
      }
    }
  });
  return bars.length ? <>{bars}</> : null;
}
