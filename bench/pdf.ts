/**
 * A 3,000-employer 'Dossiervorming Qwoater per werkgever' printed to PDF (about 110 pages:
 * title, a header wrapped over three lines on every page, names over two lines, footers),
 * read by the CLI as a user runs it: `factuurcheck reconcile --model 1 --current x.pdf`
 * (issue 13: within 5 s). The PDF is written first with PDFKit and not timed; the CLI's
 * answer is checked against the generator's own sums.
 * `npx tsx bench/pdf.ts` prints JSON; `bench/run.ts` imports measurePdf().
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { twinPdf, type TwinReport } from '../test/support/dossier-pdf';

const EMPLOYERS = 3_000;
const RUNS = 3;
const cli = resolve(__dirname, '..', 'bin', 'factuurcheck.cjs');

function report(): TwinReport {
  let s = 13;
  const rand = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const long = ['Stichting Kinderopvang De Kleine Wereld en Omstreken', 'Installatiebedrijf Gebroeders Van den Heuvel B.V.'];
  const employers = Array.from({ length: EMPLOYERS }, (_, i) => {
    const f = Math.floor(rand() * 400);
    return {
      number: String(100_000 + i * 7),
      name: i % 9 === 0 ? `${long[i % 2]} ${i}` : `Werkgever ${i} B.V.`,
      employerDossiers: 1,
      employeeDossiers: f,
      inactiveDossiers: Math.floor(f * rand() * 0.4),
    };
  });
  return { peildatum: '31-12-2024', provider: 'Benchmark Salarisadministratie B.V.', employers, layout: 'year', totalsRow: true, thousands: true };
}

export async function measurePdf(): Promise<{ pdf3000Ms: number; pdf3000Pages: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'fc-bench-pdf-'));
  try {
    const r = report();
    const bytes = await twinPdf(r, { maxRowsPerPage: 27 });
    const pages = (Buffer.from(bytes).toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
    const file = join(dir, 'dossiervorming-31-12-2024.pdf');
    writeFileSync(file, bytes);
    const sumF = r.employers.reduce((a, e) => a + e.employeeDossiers, 0);
    const times: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const t0 = process.hrtime.bigint();
      const run = spawnSync(process.execPath, [cli, 'reconcile', '--model', '1', '--current', file, '--price', '9,85', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (run.status !== 0) throw new Error(`reconcile on the PDF exited ${run.status}: ${run.stderr}`);
      const totals = JSON.parse(run.stdout).totals;
      if (totals.employers !== EMPLOYERS || totals.employeeDossiers !== sumF) throw new Error('reconcile on the PDF disagrees with the generator');
      // The first run warms the file cache and is not counted.
      if (i > 0) times.push(ms);
    }
    times.sort((a, b) => a - b);
    return { pdf3000Ms: Math.round(times[Math.floor(times.length / 2)]!), pdf3000Pages: pages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  measurePdf().then((r) => console.log(JSON.stringify(r)));
}
