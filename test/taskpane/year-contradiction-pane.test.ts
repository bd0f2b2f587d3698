/**
 * Issue #11 item 1 in the pane: the year field and model 1's agreed peildatum go through
 * the same engine, so 'Maak specificatie' fails with the engine's error naming both years
 * and writes nothing to the workbook.
 */
import { describe, expect, it } from 'vitest';
import { buildQwoaterPlan, reconcileQwoater } from '../../src/domain/pipeline';
import { ok } from '../../src/domain/problems';
import type { WorkbookHost } from '../../src/host/host';
import { makeSpecification, type Engine } from '../../src/taskpane/make/make-specification';
import { defaultPriceForm, validateForms, type ChoiceForm } from '../../src/taskpane/state/forms';
import { dossierExport } from '../support/dossier-export';
import { quietHost } from '../support/fake-host';

const engine: Engine = { reconcile: reconcileQwoater, buildPlan: (r, i, l, w) => buildQwoaterPlan(r, i, l, w) };

function host() {
  let writes = 0;
  const h: WorkbookHost = quietHost('excel', {
    writePlan: async (plan) => {
      writes++;
      return ok({ sheetNames: Object.fromEntries(plan.sheets.map((s) => [s.key, s.name])) });
    },
  });
  return { h, writes: () => writes };
}

const settingsOf = (choice: ChoiceForm) => {
  const v = validateForms(choice, { ...defaultPriceForm('nl'), flatPrice: '9,85' });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.settings;
};

async function make(choice: ChoiceForm, current: ReturnType<typeof dossierExport>, previous: ReturnType<typeof dossierExport> | null) {
  const { h, writes } = host();
  const out = await makeSpecification(h, engine, { current, previous, settings: settingsOf(choice), importWarnings: [], lang: 'nl' }, {
    onProgress: () => {},
    chooseConflict: async () => 'next-free-name',
    signal: new AbortController().signal,
  });
  return { out, writes: writes() };
}

describe('the pane’s year against the exports', () => {
  const cur = dossierExport('2024.csv', '2024-12-31', [['000001', 'A', 1, 10, 2]]);
  const prev = dossierExport('2023.csv', '2023-12-31', [['000001', 'A', 1, 9, 3]]);

  it('fails with both years when the year field says 2023 over the 2024 export, and writes nothing', async () => {
    const { out, writes } = await make({ model: 2, year: '2023', peildatum: '' }, cur, prev);
    expect(out.kind).toBe('failed');
    if (out.kind !== 'failed') return;
    expect(out.error.code).toBe('billing.yearContradictsExport');
    expect(out.error.nl).toMatch(/2023.*31-12-2024.*2024/);
    expect(writes).toBe(0);
  });

  it('fails when model 1’s agreed peildatum lies in another year than the export', async () => {
    const oct = dossierExport('okt.csv', '2024-10-01', [['000001', 'A', 1, 10, 2]]);
    const { out, writes } = await make({ model: 1, year: '', peildatum: '2023-10-01' }, oct, null);
    expect(out.kind === 'failed' && out.error.code).toBe('billing.agreedPeildatumOtherYear');
    expect(writes).toBe(0);
  });
});
