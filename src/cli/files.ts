/**
 * The files a user names: reading them, and where and how the CLI writes. --out must
 * point into a folder that exists (a typo never creates folders), and every write goes
 * through a temporary file, so a failure never leaves half a file where the user looks.
 */
import { readFileSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fail, ok, type Problem, type Result } from '../domain/problems';
import type { WorkbookPlan } from '../domain/spec/plan';
import { cliError } from './problem';

/** Reads a file the user named; a missing or unreadable file is a message, not a stack trace. */
export function readBytes(path: string): Result<Uint8Array> {
  try {
    return ok(readFileSync(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail(cliError('cli.fileNotFound', { file: path }));
    return fail(cliError('cli.fileUnreadable', { file: path, reason: code ?? String(e) }));
  }
}

export interface OutPath {
  path: string;
  /** No --out was given: the path is our default name in the current folder. */
  defaulted: boolean;
}

const statOf = (path: string): Stats | undefined => statSync(path, { throwIfNoEntry: false });

/** Where to write: --out as given, in a folder that exists; without --out, `fallback` in the current folder. */
export function outPath(given: string | undefined, fallback: string): Result<OutPath> {
  const path = resolve(given ?? fallback);
  const folder = dirname(path);
  const folderStat = statOf(folder);
  if (!folderStat) return fail(cliError('cli.outFolderMissing', { folder }));
  if (!folderStat.isDirectory()) return fail(cliError('cli.outNotAFolder', { folder }));
  if (statOf(path)?.isDirectory()) return fail(cliError('cli.outIsFolder', { file: path, example: join(path, basename(fallback)) }));
  return ok({ path, defaulted: given === undefined });
}

const writeFailed = (file: string, e: unknown): Problem =>
  cliError('cli.writeFailed', { file, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message });

/** Writes bytes through a temporary file renamed on success. */
export function writeFileAtomically(path: string, bytes: Uint8Array): Result<true> {
  const tmp = `${path}.${process.pid}.partial`;
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
    return ok(true);
  } catch (e) {
    rmSync(tmp, { force: true });
    return fail(writeFailed(path, e));
  }
}

/** Writes a workbook plan as .xlsx (the writer renames a temporary file on success). */
export async function writeWorkbook(plan: WorkbookPlan, path: string): Promise<Result<true>> {
  // Loaded only here: ExcelJS is large, and a command that writes no workbook should start fast.
  const { writeXlsxFile } = await import('../writers/xlsx-file-writer');
  try {
    await writeXlsxFile(plan, path);
    return ok(true);
  } catch (e) {
    return fail(writeFailed(path, e));
  }
}
