import { describe, expect, it, vi } from 'vitest';
import { rebillCsvText } from '../../src/domain/spec/rebill-csv';
import { buildYearPlan } from '../../src/domain/spec/year-workbook';
import { buildQwoaterPlan, reconcileQwoater } from '../../src/domain/pipeline';
import { ok } from '../../src/domain/problems';
import { defaultSettings } from '../../src/domain/settings';
import type { WorkbookHost } from '../../src/host/host';
import { makeSpecification, type Engine } from '../../src/taskpane/make/make-specification';
import type { YearMakeInput } from '../../src/taskpane/year/year-bridge';
import { dossierExport } from '../support/dossier-export';
import { quietHost } from '../support/fake-host';

const rows = (n: number, year: number) => Array.from({ length: n }, (_, i) => [String(i + 1).padStart(6, '0'), `W${i + 1}`, 1, 5 + (i % 3), year === 2023 ? 1 : 0] as [string, string, number, number, number]);
const settings = { ...defaultSettings(2), pricing: { kind: 'flat' as const, priceE4: 98_500 } };
const engine: Engine = { reconcile: reconcileQwoater, buildPlan: (r, i, l, w) => buildQwoaterPlan(r, i, l, w) };

const host: WorkbookHost = quietHost('standalone', {
  writePlan: async (plan) => ok({ sheetNames: Object.fromEntries(plan.sheets.map((s) => [s.key, s.name])), fileName: 'x.xlsx' }),
});

function setup(n: number, employers: YearMakeInput['data']['employers']) {
  const current = dossierExport('2024.csv', '2024-12-31', rows(n, 2024));
  const previous = dossierExport('2023.csv', '2023-12-31', rows(n, 2023));
  const year: YearMakeInput = {
    data: {
      lines: [{ kind: 'advance', date: '2024-01-15', year: 2024, quarter: 1, count: null, priceE4: null, amountCents: 10_000, description: '' }],
      toleranceCents: 500,
      toleranceBasisPoints: 100,
      signing: { mode: 'included', unit: 'requests' },
      employers,
    },
    signing: [],
    signingWarnings: [],
  };
  return { input: { current, previous, settings, importWarnings: [], lang: 'nl' as const, year }, current, previous, year };
}

const cb = (confirm?: (n: number) => Promise<boolean>) => ({
  onProgress: () => {},
  chooseConflict: async () => 'next-free-name' as const,
  signal: new AbortController().signal,
  ...(confirm ? { confirmManySheets: confirm } : {}),
});

describe("'Maak specificatie' with year data", () => {
  it('writes the year workbook (buildYearPlan) with the year tolerance, and reports the check', async () => {
    const { input, current, previous, year } = setup(3, { numbers: ['000002'] });
    const out = await makeSpecification(host, engine, input, cb());
    expect(out.kind).toBe('done');
    if (out.kind !== 'done' || !out.year) throw new Error('no year outcome');
    expect(out.plan.sheets.map((s) => s.key)).toEqual(['summary', 'dossiers', 'invoice-check', 'rebill', 'employer:000002']);
    const rec = reconcileQwoater({ current, previous, settings });
    if (!rec.ok) throw new Error(rec.error.en);
    const node = buildYearPlan({
      rec: rec.value,
      qwoater: { current, previous, settings: { ...settings, toleranceCents: 500, toleranceBasisPoints: 100 } },
      options: { signing: year.data.signing, counts: [], smallDifferenceBasisPoints: 200, distribute: 'computed' },
      invoices: year.data.lines,
      signing: null,
      perEmployer: { numbers: ['000002'] },
      lang: 'nl',
    });
    if (!node.ok) throw new Error(node.error.en);
    expect(out.year.lines).toEqual({ total: 1, ok: node.value.check.lines.filter((l) => l.status === 'ok').length, check: node.value.check.lines.filter((l) => l.status === 'check').length, other: 0 });
    expect(rebillCsvText(out.year.rebill)).toBe(rebillCsvText(node.value.rebill));
  });

  it('without year data, exactly the specification as before', async () => {
    const { input } = setup(3, null);
    const out = await makeSpecification(host, engine, { ...input, year: null }, cb());
    expect(out.kind === 'done' && out.plan.sheets.map((s) => s.key)).toEqual(['summary', 'dossiers']);
    expect(out.kind === 'done' && out.year).toBeUndefined();
  });

  it('asks before more than 250 employer sheets; no is a cancel, yes makes them all', async () => {
    const { input } = setup(251, {});
    const no = vi.fn(async () => false);
    expect((await makeSpecification(host, engine, input, cb(no))).kind).toBe('cancelled');
    expect(no).toHaveBeenCalledWith(251);
    const yes = vi.fn(async () => true);
    const out = await makeSpecification(host, engine, input, cb(yes));
    expect(out.kind === 'done' && out.plan.sheets.filter((s) => s.key.startsWith('employer:')).length).toBe(251);
    const few = setup(250, {});
    const never = vi.fn(async () => false);
    expect((await makeSpecification(host, engine, few.input, cb(never))).kind).toBe('done');
    expect(never).not.toHaveBeenCalled();
  });

  it('an unknown employer number is an error in words, not a crash', async () => {
    const { input } = setup(3, { numbers: ['999'] });
    const out = await makeSpecification(host, engine, input, cb());
    expect(out.kind).toBe('failed');
    if (out.kind === 'failed') expect(out.error.code).toBe('year.unknownEmployer');
  });
});
