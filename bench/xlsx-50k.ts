/**
 * Time and peak memory of writing a 50,000-employer workbook.
 *
 *   npx tsx bench/xlsx-50k.ts                 streaming file writer (the CLI path)
 *   npx tsx bench/xlsx-50k.ts --buffer        in-memory writer (the browser path)
 *   npx tsx bench/xlsx-50k.ts --rows 10000 --out /tmp/x.xlsx
 *
 * Peak RSS is the whole process's high-water mark (plan included), so run one mode per
 * process. The plan is synthetic, built from plan.ts types, with the shape of the real
 * employer table: 8 columns, 3 of them formulas carrying their results.
 */
import { statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptySheet, NumFmt, quoteSheet, range, type CellValue, type WorkbookPlan } from '../src/domain/spec/plan';
import { writeXlsxFile } from '../src/writers/xlsx-file-writer';
import { loadExcelJS } from '../src/writers/xlsx-render';
import { writeXlsxBuffer } from '../src/writers/xlsx-writer';

const COLUMNS = ['Nummer', 'Naam', 'Model 1', 'Model 2', 'Prijs', 'Aantal', 'Bedrag', 'Status'];

function syntheticPlan(rows: number): WorkbookPlan {
  const emp = emptySheet('employers', 'Werkgevers');
  const cells: CellValue[][] = [COLUMNS];
  let totalCents = 0;
  for (let i = 0; i < rows; i++) {
    const r = i + 2; // Excel row of this line
    const m1 = (i * 7) % 40;
    const m2 = (i * 3) % 25;
    const priceCents = 150 + (i % 5) * 25; // € 1.50 … € 2.50
    const cents = (m1 + m2) * priceCents;
    totalCents += cents;
    cells.push([
      String(100000 + i).padStart(6, '0'),
      `Werkgever ${i} B.V.`,
      m1,
      m2,
      priceCents / 100,
      { f: `C${r}+D${r}`, r: m1 + m2 },
      { f: `ROUND(F${r}*E${r},2)`, r: cents / 100 },
      { f: `IF(G${r}>100,"Controle","OK")`, r: cents > 10_000 ? 'Controle' : 'OK' },
    ]);
  }
  emp.blocks.push({ row: 0, col: 0, cells });
  emp.styles.push(
    { range: range(0, 0, 0, 7), style: { bold: true, fill: 'DDEBF7', border: 'bottom' } },
    { range: range(1, 2, rows, 3), style: { numFmt: NumFmt.count } },
    { range: range(1, 4, rows, 4), style: { numFmt: NumFmt.price } },
    { range: range(1, 5, rows, 5), style: { numFmt: NumFmt.count } },
    { range: range(1, 6, rows, 6), style: { numFmt: NumFmt.euro } },
    { range: range(1, 7, rows, 7), style: { hAlign: 'center' } },
  );
  emp.columnWidths = [10, 30, 10, 10, 10, 10, 14, 12];
  emp.freeze = { rows: 1, cols: 0 };
  emp.tables.push({ name: 'Werkgevers', range: range(0, 0, rows, 7), columns: COLUMNS.map((name) => ({ name })), style: 'TableStyleMedium2' });
  emp.highlights.push({ range: range(1, 7, rows, 7), equals: 'Controle', fill: 'FFC7CE', fontColor: '9C0006' });

  const sum = emptySheet('summary', 'Specificatie');
  sum.blocks.push({ row: 0, col: 0, cells: [['Totaal bedrag', { f: `SUM(${quoteSheet(emp.name)}!G2:G${rows + 1})`, r: totalCents / 100 }]] });
  sum.styles.push({ range: range(0, 1), style: { numFmt: NumFmt.euro, bold: true } });
  sum.names.push({ name: 'TotaalBedrag', row: 0, col: 1 });
  return { title: 'Benchmark', sheets: [sum, emp] };
}

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const mib = (bytes: number): string => (bytes / 1024 / 1024).toFixed(0);

async function main(): Promise<void> {
  const rows = Number(arg('--rows') ?? 50_000);
  const buffer = process.argv.includes('--buffer');
  const out = arg('--out') ?? join(tmpdir(), `fc-bench-${rows}${buffer ? '-buffer' : ''}.xlsx`);

  const t0 = performance.now();
  const plan = syntheticPlan(rows);
  const t1 = performance.now();
  const rssPlan = process.memoryUsage().rss;
  // Loading ExcelJS is part of what a user waits for, but under tsx it is inflated by the
  // TypeScript loader hooks, so it is timed apart from the writing itself.
  await loadExcelJS();
  const t2 = performance.now();
  const cpu0 = process.cpuUsage();
  if (buffer) writeFileSync(out, await writeXlsxBuffer(plan));
  else await writeXlsxFile(plan, out);
  const t3 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  // maxRSS is in KiB on Linux and macOS.
  const peak = process.resourceUsage().maxRSS * 1024;

  const result = {
    writer: buffer ? 'writeXlsxBuffer' : 'writeXlsxFile',
    rows,
    buildPlanMs: Math.round(t1 - t0),
    loadExcelJSMs: Math.round(t2 - t1),
    writeMs: Math.round(t3 - t2),
    // CPU of the main thread and zlib's pool together; compare with writeMs on a busy machine.
    writeCpuMs: Math.round((cpu.user + cpu.system) / 1000),
    rssAfterPlanMiB: Number(mib(rssPlan)),
    peakRssMiB: Number(mib(peak)),
    fileKiB: Math.round(statSync(out).size / 1024),
    out,
  };
  console.log(`${result.writer}: ${rows} rows, plan ${result.buildPlanMs} ms, load ExcelJS ${result.loadExcelJSMs} ms, write ${result.writeMs} ms (CPU ${result.writeCpuMs} ms), peak RSS ${result.peakRssMiB} MiB (${result.rssAfterPlanMiB} MiB after building the plan), ${result.fileKiB} KiB`);
  console.log(JSON.stringify(result));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
