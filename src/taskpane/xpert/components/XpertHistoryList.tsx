/**
 * The months kept in the workbook: employers, employees and SMS per month, where each
 * came from, and a button to take a month out (say, to import it again from scratch).
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { historyPeriods, periodLabel, type Period, type XpertHistory } from '../../../domain/xpert';
import { useHost } from '../../host-context';
import { engineLanguage } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/i18n-context';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  text: { flexGrow: 1, minWidth: '0', display: 'flex', flexDirection: 'column' },
  month: { fontWeight: tokens.fontWeightSemibold },
  figures: { fontVariantNumeric: 'tabular-nums', overflowWrap: 'break-word' },
  source: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  heading: { margin: `0 0 ${tokens.spacingVerticalS} 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export function XpertHistoryList({ history, onRemove }: { history: XpertHistory; onRemove: (p: Period) => void }) {
  const { t, tn, lang } = useI18n();
  const styles = useStyles();
  const host = useHost();
  const periods = historyPeriods(history);
  return (
    <div data-testid="xpert-history">
      <h3 className={styles.heading}>{t(host.kind === 'excel' ? 'xpert.history.title' : 'xpert.history.title.standalone', { count: periods.length })}</h3>
      {periods.length === 0 ? (
        <p className={styles.empty}>{t('xpert.history.empty')}</p>
      ) : (
        <ul className={styles.list}>
          {periods.map((p) => {
            const m = history.months[p]!;
            const employees = m.employers.reduce((s, e) => s + e.employees, 0);
            const sms = m.employers.reduce((s, e) => s + e.sms, 0);
            const month = periodLabel(p, engineLanguage(lang));
            return (
              <li key={p} className={styles.item} data-testid="xpert-month" data-period={p}>
                <div className={styles.text}>
                  <span className={styles.month}>{month}</span>
                  <span className={styles.figures}>
                    {t('xpert.history.figures', { employers: tn('unit.employers', m.employers.length), employees: tn('unit.employees', employees), sms: m.hasSmsColumn ? tn('unit.sms', sms) : t('xpert.history.noSms') })}
                  </span>
                  <span className={styles.source}>{t('xpert.history.source', { file: m.source.label })}</span>
                </div>
                <Button size="small" aria-label={t('xpert.history.remove.label', { month })} onClick={() => onRemove(p)}>
                  {t('xpert.history.remove')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
