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
import { z } from 'zod';
import { MAX_COUNT } from '../../domain/imports/counts';
import type { DossierEmployer, DossierExport, DossierImportOptions } from '../../domain/imports/types';
import type { Problem } from '../../domain/problems';
import { MAX_STORED_WARNINGS, problemFromStored, problemToStored, storable, storedProblemSchema, storedSourceSchema } from './stored-input';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const columnIndex = z.number().int().min(0).max(16_383);
const count = z.number().int().min(0).max(MAX_COUNT);
const sheetRow = z.number().int().min(0).max(1_048_576);
const ROLES = ['employerNumber', 'employerName', 'employerDossiers', 'employeeDossiers', 'inactiveDossiers', 'activeDossiers', 'peildatum'] as const;

const columnMap = z
  .object({
    employerNumber: columnIndex,
    employerName: columnIndex.nullable(),
    employerDossiers: columnIndex.nullable(),
    employeeDossiers: columnIndex,
    inactiveDossiers: columnIndex.nullable(),
    activeDossiers: columnIndex.nullable(),
    peildatum: columnIndex.nullable(),
  })
  .strict();

/** The overrides the user chose (DossierImportOptions): per role a column, or null for 'none'. */
export const dossierOptionsSchema = z.object({ columns: columnMap.partial().strict().optional(), peildatum: isoDate.optional() }).strict();

const employerColumns = z
  .object({
    number: z.array(z.string().min(1).max(100)),
    name: z.array(z.string().max(1_000)),
    employerDossiers: z.array(count),
    employeeDossiers: z.array(count),
    inactiveDossiers: z.array(count),
    /** Only when the export has an 'actieve werknemersdossiers' column; null where a row left it empty. */
    activeDossiers: z.array(count.nullable()).optional(),
    sourceRow: z.array(sheetRow),
  })
  .strict()
  .refine((c) => Object.values(c).every((col) => col.length === c.number.length), 'employer columns of unequal length');

export const storedDossiersSchema = z
  .object({
    kind: z.literal('dossiers'),
    source: storedSourceSchema,
    options: dossierOptionsSchema,
    peildatum: isoDate.nullable(),
    peildatumFrom: z.enum(['title', 'column', 'filename', 'user']).nullable(),
    headerRow: sheetRow,
    headers: z.array(z.string().max(1_000)).max(16_384),
    columns: columnMap,
    columnsFoundBy: z.partialRecord(z.enum(ROLES), z.enum(['header', 'letter', 'user'])),
    hasInactiveColumn: z.boolean(),
    totals: z.object({ sourceRow: sheetRow, employerDossiers: count.optional(), employeeDossiers: count.optional(), inactiveDossiers: count.optional() }).strict().nullable(),
    encoding: z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252']).optional(),
    delimiter: z.enum([';', ',', '\t']).optional(),
    employers: employerColumns,
    warnings: z.array(storedProblemSchema).max(MAX_STORED_WARNINGS),
  })
  .strict();
export type StoredDossiers = z.infer<typeof storedDossiersSchema>;

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
