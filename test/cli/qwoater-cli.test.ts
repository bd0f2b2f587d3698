import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePair } from '../../bench/generate-exports';
import { buildCli, ROOT, runCli } from '../support/cli';

const ex = (f: string) => join(ROOT, 'examples', f);
let dir: string;
const file = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const header = 'Werkgeversnummer;Naam;Werkgeversdossier;Administratie;Periode;Aantalwerknemersdossier;Inactieve werknemersdossiers';
const csv = (peildatum: string, rows: string[]) => ['Dossiervorming Qwoater per werkgever', `Peildatum: ${peildatum}`, header, ...rows].join('\r\n');

beforeAll(() => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), 'fc-cli-'));
});

describe('reconcile --json', () => {
  it('prints the agreed shape for the sample pair', () => {
    const r = runCli(['reconcile', '--model', '2', '--current', ex('loket-dossiers-31-12-2024.csv'), '--previous', ex('loket-dossiers-31-12-2023.csv'), '--price', '9,85', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.model).toBe(2);
    for (const k of ['employers', 'employerDossiers', 'employeeDossiers', 'inactivePrevious', 'activeEmployeeDossiers', 'billableDossiers', 'amountCents', 'minimumTopUpCents', 'totalExclVatCents', 'vatCents', 'totalInclVatCents']) {
      expect(Number.isInteger(out.totals[k]), k).toBe(true);
    }
    for (const e of out.employers) {
      expect(typeof e.number).toBe('string');
      for (const k of ['employerDossiers', 'employeeDossiers', 'inactivePrevious', 'activeEmployeeDossiers', 'billableDossiers']) expect(Number.isInteger(e[k])).toBe(true);
    }
    const sum = (k: string) => out.employers.reduce((a: number, e: Record<string, number>) => a + e[k]!, 0);
    expect(sum('activeEmployeeDossiers')).toBe(out.totals.employeeDossiers - out.totals.inactivePrevious);
    expect(out.totals.amountCents).toBe(Math.round(out.totals.billableDossiers * 985));
    expect(Array.isArray(out.warnings)).toBe(true);
    for (const w of out.warnings) expect(Object.keys(w).sort()).toEqual(['code', 'message']);
  });

  it('works for model 1 on one export', () => {
    const r = runCli(['reconcile', '--model', '1', '--current', ex('loket-dossiers-01-10-2024.csv'), '--price', '9.85', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.model).toBe(1);
    expect(out.totals.billableDossiers).toBe(out.totals.employerDossiers + out.totals.employeeDossiers);
    expect(out.totals.inactivePrevious).toBeUndefined();
  });

  it('computes a hand-worked pair: (10 + 5) − 3 + 2 employer dossiers = 14 dossiers → minimum', () => {
    const cur = file('c-31-12-2024.csv', csv('31-12-2024', ['000001;Alpha;1;;;10;2', '000002;Beta;1;;;5;0']));
    const prev = file('p-31-12-2023.csv', csv('31-12-2023', ['000001;Alpha;1;;;9;3']));
    const r = runCli(['reconcile', '--current', cur, '--previous', prev, '--price', '9,85', '--minimum', '636', '--vat', '21', '--json']);
    expect(r.stderr).toBe('');
    const t = JSON.parse(r.stdout).totals;
    // 14 × 9,85 = 137,90; top-up to 636,00 = 498,10; VAT 21 % of 636,00 = 133,56
    expect(t).toMatchObject({ activeEmployeeDossiers: 12, billableDossiers: 14, amountCents: 13_790, minimumTopUpCents: 49_810, totalExclVatCents: 63_600, vatCents: 13_356, totalInclVatCents: 76_956 });
  });

  it('a large answer arrives whole through a pipe, in file order, adding up to the generated sums', () => {
    // ~700 KB: many pieces, and a pipe that fills (64 KiB) so the CLI waits for its reader.
    const pair = generatePair(join(dir, 'groot'), 4_000, 7);
    const r = runCli(['reconcile', '--model', '2', '--current', pair.current, '--previous', pair.previous, '--price', '9,85', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { employers: { number: string; activeEmployeeDossiers: number }[]; totals: Record<string, number> };
    // The oracle: the first cell of every data row of the current file, read as plainly as can be.
    const numbers = readFileSync(pair.current, 'utf8').split(/\r?\n/).filter((l) => /^\d/.test(l)).map((l) => l.split(';')[0]);
    expect(out.employers.slice(0, numbers.length).map((e) => e.number)).toEqual(numbers);
    expect(out.employers.reduce((a, e) => a + e.activeEmployeeDossiers, 0)).toBe(pair.sumF - pair.sumG);
    expect(out.totals.activeEmployeeDossiers).toBe(pair.sumF - pair.sumG);
  });
});

describe('reconcile without --json', () => {
  it('prints a short Dutch summary', () => {
    const r = runCli(['reconcile', '--current', ex('loket-dossiers-31-12-2024.csv'), '--previous', ex('loket-dossiers-31-12-2023.csv'), '--price', '9,85']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Te factureren dossiers/);
    expect(r.stdout).toMatch(/Totaal incl\. btw:\s+€ [\d.]+,\d\d/);
  });

  it('lists every command and the general options with --help', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['reconcile', 'spec', 'demo', 'rebill', 'xpert']) expect(r.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
    for (const o of ['--lang', '--json', '--help', '--version']) expect(r.stdout).toContain(o);
  });
});

describe('bad input: exit 2, one Dutch line naming the file (and row and column), no stack trace', () => {
  const ok = () => ex('loket-dossiers-31-12-2023.csv');
  const cases: [string, () => string[], RegExp][] = [
    ['an empty file', () => [file('leeg.csv', '')], /leeg\.csv.*leeg/i],
    ['a PDF', () => [file('export.csv', '%PDF-1.7\n%âãÏÓ\n1 0 obj\n')], /export\.csv.*PDF/],
    ['a ZIP', () => [file('zip.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 0, 0]))], /zip\.csv/],
    ['an XLSX given as CSV', () => [file('export.xlsx.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0]))], /export\.xlsx\.csv/],
    ['binary noise', () => [file('ruis.csv', new Uint8Array(Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256)))], /ruis\.csv/],
    ['no count columns', () => [file('geen.csv', 'Naam;Adres;Plaats\r\nAlpha;Straat 1;Utrecht\r\n')], /geen\.csv/],
    ['a count that is not a whole number', () => [file('half-31-12-2024.csv', csv('31-12-2024', ['000001;Alpha;1;;;1,5;0']))], /half-31-12-2024\.csv.*rij 4.*kolom F/],
    ['inactive above total', () => [file('g-31-12-2024.csv', csv('31-12-2024', ['000001;Alpha;1;;;3;9']))], /g-31-12-2024\.csv.*rij 4/],
  ];
  it.each(cases)('%s', (_, current, pattern) => {
    const r = runCli(['reconcile', '--current', current()[0]!, '--previous', ok(), '--price', '9,85']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^factuurcheck: /);
    expect(lines[0]).toMatch(pattern);
    expect(r.stderr).not.toMatch(/\bat .*\.(c?js|ts):\d+/);
  });

  it('one employer on two rows with other counts is added up, with a warning naming its rows (issue #11 item 4)', () => {
    const cur = file('twee-rijen-31-12-2024.csv', csv('31-12-2024', ['000001;Alpha;1;01;;3;0', '000001;Alpha;1;02;;4;0']));
    const r = runCli(['reconcile', '--current', cur, '--previous', ok(), '--price', '9,85', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.employers.find((e: { number: string }) => e.number === '000001')).toMatchObject({ employerDossiers: 2, employeeDossiers: 7 });
    expect(out.warnings.find((w: { code: string }) => w.code === 'import.employerRowsSummed').message).toMatch(/000001.*rij 4, 5/);
  });

  it('exports given the wrong way round', () => {
    const r = runCli(['reconcile', '--current', ex('loket-dossiers-31-12-2023.csv'), '--previous', ex('loket-dossiers-31-12-2024.csv'), '--price', '9,85']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/omgewisseld/);
  });

  it('a missing file, an unknown option and a bad price', () => {
    expect(runCli(['reconcile', '--current', join(dir, 'bestaat-niet.csv'), '--previous', ok(), '--price', '9']).stderr).toMatch(/niet gevonden.*bestaat-niet\.csv/);
    expect(runCli(['reconcile', '--curent', 'x']).code).toBe(2);
    const bad = runCli(['reconcile', '--current', ok(), '--previous', ok(), '--price', 'negen']);
    expect(bad.code).toBe(2);
    // The price is called a price, in Dutch, never 'bedrag of percentage' or the settings key.
    expect(bad.stderr).toBe("factuurcheck: 'negen' is geen geldige prijs per dossier.\n");
  });
});

describe('counts in the reader’s notation', () => {
  const pair = ['--model', '2', '--current', ex('loket-dossiers-31-12-2024.csv'), '--previous', ex('loket-dossiers-31-12-2023.csv'), '--price', '9,85'];

  it('English writes 1,896 employee dossiers and Dutch 1.896; each summary is in its own language throughout', () => {
    // 1,896 is the sum of column F in the example export (test/imports/examples.test.ts adds it up by hand).
    const en = runCli(['reconcile', ...pair, '--lang', 'en']);
    expect(en.stdout).toMatch(/^ {2}Employee dossiers \(column F, 31-12-2024\): +1,896$/m);
    expect(en.stdout).not.toMatch(/\d\.\d{3}\b(?!,)/);
    expect(en.stdout).not.toMatch(/Werkgevers|Meldingen|btw/);
    const nl = runCli(['reconcile', ...pair]);
    expect(nl.stdout).toMatch(/^ {2}Werknemersdossiers \(kolom F, 31-12-2024\): +1\.896$/m);
    expect(nl.stdout).not.toMatch(/Employers|Warnings|VAT/);
  });

  it('the Otherside summary too', () => {
    const en = runCli(['xpert', '--in', ex('xpert-2024-01.csv'), '--rate', '1,25', '--sms-rate', '0,09', '--lang', 'en', '--out', join(dir, 'x-en.xlsx')]);
    expect(en.stdout).toMatch(/January 2024 +6 employers +1,334 employees +1,137 SMS +€1,769\.83 excl\. VAT/);
    const nl = runCli(['xpert', '--in', ex('xpert-2024-01.csv'), '--rate', '1,25', '--sms-rate', '0,09', '--out', join(dir, 'x-nl.xlsx')]);
    expect(nl.stdout).toMatch(/januari 2024 +6 werkgevers +1\.334 medewerkers +1\.137 sms +€ 1\.769,83 excl\. btw/);
  });
});
