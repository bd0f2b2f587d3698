/**
 * The pane as the e2e tests and the benchmark load it: a production build (minified, as
 * shipped) with office.js copied next to it, because this machine cannot reach Microsoft's
 * CDN and the tests assert that the page never leaves its own origin. Rebuilt only when a
 * source is newer than the last build, since a build costs 15–50 s on a shared 2-core box.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');
export const E2E_DIST = join(ROOT, '.tmp', 'e2e-dist');

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let m = 0;
  for (const e of readdirSync(path)) m = Math.max(m, newest(join(path, e)));
  return m;
}

export function ensureE2eBuild(): string {
  const built = join(E2E_DIST, 'taskpane.html');
  const inputs = Math.max(newest(join(ROOT, 'src')), newest(join(ROOT, 'assets')), newest(join(ROOT, 'webpack.config.ts')), newest(join(ROOT, 'test/e2e/harness')), newest(join(ROOT, 'package-lock.json')));
  if (existsSync(built) && statSync(built).mtimeMs > inputs && process.env.E2E_REBUILD !== '1') return E2E_DIST;
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production', '--env', 'officeJs=local', '--env', 'outDir=.tmp/e2e-dist', '--env', 'harness'],
    { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '--import tsx' }, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`e2e build failed:\n${r.stdout}\n${r.stderr}`);
  return E2E_DIST;
}
