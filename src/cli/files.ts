import { readFileSync } from 'node:fs';
import { error, fail, ok, type Result } from '../domain/problems';

/** Reads a file the user named; a missing or unreadable file is a message, not a stack trace. */
export function readBytes(path: string): Result<Uint8Array> {
  try {
    return ok(readFileSync(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail(error('cli.fileNotFound', { file: path }));
    return fail(error('cli.fileUnreadable', { file: path, reason: code ?? String(e) }));
  }
}
