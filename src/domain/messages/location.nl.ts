import type { Texts } from './define';

/** Where a problem is, before its text: 'bestand.csv, pagina 3, rij 12, kolom F (Aantal): …' (problems.ts, withLocation). */
export const locationNl = {
  'location.page': 'pagina {n}',
  'location.row': 'rij {n}',
  'location.column': 'kolom {n}',
} satisfies Texts;
