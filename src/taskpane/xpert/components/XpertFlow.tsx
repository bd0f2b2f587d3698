/**
 * The Otherside at Work flow: import monthly reports, set the rates, make the overview.
 * Its state comes from App (useXpert), so it survives switching to Qwoater and back.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles } from '@fluentui/react-components';
import { useCallback, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { useTouched } from '../../hooks/use-touched';
import type { XpertFlowModel } from '../use-xpert';
import type { XpertFieldErrors } from '../xpert-forms';
import { XpertImportStep } from './XpertImportStep';
import { XpertMakeStep } from './XpertMakeStep';
import { XpertRatesStep } from './XpertRatesStep';

// The steps stay direct flex children of the pane's column, as in the Qwoater flow.
const useStyles = makeStyles({ root: { display: 'contents' } });

export function XpertFlow({ model, announce }: { model: XpertFlowModel; announce: (text: string) => void }) {
  const { t, problem } = useI18n();
  const { state, dispatch, importer, validation } = model;
  const { touched, touch } = useTouched();
  const [showAll, setShowAll] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const styles = useStyles();

  const allErrors: XpertFieldErrors = validation.ok ? {} : validation.errors;
  // As in the Qwoater flow: a message appears once a field has been left, or for all after 'Maak'.
  const errors: XpertFieldErrors = showAll ? allErrors : Object.fromEntries(Object.entries(allErrors).filter(([k]) => touched.has(`xpert.${k}`)));

  const showErrors = useCallback(() => {
    setShowAll(true);
    setTimeout(() => rootRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
  }, []);

  return (
    <div ref={rootRef} className={styles.root}>
      {state.notices.map((n, i) => (
        <MessageBar
          key={i}
          intent={n.kind === 'problem' ? n.problem.severity : n.severity}
          layout="multiline"
          role={(n.kind === 'problem' ? n.problem.severity : n.severity) === 'error' ? 'alert' : 'status'}
        >
          <MessageBarBody>{n.kind === 'problem' ? problem(n.problem) : t(n.key, n.params)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => dispatch({ type: 'notice.dismiss', index: i })}>
              {t('xpert.notice.dismiss')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ))}
      <XpertImportStep state={state} dispatch={dispatch} importer={importer} announce={announce} />
      <XpertRatesStep form={state.form} errors={errors} touch={touch} dispatch={dispatch} />
      <XpertMakeStep state={state} validation={validation} onShowErrors={showErrors} announce={announce} />
    </div>
  );
}
