/**
 * Step 5: 'Maak specificatie' for the Qwoater flow, through the pane's one make step:
 * what still stands in the way (per step), the specification with the year's sheets when
 * step 4 has data, and the result: the totals the invoice should show.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { MakeStep, type MakeFlow } from '../components/MakeStep';
import { ResultCard } from '../components/ResultCard';
import { useHost } from '../host-context';
import { engineLanguage, type MessageKey } from '../i18n/catalogue';
import { useI18n } from '../i18n/i18n-context';
import { makeSpecification, type Engine, type MakeOutcome } from '../make/make-specification';
import { missingForMake } from '../make/missing';
import { exportsToMake, type DossierList } from '../state/exports';
import { percentText, type FormValidation } from '../state/forms';
import type { PaneState } from '../state/pane-state';
import type { YearBridge } from '../year/year-bridge';

/** The year's result (re-billing downloads, employer sheets) shows after a 'Maak': it loads then, with its workbook code. */
const YearResult = lazy(() => import(/* webpackChunkName: "year-result" */ '../year/YearResult').then((m) => ({ default: m.YearResult })));

type Done = Omit<Extract<MakeOutcome, { kind: 'done' }>, 'kind'>;

interface Props {
  state: PaneState;
  exports: DossierList;
  validation: FormValidation;
  engine: Engine;
  /** Shows every field error of steps 1 and 3 and moves focus to the first. */
  onShowErrors: () => void;
  announce: (text: string) => void;
  year: YearBridge;
  /** The exports' dates contradict the year or each other: said on the cards, and here. */
  datesDisagree: boolean;
}

export function QwoaterMakeStep({ state, exports, validation, engine, onShowErrors, announce, year, datesDisagree }: Props) {
  const { t, lang } = useI18n();
  const host = useHost();
  const standalone = host.kind === 'standalone';
  const model = state.choice.model;
  const flow: MakeFlow<Done> = {
    title: t('step.make.title'),
    testIds: { step: 'step-make', button: 'make-button', progress: 'make-progress' },
    buttonText: standalone ? t('make.button.standalone') : t('make.button'),
    ...(standalone ? {} : { hint: t('make.hint.excel') }),
    missing: () => missingForMake(model, exports, validation, { datesDisagree, yearBlocked: year.blocked }).map((k: MessageKey) => t(k)),
    showErrors: () => {
      onShowErrors();
      if (year.blocked) year.showErrors();
    },
    make: (cb) => {
      const made = exportsToMake(exports, model);
      if (!made || !validation.ok) return Promise.resolve({ kind: 'cancelled' as const });
      return makeSpecification(host, engine, { ...made, settings: validation.settings, lang: engineLanguage(lang), year: year.input }, { ...cb, confirmManySheets: year.confirmMany });
    },
    revision: state.revision + exports.revision + year.revision,
    done: (o) => ({ card: <QwoaterResult result={o} />, announce: t('result.title', { year: o.rec.year }) }),
  };
  return <MakeStep flow={flow} announce={announce} />;
}

const useStyles = makeStyles({
  facts: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  num: { margin: 0, textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  total: { fontWeight: tokens.fontWeightBold },
});

/** The totals the invoice should show, and the year's part when step 4 had data. */
function QwoaterResult({ result }: { result: Done }) {
  const { t, count, money, lang } = useI18n();
  const styles = useStyles();
  const { rec, report } = result;
  const tot = rec.totals;
  const summaryName = report.sheetNames['summary'] ?? result.plan.sheets[0]?.name ?? '';
  // Employer sheets can number in the thousands: YearResult offers them in one list, not as buttons.
  const isEmployerSheet = (key: string) => key.startsWith('employer:');
  const employerSheets = result.plan.sheets.filter((s) => isEmployerSheet(s.key)).map((s) => report.sheetNames[s.key] ?? s.name);
  const line = (label: string, value: string, testId: string, strong = false) => (
    <>
      <dt className={styles.term}>{label}</dt>
      <dd className={strong ? `${styles.num} ${styles.total}` : styles.num} data-testid={testId}>
        {value}
      </dd>
    </>
  );
  return (
    <ResultCard
      title={t('result.title', { year: rec.year })}
      testId="result-card"
      fileTestId="result-file"
      sheets={result.plan.sheets.filter((s) => !isEmployerSheet(s.key))}
      report={report}
      warnings={result.warnings}
      excelNote={t('result.compare', { sheet: summaryName })}
      replan={result.replan}
      openTestId="result-open"
      more={(goto) =>
        result.year && (
          <Suspense fallback={null}>
            <YearResult year={result.year} employerSheets={employerSheets} goto={goto} />
          </Suspense>
        )
      }
    >
      {() => (
        <>
          <span className={styles.term}>{t('result.model', { model: rec.model })}</span>
          <dl className={styles.facts}>
            {line(t('result.employers'), count(tot.employers), 'result-employers')}
            {line(t('result.billable'), count(tot.billableDossiers), 'result-billable')}
            {line(t('result.amount'), money(tot.amountCents), 'result-amount')}
            {line(t('result.topUp'), money(tot.minimumTopUpCents), 'result-topup')}
            {line(t('result.exclVat'), money(tot.totalExclVatCents), 'result-excl', true)}
            {line(t('result.vat', { rate: percentText(result.settings.vatBasisPoints, engineLanguage(lang)) }), money(tot.vatCents), 'result-vat')}
            {line(t('result.inclVat'), money(tot.totalInclVatCents), 'result-incl', true)}
          </dl>
        </>
      )}
    </ResultCard>
  );
}
