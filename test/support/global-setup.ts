/**
 * Builds the CLI bundle once before any test file runs. Test files run in parallel
 * processes; if each rebuilt dist/cli/ itself, one could execute the bundle while another
 * is rewriting it.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export default function setup(): void {
  const root = resolve(__dirname, '..', '..');
  execFileSync(process.execPath, [resolve(root, 'scripts', 'build-cli.mjs')], { cwd: root, stdio: 'inherit' });
}
