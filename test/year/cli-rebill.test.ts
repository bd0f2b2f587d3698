import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli, ROOT, runCli } from '../support/cli';
import { openXlsx } from '../support/read-xlsx';

const ex = (f: string) => join(ROOT, 'examples', f);
const fx = (f: string) => join(ROOT, 'test', 'year', 'fixtures', f);
const pair = ['--model', '2', '--current', ex('loket-dossiers-31-12-2024.csv'), '--previous', ex('loket-dossiers-31-12-2023.csv'), '--price', '9,85'];
const signing = ['--signing', ex('loket-signing-2024-Q1.csv'), ex('loket-signing-2024-Q2.csv')];
let dir: string;

beforeAll(() => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), 'fc-cli-year-'));
});

/** Bad input: exit code 2 and exactly one line on stderr. */
function refused(args: string[]): string {
  const r = runCli(args);
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.endsWith('\n')).toBe(true);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  return r.stderr.trimEnd();
}

describe('factuurcheck rebill', () => {
  it('writes the split as CSV that adds up to the total it reports', () => {
    const out = join(dir, 'doorbelasting.csv');
    const r = runCli(['rebill', ...pair, ...signing, '--signing-price', '0,50', '--out', out, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.out).toBe(out);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n').slice(1).map((l) => l.split(';'));
    const cents = (s: string) => Math.round(Number(s.replace(',', '.')) * 100);
    // Column L: total excl. VAT (names here contain no ';' outside quotes except 'Jansen; Zonen', so parse from the right).
    const fromRight = (row: string[], k: number) => row[row.length - k]!;
    expect(rows.reduce((a, row) => a + cents(fromRight(row, 4)), 0)).toBe(json.totals.totalExclCents);
    expect(rows.reduce((a, row) => a + cents(fromRight(row, 2)), 0)).toBe(json.totals.totalInclCents);
    expect(json.totals.signingCents).toBe(82 * 50 + 56 * 50);
    expect(json.employers.find((e: { number: string }) => e.number === '000999')).toMatchObject({ billableDossiers: null, totalExclCents: 150 });
  });

  it('checks invoice lines given in a file', () => {
    const invoices = join(dir, 'facturen.txt');
    writeFileSync(invoices, 'Voorschot Q1 2024 € 3.000,00\nDigitaal ondertekenen Q1 2024 82 x € 0,50 € 41,00\n');
    const r = runCli(['rebill', ...pair, ...signing, '--signing-price', '0,50', '--invoices', invoices, '--out', join(dir, 'd2.csv'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.invoiceCheck.map((l: { kind: string; status: string }) => [l.kind, l.status])).toEqual([
      ['advance', 'check'],
      ['signing', 'ok'],
    ]);
  });

  it.each([
    ['a signing count with decimals', ['--signing', fx('bad-decimal-count.csv'), '--signing-price', '0,50'], /^factuurcheck: bad-decimal-count\.csv, rij 5, kolom C \(Aantal ondertekenverzoeken\): '12,5'/],
    ['a dossier export given as signing', ['--signing', ex('loket-dossiers-31-12-2023.csv'), '--signing-price', '0,50'], /^factuurcheck: loket-dossiers-31-12-2023\.csv: Dit lijkt 'Dossiervorming Qwoater per werkgever'/],
    ['a signing period across quarters', ['--signing', fx('half-year.csv'), '--signing-price', '0,50'], /^factuurcheck: half-year\.csv, rij 4: De periode 01-01-2024 t\/m 30-06-2024 valt in meer dan één kwartaal/],
    ['a signing file that does not exist', ['--signing', fx('nope.csv'), '--signing-price', '0,50'], /Bestand niet gevonden: .*nope\.csv$/],
    ['a bad signing price', ['--signing-price', 'gratis'], /Ongeldige waarde 'gratis' voor --signing-price/],
    ['a price and included together', ['--signing-price', '0,50', '--signing-included'], /niet samen met --signing-included/],
    ['a bad count option', ['--count', '31-03-2024=veel'], /Ongeldige waarde '31-03-2024=veel' voor --count/],
    ['a bad distribute option', ['--distribute', 'alles'], /voor --distribute/],
  ])('refuses %s with exit code 2 and one line', (_what, extra, message) => {
    expect(refused(['rebill', ...pair, ...extra, '--out', join(dir, 'x.csv')])).toMatch(message);
  });

  it('refuses an unreadable invoice line at its file, row and column', () => {
    const invoices = join(dir, 'grootboek.csv');
    writeFileSync(invoices, 'Soort;Periode;Bedrag\nVoorschot;Q1 2024;100,00\nHuur kantoor;Q1 2024;50,00\n');
    expect(refused(['rebill', ...pair, '--invoices', invoices, '--out', join(dir, 'y.csv')])).toBe(
      "factuurcheck: grootboek.csv, rij 3, kolom A (Soort): 'Huur kantoor' is geen soort factuurregel; kies voorschot, correctie, eindafrekening of ondertekenen.",
    );
    expect(existsSync(join(dir, 'y.csv'))).toBe(false);
  });

  it('speaks English with --lang en', () => {
    expect(refused(['rebill', ...pair, '--signing', fx('bad-decimal-count.csv'), '--signing-included', '--lang', 'en'])).toMatch(/row 5, column C .*is not a valid count/);
  });
});

describe('factuurcheck spec --per-employer', () => {
  it('adds the check, the split and one sheet per chosen employer', async () => {
    const out = join(dir, 'jaar.xlsx');
    const r = runCli(['spec', ...pair, ...signing, '--signing-included', '--per-employer', '--employers', '000101,115', '--out', out, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).sheets).toEqual(['Specificatie 2024', 'Dossiers 2024', 'Factuurcontrole 2024', 'Doorbelasting 2024', '000101 Café De Gouden Leeuw', '000115 Bouwbedrijf Van der Berg']);
    const wb = await openXlsx(out);
    expect(wb.getWorksheet('000101 Café De Gouden Leeuw')!.getCell('B5').value).toBe('000101');
  });

  it('without year options, spec is the specification as before', () => {
    const r = runCli(['spec', ...pair, '--out', join(dir, 'spec.xlsx'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).sheets).toBeUndefined();
  });

  it('refuses an employer number that is not in the count', () => {
    expect(refused(['spec', ...pair, '--per-employer', '--employers', '000998', '--out', join(dir, 'z.xlsx')])).toBe('factuurcheck: Werkgever 000998 staat niet in de telling.');
  });
});
