/**
 * The year step's state, validation, signing imports and its bridge to the make step.
 * Its own reducer (year-state.ts), so the pane's reducer stays as it was.
 */
import { useCallback, useMemo, useReducer, useRef, useState } from 'react';
import type { WorkbookHost } from '../../host/host';
import type { I18n } from '../i18n/i18n-context';
import { MAX_FILE_BYTES } from '../hooks/use-slot-importer';
import { selectionOrigin } from '../state/selection-origin';
import type { FieldErrors } from '../state/forms';
import type { PaneState } from '../state/pane-state';
import type { YearBridge } from './year-bridge';
import { formFromStored, signingFromStored, yearToStored } from './year-persist';
import { hasYearData, initialYearState, yearReducer, type SigningRequest, type SigningSource, type YearAction, type YearState } from './year-state';
import type { YearStored } from './year-stored';
import { validateYear, type YearValidation } from './year-validate';
import { failedSigning, importSigning, isPdfRequest, readSigningPdf } from './signing-import';

export interface SigningLoader {
  loadFile(file: File): void;
  loadText(text: string): void;
  loadSelection(): Promise<void>;
  /** Imports an existing source again with the period the user chose. */
  withPeriod(id: string, period: { from: string; to: string }): void;
  remove(id: string): void;
}

export interface YearController {
  state: YearState;
  dispatch: (a: YearAction) => void;
  validation: YearValidation;
  /** Errors to show now: of fields left, or all after 'Maak specificatie'. */
  errors: FieldErrors;
  touch(field: string): void;
  /** The year a line's period means when it names only a quarter. */
  fallbackYear: number | null;
  signing: SigningLoader;
  bridge: YearBridge;
  /** The dialog question 'make N sheets?', open while a make waits for the answer. */
  confirm: { count: number; answer(yes: boolean): void } | null;
  persistence: YearPersistence;
}

/** The year of the specification as far as the pane knows it before making it. */
export function paneYear(pane: PaneState): number | null {
  const typed = Number(pane.choice.year.trim());
  if (pane.choice.model === 2 && Number.isInteger(typed) && typed >= 2000 && typed <= 2100) return typed;
  const peil = pane.slots.current.loaded?.exp.peildatum;
  return peil ? Number(peil.slice(0, 4)) : null;
}

export function useYear(host: WorkbookHost, i18n: I18n, pane: PaneState): YearController {
  const [state, dispatch] = useReducer(yearReducer, undefined, initialYearState);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [confirm, setConfirm] = useState<YearController['confirm']>(null);
  const i18nRef = useRef(i18n);
  i18nRef.current = i18n;
  const fallbackYear = paneYear(pane);

  const validation = useMemo(() => validateYear(state.form, fallbackYear), [state.form, fallbackYear]);
  const allErrors: FieldErrors = validation.ok ? {} : validation.errors;
  const errors = showAll ? allErrors : Object.fromEntries(Object.entries(allErrors).filter(([k]) => touched.has(k)));
  const touch = useCallback((f: string) => setTouched((s) => (s.has(f) ? s : new Set(s).add(f))), []);

  /** A PDF shows as being read first; its text comes from the import worker, then its result replaces it. */
  const finishPdf = useCallback((s: SigningSource) => {
    if (isPdfRequest(s.request)) void readSigningPdf(s).then((done) => dispatch({ type: 'signing.replace', id: s.id, source: done }));
  }, []);
  const add = useCallback(
    (request: SigningRequest) => {
      const source = importSigning(request);
      dispatch({ type: 'signing.add', source });
      finishPdf(source);
    },
    [finishPdf],
  );

  const signing = useMemo<SigningLoader>(
    () => ({
      loadFile(file) {
        const source = { label: file.name, fileName: file.name };
        if (file.size > MAX_FILE_BYTES) {
          const params = { file: file.name, size: `${Math.round(file.size / 1024 / 1024)} MB`, max: `${MAX_FILE_BYTES / 1024 / 1024} MB` };
          const failed = failedSigning({ input: { text: '' }, source, options: {} }, { ok: false, error: { kind: 'message', severity: 'error', key: 'slot.tooLarge', params }, warnings: [] });
          dispatch({ type: 'signing.add', source: failed });
          return;
        }
        void file.arrayBuffer().then((buf) => add({ input: { bytes: new Uint8Array(buf) }, source, options: {} }));
      },
      loadText(text) {
        add({ input: { text }, source: { label: i18nRef.current.t('slot.pastedSource') }, options: {} });
      },
      async loadSelection() {
        const sel = await host.readSelection();
        const label = i18nRef.current.t('slot.useSelection');
        if (!sel.ok) {
          const failed = failedSigning({ input: { grid: [] }, source: { label }, options: {} }, { ok: false, error: { kind: 'problem', problem: sel.error }, warnings: sel.warnings });
          dispatch({ type: 'signing.add', source: failed });
          return;
        }
        const origin = selectionOrigin(sel.value.address);
        add({
          input: { grid: sel.value.grid },
          source: { label: i18nRef.current.t('slot.selectionSource', { address: sel.value.address }), ...(origin ? { gridOrigin: origin } : {}) },
          options: {},
        });
      },
      withPeriod(id, period) {
        const old = state.signing.find((s) => s.id === id);
        if (!old?.request) return;
        const source = { ...importSigning({ ...old.request, options: { period } }), id };
        dispatch({ type: 'signing.replace', id, source });
        finishPdf(source);
      },
      remove(id) {
        dispatch({ type: 'signing.remove', id });
      },
    }),
    [add, finishPdf, host, state.signing],
  );

  const showErrors = useCallback(() => {
    setShowAll(true);
    dispatch({ type: 'open', open: true });
    // After React has rendered the messages, focus the first field in error in this step.
    setTimeout(() => document.querySelector<HTMLElement>('[data-testid=step-year] [aria-invalid="true"]')?.focus(), 0);
  }, []);

  const confirmMany = useCallback((count: number) => new Promise<boolean>((resolve) => setConfirm({ count, answer: (yes) => (setConfirm(null), resolve(yes)) })), []);

  const bridge = useMemo<YearBridge>(() => {
    const present = hasYearData(state);
    const failed = state.signing.some((s) => !s.result.ok);
    const input =
      present && validation.ok
        ? {
            data: validation.data,
            signing: state.signing.flatMap((s) => (s.result.ok ? [s.result.exp] : [])),
            signingWarnings: state.signing.flatMap((s) => (s.result.ok ? s.result.warnings.filter((w) => w.code !== 'signing.periodUnknown') : [])),
          }
        : null;
    return { input, blocked: present && (!validation.ok || failed), revision: state.revision, showErrors, confirmMany };
  }, [state, validation, showErrors, confirmMany]);

  const stored = useMemo(() => yearToStored(state), [state]);
  const restore = useCallback(
    (s: YearStored) => {
      const signing = s.signing.map(signingFromStored);
      dispatch({ type: 'restore', form: formFromStored(s), signing });
      // A v1/v2 state kept the file itself: a PDF among them is read again in the worker.
      signing.forEach(finishPdf);
    },
    [finishPdf],
  );

  const forget = useCallback(() => {
    for (const x of state.signing) dispatch({ type: 'signing.remove', id: x.id });
  }, [state.signing]);
  const persistence = useMemo(() => ({ stored, restore, forget }), [stored, restore, forget]);
  return { state, dispatch, validation, errors, touch, fallbackYear, signing, bridge, confirm, persistence };
}

/** What use-persistence needs: the part to save, and a way to put a saved part back. */
export interface YearPersistence {
  stored: YearStored | undefined;
  restore(stored: YearStored): void;
  /** Drops the signing reports (the user removed what the workbook keeps). */
  forget(): void;
}
