/**
 * The first rows of an input as the importers read them, for a person to choose the
 * columns by hand when the importer could not find them by their headers: the pane shows
 * each column with its letter, its header and a value from the rows below it.
 */
import { isBlank } from './cells';
import { visitInput, type HeaderScore, type ImportInput } from './input';
import type { Grid, SourceInfo } from './types';

/**
 * At most `max` non-blank rows from the top; empty when the input is not text at all.
 * `headerScore` is the importer's own (its separator sniffing), so the rows split as it split them.
 */
export function previewRows(input: ImportInput, source: SourceInfo, max = 12, headerScore?: HeaderScore): Grid {
  const rows: Grid = [];
  visitInput(
    input,
    source,
    [],
    (cells) => {
      if (!isBlank(cells)) rows.push(cells.map((c) => c.trim()));
      return rows.length < max;
    },
    headerScore,
  );
  return rows;
}
