/**
 * The Office.js writer's costs, measured on the recording fake: round trips (syncs) and the
 * largest request (JSON bytes queued between two syncs). Excel itself is not needed: these
 * two numbers, not the fake's speed, are what make a write slow or fail in Excel.
 *
 *   npx tsx bench/office-writer.ts      prints the JSON
 *   bench/run.ts calls measureOfficeWriter()
 *
 * Goals: 50,000-row employer table in ≤ 8 syncs with no request over 4 MB; 5,000 rows in
 * ≤ 4 syncs; 1,000 per-employer sheets in ≤ ceil(1000/50) + 2 syncs.
 */
import type { WorkbookPlan } from '../src/domain/spec/plan';
import { writePlanToExcel } from '../src/office/writer';
import { FakeExcel } from '../test/support/fake-excel';
import { employersPlan, perEmployerPlan } from '../test/office/synthetic-plans';

export interface OfficeWriterBench {
  officeSyncs50k: number;
  officeMaxRequestBytes50k: number;
  officeSyncs5k: number;
  officeSyncs1000Sheets: number;
}

async function measure(plan: WorkbookPlan): Promise<{ syncs: number; largest: number }> {
  const fake = new FakeExcel();
  fake.addSheet('Blad1');
  const result = await writePlanToExcel(fake.context(), plan, { conflict: 'replace-own' });
  if (!result.ok) throw new Error(`office writer failed: ${result.error.en}`);
  return { syncs: fake.syncs, largest: fake.largestRequest };
}

export async function measureOfficeWriter(): Promise<OfficeWriterBench> {
  const big = await measure(employersPlan(50_000));
  const mid = await measure(employersPlan(5_000));
  const many = await measure(perEmployerPlan(1_000));
  return {
    officeSyncs50k: big.syncs,
    officeMaxRequestBytes50k: big.largest,
    officeSyncs5k: mid.syncs,
    officeSyncs1000Sheets: many.syncs,
  };
}

if (typeof require !== 'undefined' && require.main === module) {
  measureOfficeWriter().then(
    (r) => console.log(JSON.stringify(r)),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
