// Bundles the CLI into one CommonJS file so `factuurcheck` starts fast (no TypeScript
// loader at run time, one file to read). ExcelJS stays external and is loaded only by
// the commands that write a workbook, which keeps `reconcile` close to bare Node start-up.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli/factuurcheck.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['exceljs', 'pdfjs-dist'],
  sourcemap: false,
  minify: false,
  logLevel: 'warning',
});
