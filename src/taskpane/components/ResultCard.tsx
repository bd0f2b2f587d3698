/**
 * The outcome: the totals the invoice should show and buttons that open the new sheets
 * (in Excel), or the name of the downloaded file (standalone). Focus moves to its heading
 * so keyboard and screen-reader users land on the result.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { Problem } from '../../domain/problems';
import { NoticeBar } from './NoticeList';
import { useHost } from '../host-context';
import { engineLanguage } from '../i18n/catalogue';
import { useI18n } from '../i18n/i18n-context';
import { percentText } from '../state/forms';
import type { MakeOutcome } from '../make/make-specification';
import { WarningList } from './NoticeList';
import { YearResult } from '../year/YearResult';
import { OpenWorkbookButton } from './OpenWorkbookButton';

type Done = Extract<MakeOutcome, { kind: 'done' }>;

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteGreenBorder2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, outlineOffset: '2px' },
  facts: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  num: { margin: 0, textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  total: { fontWeight: tokens.fontWeightBold },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  note: { margin: 0, overflowWrap: 'break-word' },
});

export function ResultCard({ result }: { result: Done }) {
  const { t, count, money, lang } = useI18n();
  const host = useHost();
  const styles = useStyles();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [gotoError, setGotoError] = useState<Problem | null>(null);
  const goto = async (name: string) => {
    setGotoError(null);
    // The sheet may have been deleted or renamed since; say so rather than fail silently.
    const r = await host.activateSheet(name);
    if (!r.ok) setGotoError(r.error);
  };
  const { rec, report } = result;
  const tot = rec.totals;
  const summaryName = report.sheetNames['summary'] ?? result.plan.sheets[0]?.name ?? '';
  // Employer sheets can number in the thousands: YearResult offers them in one list, not as buttons.
  const isEmployerSheet = (key: string) => key.startsWith('employer:');
  const employerSheets = result.plan.sheets.filter((s) => isEmployerSheet(s.key)).map((s) => report.sheetNames[s.key] ?? s.name);

  useEffect(() => headingRef.current?.focus(), []);

  const line = (label: string, value: string, testId: string, strong = false) => (
    <>
      <dt className={styles.term}>{label}</dt>
      <dd className={strong ? `${styles.num} ${styles.total}` : styles.num} data-testid={testId}>
        {value}
      </dd>
    </>
  );

  return (
    <div className={styles.card} data-testid="result-card">
      <h3 ref={headingRef} tabIndex={-1} className={styles.title}>
        {t('result.title', { year: rec.year })}
      </h3>
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
      {host.kind === 'excel' ? (
        <>
          <p className={styles.note}>{t('result.compare', { sheet: summaryName })}</p>
          <div className={styles.row} role="group" aria-label={t('result.sheets')}>
            {result.plan.sheets.filter((s) => !isEmployerSheet(s.key)).map((s) => {
              const name = report.sheetNames[s.key] ?? s.name;
              return (
                <Button key={s.key} onClick={() => void goto(name)}>
                  {t('result.goto', { name })}
                </Button>
              );
            })}
          </div>
          <OpenWorkbookButton plan={result.replan} label={t('result.open')} done={(file) => t('result.opened', { file })} testId="result-open" />
        </>
      ) : (
        <p className={styles.note} data-testid="result-file">
          {t('result.downloaded', { file: report.fileName ?? '' })}
        </p>
      )}
      {result.year && <YearResult year={result.year} employerSheets={employerSheets} goto={(name) => void goto(name)} />}
      {gotoError && <NoticeBar notice={{ kind: 'problem', problem: gotoError }} />}
      <WarningList warnings={result.warnings} title={t('result.warnings')} />
    </div>
  );
}
