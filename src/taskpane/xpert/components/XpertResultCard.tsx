/**
 * The outcome of 'Maak Otherside-overzicht': per month the employees, SMS and the amount
 * excl. VAT the invoice should show, the test employers that are now billed, and buttons
 * to the new sheets (in Excel) or the name of the downloaded file (standalone). Focus
 * moves to its heading so keyboard and screen-reader users land on the result.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { Problem } from '../../../domain/problems';
import { periodLabel, type Period } from '../../../domain/xpert';
import { monthShort } from '../../../domain/xpert/period';
import { NoticeBar, WarningList } from '../../components/NoticeList';
import { OpenWorkbookButton } from '../../components/OpenWorkbookButton';
import { useHost } from '../../host-context';
import { engineLanguage } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/i18n-context';
import type { XpertMakeOutcome } from '../make-xpert';

/** 'jan 2024': the full month name does not fit a 320 px pane beside three figures. */
const shortMonth = (p: Period, lang: 'nl' | 'en') => `${monthShort(p, lang)} ${p.slice(0, 4)}`;

type Done = Extract<XpertMakeOutcome, { kind: 'done' }>;

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteGreenBorder2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, outlineOffset: '2px' },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, fontVariantNumeric: 'tabular-nums' },
  th: { textAlign: 'right', fontWeight: tokens.fontWeightSemibold, padding: `0 0 ${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, color: tokens.colorNeutralForeground2 },
  thMonth: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: `0 0 ${tokens.spacingVerticalXXS} 0`, color: tokens.colorNeutralForeground2 },
  rowHead: { textAlign: 'left', whiteSpace: 'nowrap', fontWeight: tokens.fontWeightRegular, padding: `${tokens.spacingVerticalXXS} 0`, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  num: { textAlign: 'right', padding: `${tokens.spacingVerticalXXS} 0 ${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, whiteSpace: 'nowrap', borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  abbr: { textDecoration: 'none' },
  total: { fontWeight: tokens.fontWeightBold },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  note: { margin: 0, overflowWrap: 'break-word' },
  caption: { textAlign: 'left', captionSide: 'bottom', paddingTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
});

export function XpertResultCard({ result }: { result: Done }) {
  const { t, count, money, lang } = useI18n();
  const host = useHost();
  const styles = useStyles();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [gotoError, setGotoError] = useState<Problem | null>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const goto = async (name: string) => {
    setGotoError(null);
    // The sheet may have been deleted or renamed since; say so rather than fail silently.
    const r = await host.activateSheet(name);
    if (!r.ok) setGotoError(r.error);
  };

  // Test employers are named by the engine's own warning below, so they are not repeated here.
  const { periods } = result.summary;
  const totalCents = periods.reduce((s, p) => s + p.amountCents, 0);

  return (
    <div className={styles.card} data-testid="xpert-result">
      <h3 ref={headingRef} tabIndex={-1} className={styles.title}>
        {t('xpert.result.title')}
      </h3>
      <table className={styles.table}>
        <caption className={styles.caption}>
          {t('xpert.result.caption')}
        </caption>
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
                <abbr title={periodLabel(p.period, engineLanguage(lang))} className={styles.abbr}>{shortMonth(p.period, engineLanguage(lang))}</abbr>
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
      {host.kind === 'excel' ? (
        <>
          <div className={styles.row} role="group" aria-label={t('result.sheets')}>
            {result.sheets.map((s) => {
              const name = result.report.sheetNames[s.key] ?? s.name;
              return (
                <Button key={s.key} onClick={() => void goto(name)}>
                  {t('result.goto', { name })}
                </Button>
              );
            })}
          </div>
          <OpenWorkbookButton plan={() => result.plan} label={t('result.open')} done={(file) => t('result.opened', { file })} testId="xpert-result-open" />
        </>
      ) : (
        <p className={styles.note} data-testid="xpert-result-file">
          {t('result.downloaded', { file: result.report.fileName ?? '' })}
        </p>
      )}
      {gotoError && <NoticeBar notice={{ kind: 'problem', problem: gotoError }} />}
      <WarningList warnings={result.warnings} title={t('result.warnings')} />
    </div>
  );
}
