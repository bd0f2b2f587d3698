/**
 * Offline checks of the add-in manifest. Microsoft's validator is a web service, so it
 * cannot run here; these assert what the issue requires of our manifest, and tests and
 * `npm run validate` share them. The XML is parsed by office-addin-manifest
 * (readManifestFile) for the basics and read as text for the rest: the manifest is ours
 * and small, and its structure is fixed by Office's schema.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OfficeAddinManifest } from 'office-addin-manifest';

export const DEV_BASE_URL = 'https://localhost:3000/';
/** An obviously reserved host (RFC 2606) until the real hosting address is known. */
export const DEFAULT_PROD_BASE_URL = 'https://factuurcheck.example.com/';
export const REQUIRED_EXCEL_API = '1.12';

export interface CheckOptions {
  production: boolean;
  /** Where the icon files are, to check that each icon URL points at a real PNG of that size. */
  assetsDir: string;
  /** package.json's version; the manifest's is the same with a fourth part. */
  packageVersion: string;
}

/** The production manifest: the same text with the development address replaced. */
export function productionManifest(devXml: string, baseUrl: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  if (!/^https:\/\//.test(base)) throw new Error(`production URL must be https: ${baseUrl}`);
  return devXml
    .replaceAll(DEV_BASE_URL, base)
    .replace(/<!--[\s\S]*?-->\s*/, `<!-- Production manifest, written by scripts/manifest-build.ts from manifest.xml. -->\n`);
}

const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];

/** Width and height from a PNG's IHDR, or null when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || sig.some((b, i) => bytes[i] !== b) || bytes.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Problems found in the text alone (no file parsing): returns human-readable errors. */
export function checkManifestText(xml: string, opts: CheckOptions): string[] {
  const errors: string[] = [];
  const need = (cond: boolean, msg: string) => {
    if (!cond) errors.push(msg);
  };

  need(/xsi:type="TaskPaneApp"/.test(xml), 'not a TaskPaneApp manifest');
  need(/<Host Name="Workbook"\s*\/>/.test(xml), 'Hosts must contain <Host Name="Workbook"/>');
  need(/<Permissions>ReadWriteDocument<\/Permissions>/.test(xml), 'Permissions must be ReadWriteDocument');
  need(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/i.test(xml), 'Id must be a GUID');

  const version = /<Version>([^<]*)<\/Version>/.exec(xml)?.[1];
  need(version !== undefined && /^\d+\.\d+\.\d+\.\d+$/.test(version), `Version must be n.n.n.n, is ${version}`);
  need(version === `${opts.packageVersion}.0`, `Version ${version} must match package.json ${opts.packageVersion} (+ '.0')`);

  const req = /<Requirements>[\s\S]*?<\/Requirements>/.exec(xml)?.[0] ?? '';
  need(new RegExp(`<Set Name="ExcelApi" MinVersion="${REQUIRED_EXCEL_API.replace('.', '\\.')}"\\s*/>`).test(req), `Requirements must ask for ExcelApi ${REQUIRED_EXCEL_API}`);

  const source = /<SourceLocation DefaultValue="([^"]*)"/.exec(xml)?.[1];
  need(!!source && /^https:\/\/[^/]+\/.*taskpane\.html$/.test(source), `SourceLocation must be an https URL of taskpane.html, is ${source}`);

  // Ribbon: a button on the Home tab that opens the task pane.
  need(/<OfficeTab id="TabHome">/.test(xml), 'the ribbon button must be on the Home tab (TabHome)');
  need(/<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="([^"]+)"/.test(xml), 'the button must open the task pane (ShowTaskpane)');

  // Every resid used must be defined.
  const defined = new Set([...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]!));
  for (const m of xml.matchAll(/resid="([^"]+)"/g)) need(defined.has(m[1]!), `resid ${m[1]} is not defined in Resources`);

  // Dutch texts for everything a user reads.
  need(/<DisplayName[^>]*>\s*<Override Locale="nl-NL" Value="[^"]+"\s*\/>/.test(xml), 'DisplayName needs an nl-NL Override');
  need(/<Description[^>]*>\s*<Override Locale="nl-NL" Value="[^"]+"\s*\/>/.test(xml), 'Description needs an nl-NL Override');
  for (const m of xml.matchAll(/<bt:String id="([^"]+)"[^>]*?(\/>|>([\s\S]*?)<\/bt:String>)/g)) {
    need(/<bt:Override Locale="nl-NL" Value="[^"]+"/.test(m[3] ?? ''), `string ${m[1]} needs an nl-NL Override`);
  }

  // Addresses: all https; development ones on the dev server, production ones never local.
  const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]*)"/g)].map((m) => m[1]!);
  for (const u of urls) {
    need(u.startsWith('https://'), `URL must be https: ${u}`);
    if (opts.production) need(!/\/\/(localhost|127\.0\.0\.1|\[::1\])[:/]/i.test(u), `production manifest must not point at this machine: ${u}`);
    else need(u.startsWith(DEV_BASE_URL), `development URL must be on ${DEV_BASE_URL}: ${u}`);
  }

  // Icons: the sizes Office asks for, each URL a real PNG of that size in assets/.
  const icons: { url: string | undefined; size: number; what: string }[] = [
    { url: /<IconUrl DefaultValue="([^"]*)"/.exec(xml)?.[1], size: 32, what: 'IconUrl' },
    { url: /<HighResolutionIconUrl DefaultValue="([^"]*)"/.exec(xml)?.[1], size: 64, what: 'HighResolutionIconUrl' },
  ];
  for (const m of xml.matchAll(/<bt:Image id="([^"]+)"[^>]*\/>/g)) {
    const size = Number(/(\d+)$/.exec(m[1]!)?.[1]);
    icons.push({ url: attr(m[0], 'DefaultValue'), size, what: `bt:Image ${m[1]}` });
  }
  const ribbonSizes = new Set([...xml.matchAll(/<bt:Image size="(\d+)"/g)].map((m) => Number(m[1])));
  for (const s of [16, 32, 80]) need(ribbonSizes.has(s), `ribbon icons need size ${s}`);
  for (const icon of icons) {
    const file = icon.url ? /\/assets\/([^/?#]+\.png)$/.exec(icon.url)?.[1] : undefined;
    if (!file) {
      errors.push(`${icon.what} must point at assets/*.png, is ${icon.url}`);
      continue;
    }
    const path = join(opts.assetsDir, file);
    if (!existsSync(path)) {
      errors.push(`${icon.what}: ${path} does not exist`);
      continue;
    }
    const size = pngSize(readFileSync(path));
    need(size !== null, `${icon.what}: ${file} is not a PNG`);
    if (size) need(size.width === icon.size && size.height === icon.size, `${icon.what}: ${file} is ${size.width}×${size.height}, must be ${icon.size}×${icon.size}`);
  }
  return errors;
}

/** Parses the file with office-addin-manifest too (it throws on XML it cannot read). */
export async function checkManifestFile(path: string, opts: CheckOptions): Promise<string[]> {
  const errors = checkManifestText(readFileSync(path, 'utf8'), opts);
  try {
    const info = await OfficeAddinManifest.readManifestFile(path);
    if (info.officeAppType !== 'TaskPaneApp') errors.push(`office-addin-manifest reads type ${info.officeAppType}`);
    if (!info.hosts?.includes('Workbook')) errors.push(`office-addin-manifest reads hosts ${info.hosts?.join(', ')}`);
    if (info.permissions !== 'ReadWriteDocument') errors.push(`office-addin-manifest reads permissions ${info.permissions}`);
    if (!info.defaultSettings?.sourceLocation) errors.push('office-addin-manifest finds no SourceLocation');
  } catch (e) {
    errors.push(`office-addin-manifest cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return errors;
}
