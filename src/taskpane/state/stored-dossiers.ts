/**
 * A dossier export as the workbook keeps it (stored state version 3): not the file, but
 * the columns per employer the engine uses (number, name, the three counts, and the active
 * count shown beside them), with what the pane shows about the import: where it came from,
 * the peildatum, the header and column map the user saw or chose, the totals row and the
 * warnings. The employers are stored column by column, which gzip packs far better.
 *
 * Anyone can edit a workbook, so what comes back is validated as strictly as an import:
 * whole counts in the importer's range, columns of equal length, known message codes.
 */
import '../../domain/zod-config';
import { array, boolean, enum as enumOf, gte, int, literal, lte, maxLength, minLength, nullable, number, optional, partial, partialRecord, refine, regex, strictObject, string, type output } from 'zod/mini';
import { MAX_COUNT } from '../../domain/imports/counts';
import type { DossierEmployer, DossierExport, DossierImportOptions } from '../../domain/imports/types';
import type { Problem } from '../../domain/problems';
import { MAX_STORED_WARNINGS, problemFromStored, problemToStored, storable, storedProblemSchema, storedSourceSchema } from './stored-input';

const isoDate = string().check(regex(/^\d{4}-\d{2}-\d{2}$/));
const columnIndex = number().check(int(), gte(0), lte(16_383));
const count = number().check(int(), gte(0), lte(MAX_COUNT));
const sheetRow = number().check(int(), gte(0), lte(1_048_576));
const ROLES = ['employerNumber', 'employerName', 'employerDossiers', 'employeeDossiers', 'inactiveDossiers', 'activeDossiers', 'peildatum'] as const;

const columnMap = strictObject({
  employerNumber: columnIndex,
  employerName: nullable(columnIndex),
  employerDossiers: nullable(columnIndex),
  employeeDossiers: columnIndex,
  inactiveDossiers: nullable(columnIndex),
  activeDossiers: nullable(columnIndex),
  peildatum: nullable(columnIndex),
});

/** The overrides the user chose (DossierImportOptions): per role a column, or null for 'none'. */
export const dossierOptionsSchema = strictObject({ columns: optional(partial(columnMap)), peildatum: optional(isoDate) });

const employerColumns = strictObject({
  number: array(string().check(minLength(1), maxLength(100))),
  name: array(string().check(maxLength(1_000))),
  employerDossiers: array(count),
  employeeDossiers: array(count),
  inactiveDossiers: array(count),
  /** Only when the export has an 'actieve werknemersdossiers' column; null where a row left it empty. */
  activeDossiers: optional(array(nullable(count))),
  sourceRow: array(sheetRow),
}).check(refine((c) => Object.values(c).every((col) => col.length === c.number.length), 'employer columns of unequal length'));

export const storedDossiersSchema = strictObject({
  kind: literal('dossiers'),
  source: storedSourceSchema,
  options: dossierOptionsSchema,
  peildatum: nullable(isoDate),
  peildatumFrom: nullable(enumOf(['title', 'column', 'filename', 'user'])),
  headerRow: sheetRow,
  headers: array(string().check(maxLength(1_000))).check(maxLength(16_384)),
  columns: columnMap,
  columnsFoundBy: partialRecord(enumOf(ROLES), enumOf(['header', 'letter', 'user'])),
  hasInactiveColumn: boolean(),
  totals: nullable(strictObject({ sourceRow: sheetRow, employerDossiers: optional(count), employeeDossiers: optional(count), inactiveDossiers: optional(count) })),
  encoding: optional(enumOf(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'])),
  delimiter: optional(enumOf([';', ',', '\t'])),
  employers: employerColumns,
  warnings: array(storedProblemSchema).check(maxLength(MAX_STORED_WARNINGS)),
});
export type StoredDossiers = output<typeof storedDossiersSchema>;

export function dossiersToStored(exp: DossierExport, warnings: readonly Problem[], options: DossierImportOptions): StoredDossiers {
  const e = exp.employers;
  const hasActive = e.some((x) => x.activeDossiers !== undefined);
  return {
    kind: 'dossiers',
    source: exp.source,
    options,
    peildatum: exp.peildatum,
    peildatumFrom: exp.peildatumFrom,
    headerRow: exp.headerRow,
    headers: exp.headers,
    columns: exp.columns,
    columnsFoundBy: exp.columnsFoundBy,
    hasInactiveColumn: exp.hasInactiveColumn,
    totals: exp.totals,
    ...(exp.encoding ? { encoding: exp.encoding } : {}),
    ...(exp.delimiter ? { delimiter: exp.delimiter } : {}),
    employers: {
      number: e.map((x) => x.number),
      name: e.map((x) => x.name),
      employerDossiers: e.map((x) => x.employerDossiers),
      employeeDossiers: e.map((x) => x.employeeDossiers),
      inactiveDossiers: e.map((x) => x.inactiveDossiers),
      ...(hasActive ? { activeDossiers: e.map((x) => x.activeDossiers ?? null) } : {}),
      sourceRow: e.map((x) => x.sourceRow),
    },
    warnings: warnings.filter(storable).slice(0, MAX_STORED_WARNINGS).map(problemToStored),
  };
}

export function dossiersFromStored(s: StoredDossiers): { exp: DossierExport; warnings: Problem[]; options: DossierImportOptions } {
  const c = s.employers;
  const employers = c.number.map((number, i): DossierEmployer => {
    const active = c.activeDossiers?.[i];
    return {
      number,
      name: c.name[i]!,
      employerDossiers: c.employerDossiers[i]!,
      employeeDossiers: c.employeeDossiers[i]!,
      inactiveDossiers: c.inactiveDossiers[i]!,
      ...(active !== undefined && active !== null ? { activeDossiers: active } : {}),
      sourceRow: c.sourceRow[i]!,
    };
  });
  const exp: DossierExport = {
    kind: 'loket-dossiers',
    source: s.source,
    peildatum: s.peildatum,
    peildatumFrom: s.peildatumFrom,
    headerRow: s.headerRow,
    headers: s.headers,
    columns: s.columns,
    columnsFoundBy: s.columnsFoundBy,
    hasInactiveColumn: s.hasInactiveColumn,
    employers,
    totals: s.totals,
    ...(s.encoding ? { encoding: s.encoding } : {}),
    ...(s.delimiter ? { delimiter: s.delimiter } : {}),
  };
  return { exp, warnings: s.warnings.map(problemFromStored), options: s.options };
}
