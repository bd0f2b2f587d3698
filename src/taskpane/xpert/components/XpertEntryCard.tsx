/**
 * One file of the latest import: which month it was recognised as and how, what happened
 * to that month in the history, warnings and errors in words, and the column map.
 */
import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { periodLabel, type XpertImportOptions } from '../../../domain/xpert';
import { NoticeBar, WarningList } from '../../components/NoticeList';
import type { MessageKey } from '../../i18n/catalogue';
import { engineLanguage } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/i18n-context';
import type { EntryOutcome, XpertEntry } from '../xpert-state';
import { XpertColumnMapping } from './XpertColumnMapping';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    minWidth: 0,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  line: { margin: 0, overflowWrap: 'break-word' },
  muted: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

const FROM: Record<string, MessageKey> = {
  title: 'xpert.entry.from.title',
  column: 'xpert.entry.from.column',
  peildatum: 'xpert.entry.from.peildatum',
  filename: 'xpert.entry.from.filename',
  user: 'xpert.entry.from.user',
};

const OUTCOME: Record<EntryOutcome, MessageKey> = {
  added: 'xpert.entry.added',
  replaced: 'xpert.entry.replaced',
  unchanged: 'xpert.entry.unchanged',
  kept: 'xpert.entry.kept',
};

interface Props {
  entry: XpertEntry;
  onReread: (options: XpertImportOptions) => void;
  onDismiss: () => void;
}

export function XpertEntryCard({ entry, onReread, onDismiss }: Props) {
  const { t, count, lang } = useI18n();
  const styles = useStyles();
  const busy = entry.phase === 'parsing';
  const label = entry.request.source.label;
  const report = entry.report;
  const month = report ? periodLabel(report.period, engineLanguage(lang)) : '';
  const noSms = entry.error?.kind === 'problem' && entry.error.problem.code === 'xpert.noSmsColumn';

  return (
    <li className={styles.card} data-testid="xpert-entry" data-phase={entry.phase}>
      <h3 className={styles.title}>{label}</h3>
      {busy && <Spinner size="tiny" labelPosition="after" label={t('slot.reading', { file: label })} />}
      {report && entry.phase === 'done' && (
        <>
          <p className={styles.line} data-testid="xpert-entry-month">
            {t('xpert.entry.month', { month, employers: count(report.employers.length) })}
          </p>
          <p className={styles.muted}>{t(FROM[report.periodFrom] ?? 'xpert.entry.from.user')}</p>
          {/* Polite, so a screen reader hears what happened to the month without losing its place. */}
          <p className={styles.line} data-testid="xpert-entry-outcome" role="status">
            {entry.outcome ? t(OUTCOME[entry.outcome], { month }) : t('xpert.entry.waiting', { month })}
          </p>
        </>
      )}
      {entry.error && <NoticeBar notice={entry.error} />}
      {noSms && (
        <div>
          <Button data-testid="xpert-no-sms" disabled={busy} onClick={() => onReread({ ...entry.request.options, columns: { ...entry.request.options.columns, sms: null } })}>
            {t('xpert.entry.noSms')}
          </Button>
        </div>
      )}
      <WarningList warnings={entry.warnings} title={t('summary.warnings')} />
      {report && <XpertColumnMapping report={report} options={entry.request.options} disabled={busy} fileLabel={label} onChange={onReread} />}
      {entry.phase === 'failed' && (
        <div>
          <Button appearance="subtle" onClick={onDismiss}>
            {t('xpert.entry.dismiss')}
          </Button>
        </div>
      )}
    </li>
  );
}
