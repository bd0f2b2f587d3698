/**
 * The Dutch texts of the pane's one import (files, paste, selection) for every kind of
 * report, merged into nl.ts with one spread.
 */
export const importNl = {
  'import.readingBytes': '{file}: {loaded} van {total} MB gelezen…',
  'import.cancelled': 'Inlezen geannuleerd.',
  'import.tooLarge': '{file} is te groot ({size} MB); het maximum is {max} MB.',
  'import.readError': '{file} kon niet worden gelezen: {reason}',
  'import.crash': '{file} kon niet worden gelezen door een interne fout: {reason}',
} as const;
