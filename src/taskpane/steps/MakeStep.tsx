/**
 * Step 4: checks that everything is ready, then makes the specification with a progress
 * bar and a Stop button, asks about existing sheets, and shows the result card.
 */
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { ConflictChoice } from '../../host/host';
import { ConflictDialog } from '../components/ConflictDialog';
import { NoticeBar, WarningList } from '../components/NoticeList';
import { ResultCard } from '../components/ResultCard';
import { StepSection } from '../components/StepSection';
import { useLayoutStyles } from '../components/layout-styles';
import { useHost } from '../host-context';
import { engineLanguage, type MessageKey } from '../i18n/catalogue';
import { useI18n } from '../i18n/i18n-context';
import { makeSpecification, type Conflict, type Engine, type MakeOutcome, type MakeProgress } from '../make/make-specification';
import type { FormValidation } from '../state/forms';
import type { PaneState } from '../state/pane-state';
import { missingForMake } from '../make/missing';
import type { YearBridge } from '../year/year-bridge';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0 0`, paddingLeft: tokens.spacingHorizontalL },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  grow: { flexGrow: 1, minWidth: 0 },
});

const PHASE: Record<MakeProgress['step'], MessageKey> = {
  reconcile: 'make.phase.reconcile',
  plan: 'make.phase.plan',
  write: 'make.phase.write',
  file: 'make.phase.file',
};

interface Props {
  state: PaneState;
  validation: FormValidation;
  engine: Engine;
  /** Shows every field error and moves focus to the first one. */
  onShowErrors: () => void;
  announce: (text: string) => void;
  /** The optional year step (invoice lines, signing, employer sheets). */
  year?: YearBridge;
}

type Run =
  | { phase: 'idle' }
  | { phase: 'running'; progress: MakeProgress }
  | { phase: 'finished'; outcome: MakeOutcome; revision: number };

export function MakeStep({ state, validation, engine, onShowErrors, announce, year }: Props) {
  const { t, lang } = useI18n();
  const host = useHost();
  const styles = useStyles();
  const layout = useLayoutStyles();
  const [run, setRun] = useState<Run>({ phase: 'idle' });
  const [missing, setMissing] = useState<MessageKey[]>([]);
  const [dialog, setDialog] = useState<{ conflicts: Conflict[]; example: string; resolve: (c: ConflictChoice | null) => void } | null>(null);
  const abortRef = useRef<AbortController | null>(null);
  const standalone = host.kind === 'standalone';

  // The 'not ready' list follows the user's fixes, once they have seen it.
  useEffect(() => {
    if (missing.length) setMissing(missingForMake(state, validation));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, validation]);

  // Never abandon a write when the pane unmounts.
  useEffect(() => () => abortRef.current?.abort(), []);

  const start = async () => {
    const todo = missingForMake(state, validation);
    setMissing(todo);
    if (todo.length || !validation.ok) {
      onShowErrors();
      return;
    }
    if (year?.blocked) {
      year.showErrors();
      return;
    }
    const current = state.slots.current.loaded!;
    const previous = state.choice.model === 2 ? state.slots.previous.loaded : null;
    const controller = new AbortController();
    abortRef.current = controller;
    const revision = state.revision + (year?.revision ?? 0);
    setRun({ phase: 'running', progress: { step: 'reconcile', fraction: 0 } });
    const outcome = await makeSpecification(
      host,
      engine,
      {
        current: current.exp,
        previous: previous?.exp ?? null,
        settings: validation.settings,
        importWarnings: [...current.warnings, ...(previous?.warnings ?? [])],
        lang: engineLanguage(lang),
        year: year?.input ?? null,
      },
      {
        signal: controller.signal,
        onProgress: (progress) => setRun({ phase: 'running', progress }),
        chooseConflict: (conflicts, example) => new Promise((resolve) => setDialog({ conflicts, example, resolve })),
        ...(year ? { confirmManySheets: year.confirmMany } : {}),
      },
    );
    abortRef.current = null;
    setRun({ phase: 'finished', outcome, revision });
    if (outcome.kind === 'done') announce(t('result.title', { year: outcome.rec.year }));
    else if (outcome.kind === 'cancelled') announce(t('make.cancelled'));
    else announce(t('make.failed'));
  };

  const running = run.phase === 'running';
  // A result made from other inputs than the current ones is not shown as if it were current.
  const finished = run.phase === 'finished' && run.revision === state.revision + (year?.revision ?? 0) ? run.outcome : null;
  const progress = running ? run.progress : null;
  const phaseText = progress
    ? progress.done !== undefined && progress.total !== undefined && progress.total > 1
      ? `${t(PHASE[progress.step])} ${t('make.phase.sheet', { done: progress.done, total: progress.total })}`
      : t(PHASE[progress.step])
    : '';

  return (
    <StepSection title={t('step.make.title')} testId="step-make">
      <Text className={layout.muted}>{standalone ? t('make.hint.standalone') : t('make.hint.excel')}</Text>
      <div className={styles.row}>
        <Button appearance="primary" size="large" disabled={running} onClick={() => void start()} data-testid="make-button">
          {standalone ? t('make.button.standalone') : t('make.button')}
        </Button>
      </div>

      {missing.length > 0 && !running && (
        <MessageBar intent="warning" layout="multiline" role="status">
          <MessageBarBody>
            <MessageBarTitle>{t('make.missing.title')}</MessageBarTitle>
            <ul className={styles.list}>
              {missing.map((k) => (
                <li key={k}>{t(k)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}

      {progress && (
        <div className={styles.row}>
          <Field className={styles.grow} label={t('make.progress')} validationMessage={phaseText} validationState="none">
            <ProgressBar value={progress.fraction ?? undefined} max={1} data-testid="make-progress" />
          </Field>
          <Button onClick={() => abortRef.current?.abort()}>{t('make.cancel')}</Button>
        </div>
      )}

      {finished?.kind === 'cancelled' && <NoticeBar notice={{ kind: 'message', severity: 'info', key: 'make.cancelled' }} />}
      {finished?.kind === 'failed' && (
        <>
          <NoticeBar notice={{ kind: 'message', severity: 'error', key: 'make.failed' }} />
          <NoticeBar notice={{ kind: 'problem', problem: finished.error }} />
          <WarningList warnings={finished.warnings} title={t('result.warnings')} />
        </>
      )}
      {finished?.kind === 'done' && <ResultCard result={finished} />}

      <ConflictDialog
        open={dialog !== null}
        conflicts={dialog?.conflicts ?? []}
        example={dialog?.example ?? ''}
        onChoose={(choice) => {
          dialog?.resolve(choice);
          setDialog(null);
        }}
      />
    </StepSection>
  );
}
