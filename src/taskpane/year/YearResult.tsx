/**
 * The year's part of the result card: how many invoice lines agree and how many to
 * check, the re-billed total, a way to the employer sheets (in Excel), and the
 * re-billing for the accounting package: as a CSV download in a browser, as a new workbook
 * in Excel (saved as CSV from there).
 */
import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { rebillCsvBytes } from '../../domain/spec/rebill-csv';
import { rebillWorkbookPlan } from '../../domain/spec/rebill-workbook';
import { OpenWorkbookButton } from '../components/OpenWorkbookButton';
import { useHost } from '../host-context';
import { translate } from '../i18n/catalogue';
import { useI18n } from '../i18n/i18n-context';
import { browserDownload } from '../../host/browser-download';
import type { YearOutcome } from './year-plan';

const useStyles = makeStyles({
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  facts: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  num: { margin: 0, textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

interface Props {
  year: YearOutcome;
  /** Employer sheets as named in the workbook. */
  employerSheets: string[];
  goto: (name: string) => void;
}

export function YearResult({ year, employerSheets, goto }: Props) {
  const { t, count, money } = useI18n();
  const host = useHost();
  const styles = useStyles();
  const [picked, setPicked] = useState(employerSheets[0] ?? '');
  const [done, setDone] = useState('');
  // Named in the CSV's own language (the workbook's), which the pseudo-locale leaves English.
  const fileName = translate(year.lang, 'year.result.csvFile', { year: year.year });
  const l = year.lines;

  const line = (label: string, value: string, testId: string) => (
    <>
      <dt className={styles.term}>{label}</dt>
      <dd className={styles.num} data-testid={testId}>
        {value}
      </dd>
    </>
  );

  return (
    <div className={styles.stack} data-testid="year-result">
      <h4 className={styles.title}>{t('year.result.title', { year: year.year })}</h4>
      <dl className={styles.facts}>
        {line(t('year.result.lines'), count(l.total), 'year-lines-total')}
        {line(t('year.result.ok'), count(l.ok), 'year-lines-ok')}
        {line(t('year.result.check'), count(l.check), 'year-lines-check')}
        {l.other > 0 && line(t('year.result.otherLines'), count(l.other), 'year-lines-other')}
        {line(t('year.result.employers'), count(year.rebill.shares.length), 'year-employers')}
        {line(t('year.result.rebillTotal'), money(year.rebill.totals.totalExclCents), 'year-rebill-excl')}
        {employerSheets.length > 0 && line(t('year.result.employerSheets'), count(employerSheets.length), 'year-employer-sheets')}
      </dl>
      {host.kind === 'excel' && employerSheets.length > 0 && (
        <div className={styles.row}>
          <Field label={t('year.result.pickEmployer')}>
            <Select value={picked} onChange={(_, d) => setPicked(d.value)}>
              {employerSheets.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </Select>
          </Field>
          <Button onClick={() => goto(picked)}>{t('year.result.gotoEmployer')}</Button>
        </div>
      )}
      {host.kind === 'excel' ? (
        // A download link does nothing in Excel on Mac: Excel opens the table as a new workbook, to save as CSV from there.
        <OpenWorkbookButton plan={() => rebillWorkbookPlan(year.rebill, year.lang)} label={t('year.result.open')} done={(file) => t('year.result.opened', { file })} testId="year-open" />
      ) : (
        <>
          <div className={styles.row}>
            <Button
              data-testid="year-csv"
              onClick={() => {
                browserDownload(rebillCsvBytes(year.rebill, year.lang), fileName, 'text/csv;charset=utf-8');
                setDone(t('year.result.csvDone', { file: fileName }));
              }}
            >
              {t('year.result.csv')}
            </Button>
          </div>
          <span role="status">{done}</span>
        </>
      )}
    </div>
  );
}
