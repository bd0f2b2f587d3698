/**
 * One export to load (this year's or last year's): pick or drop a file, paste text, or
 * take the Excel selection; then progress with Cancel, or the summary, or the error.
 */
import { Button, Field, ProgressBar, Tooltip, makeStyles, tokens, useId } from '@fluentui/react-components';
import { FilePicker } from './FilePicker';
import { ColumnMapping } from './ColumnMapping';
import { useState } from 'react';
import { useHost } from '../host-context';
import { useI18n } from '../i18n/i18n-context';
import type { SlotImporter } from '../hooks/use-slot-importer';
import { slotBusy, type SlotKey, type SlotState } from '../state/pane-state';
import { ExportSummary } from './ExportSummary';
import type { DossierImportOptions } from '../../domain/imports/types';
import { NoticeBar, WarningList } from './NoticeList';
import { PastePanel } from './PastePanel';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'break-word' },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  grow: { flexGrow: 1, minWidth: 0 },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

interface Props {
  slot: SlotKey;
  label: string;
  needsInactive: boolean;
  state: SlotState;
  importer: SlotImporter;
}

export function ExportSlot({ slot, label, needsInactive, state, importer }: Props) {
  const { t, count } = useI18n();
  const host = useHost();
  const styles = useStyles();
  const titleId = useId('slot-title-');
  const selectionHintId = useId('slot-sel-');
  const [pasting, setPasting] = useState(false);
  const busy = slotBusy(state);
  const standalone = host.kind === 'standalone';
  const fileName = state.request?.source.label ?? '';
  // An export restored from the workbook has no file to read again with other columns.
  const request = state.loaded?.request;
  const reimport = request ? (options: DossierImportOptions) => importer.reimport(request, options) : undefined;

  // Outside Excel the button stays focusable, so keyboard and screen-reader users still
  // reach it and hear why it does nothing.
  const selectionButton = (
    <Button
      disabled={busy}
      disabledFocusable={standalone}
      aria-describedby={standalone ? selectionHintId : undefined}
      onClick={() => void importer.loadSelection()}
    >
      {t('slot.useSelection')}
    </Button>
  );

  return (
    <div className={styles.card} role="group" aria-labelledby={titleId} data-testid={`slot-${slot}`}>
      <h3 id={titleId} className={styles.title}>
        {label}
      </h3>

      <FilePicker slotLabel={label} slot={slot} disabled={busy} onFile={importer.loadFile} />

      <div className={styles.row}>
        <Button disabled={busy} aria-expanded={pasting} data-testid="paste-open" onClick={() => setPasting((p) => !p)}>
          {t('slot.paste.open')}
        </Button>
        {standalone ? (
          selectionButton
        ) : (
          <Tooltip content={t('slot.useSelection.hint')} relationship="description">
            {selectionButton}
          </Tooltip>
        )}
      </div>
      {standalone && (
        <span id={selectionHintId} className={styles.hint}>
          {t('slot.useSelection.unavailable')}
        </span>
      )}

      {pasting && (
        <PastePanel
          slotLabel={label}
          disabled={busy}
          onClose={() => setPasting(false)}
          onRead={(text) => {
            setPasting(false);
            importer.loadText(text);
          }}
        />
      )}

      {busy && (
        <div className={styles.row}>
          <Field
            className={styles.grow}
            validationMessage={
              state.phase === 'reading' && state.readPercent !== null
                ? t('slot.readingFile', { file: fileName, percent: state.readPercent })
                : t('slot.reading', { file: fileName })
            }
            validationState="none"
          >
            <ProgressBar data-testid="import-progress" value={state.phase === 'reading' && state.readPercent !== null ? state.readPercent / 100 : undefined} aria-label={t('slot.reading', { file: fileName })} />
          </Field>
          <Button onClick={importer.cancel} data-testid="import-cancel">
            {t('slot.cancel')}
          </Button>
        </div>
      )}

      {state.error && <NoticeBar notice={state.error} />}
      {state.error && <WarningList warnings={state.errorWarnings} title={t('summary.warnings')} />}

      {state.loaded && state.phase === 'failed' && (
        // The figures no longer match the failed request; the column map stays, to fix it.
        <ColumnMapping
          exp={state.loaded.exp}
          options={state.request?.options ?? state.loaded.options}
          disabled={busy}
          slotLabel={label}
          onChange={reimport}
        />
      )}

      {state.loaded && (state.phase === 'loaded' || busy) && (
        <ExportSummary
          exp={state.loaded.exp}
          warnings={state.loaded.warnings}
          options={state.request?.options ?? state.loaded.options}
          busy={busy}
          slotLabel={label}
          needsInactive={needsInactive}
          onReimport={reimport}
        />
      )}

      {/* Screen readers hear that the file is in; errors announce themselves (role=alert). */}
      <div className={styles.hidden} role="status" aria-live="polite">
        {state.phase === 'loaded' && state.loaded ? t('slot.loaded', { file: state.loaded.exp.source.label, count: count(state.loaded.exp.employers.length) }) : ''}
      </div>

      {(state.loaded || state.error) && !busy && (
        <div>
          <Button appearance="subtle" onClick={importer.clear} data-testid="slot-remove">
            {t('slot.remove')}
          </Button>
        </div>
      )}
    </div>
  );
}
