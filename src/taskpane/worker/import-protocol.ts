/** Messages between the pane and the import worker; plain data, so structured clone carries them. */
import type { DossierExport, DossierImportOptions, SourceInfo } from '../../domain/imports/types';
import type { Result } from '../../domain/problems';
import type { ImportInput } from '../state/pane-state';

export interface ImportJobMessage {
  id: number;
  input: ImportInput;
  source: SourceInfo;
  options: DossierImportOptions;
}

export type WorkerReply =
  | { id: number; type: 'started' }
  | { id: number; type: 'result'; result: Result<DossierExport>; ms: number }
  /** The importer threw: a bug, never the user's fault; reported, not swallowed. */
  | { id: number; type: 'crash'; message: string };
