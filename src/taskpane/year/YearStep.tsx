/**
 * Step 4 (optional): the year's invoice lines, tolerance, signing and per-employer sheets.
 * Folded behind one button until used, so the pane stays short and the Tab order from the
 * prices to 'Maak specificatie' gains one stop, not thirty. The body (YearBody.tsx) is
 * fetched when the step is first opened.
 */
import { Button, Text } from '@fluentui/react-components';
import type { PaneState } from '../state/pane-state';
import { StepSection } from '../components/StepSection';
import { useLayoutStyles } from '../components/layout-styles';
import { useI18n } from '../i18n/i18n-context';
import { ConfirmSheetsDialog } from '../components/lazy-dialogs';
import { preloadYearBody, YearBody } from '../components/lazy-parts';
import type { YearController } from './use-year';

interface Props {
  year: YearController;
  /** The pane's state: the employers of this year's export, step 3's tolerance and VAT. */
  pane: PaneState;
  announce: (text: string) => void;
}

export function YearStep({ year, pane, announce }: Props) {
  const { t } = useI18n();
  const layout = useLayoutStyles();
  const open = year.state.open;

  return (
    <StepSection title={t('year.step.title')} testId="step-year">
      <Text className={layout.muted}>{t('year.intro')}</Text>
      <div>
        <Button aria-expanded={open} aria-controls="year-body" onClick={() => year.dispatch({ type: 'open', open: !open })} data-testid="year-toggle" {...preloadYearBody}>
          {open ? t('year.close') : t('year.open')}
        </Button>
      </div>
      {open && <YearBody year={year} pane={pane} announce={announce} />}
      <ConfirmSheetsDialog confirm={year.confirm} />
    </StepSection>
  );
}
