/**
 * `npm run bench` — the speed goals of the issues, measured side by side on this machine.
 * Prints a table, or one JSON object with `-- --json`. Figures are medians of several runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generatePair } from './generate-exports';

const root = resolve(__dirname, '..');
const cli = join(root, 'bin', 'factuurcheck.cjs');
const asJson = process.argv.includes('--json');
const log = (s: string) => {
  if (!asJson) process.stderr.write(s + '\n');
};

function timeRun(args: string[], env: Record<string, string> = {}): { ms: number; stdout: string } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, stdout: r.stdout };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function measure(label: string, runs: number, fn: () => number): number {
  fn(); // warm the file cache
  const xs = Array.from({ length: runs }, fn);
  const m = median(xs);
  log(`  ${label}: median ${m.toFixed(0)} ms of ${runs} (${xs.map((x) => x.toFixed(0)).join(', ')})`);
  return m;
}

async function optional<T>(label: string, file: string, fn: (mod: any) => Promise<T> | T): Promise<T | null> {
  if (!existsSync(join(__dirname, file))) {
    log(`  ${label}: not measured (${file} missing)`);
    return null;
  }
  return fn(await import(`./${file}`));
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'fc-bench-'));
  log('Generating a pair of exports with 50 000 employers each …');
  const pair = generatePair(dir, 50_000);
  const results: Record<string, number | null> = {};

  log('reconcile vs. a naive script that only reads both files and sums F and G:');
  const expected = `${pair.sumF} ${pair.sumG} ${pair.sumF - pair.sumG}`;
  results.naive50kMs = measure('naive', 7, () => {
    const r = timeRun([join(__dirname, 'naive-sum.cjs'), pair.current, pair.previous]);
    if (r.stdout.trim() !== expected) throw new Error(`naive sum ${r.stdout} ≠ ${expected}`);
    return r.ms;
  });
  results.reconcile50kMs = measure('reconcile --json', 7, () => {
    const r = timeRun([cli, 'reconcile', '--model', '2', '--current', pair.current, '--previous', pair.previous, '--price', '9,85', '--json']);
    const totals = JSON.parse(r.stdout).totals;
    if (totals.activeEmployeeDossiers !== pair.sumF - pair.sumG) throw new Error('reconcile disagrees with the generator');
    return r.ms;
  });
  results.reconcileToNaiveRatio = Number((results.reconcile50kMs / results.naive50kMs).toFixed(2));

  log('spec (.xlsx) for the same pair:');
  const rssFile = join(dir, 'rss.txt');
  let peakKiB = 0;
  results.spec50kMs = measure('spec', 3, () => {
    const r = timeRun(['--require', join(__dirname, 'rss-report.cjs'), cli, 'spec', '--model', '2', '--current', pair.current, '--previous', pair.previous, '--price', '9,85', '--out', join(dir, 'spec.xlsx')], {
      RSS_REPORT_FILE: rssFile,
    });
    peakKiB = Math.max(peakKiB, Number(readFileSync(rssFile, 'utf8')));
    return r.ms;
  });
  results.spec50kPeakMiB = Math.round(peakKiB / 1024);

  log('reconcile on a 3,000-employer report printed to PDF:');
  const pdf = await optional('PDF import', 'pdf.ts', (m) => m.measurePdf?.());
  if (pdf) {
    log(`  reconcile --current report.pdf (${pdf.pdf3000Pages} pages): median ${pdf.pdf3000Ms} ms`);
    Object.assign(results, pdf);
  }

  const office = await optional('Office.js writer (recording fake)', 'office-writer.ts', (m) => m.measureOfficeWriter?.());
  if (office) Object.assign(results, office);
  const state = await optional('Office.js stored state and selection (recording fake)', 'office-state.ts', (m) => m.measureOfficeState?.());
  if (state) Object.assign(results, state);
  const year = await optional('1,000 employer sheets (.xlsx)', 'year.ts', (m) => m.measureYear?.());
  if (year) results.xlsx1000SheetsMs = year.xlsx1000SheetsMs;
  const fuzz = await optional('fuzzing', 'fuzz.ts', (m) => m.measureFuzz?.());
  if (fuzz) Object.assign(results, fuzz);
  const pane = await optional('task pane download in Chromium', 'pane-download.ts', (m) => m.measurePaneDownload?.());
  if (pane) Object.assign(results, pane);
  log('task pane in Chromium: first render, its JavaScript, 3,000 employer sheets:');
  const paneStart = await optional('task pane start and employer sheets', 'pane-start-sheets.ts', (m) => m.measurePaneStartSheets?.());
  if (paneStart) Object.assign(results, paneStart);

  if (asJson) {
    process.stdout.write(JSON.stringify(results) + '\n');
  } else {
    const goals: Record<string, string> = {
      reconcile50kMs: 'goal ≤ 2.5× naive (#14)',
      reconcileToNaiveRatio: 'goal ≤ 2.5 (#14)',
      spec50kMs: 'goal ≤ 2500 (#14)',
      spec50kPeakMiB: 'goal < 400 (#14)',
      officeSyncs50k: 'goal ≤ 8',
      officeMaxRequestBytes50k: 'goal ≤ 4 MB',
      officeSyncs5k: 'goal ≤ 4',
      officeSyncs1000Sheets: 'goal ≤ 22',
      officeStateBytes50k: 'bytes kept for two exports',
      officeStateMaxRequestBytes50k: 'goal ≤ 4 MiB',
      officeSelectionMaxResponseBytes50k: 'goal ≤ 4 MiB',
      xlsx1000SheetsMs: 'goal < 3000',
      fuzzCases: 'goal ≥ 10000',
      fuzzFailures: 'goal 0',
      paneDownload5kMs: 'goal < 2000',
      pdf3000Ms: 'goal ≤ 5000',
      pdf3000Pages: 'about 110',
      paneInitialJsBytes: "goal ≤ 700000 (#14), the pane's own files",
      paneOfficeJsBytes: "Microsoft's office.js before it (report only)",
      paneInitialJsWithOfficeBytes: 'both together (report only)',
      paneFirstRenderMs: 'report only (#14)',
      paneEmployerSheets3000Ms: 'goal ≤ 5000 (#14)',
    };
    console.log('\nfigure                                  value   goal');
    // Timings are kept exact in --json; the table shows whole milliseconds, ratios to two places.
    const shown = (v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? String(Math.abs(v) >= 100 ? Math.round(v) : Number(v.toFixed(2))) : String(v ?? '—'));
    for (const [k, v] of Object.entries(results)) console.log(`${k.padEnd(34)} ${shown(v).padStart(10)}   ${goals[k] ?? ''}`);
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
