// `node scripts/audit.mjs` — guarantee 6 of the trust issue: what ships has no high or
// critical advisory. Runs `npm audit --omit=dev --json` (the runtime dependencies only: what
// the add-in and the CLI bundle), prints one line with the counts per severity, and exits
// 1 on any high or critical advisory.
//
// Offline (registry unreachable) it says so plainly and exits 0 with 'audit not run': CI must
// not fail on the network. Any other failure of npm itself exits 2, so a broken lockfile is
// not mistaken for a clean audit.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SEVERITIES = ['critical', 'high', 'moderate', 'low', 'info'];
const NETWORK = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|socket hang up|network|getaddrinfo|proxy|certificate|self[- ]signed|audit endpoint returned an error|request to .* failed/i;

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = spawnSync(npm, ['audit', '--omit=dev', '--json'], {
  cwd: root,
  encoding: 'utf8',
  timeout: 120_000,
  maxBuffer: 64 * 1024 * 1024,
  env: { ...process.env, npm_config_fund: 'false', npm_config_update_notifier: 'false' },
});

function notRun(reason) {
  console.log(`npm audit --omit=dev: audit not run (${reason}); no advisories were checked`);
  process.exit(0);
}

if (run.error) {
  if (run.error.code === 'ETIMEDOUT') notRun('no answer from the registry within 120 s');
  console.error(`npm audit --omit=dev: could not start npm: ${run.error.message}`);
  process.exit(2);
}

let report;
try {
  report = JSON.parse(run.stdout || '{}');
} catch {
  const text = `${run.stdout}\n${run.stderr}`;
  if (NETWORK.test(text)) notRun(firstLine(text));
  console.error(`npm audit --omit=dev: unreadable output (exit ${run.status}): ${firstLine(text)}`);
  process.exit(2);
}

// npm reports its own failures as { error: { code, summary, detail } }: offline (ENOTFOUND …),
// or a registry or proxy that does not offer the advisory endpoint (then also `statusCode`
// and `message`, e.g. '405 Method Not Allowed - POST …/advisories/bulk').
if (report.error) {
  const said = [report.message, report.error.code, report.error.summary, report.error.detail].filter(Boolean).join(' ');
  const text = `${said} ${run.stderr}`;
  if (typeof report.statusCode === 'number') notRun(`the registry's advisory endpoint answered ${firstLine(report.message ?? report.statusCode)}`);
  if (NETWORK.test(text)) notRun(firstLine(said || run.stderr.split('\n').filter((l) => !/Unknown user config/.test(l)).join('\n')));
  console.error(`npm audit --omit=dev: npm failed: ${firstLine(text)}`);
  process.exit(2);
}

const counts = report.metadata?.vulnerabilities;
if (!counts) {
  console.error(`npm audit --omit=dev: no counts in npm's answer (exit ${run.status})`);
  process.exit(2);
}
const deps = report.metadata?.dependencies;
const scope = deps && typeof deps === 'object' ? ` in ${deps.prod ?? deps.total ?? '?'} production packages` : '';
const summary = SEVERITIES.map((s) => `${s} ${counts[s] ?? 0}`).join(', ');
const bad = (counts.critical ?? 0) + (counts.high ?? 0);
const names = Object.entries(report.vulnerabilities ?? {})
  .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
  .map(([name, v]) => `${name} (${v.severity})`);
console.log(`npm audit --omit=dev: ${summary}${scope}${bad ? ` — FAIL: ${names.join(', ')}` : ''}`);
process.exit(bad ? 1 : 0);

function firstLine(s) {
  return String(s).trim().split('\n').find((l) => l.trim() !== '')?.trim().slice(0, 200) ?? '';
}
