/**
 * The specification workbook, recalculated by LibreOffice: every formula's value must equal
 * the result the plan carries, and the figures must equal what the CLI reports. Covers both
 * models, a flat price, both staffel kinds and a year below the minimum.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDossierExport } from '../../src/domain/imports/loket-dossiers';
import { buildQwoaterPlan, reconcileQwoater } from '../../src/domain/pipeline';
import { settingsSchema, type SettingsInput } from '../../src/domain/settings';
import { writeXlsxFile } from '../../src/writers/xlsx-file-writer';
import { buildCli, ROOT, runCli } from '../support/cli';
import { assertFormulasMatchPlan, readWorkbookValues, recalcWithLibreOffice } from '../support/libreoffice';
import { requireTool } from '../support/system-tools';

const soffice = requireTool('soffice', 'the LibreOffice formula oracle for the specification');
const dir = mkdtempSync(join(tmpdir(), 'fc-spec-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const load = (f: string) => {
  const r = importDossierExport({ bytes: readFileSync(join(ROOT, 'examples', f)) }, { label: f, fileName: f });
  if (!r.ok) throw new Error(r.error.nl);
  return r.value;
};

async function recalculated(name: string, settings: SettingsInput, model1 = false) {
  const input = model1
    ? { current: load('loket-dossiers-01-10-2024.csv'), previous: null, settings: settingsSchema.parse(settings) }
    : { current: load('loket-dossiers-31-12-2024.csv'), previous: load('loket-dossiers-31-12-2023.csv'), settings: settingsSchema.parse(settings) };
  const rec = reconcileQwoater(input);
  if (!rec.ok) throw new Error(rec.error.nl);
  const plan = buildQwoaterPlan(rec.value, input, 'nl');
  const path = join(dir, `${name}.xlsx`);
  await writeXlsxFile(plan, path);
  const out = await recalcWithLibreOffice(path);
  return { plan, rec: rec.value, out, values: await readWorkbookValues(out) };
}

/** The value LibreOffice computed in the row whose label (column A) is `label`. */
function valueByLabel(values: Awaited<ReturnType<typeof readWorkbookValues>>, sheet: string, label: string): unknown {
  const cells = values.get(sheet)!;
  for (const [addr, cell] of cells) {
    if (/^A\d+$/.test(addr) && cell.value === label) return cells.get(`B${addr.slice(1)}`)?.value;
  }
  throw new Error(`no row '${label}' on ${sheet}`);
}

describe.skipIf(!soffice)('specification recalculated by LibreOffice', () => {
  beforeAll(() => buildCli());

  it('model 2, flat price: every formula agrees, and so does the CLI', async () => {
    const { plan, out, values } = await recalculated('m2-flat', { model: 2, pricing: { kind: 'flat', priceE4: 98_500 } });
    const checked = await assertFormulasMatchPlan(plan, out);
    const employers = plan.sheets[1]!.blocks.at(-1)!.cells.length;
    // two formulas per employer row plus the totals row and the summary
    expect(checked).toBeGreaterThan(2 * employers);

    const cli = runCli(['reconcile', '--current', join(ROOT, 'examples', 'loket-dossiers-31-12-2024.csv'), '--previous', join(ROOT, 'examples', 'loket-dossiers-31-12-2023.csv'), '--price', '9,85', '--json']);
    const t = JSON.parse(cli.stdout).totals;
    const s = 'Specificatie 2024';
    expect(valueByLabel(values, s, 'Te factureren dossiers')).toBe(t.billableDossiers);
    expect(valueByLabel(values, s, 'Actieve werknemersdossiers (F − G)')).toBe(t.activeEmployeeDossiers);
    expect(Math.round((valueByLabel(values, s, 'Totaal excl. btw') as number) * 100)).toBe(t.totalExclVatCents);
    expect(Math.round((valueByLabel(values, s, 'Btw') as number) * 100)).toBe(t.vatCents);
    expect(Math.round((valueByLabel(values, s, 'Totaal incl. btw') as number) * 100)).toBe(t.totalInclVatCents);
  });

  it('graduated staffel and the minimum top-up', async () => {
    const tiers = [{ from: 1, priceE4: 15_000 }, { from: 1001, priceE4: 5_000 }];
    const { plan, out, rec } = await recalculated('m2-graduated', { model: 2, pricing: { kind: 'graduated', tiers } });
    await assertFormulasMatchPlan(plan, out);
    // 1 401 dossiers: 1 000 × € 1,50 + 401 × € 0,50 = € 1.700,50, above the minimum
    expect(rec.totals.billableDossiers).toBe(1401);
    expect(rec.totals.amountCents).toBe(170_050);
  });

  it('volume staffel below the minimum', async () => {
    const tiers = [{ from: 1, priceE4: 5_000 }, { from: 1001, priceE4: 4_000 }];
    const { plan, out, rec } = await recalculated('m2-volume', { model: 2, pricing: { kind: 'volume', tiers } });
    await assertFormulasMatchPlan(plan, out);
    // 1 401 × € 0,40 = € 560,40; top-up to € 636,00 = € 75,60
    expect(rec.totals.amountCents).toBe(56_040);
    expect(rec.totals.minimumTopUpCents).toBe(7_560);
  });

  it('model 1', async () => {
    const { plan, out } = await recalculated('m1', { model: 1, pricing: { kind: 'flat', priceE4: 98_550 } }, true);
    expect(await assertFormulasMatchPlan(plan, out)).toBeGreaterThan(20);
  });

  it('the comparison block turns OK when the invoice matches', async () => {
    // The status formulas are checked with empty inputs above; here LibreOffice evaluates them with the
    // invoice typed in, by a workbook whose input cells carry the figures.
    const { plan } = await recalculated('m2-cmp', { model: 2, pricing: { kind: 'flat', priceE4: 98_500 } });
    const summary = plan.sheets[0]!;
    const inputs = summary.blocks.filter((b) => b.cells[0]!.length === 5 && b.cells[0]![2] === null);
    expect(inputs).toHaveLength(4);
    for (const b of inputs) {
      const ours = b.cells[0]![1] as { r: number };
      b.cells[0]![2] = ours.r; // invoiced = ours
      (b.cells[0]![3] as { r: number }).r = 0;
      (b.cells[0]![4] as { r: string }).r = 'OK';
    }
    // One amount off by more than the tolerance must say 'controleren'.
    const excl = inputs[1]!.cells[0]!;
    excl[2] = (excl[1] as { r: number }).r + 5;
    (excl[3] as { r: number }).r = 5;
    (excl[4] as { r: string }).r = 'controleren';
    const path = join(dir, 'cmp.xlsx');
    await writeXlsxFile(plan, path);
    await assertFormulasMatchPlan(plan, await recalcWithLibreOffice(path));
  });
});
