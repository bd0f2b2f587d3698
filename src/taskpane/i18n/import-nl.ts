/**
 * The Dutch texts of the pane's one import (files, paste, selection) for every kind of
 * report, merged into nl.ts with one spread. The 'problem.import.*' keys replace the
 * engine's own text for a code where that advises something the pane cannot offer
 * everywhere ('gebruik de selectie' means nothing outside Excel).
 */
export const importNl = {
  'import.readingBytes': '{file}: {loaded} van {total} MB gelezen…',
  'import.cancelled': 'Inlezen geannuleerd.',
  'import.tooLarge': '{file} is te groot ({size} MB); het maximum is {max} MB.',
  'import.readError': '{file} kon niet worden gelezen: {reason}',
  'import.crash': '{file} kon niet worden gelezen door een interne fout: {reason}',

  'problem.import.zip': 'Dit is een Excel-werkmap of een ander gecomprimeerd bestand dat hier niet gelezen kan worden. Sla het in Excel op als CSV en kies dat bestand.',
  'problem.import.xls': 'Dit is een oud Excel-bestand (.xls). Sla het in Excel op als .xlsx of CSV en kies dat bestand.',
} as const;
