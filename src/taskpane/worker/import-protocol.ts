/** Messages between the pane and the import worker; plain data, so structured clone carries them. */
import type { Grid, SourceInfo } from '../../domain/imports/types';
import type { Result } from '../../domain/problems';
import type { ImportInput, ImportKind, KindOptions, KindValue } from '../imports/import-kinds';

/** One import of any kind: the worker reads it as that kind of report. */
export type ImportJob = { [K in ImportKind]: { kind: K; input: ImportInput; source: SourceInfo; options: KindOptions<K> } }[ImportKind];

export type ImportJobMessage = ImportJob & { id: number };

export type WorkerReply =
  | { id: number; type: 'started' }
  /** `preview`: the first rows of a file whose columns could not be found, to choose them by hand. */
  | { id: number; type: 'result'; result: Result<KindValue<ImportKind>>; preview?: Grid; ms: number }
  /** The importer threw: a bug, never the user's fault; reported, not swallowed. */
  | { id: number; type: 'crash'; message: string };
