/**
 * The Otherside flow's reducer: months go into the history through addReports, a month
 * already there with other figures waits for the user's answer, and none is ever doubled.
 */
import { describe, expect, it } from 'vitest';
import { importXpertReport, type XpertReport } from '../../src/domain/xpert';
import { initialXpertState, xpertReducer, type XpertAction, type XpertState } from '../../src/taskpane/xpert/xpert-state';

const NOW = new Date('2024-04-01T08:00:00Z');

function report(label: string, month: string, employees = 10): XpertReport {
  const text = `Periode: ${month}\nWerkgevercode;Naam;Aantal medewerkers;Aantal SMS\n001;Bakkerij;${employees};4\n002;Garage;5;1\n`;
  const r = importXpertReport({ text }, { label, fileName: label });
  if (!r.ok) throw new Error(r.error.en);
  return r.value;
}

/** One file of an import, as the importer hands it to the flow (imports/use-importer.ts). */
const entry = (id: number, r: XpertReport) => ({ id, report: r });

function run(state: XpertState, ...actions: XpertAction[]): XpertState {
  return actions.reduce(xpertReducer, state);
}

function withMonths(...reports: XpertReport[]): XpertState {
  const entries = reports.map((r, i) => entry(i + 1, r));
  return run(initialXpertState('nl'), { type: 'months.add', items: entries, now: NOW });
}

describe('Otherside flow state', () => {
  it('adds several months at once, in calendar order, and marks each file', () => {
    const s = withMonths(report('feb.csv', 'februari 2024'), report('jan.csv', 'januari 2024'));
    expect(Object.keys(s.history.months)).toEqual(['2024-01', '2024-02']);
    expect([s.outcomes[1], s.outcomes[2]]).toEqual(['added', 'added']);
    expect(s.pending).toBeNull();
  });

  it('asks before replacing a month with other figures, and replaces it once after yes', () => {
    const s = withMonths(report('jan.csv', 'januari 2024'));
    const again = entry(9, report('jan-correctie.csv', 'januari 2024', 12));
    const asked = run(s, { type: 'months.add', items: [{ id: 9, report: again.report }], now: NOW });
    expect(asked.pending?.candidates.map((c) => [c.period, c.stored.label, c.incoming.label])).toEqual([['2024-01', 'jan.csv', 'jan-correctie.csv']]);
    expect(asked.history).toBe(s.history);
    const replaced = run(asked, { type: 'months.replace', now: NOW });
    expect(replaced.pending).toBeNull();
    expect(Object.keys(replaced.history.months)).toEqual(['2024-01']);
    expect(replaced.history.months['2024-01']!.source.label).toBe('jan-correctie.csv');
    expect(replaced.outcomes[9]).toBe('replaced');
  });

  it('keeping the earlier figures still adds the other months of that import', () => {
    const s = withMonths(report('jan.csv', 'januari 2024'));
    const jan2 = entry(5, report('jan-2.csv', 'januari 2024', 99));
    const feb = entry(6, report('feb.csv', 'februari 2024'));
    const asked = run(s, { type: 'months.add', items: [jan2, feb], now: NOW });
    const kept = run(asked, { type: 'months.keep', now: NOW });
    expect(Object.keys(kept.history.months)).toEqual(['2024-01', '2024-02']);
    expect(kept.history.months['2024-01']!.source.label).toBe('jan.csv');
    expect([kept.outcomes[5], kept.outcomes[6]]).toEqual(['kept', 'added']);
  });

  it('the same figures again change nothing and ask nothing', () => {
    const s = withMonths(report('jan.csv', 'januari 2024'));
    const same = entry(7, report('jan.csv', 'januari 2024'));
    const after = run(s, { type: 'months.add', items: [{ id: 7, report: same.report }], now: NOW });
    expect(after.pending).toBeNull();
    expect(after.outcomes[7]).toBe('unchanged');
    expect(after.history.months).toEqual(s.history.months);
  });

  it('two files for one month in one import: nothing added, an error naming both', () => {
    const s = withMonths(report('a.csv', 'maart 2024'), report('b.csv', 'maart 2024', 11));
    expect(s.history.months).toEqual({});
    const notice = s.notices[0];
    expect(notice?.kind === 'problem' && notice.problem.code).toBe('xpert.monthTwice');
    expect(notice?.kind === 'problem' && notice.problem.nl).toMatch(/a\.csv.*b\.csv/);
  });

  it('re-reading a file with other columns replaces the month that file gave, without asking', () => {
    const s = withMonths(report('jan.csv', 'januari 2024'));
    const reread = report('jan.csv', 'januari 2024', 30);
    const after = run(s, { type: 'months.add', items: [{ id: 1, report: reread }], now: NOW, sameFileReplaces: true });
    expect(after.pending).toBeNull();
    expect(after.history.months['2024-01']!.employers[0]!.employees).toBe(30);
  });

  it('removes a month and moves the revision, so an old result card is stale', () => {
    const s = withMonths(report('jan.csv', 'januari 2024'), report('feb.csv', 'februari 2024'));
    const after = run(s, { type: 'month.remove', period: '2024-01' });
    expect(Object.keys(after.history.months)).toEqual(['2024-02']);
    expect(after.revision).toBeGreaterThan(s.revision);
  });
});
