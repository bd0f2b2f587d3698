/**
 * Atomicity: a failure at any sync, after any number of that request's actions, leaves the
 * workbook exactly as it was; or, only past the commit point (an old sheet deleted), with
 * the complete new version and a warning. Exhaustive over every sync and every action.
 */
import { describe, expect, it } from 'vitest';
import { OWNER_KEY, writePlanToExcel, type OfficeWriteOptions } from '../../src/office/writer';
import { FakeExcel } from '../support/fake-excel';
import { featurePlan, OTHER, SPEC } from '../writers/xlsx-fixture';

/** A user sheet with a formula on our old sheet, our old specification with its table, and a foreign sheet named like ours. */
function seeded(): FakeExcel {
  const fake = new FakeExcel();
  fake.addSheet('Blad1', { A1: 'eigen werk', B2: '=Specificatie!B2*2' });
  fake.addSheet(SPEC, { A1: 'oude specificatie', B2: 21 }, { [OWNER_KEY]: JSON.stringify({ v: 1, run: 'old', key: 'summary' }) });
  fake.addTable(SPEC, 'Werkgevers', 'A1:B2');
  fake.addSheet(OTHER, { A1: 'van de gebruiker' });
  return fake;
}

const CONFIGS: { label: string; options: Partial<OfficeWriteOptions> }[] = [
  { label: 'default requests', options: {} },
  // Tiny requests and one sheet per request, so the plan spreads over many syncs.
  { label: 'tiny requests', options: { maxRequestBytes: 1200, sheetsPerSync: 1 } },
];

const run = (fake: FakeExcel, options: Partial<OfficeWriteOptions>) =>
  writePlanToExcel(fake.context(), featurePlan(), { conflict: 'replace-own', runId: 'r1', ...options });

const content = (state: unknown) => {
  const { sheets, tables, parts } = state as { sheets: unknown; tables: unknown; parts: unknown };
  return { sheets, tables, parts };
};

describe.each(CONFIGS)('atomicity with $label', ({ options }) => {
  it('survives a failure at every sync, after every number of actions', async () => {
    const clean = seeded();
    const ok = await run(clean, options);
    expect(ok.ok).toBe(true);
    const writeSyncs = clean.syncs;
    const actions = clean.requests.map((r) => r.actions);
    const after = clean.state();
    expect(clean.snapshot()[SPEC]?.A1).toBe('Specificatie Qwoater');

    let points = 0;
    let rolledBack = 0;
    let rolledForward = 0;
    for (let k = 1; k <= writeSyncs; k++) {
      for (let a = 0; a <= actions[k - 1]!; a++) {
        const fake = seeded();
        const before = fake.state();
        fake.failAt(k, a);
        const result = await run(fake, options);
        points++;
        if (result.ok) {
          // Only past the commit point: the new version is complete, nothing temporary is left.
          rolledForward++;
          expect(result.warnings.map((w) => w.code)).toContain('office.finishedWithError');
          expect(content(fake.state()), `sync ${k}, action ${a}`).toEqual(content(after));
          // Even when the commit request failed before its recalculation, the new sheets are calculated.
          expect(fake.uncalculated(), `sync ${k}, action ${a}`).toEqual({});
        } else {
          rolledBack++;
          expect(result.error.code).toBe('office.general');
          expect(fake.state(), `sync ${k}, action ${a}`).toEqual(before);
        }
        expect(fake.sheets.some((s) => s.name.startsWith('~'))).toBe(false);
      }
    }
    console.log(`${writeSyncs} syncs, ${points} failure points: ${rolledBack} rolled back, ${rolledForward} rolled forward`);
    expect(writeSyncs).toBeGreaterThanOrEqual(2);
    expect(rolledBack).toBeGreaterThan(rolledForward);
  }, 120_000);
});

describe('atomicity: failures around the failure', () => {
  it('a plain failure at each sync (no action run) always restores the workbook exactly', async () => {
    const clean = seeded();
    await run(clean, { maxRequestBytes: 1200, sheetsPerSync: 1 });
    for (let k = 1; k <= clean.syncs; k++) {
      const fake = seeded();
      const before = fake.state();
      fake.failAt(k);
      const result = await run(fake, { maxRequestBytes: 1200, sheetsPerSync: 1 });
      expect(result.ok).toBe(false);
      expect(fake.state()).toEqual(before);
    }
  });

  it('when the clean-up fails too, says which sheets to delete by hand', async () => {
    const fake = seeded();
    fake.failAt(1, 1_000_000); // the first request runs, its answer is lost
    fake.failAt(3); // and the clean-up's last request fails
    const result = await run(fake, {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('office.rollbackFailed');
    expect(result.error.nl).toContain('~fc-tmp-r1-1');
    expect(result.error.en).toContain('GeneralException');
  });

  it.each([
    ['AccessDenied', 'office.accessDenied'],
    ['InvalidOperationInCellEditMode', 'office.cellEditing'],
    ['ItemAlreadyExists', 'office.itemAlreadyExists'],
    ['InvalidArgument', 'office.invalidArgument'],
    ['SomethingNew', 'office.unknown'],
  ])('maps %s at the first write to %s and leaves nothing behind', async (code, expected) => {
    const fake = seeded();
    const before = fake.state();
    fake.failAt(1, 3, code);
    const result = await run(fake, {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(expected);
    expect(fake.state()).toEqual(before);
  });

  it('a real Excel refusal mid-request (a name taken meanwhile) is rolled back too', async () => {
    const fake = seeded();
    // A table named like our temporary one makes tables.add's rename fail inside the first request.
    fake.addTable('Blad1', 'fc_tmp_r1_1_1', 'D1:E2');
    const before = fake.state();
    const result = await run(fake, {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('office.itemAlreadyExists');
    expect(fake.state()).toEqual(before);
  });
});
