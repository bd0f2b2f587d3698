/**
 * The dialogs 'Maak' may ask (a sheet name taken in the workbook, more than 250 employer
 * sheets), loaded when they are first needed: Fluent's Dialog and its motion are not on the
 * pane's first screen, and every open of the pane fetches that screen's code. The chunk is
 * fetched ahead while the user fills in prices (preloadDialogs, with the engine), so a
 * question appears without a wait. Once shown, a dialog stays mounted, so it can fade out.
 */
import { lazy, Suspense, useState, type ComponentProps, type ReactNode } from 'react';
import type { ConfirmSheetsDialog as ConfirmSheetsDialogType } from '../year/ConfirmSheetsDialog';
import type { ConflictDialog as ConflictDialogType } from './ConflictDialog';
import { fetchOnce } from './lazy-parts';

/** Fetches the dialogs' chunk once; a failed fetch is tried again at the next call. */
export const preloadDialogs = fetchOnce(() => import(/* webpackChunkName: "dialogs" */ './dialogs'));

const Conflict = lazy(() => preloadDialogs().then((m) => ({ default: m.ConflictDialog })));
const ConfirmSheets = lazy(() => preloadDialogs().then((m) => ({ default: m.ConfirmSheetsDialog })));

/** Renders `children` from the first time `needed` is true on. */
function FromFirstNeed({ needed, children }: { needed: boolean; children: ReactNode }) {
  const [seen, setSeen] = useState(needed);
  if (needed && !seen) setSeen(true);
  return seen ? <Suspense fallback={null}>{children}</Suspense> : null;
}

export function ConflictDialog(props: ComponentProps<typeof ConflictDialogType>) {
  return (
    <FromFirstNeed needed={props.open}>
      <Conflict {...props} />
    </FromFirstNeed>
  );
}

export function ConfirmSheetsDialog(props: ComponentProps<typeof ConfirmSheetsDialogType>) {
  return (
    <FromFirstNeed needed={props.confirm !== null}>
      <ConfirmSheets {...props} />
    </FromFirstNeed>
  );
}
