/**
 * Imports never throw at a user (ARCHITECTURE.md). Each importer runs inside this guard, so
 * a bug of ours reaches the task pane or the CLI as a message with the file's name, and
 * never as a crashed pane or half a workbook.
 */
import { error, fail, type Result } from '../problems';
import type { SourceInfo } from './types';

export function guardImport<T>(source: SourceInfo, run: () => Result<T>): Result<T> {
  try {
    return run();
  } catch (e) {
    return fail(error('import.unexpected', { reason: e instanceof Error ? e.message : String(e) }, { file: source.label }));
  }
}
