/**
 * One imported signing report: its period(s), employers and requests, its warnings, or
 * its error; a report that names no period gets a quarter picker (the engine's message
 * asks the user to give one).
 */
import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { formatPeriod, quarterPeriod } from '../../domain/imports/loket-signing';
import { NoticeBar, WarningList } from '../components/NoticeList';
import { useI18n } from '../i18n/i18n-context';
import type { SigningLoader } from './use-year';
import type { SigningSource } from './year-state';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    minWidth: 0,
  },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'flex-end' },
});

export function SigningSourceItem({ source, loader, year }: { source: SigningSource; loader: SigningLoader; year: number | null }) {
  const { t, count } = useI18n();
  const styles = useStyles();
  const [quarter, setQuarter] = useState('1');
  const file = source.label;
  const r = source.result;
  const periods = r.ok ? [...new Set(r.exp.employers.map((e) => (e.period ? formatPeriod(e.period) : '?')))] : [];
  const unknownPeriod = r.ok && r.exp.employers.some((e) => !e.period);
  const employers = r.ok ? new Set(r.exp.employers.map((e) => e.number)).size : 0;
  const requests = r.ok ? r.exp.employers.reduce((s, e) => s + e.requests, 0) : 0;
  const pickYear = year ?? new Date().getFullYear();

  return (
    <li className={styles.item} data-testid="signing-source">
      <span className={styles.name}>{file}</span>
      {r.ok && !unknownPeriod && (
        <span data-testid="signing-summary">{t('year.signing.summary', { period: periods.join(', '), employers: count(employers), requests: count(requests) })}</span>
      )}
      {r.ok && unknownPeriod && source.request && (
        <div className={styles.row}>
          <Field label={t('year.signing.quarter', { file })} hint={t('year.signing.noPeriod')}>
            <Select value={quarter} onChange={(_, d) => setQuarter(d.value)}>
              {[1, 2, 3, 4].map((q) => (
                <option key={q} value={String(q)}>{`Q${q} ${pickYear}`}</option>
              ))}
            </Select>
          </Field>
          <Button onClick={() => loader.withPeriod(source.id, quarterPeriod(pickYear, Number(quarter)))}>{t('year.signing.apply')}</Button>
        </div>
      )}
      {!r.ok && <NoticeBar notice={r.error} />}
      <WarningList warnings={r.warnings.filter((w) => w.code !== 'signing.periodUnknown')} title={t('year.signing.warnings', { file })} />
      <div>
        <Button appearance="subtle" aria-label={t('year.signing.removeLabel', { file })} onClick={() => loader.remove(source.id)}>
          {t('year.signing.remove')}
        </Button>
      </div>
    </li>
  );
}
