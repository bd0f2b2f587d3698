/**
 * The CLI's conventions, checked on the built bundle as a user runs it: per-command help,
 * --version, --lang refused like --model, --out only into folders that exist, rebill
 * saying where it wrote, signing never charged € 0,00 by omission, the invoice lines to
 * check named, and the demo saying what it is.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, ROOT, runCli, type CliResult } from '../support/cli';

const ex = (f: string) => join(ROOT, 'examples', f);
const pair = ['--model', '2', '--current', ex('loket-dossiers-31-12-2024.csv'), '--previous', ex('loket-dossiers-31-12-2023.csv'), '--price', '9,85'];
const signingFiles = [ex('loket-signing-2024-Q1.csv'), ex('loket-signing-2024-Q2.csv')];
let dir: string;

beforeAll(() => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), 'fc-cli-conventions-'));
});

/** Bad input: exit code 2, nothing on stdout, exactly one line on stderr. */
function refusedLine(r: CliResult): string {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^factuurcheck: /);
  return lines[0]!;
}

describe('factuurcheck <command> --help', () => {
  /** Options each command must explain, and options of other commands it must not mention. */
  const cases: [string, string[], string[]][] = [
    ['reconcile', ['--model', '--current', '--previous', '--price', '--minimum', '--vat', '--tolerance', '--settings', '--year', '--peildatum'], ['--out', '--signing', '--invoices', '--rate', '--in', '--per-employer']],
    ['spec', ['--model', '--current', '--previous', '--price', '--out', '--signing', '--signing-price', '--invoices', '--count', '--per-employer', '--employers', '--yes'], ['--rate', '--sms-rate', '--in', '--no-sms']],
    ['rebill', ['--model', '--current', '--price', '--out', '--signing', '--signing-price', '--signing-included', '--invoices', '--count', '--distribute'], ['--per-employer', '--employers', '--rate', '--in']],
    ['demo', ['--price', '--out'], ['--current', '--previous', '--model', '--signing', '--rate']],
    ['xpert', ['--in', '--rate', '--sms-rate', '--no-sms', '--vat', '--tolerance', '--out'], ['--model', '--current', '--signing', '--invoices', '--per-employer']],
  ];
  const others = (name: string) => cases.map(([c]) => c).filter((c) => c !== name);

  it.each(cases)('%s --help shows its usage and its options only', (name, own, foreign) => {
    const r = runCli([name, '--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(new RegExp(`^  factuurcheck ${name} `, 'm'));
    for (const o of own) expect(r.stdout, o).toMatch(new RegExp(`^  ${o}\\b`, 'm'));
    for (const o of foreign) expect(r.stdout, o).not.toMatch(new RegExp(`${o}\\b`));
    for (const c of others(name)) expect(r.stdout).not.toContain(`factuurcheck ${c} `);
    // The general options belong to every command.
    for (const o of ['--lang', '--json', '--help']) expect(r.stdout).toMatch(new RegExp(`^  ${o}\\b`, 'm'));
  });

  it('help <command> is the same as <command> --help, and follows --lang en', () => {
    expect(runCli(['help', 'rebill']).stdout).toBe(runCli(['rebill', '--help']).stdout);
    const en = runCli(['rebill', '--help', '--lang', 'en']);
    expect(en.stdout).toMatch(/^Usage:/m);
    expect(en.stdout).toMatch(/^  --signing-price EUR +price per signing request/m);
    expect(en.stdout).not.toMatch(/Gebruik|standaard|bijvoorbeeld/);
  });

  it('an option a command does not show is refused by it (reconcile writes nothing, so it takes no --out)', () => {
    expect(refusedLine(runCli(['reconcile', ...pair, '--out', join(dir, 'x.xlsx')]))).toMatch(/Onbekende optie '--out'/);
  });
});

describe('factuurcheck --version', () => {
  it("prints package.json's version and exits 0", () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${version}\n`);
  });
});

describe('--lang', () => {
  it('refuses an unknown language like an unknown --model: exit 2, one line naming the option and the value', () => {
    const model = refusedLine(runCli(['reconcile', ...pair, '--model', '3']));
    expect(model).toMatch(/'3' voor --model/);
    for (const args of [['--lang', 'fr'], ['--lang=de']]) {
      const line = refusedLine(runCli(['reconcile', ...pair, ...args]));
      expect(line).toMatch(/Ongeldige waarde '(fr|de)' voor --lang: kies nl of en/);
    }
    expect(refusedLine(runCli(['reconcile', ...pair, '--lang']))).toMatch(/--lang heeft een waarde nodig/);
  });

  it('may stand before the command, and translates the refusal of a bad value', () => {
    const r = runCli(['--lang', 'en', 'reconcile', ...pair, '--model', '3']);
    expect(refusedLine(r)).toBe("factuurcheck: Invalid value '3' for --model: choose 1 or 2.");
  });
});

describe('--out', () => {
  const missing = () => join(dir, 'bestaat-niet', 'nog-een-map');
  const runs: [string, (out: string) => string[]][] = [
    ['spec', (out) => ['spec', ...pair, '--out', out]],
    ['rebill', (out) => ['rebill', ...pair, '--out', out]],
    ['xpert', (out) => ['xpert', '--in', ex('xpert-2024-01.csv'), '--rate', '1,25', '--sms-rate', '0,09', '--out', out]],
  ];

  it.each(runs)('%s: into a folder that does not exist is an error, and no folder is made', (_name, args) => {
    const line = refusedLine(runCli(args(join(missing(), 'uit.bestand'))));
    expect(line).toContain(`De map ${missing()} bestaat niet`);
    expect(existsSync(join(dir, 'bestaat-niet'))).toBe(false);
  });

  it('an existing folder as --out asks for a file name', () => {
    expect(refusedLine(runCli(['spec', ...pair, '--out', dir]))).toContain(`${dir} is een map`);
  });
});

describe('rebill without --out', () => {
  it('writes doorbelasting-<year>.csv in the current folder and says so, with the full path', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'fc-rebill-cwd-'));
    const r = runCli(['rebill', ...pair], cwd);
    expect(r.code, r.stderr).toBe(0);
    const path = join(cwd, 'doorbelasting-2024.csv');
    expect(readdirSync(cwd)).toEqual(['doorbelasting-2024.csv']);
    expect(r.stdout).toContain(`Doorbelasting geschreven naar: ${path} (zonder --out: in de huidige map)`);
    const en = runCli(['rebill', ...pair, '--lang', 'en'], cwd);
    expect(en.stdout).toContain(`Re-billing written to: ${path} (no --out given: in the current folder)`);
  });
});

describe('--signing needs a price or --signing-included', () => {
  it.each(['rebill', 'spec'])('%s --signing without either is an error naming both options, and writes nothing', (command) => {
    const out = join(dir, `${command}-zonder-prijs.out`);
    const line = refusedLine(runCli([command, ...pair, '--signing', ...signingFiles, '--out', out]));
    expect(line).toContain('--signing-price');
    expect(line).toContain('--signing-included');
    expect(existsSync(out)).toBe(false);
  });

  it('with either, it runs; included signing is charged nothing, priced signing 138 requests × € 0,50', () => {
    const priced = runCli(['rebill', ...pair, '--signing', ...signingFiles, '--signing-price', '0,50', '--out', join(dir, 'p.csv'), '--json']);
    const included = runCli(['rebill', ...pair, '--signing', ...signingFiles, '--signing-included', '--out', join(dir, 'i.csv'), '--json']);
    expect(JSON.parse(priced.stdout).totals.signingCents).toBe((82 + 56) * 50);
    expect(JSON.parse(included.stdout).totals.signingCents).toBe(0);
  });
});

describe('the summary names the invoice lines to check', () => {
  // examples/facturen-2024.txt, worked out by hand in examples/README.md: every line agrees
  // except the final settlement, which bills 1.404 dossiers where Loket counts 1.401.
  const year = ['--signing', ...signingFiles, '--signing-price', '0,50', '--invoices', ex('facturen-2024.txt'), '--count', '31-12-2023=1380', '31-03-2024=1392', '30-06-2024=1398', '30-09-2024=1399'];

  it('by file and row, with what was invoiced, what was expected and the known cause', () => {
    const r = runCli(['rebill', ...pair, ...year, '--out', join(dir, 'jaar.csv')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Factuurregels: 10, te controleren: 1\n');
    expect(r.stdout).toContain(
      '  - facturen-2024.txt, rij 22: eindafrekening 2024: gefactureerd € 49,25, verwacht € 19,70, € 29,55 te veel; bekende oorzaak: QwoaterDirect of gekoppeld systeem\n',
    );
  });

  it('in English with --lang en, and for spec too', () => {
    const r = runCli(['spec', ...pair, ...year, '--out', join(dir, 'jaar.xlsx'), '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('  - facturen-2024.txt, row 22: final settlement 2024: invoiced €49.25, expected €19.70, €29.55 too much; known cause: QwoaterDirect or linked system\n');
  });
});

describe('demo', () => {
  it('says its data is invented and shows the price, minimum and VAT it used', () => {
    const r = runCli(['demo', '--out', join(dir, 'demo.xlsx')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Demo: de exports in .*examples zijn verzonnen/);
    expect(r.stdout).toContain('Gerekend met: € 9,85 per dossier, minimum € 636,00 per jaar, btw 21%.');
    expect(existsSync(join(dir, 'demo.xlsx'))).toBe(true);
  });

  it('shows the price it was given, not a fixed text', () => {
    const r = runCli(['demo', '--price', '7,25', '--out', join(dir, 'demo-7.xlsx'), '--lang', 'en']);
    expect(r.stdout).toMatch(/^Demo: the exports in .*examples are invented/);
    expect(r.stdout).toContain('Worked out with: €7.25 per dossier, minimum €636.00 per year, VAT 21%.');
  });
});
