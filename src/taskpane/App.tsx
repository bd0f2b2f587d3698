/**
 * The task pane: four steps in one column. State lives in one reducer; the host and the
 * engine come in as props, so the same App runs in Excel, standalone, and under test.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { WorkbookHost } from '../host/host';
import { Header } from './components/Header';
import { KeptNote } from './components/KeptNote';
import { NoticeBar } from './components/NoticeList';
import { useLayoutStyles } from './components/layout-styles';
import { usePersistence } from './hooks/use-persistence';
import { useSlotImporter } from './hooks/use-slot-importer';
import { useTouched } from './hooks/use-touched';
import { engineLanguage } from './i18n/catalogue';
import { useI18n } from './i18n/i18n-context';
import type { Engine } from './make/make-specification';
import { validateForms, type FieldErrors } from './state/forms';
import { initialPaneState, neededSlots, paneReducer, slotReady } from './state/pane-state';
import { ExportsStep } from './steps/ExportsStep';
import { MakeStep } from './steps/MakeStep';
import { ModelStep } from './steps/ModelStep';
import { PricesStep } from './steps/PricesStep';
import type { ImportRunner } from './worker/import-client';
import { useYear } from './year/use-year';
import { YearStep } from './year/YearStep';
import { SourceSwitch } from './xpert/components/SourceSwitch';
import { XpertFlow } from './xpert/components/XpertFlow';
import { useXpert } from './xpert/use-xpert';

const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXL}`,
    maxWidth: '640px',
    minWidth: 0,
    boxSizing: 'border-box',
  },
  footer: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface AppProps {
  host: WorkbookHost;
  engine: Engine;
  makeRunner: () => ImportRunner;
  /** Called once the exports are in, while the user still fills in prices: a moment to load the writer. */
  warmUp?: () => void;
}

export function App({ host, engine, makeRunner, warmUp }: AppProps) {
  const i18n = useI18n();
  const styles = useStyles();
  const layout = useLayoutStyles();
  const lang = engineLanguage(i18n.lang);
  const [state, dispatch] = useReducer(paneReducer, lang, initialPaneState);
  const { touched, touch } = useTouched();
  const [showAll, setShowAll] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const mainRef = useRef<HTMLElement>(null);

  const current = useSlotImporter('current', dispatch, host, i18n, makeRunner);
  const previous = useSlotImporter('previous', dispatch, host, i18n, makeRunner);
  const importers = useMemo(() => ({ current, previous }), [current, previous]);
  const xpert = useXpert(host, i18n, lang);
  const year = useYear(host, i18n, state);
  const persistence = usePersistence(host, state, dispatch, importers, lang, xpert.persistence, year.persistence);

  const exportsReady = neededSlots(state.choice.model).every((k) => slotReady(state.slots[k]));
  const xpertReady = Object.keys(xpert.state.history.months).length > 0;
  useEffect(() => {
    if (exportsReady || xpertReady) warmUp?.();
  }, [exportsReady, xpertReady, warmUp]);

  const validation = useMemo(() => validateForms(state.choice, state.price), [state.choice, state.price]);
  const allErrors: FieldErrors = validation.ok ? {} : validation.errors;
  // Messages appear once a field has been left, or for all fields after 'Maak specificatie':
  // an error while someone is still typing the first digit only distracts.
  const errors: FieldErrors = showAll ? allErrors : Object.fromEntries(Object.entries(allErrors).filter(([k]) => touched.has(k)));

  const showErrors = useCallback(() => {
    setShowAll(true);
    // After React has rendered the messages, move focus to the first field in error.
    setTimeout(() => {
      const first = mainRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      first?.focus();
    }, 0);
  }, []);

  return (
    <main ref={mainRef} className={styles.main}>
      <Header />
      {state.notices.map((n, i) => (
        <NoticeBar key={i} notice={n} />
      ))}
      <SourceSwitch source={xpert.state.source} onChange={(source) => xpert.dispatch({ type: 'source', source })} />
      {xpert.state.source === 'xpert' ? <XpertFlow model={xpert} announce={setAnnouncement} /> : <>
      <ModelStep choice={state.choice} errors={errors} touch={touch} dispatch={dispatch} />
      <ExportsStep model={state.choice.model} yearText={state.choice.year} slots={state.slots} importers={importers} />
      <PricesStep price={state.price} errors={errors} touch={touch} dispatch={dispatch} />
      <YearStep year={year} pane={state} announce={setAnnouncement} />
      <MakeStep state={state} validation={validation} engine={engine} onShowErrors={showErrors} announce={setAnnouncement} year={year.bridge} />
      </>}
      <p className={styles.footer}>{host.kind === 'excel' ? i18n.t('app.privacy.excel') : i18n.t('app.privacy.standalone')}</p>
      <KeptNote persistence={persistence} />
      <div className={layout.visuallyHidden} aria-live="polite" role="status">
        {announcement}
      </div>
    </main>
  );
}
