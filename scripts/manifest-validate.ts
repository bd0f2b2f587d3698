/**
 * `npm run validate`: checks manifest.xml (and dist/manifest.xml when built) offline, then
 * asks Microsoft's validation service as well when it can be reached. Offline, that second
 * step is skipped with a note; it is not an error, because the offline checks still ran.
 */
import { existsSync, readFileSync } from 'node:fs';
import { connect } from 'node:tls';
import { join, resolve } from 'node:path';
import { validateManifest } from 'office-addin-manifest';
import { checkManifestFile } from './manifest-checks';

const root = resolve(__dirname, '..');
const SERVICE_HOST = 'validationgateway.omex.office.net';

/** True when a TLS connection to the service opens within the time limit. */
function reachable(host: string, ms = 3000): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host, port: 443, servername: host, timeout: ms }, () => {
      socket.end();
      done(true);
    });
    socket.on('timeout', () => {
      socket.destroy();
      done(false);
    });
    socket.on('error', () => done(false));
  });
}

async function main() {
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
  const assetsDir = join(root, 'assets');
  const targets = [{ path: join(root, 'manifest.xml'), production: false }];
  const built = join(root, 'dist', 'manifest.xml');
  if (existsSync(built)) targets.push({ path: built, production: true });
  else console.log('validate: dist/manifest.xml not built yet (npm run build); checking manifest.xml only');

  let failed = false;
  for (const t of targets) {
    const errors = await checkManifestFile(t.path, { production: t.production, assetsDir, packageVersion: version });
    if (errors.length) {
      failed = true;
      console.error(`✗ ${t.path}:\n  ${errors.join('\n  ')}`);
    } else {
      console.log(`✓ ${t.path}: offline checks passed (${t.production ? 'production' : 'development'})`);
    }
  }

  if (await reachable(SERVICE_HOST)) {
    const result = await validateManifest(join(root, 'manifest.xml'));
    const report = result.report;
    for (const e of report?.errors ?? []) console.error(`  online error: ${e.title}: ${e.content}`);
    for (const w of report?.warnings ?? []) console.warn(`  online warning: ${w.title}: ${w.content}`);
    if (result.isValid) console.log('✓ Microsoft validation service: valid');
    else {
      failed = true;
      console.error(`✗ Microsoft validation service: not valid (${result.status ?? ''} ${result.statusText ?? ''})`);
    }
  } else {
    console.log(`– Microsoft validation service (${SERVICE_HOST}) not reachable: online validation skipped`);
  }
  process.exit(failed ? 1 : 0);
}

void main();
