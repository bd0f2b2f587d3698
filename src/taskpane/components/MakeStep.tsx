/**
 * The last step of either flow: 'Maak …' with what still stands in the way, a
 * progress bar with counts and a Stop button, the question about sheets that already
 * exist, and then the result card (or what went wrong). One component for the Qwoater
 * specification and the Otherside overview; each flow hands in how to make its workbook
 * and how to show the result.
 */
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Problem } from '../../domain/problems';
import type { ConflictChoice } from '../../host/host';
import type { MessageKey } from '../i18n/catalogue';
import { useI18n } from '../i18n/i18n-context';
import type { Conflict, MakeCallbacks, MakeProgress } from '../make/make-specification';
import { ConflictDialog } from './lazy-dialogs';
import { NoticeBar, WarningList } from './NoticeList';
import { StepSection } from './StepSection';
import { useLayoutStyles } from './layout-styles';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0 0`, paddingLeft: tokens.spacingHorizontalL },
  grow: { flexGrow: 1, minWidth: 0 },
});

export type MakeOutcomeOf<D> = ({ kind: 'done' } & D) | { kind: 'failed'; error: Problem; warnings: Problem[] } | { kind: 'cancelled' };

export interface MakeFlow<D> {
  title: string;
  testIds: { step: string; button: string; progress: string };
  buttonText: string;
  /** Said under the title: what the button makes, where. */
  hint?: string;
  /** What still stands in the way, as texts in the order to fix them; empty when ready. */
  missing(): string[];
  /** Shows every field error and moves focus to the first. */
  showErrors(): void;
  make(cb: MakeCallbacks): Promise<MakeOutcomeOf<D>>;
  /** Changes with every input; a result made from other inputs is not shown as current. */
  revision: number;
  /** The flow's own words for a step, where the specification's do not fit. */
  phase?: Partial<Record<MakeProgress['step'], MessageKey>>;
  /** The result card, and what a screen reader hears when it appears. */
  done(outcome: { kind: 'done' } & D): { card: ReactNode; announce: string };
}

const PHASE: Record<MakeProgress['step'], MessageKey> = {
  reconcile: 'make.phase.reconcile',
  plan: 'make.phase.plan',
  write: 'make.phase.write',
  file: 'make.phase.file',
};

type Run<D> = { phase: 'idle' } | { phase: 'running'; progress: MakeProgress } | { phase: 'finished'; outcome: MakeOutcomeOf<D>; revision: number };

export function MakeStep<D>({ flow, announce }: { flow: MakeFlow<D>; announce: (text: string) => void }) {
  const { t, tn, count } = useI18n();
  const styles = useStyles();
  const layout = useLayoutStyles();
  const [run, setRun] = useState<Run<D>>({ phase: 'idle' });
  const [missing, setMissing] = useState<string[]>([]);
  const [dialog, setDialog] = useState<{ conflicts: Conflict[]; example: string; resolve: (c: ConflictChoice | null) => void } | null>(null);
  const abortRef = useRef<AbortController | null>(null);

  // The 'not ready' list follows the user's fixes, once they have seen it.
  const now = flow.missing();
  const nowKey = now.join('\n');
  useEffect(() => {
    setMissing((shown) => (shown.length ? now : shown));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [nowKey]);

  // Never abandon a write when the pane unmounts.
  useEffect(() => () => abortRef.current?.abort(), []);

  const start = async () => {
    const todo = flow.missing();
    setMissing(todo);
    if (todo.length) {
      flow.showErrors();
      return;
    }
    const controller = new AbortController();
    abortRef.current = controller;
    const revision = flow.revision;
    setRun({ phase: 'running', progress: { step: 'reconcile', fraction: 0 } });
    const outcome = await flow.make({
      signal: controller.signal,
      onProgress: (progress) => setRun({ phase: 'running', progress }),
      chooseConflict: (conflicts, example) => new Promise((resolve) => setDialog({ conflicts, example, resolve })),
    });
    abortRef.current = null;
    setRun({ phase: 'finished', outcome, revision });
    announce(outcome.kind === 'done' ? flow.done(outcome).announce : outcome.kind === 'cancelled' ? t('make.cancelled') : t('make.failed'));
  };

  const running = run.phase === 'running';
  const finished = run.phase === 'finished' && run.revision === flow.revision ? run.outcome : null;
  const progress = running ? run.progress : null;
  const counted = progress?.done !== undefined && progress.total !== undefined && progress.total > 1;
  const phase = progress ? t(flow.phase?.[progress.step] ?? PHASE[progress.step]) : '';
  const phaseText = progress && counted ? `${phase} ${tn(progress.unit === 'sheets' ? 'make.progress.sheets' : 'make.progress.parts', progress.total!, { done: count(progress.done!) })}` : phase;

  return (
    <StepSection title={flow.title} testId={flow.testIds.step}>
      {flow.hint && <Text className={layout.muted}>{flow.hint}</Text>}
      <div className={layout.row}>
        <Button appearance="primary" size="large" disabled={running} onClick={() => void start()} data-testid={flow.testIds.button}>
          {flow.buttonText}
        </Button>
      </div>

      {missing.length > 0 && !running && (
        <MessageBar intent="warning" layout="multiline" role="status">
          <MessageBarBody>
            <MessageBarTitle>{t('make.missing.title')}</MessageBarTitle>
            <ul className={styles.list}>
              {missing.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}

      {progress && (
        <div className={layout.row}>
          <Field className={styles.grow} label={t('make.progress')} validationMessage={phaseText} validationState="none">
            <ProgressBar value={progress.fraction ?? undefined} max={1} data-testid={flow.testIds.progress} />
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
      {finished?.kind === 'done' && flow.done(finished).card}

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
