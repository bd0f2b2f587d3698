/**
 * Builds the task pane: dist/taskpane.html, taskpane.js, the import worker, the lazily
 * loaded xlsx writer, icons, and (via scripts/manifest-build.ts) the production manifest.
 *
 * Loaded through tsx (`NODE_OPTIONS=--import=tsx webpack …`), because webpack-cli only
 * knows how to read a .ts config when a TypeScript loader is already registered.
 *
 * --env officeJs=cdn   (default) office.js from Microsoft's CDN, as Office requires.
 * --env officeJs=local copies office.js next to the pane, for tests and offline demos on a
 *                      machine that cannot reach the CDN (the e2e tests must not leave origin).
 * --env outDir=…       another output folder, so an e2e build never overwrites dist/.
 */
import path from 'node:path';
import { readFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import type { Configuration } from 'webpack';
import type { Configuration as DevServerConfiguration } from 'webpack-dev-server';

const ROOT = __dirname;
export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const DEV_PORT = 3000;

interface Env {
  officeJs?: 'cdn' | 'local';
  outDir?: string;
  /** Adds harness.html: the pane with a scripted Excel host, for the e2e tests only. */
  harness?: boolean;
  WEBPACK_SERVE?: boolean;
}

/**
 * The page's Content-Security-Policy. No 'unsafe-eval' anywhere (zod runs jitless for
 * this reason: src/domain/zod-config.ts). Styles allow 'unsafe-inline' because Fluent
 * UI's Griffel inserts <style> elements at run time; scripts never do.
 */
export function contentSecurityPolicy(opts: { officeJs: 'cdn' | 'local'; devServer: boolean }): string {
  const office = opts.officeJs === 'cdn' ? ' https://appsforoffice.microsoft.com' : '';
  // office.js opens its own logging frame on this origin after 3 s. Inside Office that is
  // Office's business; the local (offline, e2e) build blocks it, so nothing leaves the page.
  const officeFrames = opts.officeJs === 'cdn' ? `${office} https://telemetryservice.firstpartyapps.oaspapps.com` : '';
  // The dev server's live-reload socket; never in a production build.
  const devSocket = opts.devServer ? ` wss://localhost:${DEV_PORT} ws://localhost:${DEV_PORT}` : '';
  return [
    "default-src 'self'",
    `script-src 'self'${office}`,
    "worker-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${office}${devSocket}`,
    `frame-src 'self'${officeFrames}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** office-addin-dev-certs' certificate when a developer installed it (Excel trusts it); else webpack's own. */
function devHttps(): DevServerConfiguration['server'] {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const cert = path.join(dir, 'localhost.crt');
  const key = path.join(dir, 'localhost.key');
  if (existsSync(cert) && existsSync(key)) {
    return { type: 'https', options: { cert: readFileSync(cert), key: readFileSync(key), ca: readFileSync(path.join(dir, 'ca.crt')) } };
  }
  return 'https';
}

export default function config(env: Env = {}, argv: { mode?: Configuration['mode'] } = {}): Configuration {
  const mode = argv.mode ?? 'production';
  const production = mode === 'production';
  const devServer = Boolean(env.WEBPACK_SERVE);
  const officeJs = env.officeJs ?? 'cdn';
  const outDir = path.resolve(ROOT, env.outDir ?? 'dist');

  const copies: { from: string; to: string; info?: { minimized: boolean } }[] = [{ from: path.join(ROOT, 'assets', '*.png'), to: 'assets/[name][ext]' }];
  if (officeJs === 'local') {
    // Only what office.js loads in a plain browser tab (itself and its host mapping table);
    // the full package is 86 MB of hosts and locales never needed outside Office.
    for (const file of ['office.js', 'o15apptofilemappingtable.js']) {
      copies.push({ from: path.join(ROOT, 'node_modules/@microsoft/office-js/dist', file), to: `office/${file}`, info: { minimized: true } });
    }
  }

  const conf: Configuration = {
    mode,
    context: ROOT,
    entry: { taskpane: './src/taskpane/index.tsx', ...(env.harness ? { harness: './test/e2e/harness/excel-harness.tsx' } : {}) },
    output: {
      path: outDir,
      filename: '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      // dist/cli/ holds the CLI bundle (scripts/build-cli.mjs); a pane build must not delete it.
      clean: { keep: /^cli[\\/]/ },
    },
    // Never an eval-based source map: the CSP forbids eval, in development too.
    devtool: production ? false : 'source-map',
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type checking is `npm run typecheck`'s job; here it would double the build time.
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: !production } },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        template: './src/taskpane/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        // Office caches task panes hard; the query string makes a new build load.
        hash: true,
        templateParameters: {
          officeJsUrl: officeJs === 'cdn' ? OFFICE_CDN : 'office/office.js',
          csp: contentSecurityPolicy({ officeJs, devServer }),
        },
      }),
      ...(env.harness
        ? [
            new HtmlWebpackPlugin({
              template: './src/taskpane/taskpane.html',
              filename: 'harness.html',
              chunks: ['harness'],
              templateParameters: { officeJsUrl: 'office/office.js', csp: contentSecurityPolicy({ officeJs: 'local', devServer: false }) },
            }),
          ]
        : []),
      new CopyWebpackPlugin({ patterns: copies }),
    ],
    devServer: {
      port: DEV_PORT,
      server: devHttps(),
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
  return conf;
}
