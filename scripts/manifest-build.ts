/**
 * Writes dist/manifest.xml for production: manifest.xml with the development address
 * (https://localhost:3000/) replaced by FACTUURCHECK_URL, then checked offline. Part of
 * `npm run build`; fails the build when the result would not pass.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_PROD_BASE_URL, checkManifestFile, productionManifest } from './manifest-checks';

const root = resolve(__dirname, '..');
const outDir = resolve(root, process.argv[2] ?? 'dist');
const base = process.env.FACTUURCHECK_URL ?? DEFAULT_PROD_BASE_URL;
if (!process.env.FACTUURCHECK_URL) {
  console.warn(`manifest: FACTUURCHECK_URL is not set; using the placeholder ${DEFAULT_PROD_BASE_URL}. Set it to where dist/ is hosted.`);
}

async function main() {
  const xml = productionManifest(readFileSync(join(root, 'manifest.xml'), 'utf8'), base);
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, 'manifest.xml');
  writeFileSync(out, xml);
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
  const errors = await checkManifestFile(out, { production: true, assetsDir: join(root, 'assets'), packageVersion: version });
  if (errors.length) {
    console.error(`manifest: ${out} is not valid:\n  ${errors.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`manifest: wrote ${out} for ${base}`);
}

void main();
