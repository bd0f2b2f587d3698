/**
 * The column map of one import, of any kind: what its last good read found, the file's
 * first rows when its header could not be read, and (while the file can be read again) the
 * choices, which read it again with the columns pinned. Nothing when there is neither.
 */
import type { ImportKind, KindOptions } from '../imports/import-kinds';
import { COLUMN_ROLES, MISSING_ROLES } from '../imports/column-roles';
import { itemLabel, itemOptions, itemRequest, type ImportItem } from '../imports/import-list';
import type { Columns } from './ColumnMapping';
import { ColumnMapping } from './lazy-parts';

interface Props<K extends ImportKind> {
  kind: K;
  item: ImportItem<K>;
  /** Columns this use needs though the report may lack them (G in last year's export). */
  needed?: readonly string[];
  onReread: (options: KindOptions<K>) => void;
}

export function ItemColumns<K extends ImportKind>({ kind, item, needed, onReread }: Props<K>) {
  const value = item.last?.value ?? null;
  if (!value && !item.preview) return null;
  const options = itemOptions(item);
  const pinned = (options as { columns?: Partial<Columns> }).columns;
  // An import restored from the workbook has no file to read again: its columns are shown, not changed.
  const reread = itemRequest(item) !== null;
  // The columns the error names are asked for; the rest the importer finds once those are known.
  const missing = item.error?.kind === 'problem' ? (MISSING_ROLES[item.error.problem.code] ?? []) : [];
  const asked = [...(needed ?? []), ...missing];
  return (
    <ColumnMapping
      roles={COLUMN_ROLES[kind]}
      found={value ? { headers: value.headers, columns: value.columns, foundBy: value.columnsFoundBy, headerRow: value.headerRow } : null}
      preview={item.preview}
      pinned={pinned}
      needed={asked}
      fileLabel={itemLabel(item)}
      {...(reread ? { onChange: (columns: Partial<Columns>) => onReread({ ...options, columns } as KindOptions<K>) } : {})}
    />
  );
}
