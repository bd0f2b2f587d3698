/**
 * The stored history: save → JSON → load gives the same history; an older version is
 * migrated; anything tampered with is left out with a warning; importing a month that is
 * already there asks first and never duplicates it.
 */
import { describe, expect, it } from 'vitest';
import { addReports, emptyHistory, parseHistory, removeMonth, serializeHistory, type XpertHistory } from '../../src/domain/xpert/history';
import { exampleHistory, importExample } from './support';

const load = (json: string | null) => {
  const r = parseHistory(json);
  if (!r.ok) throw new Error('parseHistory never fails');
  return r;
};

describe('stored history round trip', () => {
  it('save, reload: the same history', async () => {
    const history = await exampleHistory();
    const json = serializeHistory(history);
    const back = load(json);
    expect(back.warnings).toEqual([]);
    expect(back.value).toEqual(history);
    expect(serializeHistory(back.value)).toBe(json);
    expect(Object.keys(back.value.months)).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(back.value.months['2024-01']!.source).toEqual({ label: 'xpert-2024-01.csv', fileName: 'xpert-2024-01.csv' });
    expect(back.value.months['2024-03']!.reportedRateE4).toBe(12_500);
  });

  it('nothing stored is an empty history, silently', () => {
    expect(load(null)).toMatchObject({ value: emptyHistory(), warnings: [] });
    expect(load('')).toMatchObject({ value: emptyHistory(), warnings: [] });
  });

  it('migrates version 0 (a list of months without a version) to version 1', () => {
    const v0 = JSON.stringify({
      months: [
        { period: '2023-11', file: 'nov.csv', employers: [{ code: '001', name: 'A', employees: 5, sms: 2 }] },
        { period: '2023-12', employers: [{ code: '001', name: 'A', employees: 6, sms: 0 }] },
      ],
    });
    const r = load(v0);
    expect(r.warnings).toEqual([]);
    expect(r.value.version).toBe(1);
    expect(r.value.months['2023-11']).toEqual({
      period: '2023-11',
      source: { label: 'nov.csv' },
      importedAt: null,
      peildatum: null,
      hasSmsColumn: true,
      reportedAmountCents: null,
      reportedRateE4: null,
      employers: [{ code: '001', name: 'A', employees: 5, sms: 2 }],
    });
    expect(r.value.months['2023-12']!.source.label).toBe('onbekend');
    // Saved again, it is version 1 and reloads unchanged.
    expect(load(serializeHistory(r.value)).value).toEqual(r.value);
  });

  it('drops a tampered month with a warning and keeps the others', async () => {
    const history = await exampleHistory();
    const raw = JSON.parse(serializeHistory(history)) as { months: Record<string, { employers: { employees: number }[]; period: string }> };
    raw.months['2024-02']!.employers[0]!.employees = -40;
    const r = load(JSON.stringify(raw));
    expect(Object.keys(r.value.months)).toEqual(['2024-01', '2024-03']);
    expect(r.warnings.map((w) => w.code)).toEqual(['xpert.history.monthDropped']);
    expect(r.warnings[0]!.nl).toContain('februari 2024');
    expect(r.warnings[0]!.nl).toContain('employers.0.employees');
  });

  it.each<[string, (h: Record<string, unknown>) => unknown, string]>([
    ['a month filed under another month', (h) => ((h.months as Record<string, unknown>)['2024-05'] = (h.months as Record<string, unknown>)['2024-01']), 'xpert.history.monthDropped'],
    ['an employer twice in a month', (h) => {
      const m = (h.months as Record<string, { employers: unknown[] }>)['2024-01']!;
      m.employers.push({ ...(m.employers[0] as object), code: '1001' });
    }, 'xpert.history.monthDropped'],
    ['an extra field', (h) => ((h.months as Record<string, Record<string, unknown>>)['2024-01']!.bonus = 1), 'xpert.history.monthDropped'],
    ['a key that is not a month', (h) => ((h.months as Record<string, unknown>)['__proto__x'] = {}), 'xpert.history.monthDropped'],
  ])('rejects %s', async (_, tamper, code) => {
    const raw = JSON.parse(serializeHistory(await exampleHistory())) as Record<string, unknown>;
    tamper(raw);
    const r = load(JSON.stringify(raw));
    expect(r.warnings.map((w) => w.code)).toContain(code);
    for (const m of Object.values(r.value.months)) expect(Object.keys(m)).not.toContain('bonus');
  });

  it.each([
    ['not JSON', '{"version":1,', 'xpert.history.corrupt'],
    ['an array', '[]', 'xpert.history.corrupt'],
    ['a newer version', '{"version":7,"months":{}}', 'xpert.history.newer'],
    ['a bad version', '{"version":"1","months":{}}', 'xpert.history.invalid'],
    ['extra top-level fields', '{"version":1,"months":{},"x":1}', 'xpert.history.invalid'],
  ])('ignores %s with a warning', (_, json, code) => {
    const r = load(json);
    expect(r.value).toEqual(emptyHistory());
    expect(r.warnings.map((w) => w.code)).toEqual([code]);
  });
});

describe('importing a month that is already there', () => {
  const withJanFeb = async (): Promise<XpertHistory> => exampleHistory(['xpert-2024-01.csv', 'xpert-2024-02.csv']);

  it('adds new months, and the same figures again change nothing without asking', async () => {
    const h = await withJanFeb();
    const r = addReports(h, [await importExample('xpert-2024-02.csv'), await importExample('xpert-2024-03.xlsx')]);
    expect(r.ok && r.value).toMatchObject({ status: 'updated', added: ['2024-03'], replaced: [], unchanged: ['2024-02'] });
  });

  it('asks before replacing different figures, changes nothing meanwhile, then replaces only that month', async () => {
    const h = await withJanFeb();
    const feb = await importExample('xpert-2024-02.csv');
    const corrected = { ...feb, source: { label: 'feb-gecorrigeerd.csv' }, employers: feb.employers.map((e, i) => (i === 0 ? { ...e, employees: e.employees + 1 } : e)) };
    const mar = await importExample('xpert-2024-03.xlsx');

    const asked = addReports(h, [corrected, mar]);
    expect(asked.ok && asked.value).toEqual({
      status: 'needsConfirmation',
      months: [{ period: '2024-02', stored: { label: 'xpert-2024-02.csv', fileName: 'xpert-2024-02.csv' }, incoming: { label: 'feb-gecorrigeerd.csv' } }],
    });
    // All or nothing: March was not added while the question is open.
    expect(Object.keys(h.months)).toEqual(['2024-01', '2024-02']);

    const done = addReports(h, [corrected, mar], { confirmReplace: ['2024-02'] });
    if (!done.ok || done.value.status !== 'updated') throw new Error('not updated');
    expect(done.value).toMatchObject({ added: ['2024-03'], replaced: ['2024-02'] });
    expect(Object.keys(done.value.history.months)).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(done.value.history.months['2024-02']!.employers[0]!.employees).toBe(45);
    expect(done.value.history.months['2024-01']).toEqual(h.months['2024-01']);
    expect(done.warnings.map((w) => w.code)).toEqual(['xpert.history.replaced']);
  });

  it('refuses one month twice in one import, naming both files', async () => {
    const jan = await importExample('xpert-2024-01.csv');
    const r = addReports(emptyHistory(), [jan, { ...jan, source: { label: 'januari-opnieuw.csv' } }]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('xpert.monthTwice');
    expect(r.error.nl).toBe('januari 2024 staat twee keer in de invoer: in xpert-2024-01.csv en in januari-opnieuw.csv. Kies per maand één rapport.');
  });

  it('removes a month', async () => {
    expect(Object.keys(removeMonth(await withJanFeb(), '2024-01').months)).toEqual(['2024-02']);
  });
});
