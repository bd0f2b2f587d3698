/**
 * Step 3 of the Otherside flow: 'Maak Otherside-overzicht' through the pane's one make
 * step, and its result: per month the employees, SMS and the amount excl. VAT the invoice
 * should show.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { periodLabel, type Period } from '../../../domain/xpert';
import { monthShort } from '../../../domain/xpert/period';
import { MakeStep, type MakeFlow } from '../../components/MakeStep';
import { ResultCard } from '../../components/ResultCard';
import { useHost } from '../../host-context';
import { engineLanguage, type MessageKey } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/i18n-context';
import { itemBusy, type ImportList } from '../../imports/import-list';
import { makeXpertOverview, type XpertMakeOutcome } from '../make-xpert';
import type { XpertFormValidation } from '../xpert-forms';
import type { XpertState } from '../xpert-state';

type Done = Omit<Extract<XpertMakeOutcome, { kind: 'done' }>, 'kind'>;

// Reconciling and planning are one step here: building the overview.
const PHASE: MakeFlow<Done>['phase'] = { reconcile: 'xpert.make.phase.plan', plan: 'xpert.make.phase.plan' };

interface Props {
  state: XpertState;
  reports: ImportList<'xpert'>;
  validation: XpertFormValidation;
  onShowErrors: () => void;
  announce: (text: string) => void;
}

export function xpertMissing(state: XpertState, reports: ImportList<'xpert'>, validation: XpertFormValidation): MessageKey[] {
  const out: MessageKey[] = [];
  if (Object.keys(state.history.months).length === 0) out.push('xpert.make.missing.months');
  if (reports.items.some(itemBusy)) out.push('xpert.make.missing.busy');
  if (!validation.ok) out.push('xpert.make.missing.rates');
  return out;
}

export function XpertMakeStep({ state, reports, validation, onShowErrors, announce }: Props) {
  const { t, lang } = useI18n();
  const host = useHost();
  const standalone = host.kind === 'standalone';
  const flow: MakeFlow<Done> = {
    title: t('xpert.step.make'),
    testIds: { step: 'xpert-step-make', button: 'xpert-make-button', progress: 'xpert-make-progress' },
    buttonText: t('xpert.make.button'),
    hint: standalone ? t('xpert.make.hint.standalone') : t('xpert.make.hint.excel'),
    missing: () => xpertMissing(state, reports, validation).map((k) => t(k)),
    showErrors: onShowErrors,
    make: (cb) => {
      if (!validation.ok) return Promise.resolve({ kind: 'cancelled' as const });
      // The warnings of the files that changed the history this time, repeated on the sheets.
      const importWarnings = reports.items.filter((i) => state.outcomes[i.id] === 'added' || state.outcomes[i.id] === 'replaced').flatMap((i) => i.last?.warnings ?? []);
      return makeXpertOverview(host, { history: state.history, settings: validation.settings, lang: engineLanguage(lang), importWarnings }, cb);
    },
    revision: state.revision,
    phase: PHASE,
    done: (o) => ({ card: <XpertResult result={o} />, announce: t('xpert.result.title') }),
  };
  return <MakeStep flow={flow} announce={announce} />;
}

/** 'jan 2024': the full month name does not fit a 320 px pane beside three figures. */
const shortMonth = (p: Period, lang: 'nl' | 'en') => `${monthShort(p, lang)} ${p.slice(0, 4)}`;

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, fontVariantNumeric: 'tabular-nums' },
  th: { textAlign: 'right', fontWeight: tokens.fontWeightSemibold, padding: `0 0 ${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, color: tokens.colorNeutralForeground2 },
  thMonth: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: `0 0 ${tokens.spacingVerticalXXS} 0`, color: tokens.colorNeutralForeground2 },
  rowHead: { textAlign: 'left', whiteSpace: 'nowrap', fontWeight: tokens.fontWeightRegular, padding: `${tokens.spacingVerticalXXS} 0`, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  num: { textAlign: 'right', padding: `${tokens.spacingVerticalXXS} 0 ${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, whiteSpace: 'nowrap', borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  abbr: { textDecoration: 'none' },
  total: { fontWeight: tokens.fontWeightBold },
  caption: { textAlign: 'left', captionSide: 'bottom', paddingTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
});

/** Per month the figures the invoice should show; the test employers are named by the engine's own warning. */
function XpertResult({ result }: { result: Done }) {
  const { t, count, money, lang } = useI18n();
  const styles = useStyles();
  const { periods } = result.summary;
  const totalCents = periods.reduce((s, p) => s + p.amountCents, 0);
  const L = engineLanguage(lang);
  return (
    <ResultCard
      title={t('xpert.result.title')}
      testId="xpert-result"
      fileTestId="xpert-result-file"
      sheets={result.sheets}
      report={result.report}
      warnings={result.warnings}
      replan={() => result.plan}
      openTestId="xpert-result-open"
    >
      {() => (
        <table className={styles.table}>
          <caption className={styles.caption}>{t('xpert.result.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.thMonth}>{t('xpert.result.month')}</th>
              <th scope="col" className={styles.th}>{t('xpert.result.employees')}</th>
              <th scope="col" className={styles.th}>{t('xpert.result.sms')}</th>
              <th scope="col" className={styles.th}>{t('xpert.result.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {periods.map((p) => (
              <tr key={p.period} data-testid="xpert-result-month" data-period={p.period}>
                <th scope="row" className={styles.rowHead}>
                  <abbr title={periodLabel(p.period, L)} className={styles.abbr}>{shortMonth(p.period, L)}</abbr>
                </th>
                <td className={styles.num}>{count(p.employees)}</td>
                <td className={styles.num}>{count(p.sms)}</td>
                <td className={styles.num} data-testid="xpert-result-amount">{money(p.amountCents)}</td>
              </tr>
            ))}
            {periods.length > 1 && (
              <tr className={styles.total}>
                <th scope="row" className={`${styles.rowHead} ${styles.total}`}>{t('xpert.result.total')}</th>
                <td className={styles.num} />
                <td className={styles.num} />
                <td className={styles.num} data-testid="xpert-result-total">{money(totalCents)}</td>
              </tr>
            )}
          </tbody>
        </table>
      )}
    </ResultCard>
  );
}
