/**
 * The task pane: the source switch, then the steps of the chosen flow in one column.
 * State lives in reducers (pane, year, Otherside, and one import list per kind of
 * report); the host and the engine come in as props, so the same App runs in Excel,
 * standalone, and under test.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { WorkbookHost } from '../host/host';
import { Header } from './components/Header';
import { KeptNote } from './components/KeptNote';
import { DismissableNotices } from './components/NoticeList';
import { useLayoutStyles } from './components/layout-styles';
import { usePersistence } from './hooks/use-persistence';
import { useTouched } from './hooks/use-touched';
import { engineLanguage } from './i18n/catalogue';
import { useI18n } from './i18n/i18n-context';
import { useImporter } from './imports/use-importer';
import type { Engine } from './make/make-specification';
import { datesDisagree, paneDateFindings } from './state/date-checks';
import { dateText } from './state/date-text';
import { exportsReady } from './state/exports';
import { validateForms, type FieldErrors } from './state/forms';
import { initialPaneState, paneReducer } from './state/pane-state';
import { ExportsStep, type DateFixes } from './steps/ExportsStep';
import { ModelStep } from './steps/ModelStep';
import { PricesStep } from './steps/PricesStep';
import { QwoaterMakeStep } from './steps/QwoaterMakeStep';
import type { ImportRunner } from './worker/import-client';
import { useYear } from './year/use-year';
import { YearStep } from './year/YearStep';
import { SourceSwitch } from './xpert/components/SourceSwitch';
import { useXpert } from './xpert/use-xpert';

/** Not on the first screen (Qwoater is): its components and workbook code load when Otherside is chosen. */
const XpertFlow = lazy(() => import(/* webpackChunkName: "xpert-flow" */ './xpert/components/XpertFlow').then((m) => ({ default: m.XpertFlow })));

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
  footer: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
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

  const dossiers = useImporter({ kind: 'dossiers', placement: 'slot', makeRunner, host, i18n });
  const xpert = useXpert(host, i18n, lang, makeRunner);
  const year = useYear(host, i18n, state, dossiers.list, makeRunner);
  const persistence = usePersistence(host, state, dispatch, dossiers, lang, xpert.persistence, year.persistence);

  const model = state.choice.model;
  const qwoaterReady = exportsReady(dossiers.list, model);
  const xpertReady = Object.keys(xpert.state.history.months).length > 0;
  useEffect(() => {
    if (qwoaterReady || xpertReady) warmUp?.();
  }, [qwoaterReady, xpertReady, warmUp]);

  const validation = useMemo(() => validateForms(state.choice, state.price), [state.choice, state.price]);
  const findings = useMemo(() => paneDateFindings(state.choice, dossiers.list), [state.choice, dossiers.list]);
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

  const focusSoon = (selector: string) => setTimeout(() => mainRef.current?.querySelector<HTMLElement>(selector)?.focus(), 0);
  const fixes: DateFixes = {
    useYear: (y) => {
      dispatch({ type: 'choice', patch: { year: String(y) } });
      setAnnouncement(i18n.t('dates.yearSet', { year: y }));
      focusSoon('#field-year');
    },
    useAgreed: (iso) => {
      dispatch({ type: 'choice', patch: { peildatum: dateText(iso) } });
      setAnnouncement(i18n.t('dates.agreedSet', { date: dateText(iso) }));
      focusSoon('#field-peildatum');
    },
    swap: () => {
      dossiers.swap('current', 'previous');
      setAnnouncement(i18n.t('dates.swapped'));
      focusSoon('[data-testid=slot-current] [data-testid=export-item]');
    },
  };

  const source = xpert.state.source;
  return (
    <main ref={mainRef} className={styles.main}>
      <Header source={source} />
      <DismissableNotices notices={state.notices} onDismiss={(index) => dispatch({ type: 'notice.dismiss', index })} />
      <SourceSwitch source={source} onChange={(s) => xpert.dispatch({ type: 'source', source: s })} />
      {source === 'xpert' ? (
        <Suspense fallback={null}>
          <XpertFlow model={xpert} announce={setAnnouncement} />
        </Suspense>
      ) : (
        <>
          <ModelStep choice={state.choice} errors={errors} findings={findings} fixes={fixes} touch={touch} dispatch={dispatch} />
          <ExportsStep model={model} importer={dossiers} findings={findings} fixes={fixes} />
          <PricesStep price={state.price} errors={errors} touch={touch} dispatch={dispatch} />
          <YearStep year={year} pane={state} announce={setAnnouncement} />
          <QwoaterMakeStep
            state={state}
            exports={dossiers.list}
            validation={validation}
            engine={engine}
            onShowErrors={showErrors}
            announce={setAnnouncement}
            year={year.bridge}
            datesDisagree={datesDisagree(findings)}
          />
        </>
      )}
      <p className={styles.footer}>{host.kind === 'excel' ? i18n.t('app.privacy.excel') : i18n.t('app.privacy.standalone')}</p>
      <KeptNote persistence={persistence} />
      <div className={layout.visuallyHidden} aria-live="polite" role="status">
        {announcement}
      </div>
    </main>
  );
}
