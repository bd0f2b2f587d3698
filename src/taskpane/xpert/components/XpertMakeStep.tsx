/**
 * Step 3 of the Otherside flow: checks that there are months and valid rates, then makes
 * the overview with a progress bar and a Stop button, asks about existing sheets with
 * the Qwoater flow's dialog, and shows the result card.
 */
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { ConflictChoice } from '../../../host/host';
import { ConflictDialog } from '../../components/ConflictDialog';
import { NoticeBar, WarningList } from '../../components/NoticeList';
import { StepSection } from '../../components/StepSection';
import { useLayoutStyles } from '../../components/layout-styles';
import { useHost } from '../../host-context';
import { engineLanguage, type MessageKey } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/i18n-context';
import type { Conflict, MakeProgress } from '../../make/make-specification';
import { makeXpertOverview, type XpertMakeOutcome } from '../make-xpert';
import type { XpertFormValidation } from '../xpert-forms';
import type { XpertState } from '../xpert-state';
import { XpertResultCard } from './XpertResultCard';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0 0`, paddingLeft: tokens.spacingHorizontalL },
  grow: { flexGrow: 1, minWidth: 0 },
});

const PHASE: Record<MakeProgress['step'], MessageKey> = {
  reconcile: 'xpert.make.phase.plan',
  plan: 'xpert.make.phase.plan',
  write: 'make.phase.write',
  file: 'make.phase.file',
};

interface Props {
  state: XpertState;
  validation: XpertFormValidation;
  onShowErrors: () => void;
  announce: (text: string) => void;
}

type Run = { phase: 'idle' } | { phase: 'running'; progress: MakeProgress } | { phase: 'finished'; outcome: XpertMakeOutcome; revision: number };

function missingFor(state: XpertState, validation: XpertFormValidation): MessageKey[] {
  const out: MessageKey[] = [];
  if (Object.keys(state.history.months).length === 0) out.push('xpert.make.missing.months');
  if (state.entries.some((e) => e.phase === 'parsing')) out.push('xpert.make.missing.busy');
  if (!validation.ok) out.push('xpert.make.missing.rates');
  return out;
}

export function XpertMakeStep({ state, validation, onShowErrors, announce }: Props) {
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
    if (missing.length) setMissing(missingFor(state, validation));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, validation]);
  // Never abandon a write when the pane unmounts.
  useEffect(() => () => abortRef.current?.abort(), []);

  const start = async () => {
    const todo = missingFor(state, validation);
    setMissing(todo);
    if (todo.length || !validation.ok) {
      onShowErrors();
      return;
    }
    const controller = new AbortController();
    abortRef.current = controller;
    const revision = state.revision;
    setRun({ phase: 'running', progress: { step: 'plan', fraction: 0 } });
    const importWarnings = state.entries.filter((e) => e.outcome === 'added' || e.outcome === 'replaced').flatMap((e) => e.warnings);
    const outcome = await makeXpertOverview(
      host,
      { history: state.history, settings: validation.settings, lang: engineLanguage(lang), importWarnings },
      {
        signal: controller.signal,
        onProgress: (progress) => setRun({ phase: 'running', progress }),
        chooseConflict: (conflicts, example) => new Promise((resolve) => setDialog({ conflicts, example, resolve })),
      },
    );
    abortRef.current = null;
    setRun({ phase: 'finished', outcome, revision });
    announce(outcome.kind === 'done' ? t('xpert.result.title') : outcome.kind === 'cancelled' ? t('make.cancelled') : t('make.failed'));
  };

  const running = run.phase === 'running';
  // A result made from other months or rates than the current ones is not shown as current.
  const finished = run.phase === 'finished' && run.revision === state.revision ? run.outcome : null;
  const progress = running ? run.progress : null;

  return (
    <StepSection title={t('xpert.step.make')} testId="xpert-step-make">
      <span className={layout.muted}>{standalone ? t('xpert.make.hint.standalone') : t('xpert.make.hint.excel')}</span>
      <div className={layout.row}>
        <Button appearance="primary" size="large" disabled={running} onClick={() => void start()} data-testid="xpert-make-button">
          {t('xpert.make.button')}
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
        <div className={layout.row}>
          <Field className={styles.grow} label={t('make.progress')} validationMessage={t(PHASE[progress.step])} validationState="none">
            <ProgressBar value={progress.fraction ?? undefined} max={1} data-testid="xpert-make-progress" />
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
      {finished?.kind === 'done' && <XpertResultCard result={finished} />}

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
