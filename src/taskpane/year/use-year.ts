/**
 * The year step's state, validation, signing reports and its bridge to the make step.
 * Its own reducer (year-state.ts), so the pane's reducer stays as it was; the signing
 * reports come in through the pane's one importer.
 */
import { useCallback, useMemo, useReducer, useState } from 'react';
import { summariseSigning } from '../../domain/billing/advances';
import { rebilledEmployers, type NamedEmployer } from '../../domain/billing/rebilled-employers';
import { employerKey } from '../../domain/employer-key';
import type { WorkbookHost } from '../../host/host';
import type { I18n } from '../i18n/i18n-context';
import { itemBusy, itemReady } from '../imports/import-list';
import { useImporter, type Importer } from '../imports/use-importer';
import { typedYear } from '../state/date-checks';
import { loadedExports, type DossierList } from '../state/exports';
import type { FieldErrors } from '../state/forms';
import type { PaneState } from '../state/pane-state';
import type { ImportRunner } from '../worker/import-client';
import type { YearBridge } from './year-bridge';
import { formFromStored, signingFromStored, yearToStored } from './year-persist';
import { hasYearData, initialYearState, yearReducer, type YearAction, type YearState } from './year-state';
import type { YearStored } from './year-stored';
import { validateYear, type YearValidation } from './year-validate';

export interface YearController {
  state: YearState;
  dispatch: (a: YearAction) => void;
  validation: YearValidation;
  /** Errors to show now: of fields left, or all after 'Maak specificatie'. */
  errors: FieldErrors;
  touch(field: string): void;
  /** The year a line's period means when it names only a quarter. */
  fallbackYear: number | null;
  signing: Importer<'signing'>;
  /** The employers the re-billing will have, in its order, once the exports are in: what per-employer sheets can be made for. */
  employers: readonly NamedEmployer[];
  bridge: YearBridge;
  /** The dialog question 'make N sheets?', open while a make waits for the answer. */
  confirm: { count: number; answer(yes: boolean): void } | null;
  persistence: YearPersistence;
}

/** The year of the specification as far as the pane knows it before making it. */
export function paneYear(pane: PaneState, exports: DossierList): number | null {
  const typed = pane.choice.model === 2 ? typedYear(pane.choice.year) : undefined;
  if (typed !== undefined) return typed;
  const peil = loadedExports(exports, pane.choice.model).current?.exp.peildatum;
  return peil ? Number(peil.slice(0, 4)) : null;
}

export function useYear(host: WorkbookHost, i18n: I18n, pane: PaneState, exports: DossierList, makeRunner: () => ImportRunner): YearController {
  const [state, dispatch] = useReducer(yearReducer, undefined, initialYearState);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [confirm, setConfirm] = useState<YearController['confirm']>(null);
  const signing = useImporter({ kind: 'signing', placement: 'append', makeRunner, host, i18n });
  const fallbackYear = paneYear(pane, exports);
  const model = pane.choice.model;

  const reports = signing.list.items;
  const signingExports = useMemo(() => reports.flatMap((i) => (itemReady(i) ? [i.last.value] : [])), [reports]);
  const { current, previous } = loadedExports(exports, model);
  const currentExp = current?.exp ?? null;
  const previousExp = previous?.exp ?? null;
  const employers = useMemo(() => {
    if (!currentExp) return [];
    // Those who only signed get a line of their own, as in the re-billing.
    const summary = fallbackYear !== null && signingExports.length ? summariseSigning(signingExports, fallbackYear, 'requests') : null;
    return rebilledEmployers(currentExp, previousExp, summary?.ok ? summary.value.employers : []);
  }, [currentExp, previousExp, signingExports, fallbackYear]);
  const known = useMemo(() => (employers.length ? new Set(employers.map((e) => employerKey(e.number))) : null), [employers]);

  const validation = useMemo(() => validateYear(state.form, fallbackYear, known), [state.form, fallbackYear, known]);
  const allErrors: FieldErrors = validation.ok ? {} : validation.errors;
  const errors = showAll ? allErrors : Object.fromEntries(Object.entries(allErrors).filter(([k]) => touched.has(k)));
  const touch = useCallback((f: string) => setTouched((s) => (s.has(f) ? s : new Set(s).add(f))), []);

  const showErrors = useCallback(() => {
    setShowAll(true);
    dispatch({ type: 'open', open: true });
    // After React has rendered the messages, focus the first field in error in this step.
    setTimeout(() => document.querySelector<HTMLElement>('[data-testid=step-year] [aria-invalid="true"]')?.focus(), 0);
  }, []);

  const confirmMany = useCallback((count: number) => new Promise<boolean>((resolve) => setConfirm({ count, answer: (yes) => (setConfirm(null), resolve(yes)) })), []);

  const bridge = useMemo<YearBridge>(() => {
    const present = hasYearData(state, reports.length);
    // A report still being read, or one that did not read, holds the make back.
    const unread = reports.some((i) => itemBusy(i) || !itemReady(i));
    const input =
      present && validation.ok
        ? {
            data: validation.data,
            signing: signingExports,
            signingWarnings: reports.flatMap((i) => (itemReady(i) ? i.last.warnings.filter((w) => w.code !== 'signing.periodUnknown') : [])),
          }
        : null;
    return { input, blocked: present && (!validation.ok || unread), revision: state.revision + signing.list.revision, showErrors, confirmMany };
  }, [state, reports, signingExports, signing.list.revision, validation, showErrors, confirmMany]);

  const stored = useMemo(() => yearToStored(state, reports), [state, reports]);
  const restore = useCallback(
    (s: YearStored) => {
      dispatch({ type: 'restore', form: formFromStored(s) });
      for (const x of s.signing) {
        const back = signingFromStored(x);
        if ('request' in back) signing.restore(back.request);
        else signing.restoreResult(back.restored.exp, back.restored.warnings, {});
      }
    },
    [signing],
  );
  const forget = useCallback(() => signing.clear(), [signing]);

  const persistence = useMemo(() => ({ stored, restore, forget }), [stored, restore, forget]);
  return { state, dispatch, validation, errors, touch, fallbackYear, signing, employers, bridge, confirm, persistence };
}

/** What use-persistence needs: the part to save, and a way to put a saved part back. */
export interface YearPersistence {
  stored: YearStored | undefined;
  restore(stored: YearStored): void;
  /** Drops the signing reports (the user removed what the workbook keeps). */
  forget(): void;
}
