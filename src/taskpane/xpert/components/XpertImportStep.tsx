/**
 * Step 1 of the Otherside flow: bring in monthly reports (files, paste, selection), see
 * what each file became, and the months kept in the workbook.
 */
import { Button, Tooltip, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useState, type Dispatch } from 'react';
import { PastePanel } from '../../components/PastePanel';
import { StepSection } from '../../components/StepSection';
import { useLayoutStyles } from '../../components/layout-styles';
import { useHost } from '../../host-context';
import { useI18n } from '../../i18n/i18n-context';
import type { XpertImporter } from '../use-xpert-importer';
import type { XpertAction, XpertState } from '../xpert-state';
import { ReplaceMonthsDialog } from './ReplaceMonthsDialog';
import { XpertEntryCard } from './XpertEntryCard';
import { XpertFilePicker } from './XpertFilePicker';
import { XpertHistoryList } from './XpertHistoryList';

const useStyles = makeStyles({
  entries: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

interface Props {
  state: XpertState;
  dispatch: Dispatch<XpertAction>;
  importer: XpertImporter;
  announce: (text: string) => void;
}

export function XpertImportStep({ state, dispatch, importer, announce }: Props) {
  const { t } = useI18n();
  const host = useHost();
  const styles = useStyles();
  const layout = useLayoutStyles();
  const selectionHintId = useId('xpert-sel-');
  const [pasting, setPasting] = useState(false);
  const busy = state.entries.some((e) => e.phase === 'parsing');
  const standalone = host.kind === 'standalone';

  const selectionButton = (
    <Button disabled={busy} disabledFocusable={standalone} aria-describedby={standalone ? selectionHintId : undefined} onClick={() => void importer.loadSelection()}>
      {t('slot.useSelection')}
    </Button>
  );

  return (
    <StepSection title={t('xpert.step.import')} testId="xpert-step-import">
      <span className={layout.muted}>{t('xpert.import.hint')}</span>
      <XpertFilePicker disabled={busy} onFiles={(files) => void importer.loadFiles(files)} />
      <div className={layout.row}>
        <Button disabled={busy} aria-expanded={pasting} data-testid="xpert-paste-open" onClick={() => setPasting((p) => !p)}>
          {t('slot.paste.open')}
        </Button>
        {standalone ? selectionButton : <Tooltip content={t('slot.useSelection.hint')} relationship="description">{selectionButton}</Tooltip>}
      </div>
      {standalone && (
        <span id={selectionHintId} className={styles.hint}>
          {t('slot.useSelection.unavailable')}
        </span>
      )}
      {pasting && (
        <PastePanel
          slotLabel={t('xpert.import.pasteFor')}
          disabled={busy}
          onClose={() => setPasting(false)}
          onRead={(text) => {
            setPasting(false);
            void importer.loadText(text);
          }}
        />
      )}

      {state.entries.length > 0 && (
        <ul className={styles.entries} aria-label={t('xpert.import.latest')}>
          {state.entries.map((e) => (
            <XpertEntryCard key={e.id} entry={e} onReread={(options) => void importer.reread(e, options)} onDismiss={() => dispatch({ type: 'entry.dismiss', id: e.id })} />
          ))}
        </ul>
      )}

      <XpertHistoryList
        history={state.history}
        onRemove={(period) => {
          dispatch({ type: 'month.remove', period });
          announce(t('xpert.history.removed'));
        }}
      />

      <ReplaceMonthsDialog candidates={state.pending?.candidates ?? null} onAnswer={importer.answerReplace} />
    </StepSection>
  );
}
