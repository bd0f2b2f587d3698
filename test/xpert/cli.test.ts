/**
 * `factuurcheck xpert` as a user runs it: the built bundle in its own Node process.
 * --json prints exactly the shape the issue fixes; bad input exits 2 with one Dutch line
 * on stderr naming file, row and column, and writes no workbook.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkbookValues } from '../support/read-xlsx';
import { buildCli, ROOT, runCli } from '../support/cli';

const ex = (f: string) => join(ROOT, 'examples', f);
const RATES = ['--rate', '1,25', '--sms-rate', '0,09'];
let dir: string;
const file = (name: string, content: string) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

beforeAll(() => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), 'fc-xpert-cli-'));
});

describe('factuurcheck xpert --json', () => {
  it('prints periods, employers and warnings in the agreed shape', () => {
    const r = runCli(['xpert', '--in', ex('xpert-2024-01.csv'), ex('xpert-2024-02.csv'), ex('xpert-2024-03.xlsx'), ...RATES, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['periods', 'employers', 'warnings']);
    // Hand-worked in three-months.test.ts.
    expect(out.periods).toEqual([
      { period: '2024-01', employers: 6, employees: 1334, sms: 1137, amountCents: 176983 },
      { period: '2024-02', employers: 7, employees: 1370, sms: 1394, amountCents: 183796 },
      { period: '2024-03', employers: 6, employees: 1351, sms: 1342, amountCents: 180953 },
    ]);
    for (const e of out.employers) expect(Object.keys(e)).toEqual(['code', 'name', 'periods', 'testEmployer']);
    expect(out.employers.find((e: { code: string }) => e.code === '001004')).toEqual({
      code: '001004',
      name: 'Testwerkgever Salarisbureau',
      periods: { '2024-01': { employees: 3, sms: 12 }, '2024-02': { employees: 3, sms: 9 }, '2024-03': { employees: 3, sms: 15 } },
      testEmployer: true,
    });
    expect(out.employers.find((e: { code: string }) => e.code === '001002').periods).toEqual({ '2024-01': { employees: 17, sms: 35 }, '2024-02': { employees: 16, sms: 28 } });
    expect(out.employers.filter((e: { testEmployer: boolean }) => e.testEmployer)).toHaveLength(1);
    for (const w of out.warnings) expect(Object.keys(w)).toEqual(['code', 'message']);
    expect(out.warnings.map((w: { code: string }) => w.code)).toContain('xpert.testEmployers');
  });

  it('writes the workbook with --out, and accepts 1.25 as well as 1,25', async () => {
    const out = join(dir, 'otherside-2024.xlsx');
    const r = runCli(['xpert', '--in', ex('xpert-2024-01.csv'), ex('xpert-2024-02.csv'), ex('xpert-2024-03.xlsx'), '--rate', '1.25', '--sms-rate', '0.09', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('€ 1.769,83');
    const values = await readWorkbookValues(out);
    expect([...values.keys()]).toEqual(['Otherside 2024', 'Otherside trend']);
  });
});

describe('factuurcheck xpert: bad input exits 2 with one line, and writes nothing', () => {
  const bad = (args: string[]) => {
    const out = join(dir, `nooit-${Math.random().toString(36).slice(2)}.xlsx`);
    const r = runCli(['xpert', ...args, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
    return r.stderr;
  };

  it('a Loket export', () => {
    const err = bad(['--in', ex('xpert-2024-01.csv'), ex('loket-dossiers-31-12-2024.csv'), ...RATES]);
    expect(err).toMatch(/^factuurcheck: .*loket-dossiers-31-12-2024\.csv, rij 5: Dit lijkt de Loket-uitdraai 'Dossiervorming Qwoater per werkgever'/);
  });

  it('a month given twice, naming both files', () => {
    const again = file('otherside januari 2024.csv', 'Werkgevercode;Naam;Werknemers;SMS\r\n001001;A;5;1\r\n');
    const err = bad(['--in', ex('xpert-2024-01.csv'), again, ...RATES]);
    expect(err).toContain('januari 2024 staat twee keer in de invoer');
    expect(err).toContain('xpert-2024-01.csv');
    expect(err).toContain('otherside januari 2024.csv');
  });

  it('a report without an SMS column, unless --no-sms', () => {
    const nosms = file('xpert-2024-04.csv', 'Werkgevercode;Naam;Aantal medewerkers\r\n001001;A;5\r\n');
    const err = bad(['--in', nosms, ...RATES]);
    expect(err).toContain('xpert-2024-04.csv, rij 1: Geen kolom met SMS-aantallen gevonden');
    const ok = runCli(['xpert', '--in', nosms, '--rate', '1,25', '--no-sms', '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).periods).toEqual([{ period: '2024-04', employers: 1, employees: 5, sms: 0, amountCents: 625 }]);
  });

  it('a count that is not a count, naming file, row and column', () => {
    const f = file('xpert-2024-05.csv', 'Werkgevercode;Naam;Werknemers;SMS\r\n001001;A;5;1\r\n001002;B;-3;1\r\n');
    expect(bad(['--in', f, ...RATES])).toBe(`factuurcheck: ${f}, rij 3, kolom C (Werknemers): '-3' in de kolom aantal medewerkers: een aantal is 0 of meer.\n`);
  });

  it('missing or bad options', () => {
    expect(bad(['--in', ex('xpert-2024-01.csv'), '--sms-rate', '0,09'])).toContain('--rate');
    expect(bad(['--in', ex('xpert-2024-01.csv'), '--rate', 'een euro', '--sms-rate', '0,09'])).toContain("'een euro'");
    expect(bad(['--in', join(dir, 'bestaat-niet.csv'), ...RATES])).toContain('Bestand niet gevonden');
    expect(bad([...RATES])).toContain('--in');
  });

  it('answers in English with --lang en', () => {
    const r = runCli(['xpert', '--in', ex('loket-dossiers-31-12-2024.csv'), ...RATES, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("This looks like Loket's 'Dossiervorming Qwoater per werkgever' export");
  });
});
