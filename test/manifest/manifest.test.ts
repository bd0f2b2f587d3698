import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROD_BASE_URL, checkManifestFile, checkManifestText, pngSize, productionManifest } from '../../scripts/manifest-checks';
import { contentSecurityPolicy } from '../../webpack.config';

const root = join(__dirname, '../..');
const devXml = readFileSync(join(root, 'manifest.xml'), 'utf8');
const packageVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
const opts = (production: boolean) => ({ production, assetsDir: join(root, 'assets'), packageVersion });

describe('manifest.xml (development)', () => {
  it('passes the offline checks, also as read by office-addin-manifest', async () => {
    expect(checkManifestText(devXml, opts(false))).toEqual([]);
    expect(await checkManifestFile(join(root, 'manifest.xml'), opts(false))).toEqual([]);
  });

  it('catches what it must catch', () => {
    const broken: [string, string, RegExp][] = [
      [devXml.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadDocument</Permissions>'), 'permissions', /ReadWriteDocument/],
      [devXml.replace('<Host Name="Workbook"/>', '<Host Name="Document"/>'), 'hosts', /Workbook/],
      [devXml.replace('MinVersion="1.12"', 'MinVersion="1.1"'), 'requirements', /ExcelApi 1\.12/],
      [devXml.replace('icon-80.png', 'icon-81.png'), 'icon file', /icon-81\.png does not exist/],
      [devXml.replace('<Version>0.1.0.0</Version>', '<Version>0.2</Version>'), 'version', /Version/],
      [devXml.replace(/<bt:Override Locale="nl-NL" Value="Factuurcheck staat klaar"\/>/, ''), 'Dutch text', /GetStarted\.Title needs an nl-NL Override/],
      [devXml.replace('resid="Button.Tooltip"', 'resid="Button.Missing"'), 'resid', /Button\.Missing is not defined/],
      [devXml.replace('<OfficeTab id="TabHome">', '<OfficeTab id="TabData">'), 'Home tab', /Home tab/],
    ];
    for (const [xml, what, message] of broken) {
      const errors = checkManifestText(xml, opts(false));
      expect(errors.join('\n'), what).toMatch(message);
    }
  });

  it('has icons of 16, 32, 64 and 80 px as real PNG files', () => {
    for (const size of [16, 32, 64, 80]) {
      expect(pngSize(readFileSync(join(root, 'assets', `icon-${size}.png`)))).toEqual({ width: size, height: size });
    }
  });
});

describe('production manifest', () => {
  const prod = productionManifest(devXml, 'https://factuurcheck.voorbeeld.nl/pane');

  it('has no localhost (or any local) URL, and every URL on the production host', () => {
    expect(prod).not.toMatch(/localhost|127\.0\.0\.1/i);
    const urls = [...prod.matchAll(/="(https?:\/\/[^"]+)"/g)].map((m) => m[1]!).filter((u) => !u.startsWith('http://schemas.') && !u.startsWith('http://www.w3.org'));
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith('https://factuurcheck.voorbeeld.nl/pane/')).toBe(true);
    expect(checkManifestText(prod, opts(true))).toEqual([]);
  });

  it('refuses a local URL when checked as production, and a plain http address', () => {
    expect(checkManifestText(devXml, opts(true)).join('\n')).toMatch(/must not point at this machine/);
    expect(() => productionManifest(devXml, 'http://insecure.example')).toThrow(/https/);
  });

  it('dist/manifest.xml, when built, is the production one', async () => {
    const built = join(root, 'dist', 'manifest.xml');
    if (!existsSync(built)) return;
    const xml = readFileSync(built, 'utf8');
    expect(xml).not.toMatch(/localhost/i);
    expect(await checkManifestFile(built, opts(true))).toEqual([]);
    expect(DEFAULT_PROD_BASE_URL).toMatch(/^https:\/\//);
  });
});

describe('Content-Security-Policy of taskpane.html', () => {
  it('never allows eval, and names no third party except Office', () => {
    for (const officeJs of ['cdn', 'local'] as const) {
      for (const devServer of [false, true]) {
        const csp = contentSecurityPolicy({ officeJs, devServer });
        expect(csp).not.toMatch(/unsafe-eval/);
        expect(/script-src ([^;]*)/.exec(csp)![1]).not.toMatch(/unsafe-inline/);
        const origins = [...csp.matchAll(/(?:https?|wss?):\/\/[^\s;]+/g)].map((m) => new URL(m[0]).hostname);
        for (const h of origins) expect(['appsforoffice.microsoft.com', 'telemetryservice.firstpartyapps.oaspapps.com', 'localhost']).toContain(h);
        if (!devServer) expect(origins).not.toContain('localhost');
        if (officeJs === 'local' && !devServer) expect(origins).toEqual([]);
      }
    }
  });
});
