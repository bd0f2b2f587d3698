/**
 * The opened step 4: the invoice lines, tolerance, signing reports and per-employer
 * sheets. A chunk of its own (components/lazy-parts.tsx), fetched when the step is first
 * opened: most opens of the pane never do, and its fields bring Fluent's Checkbox,
 * Combobox and Spinner.
 */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { parseCents, parseDecimal } from '../../domain/money';
import type { PaneState } from '../state/pane-state';
import { useLayoutStyles } from '../components/layout-styles';
import { useI18n } from '../i18n/i18n-context';
import { EmployerSheetsChoice } from './EmployerSheetsChoice';
import { InvoiceLines } from './InvoiceLines';
import { SigningImports } from './SigningImports';
import { ToleranceFields } from './ToleranceFields';
import type { YearController } from './use-year';

interface Props {
  year: YearController;
  pane: PaneState;
  announce: (text: string) => void;
}

export function YearBody({ year, pane, announce }: Props) {
  const { t, money } = useI18n();
  const layout = useLayoutStyles();
  // Only to tell amounts excl. from incl. VAT in pasted text; 21 % while step 3 is unfinished.
  const vatBasisPoints = parseDecimal(pane.price.vat.replace(/%\s*$/, ''), 2) ?? 2_100;
  const showBlocked = year.bridge.blocked && Object.keys(year.errors).length + year.signing.list.items.filter((i) => i.phase === 'failed').length > 0;
  // Step 3's tolerance as the pane writes money, or as typed while it is no amount yet.
  const stepThree = parseCents(pane.price.tolerance);

  return (
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
  );
}
