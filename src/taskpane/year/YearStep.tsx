/**
 * Step 4 (optional): the year's invoice lines, tolerance, signing and per-employer sheets.
 * Folded behind one button until used, so the pane stays short and the Tab order from the
 * prices to 'Maak specificatie' gains one stop, not thirty.
 */
import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { parseCents, parseDecimal } from '../../domain/money';
import type { PaneState } from '../state/pane-state';
import { StepSection } from '../components/StepSection';
import { useLayoutStyles } from '../components/layout-styles';
import { useI18n } from '../i18n/i18n-context';
import { ConfirmSheetsDialog } from '../components/lazy-dialogs';
import { EmployerSheetsChoice } from './EmployerSheetsChoice';
import { InvoiceLines } from './InvoiceLines';
import { SigningImports } from './SigningImports';
import { ToleranceFields } from './ToleranceFields';
import type { YearController } from './use-year';

interface Props {
  year: YearController;
  /** The pane's state: the employers of this year's export, step 3's tolerance and VAT. */
  pane: PaneState;
  announce: (text: string) => void;
}

export function YearStep({ year, pane, announce }: Props) {
  const { t, money } = useI18n();
  const layout = useLayoutStyles();
  // Only to tell amounts excl. from incl. VAT in pasted text; 21 % while step 3 is unfinished.
  const vatBasisPoints = parseDecimal(pane.price.vat.replace(/%\s*$/, ''), 2) ?? 2_100;
  const open = year.state.open;
  const showBlocked = year.bridge.blocked && Object.keys(year.errors).length + year.signing.list.items.filter((i) => i.phase === 'failed').length > 0;
  // Step 3's tolerance as the pane writes money, or as typed while it is no amount yet.
  const stepThree = parseCents(pane.price.tolerance);

  return (
    <StepSection title={t('year.step.title')} testId="step-year">
      <Text className={layout.muted}>{t('year.intro')}</Text>
      <div>
        <Button aria-expanded={open} aria-controls="year-body" onClick={() => year.dispatch({ type: 'open', open: !open })} data-testid="year-toggle">
          {open ? t('year.close') : t('year.open')}
        </Button>
      </div>
      {open && (
        <div id="year-body" className={layout.stack}>
          {showBlocked && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{t('year.blocked')}</MessageBarBody>
            </MessageBar>
          )}
          <InvoiceLines year={year} vatBasisPoints={vatBasisPoints} announce={announce} />
          <ToleranceFields year={year} stepThreeAmount={stepThree === null ? pane.price.tolerance : money(stepThree)} />
          <SigningImports year={year} />
          <EmployerSheetsChoice year={year} />
        </div>
      )}
      <ConfirmSheetsDialog confirm={year.confirm} />
    </StepSection>
  );
}
