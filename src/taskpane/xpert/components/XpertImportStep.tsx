/**
 * Step 1 of the Otherside flow: bring in monthly reports through the pane's one file
 * import (files, paste, selection), see what each file became, and the months kept in the
 * workbook.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { periodLabel } from '../../../domain/xpert';
import { ItemColumns } from '../../components/ItemColumns';
import { FileImport } from '../../components/FileImport';
import { WarningList } from '../../components/NoticeList';
import { StepSection } from '../../components/StepSection';
import { useLayoutStyles } from '../../components/layout-styles';
import { engineLanguage, type MessageKey } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/i18n-context';
import { itemOptions, itemRequest, type ImportItem } from '../../imports/import-list';
import type { XpertImportOptions } from '../../../domain/imports/xpert-types';
import type { XpertFlowModel } from '../use-xpert';
import type { EntryOutcome } from '../xpert-state';
import { ReplaceMonthsDialog } from './ReplaceMonthsDialog';
import { XpertHistoryList } from './XpertHistoryList';

const useStyles = makeStyles({
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

export function XpertImportStep({ model, announce }: { model: XpertFlowModel; announce: (text: string) => void }) {
  const { t } = useI18n();
  const layout = useLayoutStyles();
  const { state, dispatch, importer } = model;
  return (
    <StepSection title={t('xpert.step.import')} testId="xpert-step-import">
      <FileImport
        importer={importer}
        testId="xpert-import"
        inputTestId="xpert-files"
        itemTestId="xpert-entry"
        intro={<span className={layout.muted}>{t('xpert.import.hint')}</span>}
        single={false}
        texts={{ pick: t('xpert.import.pick'), drop: t('xpert.import.drop'), dropActive: t('xpert.import.dropActive'), pasteFor: t('xpert.import.pasteFor') }}
        listLabel={t('xpert.import.latest')}
        itemHeading="h3"
        removal={{ when: (item) => item.phase === 'failed', text: 'xpert.entry.dismiss' }}
        renderItem={(item) => <XpertEntry item={item} outcome={state.outcomes[item.id] ?? null} onReread={(options) => importer.rerun(item.id, options)} />}
      />
      <XpertHistoryList
        history={state.history}
        onRemove={(period) => {
          dispatch({ type: 'month.remove', period });
          announce(t('xpert.history.removed'));
        }}
      />
      <ReplaceMonthsDialog candidates={state.pending?.candidates ?? null} onAnswer={model.answerReplace} />
    </StepSection>
  );
}

/** One file of the latest import: the month it was recognised as and how, what that did to the history, and its columns. */
function XpertEntry({ item, outcome, onReread }: { item: ImportItem<'xpert'>; outcome: EntryOutcome | null; onReread: (options: XpertImportOptions) => void }) {
  const { t, tn, lang } = useI18n();
  const styles = useStyles();
  const report = item.last?.value ?? null;
  const options = itemOptions(item);
  // A month restored from the workbook has no file to read again.
  const reread = itemRequest(item) !== null;
  const month = report ? periodLabel(report.period, engineLanguage(lang)) : '';
  const noSms = item.error?.kind === 'problem' && item.error.problem.code === 'xpert.noSmsColumn';
  return (
    <>
      {report && item.phase === 'done' && (
        <>
          <p className={styles.line} data-testid="xpert-entry-month">
            {tn('xpert.entry.month', report.employers.length, { month })}
          </p>
          <p className={styles.muted}>{t(FROM[report.periodFrom] ?? 'xpert.entry.from.user')}</p>
          {/* Polite, so a screen reader hears what happened to the month without losing its place. */}
          <p className={styles.line} data-testid="xpert-entry-outcome" role="status">
            {outcome ? t(OUTCOME[outcome], { month }) : t('xpert.entry.waiting', { month })}
          </p>
          <WarningList warnings={item.last!.warnings} title={t('summary.warnings')} />
        </>
      )}
      {noSms && reread && (
        <div>
          <Button data-testid="xpert-no-sms" onClick={() => onReread({ ...options, columns: { ...options.columns, sms: null } })}>
            {t('xpert.entry.noSms')}
          </Button>
        </div>
      )}
      <ItemColumns kind="xpert" item={item} onReread={onReread} />
    </>
  );
}
