import type { Texts } from './define';
import type { locationNl } from './location.nl';

/** Where a problem is, before its text: 'file.csv, page 3, row 12, column F (Count): …'. */
export const locationEn: Texts<keyof typeof locationNl> = {
  'location.page': 'page {n}',
  'location.row': 'row {n}',
  'location.column': 'column {n}',
};
