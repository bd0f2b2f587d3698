/**
 * The Otherside at Work flow: import monthly reports, set the rates, make the overview.
 * Its state comes from App (useXpert), so it survives switching to Qwoater and back.
 */
import { makeStyles } from '@fluentui/react-components';
import { useCallback, useRef, useState } from 'react';
import { DismissableNotices } from '../../components/NoticeList';
import { useTouched } from '../../hooks/use-touched';
import type { XpertFlowModel } from '../use-xpert';
import type { XpertFieldErrors } from '../xpert-forms';
import { XpertImportStep } from './XpertImportStep';
import { XpertMakeStep } from './XpertMakeStep';
import { XpertRatesStep } from './XpertRatesStep';

// The steps stay direct flex children of the pane's column, as in the Qwoater flow.
const useStyles = makeStyles({ root: { display: 'contents' } });

export function XpertFlow({ model, announce }: { model: XpertFlowModel; announce: (text: string) => void }) {
  const { state, dispatch, validation } = model;
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
      <DismissableNotices notices={state.notices} onDismiss={(index) => dispatch({ type: 'notice.dismiss', index })} />
      <XpertImportStep model={model} announce={announce} />
      <XpertRatesStep form={state.form} errors={errors} touch={touch} dispatch={dispatch} />
      <XpertMakeStep state={state} reports={model.importer.list} validation={validation} onShowErrors={showErrors} announce={announce} />
    </div>
  );
}
