/** Runs the built CLI as a user would: a separate Node process, exit code, stdout and stderr. */
import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
const BIN = resolve(ROOT, 'bin', 'factuurcheck.cjs');

let built = false;
/** Builds the bundle once per test process, so the tests run what `npx factuurcheck` runs. */
export function buildCli(): void {
  if (built) return;
  execFileSync(process.execPath, [resolve(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT, stdio: 'pipe' });
  built = true;
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
