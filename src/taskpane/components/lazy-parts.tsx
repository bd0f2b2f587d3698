/**
 * Parts of the pane that are not on its first screen, each fetched the first time it is
 * shown: the paste box (Fluent's Textarea), the column choices (Select), the Excel-only
 * 'use selection' button with its tooltip (Tooltip and its positioning), and the body of
 * step 4. Every open of the pane fetches the first screen's code (issue #14's
 * paneInitialJsBytes); these wait until a user asks for them. Each chunk is a few kB from
 * the pane's own origin, so the part appears at once; meanwhile the place stays empty, or
 * (the selection button) shows the plain button without its tooltip.
 */
import { Button } from '@fluentui/react-components';
import { lazy, Suspense, type ComponentProps, type ReactNode } from 'react';
import type { ColumnMapping as ColumnMappingPart } from './ColumnMapping';
import type { PastePanel as PastePanelPart } from './PastePanel';
import type { SelectionButtonProps } from './SelectionButton';
import type { YearBody as YearBodyPart } from '../year/YearBody';

const Paste = lazy(() => import(/* webpackChunkName: "paste-panel" */ './PastePanel').then((m) => ({ default: m.PastePanel })));
const Mapping = lazy(() => import(/* webpackChunkName: "column-mapping" */ './ColumnMapping').then((m) => ({ default: m.ColumnMapping })));
const Selection = lazy(() => import(/* webpackChunkName: "selection-button" */ './SelectionButton').then((m) => ({ default: m.SelectionButton })));
const Year = lazy(() => import(/* webpackChunkName: "year-body" */ '../year/YearBody').then((m) => ({ default: m.YearBody })));

const whenLoaded = (part: ReactNode, meanwhile: ReactNode = null) => <Suspense fallback={meanwhile}>{part}</Suspense>;

export const PastePanel = (props: ComponentProps<typeof PastePanelPart>) => whenLoaded(<Paste {...props} />);
export const ColumnMapping = (props: ComponentProps<typeof ColumnMappingPart>) => whenLoaded(<Mapping {...props} />);
export const YearBody = (props: ComponentProps<typeof YearBodyPart>) => whenLoaded(<Year {...props} />);
/** Meanwhile the same button without its tooltip, so the first screen in Excel is whole. */
export const SelectionButton = (props: SelectionButtonProps) =>
  whenLoaded(
    <Selection {...props} />,
    <Button size={props.size} disabled={props.disabled} onClick={props.onClick}>
      {props.text}
    </Button>,
  );
