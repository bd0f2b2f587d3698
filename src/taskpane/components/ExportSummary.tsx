/**
 * What an import of 'Dossiervorming Qwoater per werkgever' found: the file, its
 * peildatum, the sums, what its dates say against the year and the other export, every
 * warning, and the column map. After a read that could not find the columns, only the
 * column choice, on the columns the file has.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { DossierImportOptions } from '../../domain/imports/types';
import { useHost } from '../host-context';
import { useI18n } from '../i18n/i18n-context';
import { itemOptions, itemRequest, type ImportItem } from '../imports/import-list';
import { ItemColumns } from './ItemColumns';
import { NoticeBar, WarningList } from './NoticeList';
import { PeildatumEditor } from './PeildatumEditor';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  facts: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  // break-word, not anywhere: long Dutch compounds wrap at the end, not mid-word.
  term: { color: tokens.colorNeutralForeground2, overflowWrap: 'break-word' },
  num: { margin: 0, textAlign: 'right', fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
  source: { margin: 0, overflowWrap: 'anywhere', fontWeight: tokens.fontWeightSemibold },
});

interface Props {
  item: ImportItem<'dossiers'>;
  /** Model 2's previous export must have G; without it the column choice asks for it. */
  needsInactive: boolean;
  /** What the dates say against the year and the other export, with the one-click fix. */
  findings?: ReactNode;
  onReimport: (options: DossierImportOptions) => void;
}

export function ExportSummary({ item, needsInactive, findings, onReimport }: Props) {
  const { t, count } = useI18n();
  const host = useHost();
  const styles = useStyles();
  const exp = item.last?.value ?? null;
  const options = itemOptions(item);
  // An export restored from the workbook has no file to read again with other columns or peildatum.
  const reread = itemRequest(item) !== null;
  const mapping = <ItemColumns kind="dossiers" item={item} needed={needsInactive ? ['inactiveDossiers'] : []} onReread={onReimport} />;
  // A failed re-read shows the column choice that can fix it, not the figures of the read before.
  if (!exp || item.phase === 'failed') return mapping;

  let sumF = 0;
  let sumG = 0;
  let sumW = 0;
  for (const e of exp.employers) {
    sumF += e.employeeDossiers;
    sumG += e.inactiveDossiers;
    sumW += e.employerDossiers;
  }
  return (
    <div className={styles.root} data-testid="export-summary">
      <p className={styles.source}>{exp.source.label}</p>
      {!reread && (
        <span className={styles.term} data-testid="summary-restored">
          {t(host.kind === 'excel' ? 'summary.restored.excel' : 'summary.restored.standalone')}
        </span>
      )}
      <PeildatumEditor key={exp.peildatum ?? 'none'} exp={exp} {...(reread ? { onApply: (peildatum: string) => onReimport({ ...options, peildatum }) } : {})} />
      {findings}
      <dl className={styles.facts}>
        <dt className={styles.term}>{t('summary.employers')}</dt>
        <dd className={styles.num} data-testid="sum-employers">
          {count(exp.employers.length)}
        </dd>
        <dt className={styles.term}>{t('summary.employerDossiers')}</dt>
        <dd className={styles.num} data-testid="sum-employer-dossiers">
          {count(sumW)}
        </dd>
        <dt className={styles.term}>{t('summary.sumF')}</dt>
        <dd className={styles.num} data-testid="sum-f">
          {count(sumF)}
        </dd>
        <dt className={styles.term}>{t('summary.sumG')}</dt>
        <dd className={styles.num} data-testid="sum-g">
          {exp.hasInactiveColumn ? count(sumG) : '—'}
        </dd>
      </dl>
      {!exp.hasInactiveColumn && needsInactive && <NoticeBar notice={{ kind: 'message', severity: 'warning', key: 'summary.sumG.needed' }} />}
      <WarningList warnings={item.last!.warnings} title={t('summary.warnings')} />
      {mapping}
    </div>
  );
}
