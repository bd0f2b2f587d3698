/** Runs the built CLI as a user would: a separate Node process, exit code, stdout and stderr. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
const BIN = resolve(ROOT, 'bin', 'factuurcheck.cjs');

/**
 * The bundle is built once by the global setup (test/support/global-setup.ts), so the tests
 * run what `npx factuurcheck` runs; here we only make sure it is there.
 */
export function buildCli(): void {
  if (!existsSync(resolve(ROOT, 'dist', 'cli', 'factuurcheck.cjs'))) {
    throw new Error('dist/cli/factuurcheck.cjs is missing: the vitest global setup builds it (npm run build:cli)');
  }
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd = ROOT): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, FACTUURCHECK_DEBUG: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
