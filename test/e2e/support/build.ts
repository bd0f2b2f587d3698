/**
 * The pane as the e2e tests and the benchmark load it: a production build (minified, as
 * shipped) with office.js copied next to it, because this machine cannot reach Microsoft's
 * CDN and the tests assert that the page never leaves its own origin.
 *
 * A build costs 15–50 s on a shared 2-core box, so it is reused while its inputs are the
 * same. "The same" is a hash of their contents, not their times: `npm ci` unpacks packages
 * with the dates of their tarballs, and a checkout can bring back an older file. The
 * installed packages count through node_modules/.package-lock.json, which npm rewrites on
 * every install, so a changed node_modules or webpack config always rebuilds.
 */
import { spawnSync } from 'node:child_process';
import { createHash, type Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');
/**
 * Where the e2e suite puts its screenshots at 350 px. The ones in test/e2e/screenshots/ are
 * kept in git, for a person to look at and to see in a diff what users see change; a run
 * rewrites them only with UPDATE_SCREENSHOTS=1, because some differ run to run (a
 * progress bar caught at another moment), which would leave every test run a dirty tree.
 */
export const SHOTS = process.env.UPDATE_SCREENSHOTS ? join(ROOT, 'test/e2e/screenshots') : join(ROOT, '.tmp/e2e-screenshots');
export const E2E_DIST = join(ROOT, '.tmp', 'e2e-dist');

const BUILD_ARGS = ['--mode', 'production', '--env', 'officeJs=local', '--env', 'outDir=.tmp/e2e-dist', '--env', 'harness'];

/** Everything the build reads, relative to the project root. */
export const BUILD_INPUTS = [
  'src',
  'assets',
  'test/e2e/harness',
  'webpack.config.ts',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'node_modules/.package-lock.json',
];

const STAMP = '.inputs-sha256';

function hashPath(h: Hash, root: string, rel: string): void {
  const path = join(root, rel);
  if (!existsSync(path)) {
    h.update(`${rel}\0missing\0`);
    return;
  }
  if (statSync(path).isDirectory()) {
    for (const e of readdirSync(path).sort()) hashPath(h, root, `${rel}/${e}`);
    return;
  }
  h.update(`${rel}\0`);
  h.update(readFileSync(path));
  h.update('\0');
}

/** A hash of the build's inputs and options. */
export function buildFingerprint(root = ROOT): string {
  const h = createHash('sha256');
  h.update(BUILD_ARGS.join(' '));
  for (const rel of BUILD_INPUTS) hashPath(h, root, rel);
  return h.digest('hex');
}

/** True when `dist` holds a finished build made from inputs with this fingerprint. */
export function buildIsCurrent(dist: string, fingerprint: string): boolean {
  const stamp = join(dist, STAMP);
  return existsSync(join(dist, 'taskpane.html')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint;
}

export function ensureE2eBuild(): string {
  const fingerprint = buildFingerprint();
  if (buildIsCurrent(E2E_DIST, fingerprint) && process.env.E2E_REBUILD !== '1') return E2E_DIST;
  // Removed first and written last, so a build that failed halfway is never taken for a finished one.
  rmSync(join(E2E_DIST, STAMP), { force: true });
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), ...BUILD_ARGS], {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: '--import tsx' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`e2e build failed:\n${r.stdout}\n${r.stderr}`);
  writeFileSync(join(E2E_DIST, STAMP), fingerprint);
  return E2E_DIST;
}
