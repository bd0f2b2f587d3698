/**
 * The e2e build is reused only while its inputs are unchanged: a new node_modules or
 * webpack config rebuilds it, a file merely touched does not. Runs on a small fake project
 * in a temporary folder, so no webpack build is needed.
 */
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildFingerprint, buildIsCurrent } from './build';

let root: string;
const put = (rel: string, text: string) => {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), text);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'fc-e2e-cache-'));
  put('src/taskpane/index.tsx', 'export {};\n');
  put('webpack.config.ts', 'export default {};\n');
  put('package-lock.json', '{"lockfileVersion":3}\n');
  put('node_modules/.package-lock.json', '{"packages":{"node_modules/react":{"version":"19.0.0"}}}\n');
});

describe('the e2e build cache', () => {
  it('is the same for the same inputs, even when a file is only touched', () => {
    const before = buildFingerprint(root);
    const future = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'src/taskpane/index.tsx'), future, future);
    expect(buildFingerprint(root)).toBe(before);
  });

  it('changes when npm installs other packages (node_modules/.package-lock.json)', () => {
    const before = buildFingerprint(root);
    put('node_modules/.package-lock.json', '{"packages":{"node_modules/react":{"version":"19.1.0"}}}\n');
    expect(buildFingerprint(root)).not.toBe(before);
  });

  it('changes when the webpack config, the lockfile or a source changes, or a source is added', () => {
    const seen = new Set([buildFingerprint(root)]);
    put('webpack.config.ts', 'export default { mode: "production" };\n');
    seen.add(buildFingerprint(root));
    put('package-lock.json', '{"lockfileVersion":3,"packages":{}}\n');
    seen.add(buildFingerprint(root));
    put('src/taskpane/new.ts', 'export const x = 1;\n');
    seen.add(buildFingerprint(root));
    expect(seen.size).toBe(4);
  });

  it('reuses a build only when it finished with the same fingerprint', () => {
    const dist = join(root, '.tmp', 'e2e-dist');
    const f = buildFingerprint(root);
    expect(buildIsCurrent(dist, f)).toBe(false);
    put('.tmp/e2e-dist/taskpane.html', '<!doctype html>');
    expect(buildIsCurrent(dist, f)).toBe(false);
    put('.tmp/e2e-dist/.inputs-sha256', f);
    expect(buildIsCurrent(dist, f)).toBe(true);
    expect(buildIsCurrent(dist, buildFingerprint(root) + 'x')).toBe(false);
  });
});
