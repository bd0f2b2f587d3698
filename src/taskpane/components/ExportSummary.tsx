/** What an import found: source, peildatum, employers, ΣF, ΣG, the column map and every warning. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { DossierExport, DossierImportOptions } from '../../domain/imports/types';
import type { Problem } from '../../domain/problems';
import { useHost } from '../host-context';
import { useI18n } from '../i18n/i18n-context';
import { ColumnMapping } from './ColumnMapping';
import { NoticeBar, WarningList } from './NoticeList';
import { PeildatumEditor } from './PeildatumEditor';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  facts: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  // break-word, not anywhere: long Dutch compounds wrap at the end, not mid-word.
  term: { color: tokens.colorNeutralForeground2, overflowWrap: 'break-word' },
  num: { margin: 0, textAlign: 'right', fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
  source: { margin: 0, overflowWrap: 'break-word', fontWeight: tokens.fontWeightSemibold },
});

interface Props {
  exp: DossierExport;
  warnings: Problem[];
  options: DossierImportOptions;
  busy: boolean;
  slotLabel: string;
  /** Model 2's previous export must have G; without it the pane says so next to the figures. */
  needsInactive: boolean;
  /** Absent for an export restored from the workbook: it has no file to read again. */
  onReimport?: (options: DossierImportOptions) => void;
}

export function ExportSummary({ exp, warnings, options, busy, slotLabel, needsInactive, onReimport }: Props) {
  const { t, count } = useI18n();
  const host = useHost();
  const styles = useStyles();
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
      {exp.headerRow > 0 && <span className={styles.term}>{t('summary.headerRow', { row: exp.headerRow })}</span>}
      {!onReimport && (
        <span className={styles.term} data-testid="summary-restored">
          {t(host.kind === 'excel' ? 'summary.restored.excel' : 'summary.restored.standalone')}
        </span>
      )}
      <PeildatumEditor key={exp.peildatum ?? 'none'} exp={exp} disabled={busy} onApply={onReimport && ((peildatum) => onReimport({ ...options, peildatum }))} />
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
      <WarningList warnings={warnings} title={t('summary.warnings')} />
      <ColumnMapping exp={exp} options={options} disabled={busy} slotLabel={slotLabel} onChange={onReimport} />
    </div>
  );
}
