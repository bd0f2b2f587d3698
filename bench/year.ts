/**
 * 1,000 per-employer sheets through the .xlsx writer (issue 4: within 3 s). The plan is
 * built first and timed apart, so the figure is the writer's, as the issue states it.
 * `npx tsx bench/year.ts` prints JSON; `bench/run.ts` can import measureYear().
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reconcileQwoater } from '../src/domain/billing/qwoater';
import { rebill } from '../src/domain/billing/rebill';
import type { DossierExport } from '../src/domain/imports/types';
import { settingsSchema } from '../src/domain/settings';
import { buildEmployerSheets } from '../src/domain/spec/employer-sheets';
import type { WorkbookPlan } from '../src/domain/spec/plan';
import { writeXlsxFile } from '../src/writers/xlsx-file-writer';

const EMPLOYERS = 1_000;

function exportOf(label: string, peildatum: string, rows: [string, string, number, number, number][]): DossierExport {
  return {
    kind: 'loket-dossiers',
    source: { label },
    peildatum,
    peildatumFrom: 'title',
    headerRow: 1,
    headers: [],
    columns: { employerNumber: 0, employerName: 1, employerDossiers: 2, employeeDossiers: 3, inactiveDossiers: 4, activeDossiers: null, peildatum: null },
    columnsFoundBy: {},
    hasInactiveColumn: true,
    employers: rows.map(([number, name, employerDossiers, employeeDossiers, inactiveDossiers], i) => ({ number, name, employerDossiers, employeeDossiers, inactiveDossiers, sourceRow: i + 2 })),
    totals: null,
  };
}

/** 1,000 employers with plausible names (some alike, so unique sheet names are exercised). */
export function thousandEmployerPlan(): WorkbookPlan {
  const settings = settingsSchema.parse({ model: 2, pricing: { kind: 'graduated', tiers: [{ from: 1, priceE4: 105_000 }, { from: 5_001, priceE4: 98_500 }] } });
  const rows = (g: (i: number) => number): [string, string, number, number, number][] =>
    Array.from({ length: EMPLOYERS }, (_, i) => [String(100_000 + i), `Werkgever ${['Bakkerij', 'Garage', 'Kapsalon', 'Stichting'][i % 4]} ${Math.floor(i / 3)}`, 1, 5 + (i % 40), g(i)]);
  const rec = reconcileQwoater({
    current: exportOf('2024.csv', '2024-12-31', rows(() => 0)),
    previous: exportOf('2023.csv', '2023-12-31', rows((i) => i % 5)),
    settings,
  });
  if (!rec.ok) throw new Error(rec.error.nl);
  const split = rebill({ rec: rec.value, settings, signing: null, signingPlan: { mode: 'unknown', unit: 'requests' } });
  if (!split.ok) throw new Error(split.error.nl);
  const sheets = buildEmployerSheets({ rec: rec.value, rebill: split.value, signing: null, selection: { confirmedMany: true }, taken: [], asOf: '2025-01-15' }, 'nl');
  if (!sheets.ok) throw new Error(sheets.error.nl);
  return { title: 'Doorbelasting 2024', sheets: sheets.value };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function measureYear(runs = 3): Promise<{ xlsx1000SheetsMs: number; plan1000SheetsMs: number; xlsx1000SheetsKiB: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'fc-bench-year-'));
  try {
    const planTimes: number[] = [];
    const writeTimes: number[] = [];
    let size = 0;
    for (let i = 0; i <= runs; i++) {
      const t0 = performance.now();
      const plan = thousandEmployerPlan();
      const t1 = performance.now();
      const file = join(dir, `employers-${i}.xlsx`);
      await writeXlsxFile(plan, file);
      const t2 = performance.now();
      size = statSync(file).size;
      // The first run warms the module cache and the JIT; it does not count.
      if (i > 0) {
        planTimes.push(t1 - t0);
        writeTimes.push(t2 - t1);
      }
    }
    return { xlsx1000SheetsMs: Math.round(median(writeTimes)), plan1000SheetsMs: Math.round(median(planTimes)), xlsx1000SheetsKiB: Math.round(size / 1024) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && /year\.ts$/.test(process.argv[1])) {
  measureYear().then(
    (r) => process.stdout.write(JSON.stringify(r) + '\n'),
    (e) => {
      process.stderr.write(`${e instanceof Error ? e.message : e}\n`);
      process.exitCode = 1;
    },
  );
}
