/**
 * The built CLI takes a PDF wherever it takes a CSV: --current, --previous, --signing,
 * xpert --in, and Qwoater's invoice PDF with --invoices. The answers must equal those for
 * the CSV twins in examples/; a bad PDF ends with exit code 2 and one line on stderr.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, ROOT, runCli } from '../support/cli';
import { scanPdf } from '../support/report-pdf';

const ex = (f: string) => join(ROOT, 'examples', f);
let dir: string;

beforeAll(() => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), 'fc-cli-pdf-'));
});

const json = (args: string[]) => {
  const r = runCli([...args, '--json']);
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout);
};

describe('PDFs on the command line', () => {
  it('reconcile: the PDF pair gives the same totals and employers as the CSV pair', () => {
    const base = ['reconcile', '--model', '2', '--price', '9,85'];
    const csv = json([...base, '--current', ex('loket-dossiers-31-12-2024.csv'), '--previous', ex('loket-dossiers-31-12-2023.csv')]);
    const pdf = json([...base, '--current', ex('loket-dossiers-31-12-2024.pdf'), '--previous', ex('loket-dossiers-31-12-2023.pdf')]);
    expect(pdf.totals).toEqual(csv.totals);
    expect(pdf.employers).toEqual(csv.employers);
    expect(pdf.peildatum).toEqual(csv.peildatum);
    // The hand count in examples/README.md: 1 896 − 520 + 25.
    expect(pdf.totals.billableDossiers).toBe(1_401);
  });

  it('reconcile --model 1 on the turned landscape PDF', () => {
    const csv = json(['reconcile', '--model', '1', '--current', ex('loket-dossiers-01-10-2024.csv'), '--price', '9,85']);
    const pdf = json(['reconcile', '--model', '1', '--current', ex('loket-dossiers-01-10-2024.pdf'), '--price', '9,85']);
    expect(pdf.totals).toEqual(csv.totals);
    expect(pdf.totals.billableDossiers).toBe(1_541);
  });

  it('rebill with signing PDFs and the invoice PDF: the same split and invoice check as with the CSVs and the text', () => {
    const COUNTS = ['--count', '31-12-2023=1380', '31-03-2024=1392', '30-06-2024=1398', '30-09-2024=1399'];
    const out = (ext: 'csv' | 'pdf', invoices: string) =>
      json([
        'rebill', '--model', '2', '--price', '9,85', '--current', ex(`loket-dossiers-31-12-2024.${ext}`), '--previous', ex(`loket-dossiers-31-12-2023.${ext}`),
        '--signing', ex(`loket-signing-2024-Q1.${ext}`), ex(`loket-signing-2024-Q2.${ext}`), '--signing-price', '0,50',
        '--invoices', ex(invoices), ...COUNTS, '--out', join(dir, `rebill-${ext}.csv`),
      ]);
    const csv = out('csv', 'facturen-2024.txt');
    const pdf = out('pdf', 'facturen-2024.pdf');
    expect(pdf.totals).toEqual(csv.totals);
    expect(pdf.employers).toEqual(csv.employers);
    const withoutSource = (lines: { source: unknown }[]) => lines.map(({ source: _s, ...l }) => l);
    expect(withoutSource(pdf.invoiceCheck)).toEqual(withoutSource(csv.invoiceCheck));
    // Each line named by its page and row in the PDF: the final settlement is the tenth row, on page 2.
    expect(pdf.invoiceCheck.at(-1).source).toEqual({ file: 'facturen-2024.pdf', page: 2, row: 4 });
    // examples/README.md, worked by hand: every line checks out but the final settlement.
    expect(pdf.invoiceCheck.filter((l: { status: string }) => l.status === 'check').map((l: { kind: string }) => l.kind)).toEqual(['final']);
  });

  it('xpert --in: PDF months as their CSVs', () => {
    const base = ['xpert', '--rate', '1,25', '--sms-rate', '0,09'];
    const csv = json([...base, '--in', ex('xpert-2024-01.csv'), ex('xpert-2024-02.csv')]);
    const pdf = json([...base, '--in', ex('xpert-2024-01.pdf'), ex('xpert-2024-02.pdf')]);
    expect(pdf.periods).toEqual(csv.periods);
    expect(pdf.employers).toEqual(csv.employers);
  });

  it('a scan: exit code 2 and one line naming the file, in Dutch or English', async () => {
    const scan = join(dir, 'export-2024.pdf');
    writeFileSync(scan, await scanPdf(1));
    for (const [lang, text] of [['nl', 'scan'], ['en', 'scan']] as const) {
      const r = runCli(['reconcile', '--model', '1', '--current', scan, '--price', '9,85', '--lang', lang]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('export-2024.pdf');
      expect(lines[0]).toContain(text);
    }
  });
});
