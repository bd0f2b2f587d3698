/**
 * Issue #11 item 10: the same employer name under two codes in one Otherside month. Both
 * are counted (that is how the invoice counts), and a warning names the name, both codes
 * and the months it happens in.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XPERT_HISTORY_VERSION, type XpertHistory, type XpertMonth } from '../../src/domain/xpert/history';
import { billHistory } from '../../src/domain/xpert/rules';
import { buildCli, runCli } from '../support/cli';
import { SETTINGS } from './support';

const month = (period: string, employers: [string, string, number, number][]): XpertMonth => ({
  period,
  source: { label: `xpert-${period}.csv` },
  importedAt: null,
  peildatum: null,
  hasSmsColumn: true,
  reportedAmountCents: null,
  reportedRateE4: null,
  employers: employers.map(([code, name, employees, sms]) => ({ code, name, employees, sms })),
});
const history = (...months: XpertMonth[]): XpertHistory => ({ version: XPERT_HISTORY_VERSION, months: Object.fromEntries(months.map((m) => [m.period, m])) });

describe('one name under two codes', () => {
  const h = history(
    month('2024-01', [['W001', 'Bakkerij Jansen', 10, 0], ['W017', 'Bakkerij  jansen ', 4, 2], ['W020', 'Garage Snel', 3, 0]]),
    month('2024-02', [['W001', 'Bakkerij Jansen', 11, 0], ['W017', 'Bakkerij Jansen', 4, 0], ['W020', 'Garage Snel', 3, 0]]),
  );
  const r = billHistory(h, SETTINGS);

  it('counts both, as the invoice does: January (10 + 4 + 3) × € 1,25 + 2 × € 0,09 = € 21,43', () => {
    expect(r.ok && r.value.months[0]!.totals).toMatchObject({ employers: 3, employees: 17, sms: 2, amountCents: 2_143 });
  });

  it('warns once, naming the name, both codes and the months', () => {
    const w = r.warnings.filter((x) => x.code === 'xpert.sameNameTwoCodes');
    expect(w).toHaveLength(1);
    expect(w[0]!.nl).toMatch(/Bakkerij Jansen/);
    expect(w[0]!.nl).toMatch(/W001 en W017/);
    expect(w[0]!.nl).toMatch(/januari 2024 en februari 2024/);
    expect(w[0]!.en).toMatch(/W001 and W017/);
  });

  it('says nothing when every name has one code', () => {
    const plain = billHistory(history(month('2024-03', [['W001', 'Bakkerij Jansen', 1, 0], ['W020', 'Garage Snel', 1, 0]])), SETTINGS);
    expect(plain.warnings.map((x) => x.code)).not.toContain('xpert.sameNameTwoCodes');
  });
});

describe('factuurcheck xpert', () => {
  let dir: string;
  beforeAll(() => {
    buildCli();
    dir = mkdtempSync(join(tmpdir(), 'fc-xpert-name-'));
  });

  it('prints the warning with both codes', () => {
    const f = join(dir, 'xpert-2024-01.csv');
    writeFileSync(f, 'Werkgevercode;Naam werkgever;Aantal medewerkers;Aantal SMS\r\nW001;Bakkerij Jansen;10;0\r\nW017;Bakkerij Jansen;4;2\r\n');
    const r = runCli(['xpert', '--in', f, '--rate', '1,25', '--sms-rate', '0,09', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.warnings.map((w: { message: string }) => w.message).join('\n')).toMatch(/Bakkerij Jansen.*W001 en W017/);
  });
});
