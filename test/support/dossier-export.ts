/**
 * Builds typed exports directly, for rule tests that must not depend on the CSV importer.
 */
import type { DossierExport } from '../../src/domain/imports/types';

export type Row = [number: string, name: string, employerDossiers: number, f: number, g: number];

export function dossierExport(label: string, peildatum: string | null, rows: Row[], hasInactiveColumn = true): DossierExport {
  return {
    kind: 'loket-dossiers',
    source: { label, fileName: label },
    peildatum,
    peildatumFrom: peildatum ? 'title' : null,
    headerRow: 4,
    headers: ['Werkgeversnummer', 'Naam', '', '', 'Werkgeversdossier', 'Aantalwerknemersdossier', 'Inactief'],
    columns: { employerNumber: 0, employerName: 1, employerDossiers: 4, employeeDossiers: 5, inactiveDossiers: hasInactiveColumn ? 6 : null, activeDossiers: null, peildatum: null },
    columnsFoundBy: {},
    hasInactiveColumn,
    employers: rows.map(([number, name, employerDossiers, employeeDossiers, inactiveDossiers], i) => ({
      number,
      name,
      employerDossiers,
      employeeDossiers,
      inactiveDossiers,
      sourceRow: 5 + i,
    })),
    totals: null,
  };
}
