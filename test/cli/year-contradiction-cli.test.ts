/**
 * Issue #11 item 1 on the command line: every command that takes --year (reconcile, spec,
 * spec with the year's options, rebill) refuses a year the exports contradict, with exit
 * code 2 and one line naming both years, and writes nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli, ROOT, runCli } from '../support/cli';

const ex = (f: string) => join(ROOT, 'examples', f);
const pair = ['--model', '2', '--current', ex('loket-dossiers-31-12-2024.csv'), '--previous', ex('loket-dossiers-31-12-2023.csv'), '--price', '9,85'];
let dir: string;

beforeAll(() => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), 'fc-cli-yr-'));
});

function refused(args: string[]): string {
  const r = runCli(args);
  expect(r.code, r.stderr + r.stdout).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  return r.stderr.trimEnd();
}

describe('--year against the exports’ peildatum', () => {
  it.each([
    ['reconcile', () => ['reconcile', ...pair, '--year', '2023']],
    ['spec', () => ['spec', ...pair, '--year', '2023', '--out', join(dir, 'spec.xlsx')]],
    ['spec with the year’s sheets', () => ['spec', ...pair, '--year', '2023', '--signing-included', '--out', join(dir, 'jaar.xlsx')]],
    ['rebill with invoices', () => {
      const invoices = join(dir, 'facturen-2023.txt');
      writeFileSync(invoices, 'Voorschot Q1 2023 € 2.000,00\n');
      return ['rebill', ...pair, '--year', '2023', '--invoices', invoices, '--out', join(dir, 'd.csv')];
    }],
  ])('%s refuses --year 2023 over the 2024 export, naming both years', (_name, args) => {
    const line = refused(args());
    expect(line).toMatch(/jaar 2023/);
    expect(line).toMatch(/31-12-2024/);
    expect(line).toMatch(/jaar 2024/);
    for (const f of ['spec.xlsx', 'jaar.xlsx', 'd.csv']) expect(existsSync(join(dir, f))).toBe(false);
  });

  it('says it in English with --lang en', () => {
    expect(refused(['reconcile', ...pair, '--year', '2023', '--lang', 'en'])).toMatch(/You gave the year 2023, but .* 31-12-2024: that is the year 2024/);
  });

  it('accepts the year the exports say', () => {
    const r = runCli(['reconcile', ...pair, '--year', '2024', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).year).toBe(2024);
  });
});

describe('model 1: --peildatum is the agreed peildatum', () => {
  const m1 = ['--model', '1', '--current', ex('loket-dossiers-01-10-2024.csv'), '--price', '9,85'];

  it('refuses an agreed peildatum in another year than the export', () => {
    const line = refused(['reconcile', ...m1, '--peildatum', '01-10-2023']);
    expect(line).toMatch(/01-10-2023/);
    expect(line).toMatch(/01-10-2024/);
  });

  it('refuses --year against the export', () => {
    expect(refused(['reconcile', ...m1, '--year', '2023'])).toMatch(/jaar 2023.*01-10-2024.*jaar 2024/);
  });

  it('counts on the agreed day within the export’s year, with a warning', () => {
    const r = runCli(['reconcile', ...m1, '--peildatum', '31-10-2024', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.year).toBe(2024);
    expect(out.warnings.map((w: { code: string }) => w.code)).toContain('billing.agreedPeildatumDiffers');
  });
});
