/**
 * Parts of the pane that are not on its first screen, each fetched when it is about to be
 * shown: the paste box (Fluent's Textarea), the column choices (Select), the Excel-only
 * 'use selection' button with its tooltip (Tooltip and its positioning), and the body of
 * step 4. Every open of the pane fetches the first screen's code (issue #14's
 * paneInitialJsBytes); these wait until a user heads for them. The button that opens a
 * part fetches it when it gets focus or the pointer (preload), so by the click it is
 * there and renders at once; the column choices are fetched when a file starts loading.
 */
import { Button } from '@fluentui/react-components';
import { createElement, lazy, Suspense, useState, type ComponentProps, type ComponentType, type ReactNode } from 'react';
import type { ColumnMapping as ColumnMappingPart } from './ColumnMapping';
import type { PastePanel as PastePanelPart } from './PastePanel';
import type { SelectionButtonProps } from './SelectionButton';
import type { YearBody as YearBodyPart } from '../year/YearBody';

/** A chunk fetched once and shared by every caller; a failed fetch is tried again at the next call. */
export function fetchOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () =>
    (loading ??= load().catch((e: unknown) => {
      loading = null;
      throw e;
    }));
}

/**
 * A component from a chunk of its own. Once fetched it renders directly; an instance that
 * mounted before goes on through React.lazy, so its tree (and what the user typed in it)
 * never changes shape under it.
 */
function part<P extends object>(load: () => Promise<ComponentType<P>>, meanwhile: (props: P) => ReactNode = () => null) {
  let ready: ComponentType<P> | null = null;
  const preload = fetchOnce(() => load().then((c) => (ready = c)));
  const Lazy = lazy(() => preload().then((c) => ({ default: c })));
  function Part(props: P) {
    const [direct] = useState(() => ready);
    if (direct) return createElement(direct, props);
    return <Suspense fallback={meanwhile(props)}>{createElement(Lazy as ComponentType<P>, props)}</Suspense>;
  }
  /** Fetches ahead; a failure is left to the render, which fetches again and shows it. */
  const warm = () => void preload().catch(() => undefined);
  /** For the opening button: fetch on focus or pointer, before the click. */
  const preloadOn = { onFocus: warm, onPointerEnter: warm };
  return { Part, warm, preloadOn };
}

const paste = part<ComponentProps<typeof PastePanelPart>>(() => import(/* webpackChunkName: "paste-panel" */ './PastePanel').then((m) => m.PastePanel));
const mapping = part<ComponentProps<typeof ColumnMappingPart>>(() => import(/* webpackChunkName: "column-mapping" */ './ColumnMapping').then((m) => m.ColumnMapping));
const year = part<ComponentProps<typeof YearBodyPart>>(() => import(/* webpackChunkName: "year-body" */ '../year/YearBody').then((m) => m.YearBody));
/** Meanwhile the same button without its tooltip, so the first screen in Excel is whole. */
const selection = part<SelectionButtonProps>(
  () => import(/* webpackChunkName: "selection-button" */ './SelectionButton').then((m) => m.SelectionButton),
  (props) => (
    <Button size={props.size} disabled={props.disabled} onClick={props.onClick}>
      {props.text}
    </Button>
  ),
);

export const PastePanel = paste.Part;
export const preloadPastePanel = paste.preloadOn;
export const ColumnMapping = mapping.Part;
/** Called when a file starts loading: what it found is shown with its columns. */
export const preloadColumnMapping = mapping.warm;
export const YearBody = year.Part;
export const preloadYearBody = year.preloadOn;
export const SelectionButton = selection.Part;
