/**
 * What a user prints. `spec` with the year options on the sample exports, and `xpert` on
 * the Otherside samples, printed to PDF by LibreOffice: every page is A4, and no sheet is
 * more than one page wide.
 *
 * 'One page wide' is read from the pages themselves. Each page's header names its sheet
 * (the header is the sheet's name, &A); each sheet repeats its print-title rows at the top
 * of every page. A sheet printed two pages wide would have pages showing only its right-
 * hand columns, without the text that starts its first print-title row in column A. So
 * every page must hold that text; and the pages of a sheet count exactly as its footer
 * says ("pagina X van Y" runs 1 to Y within the sheet, or through the whole print).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openXlsx } from '../support/read-xlsx';
import { runCli, ROOT } from '../support/cli';
import { printWithLibreOffice } from '../support/libreoffice';
import { requireTool } from '../support/system-tools';

const tools = [requireTool('soffice', 'the printed workbook is made by LibreOffice'), requireTool('pdftotext', 'the printed pages are read back'), requireTool('pdfinfo', 'the page sizes are read back')];
const suite = tools.every(Boolean) ? describe : describe.skip;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fc-print-'));
});

const ex = (f: string) => join(ROOT, 'examples', f);

/** Page sizes in points, from pdfinfo. */
function pageSizes(pdf: string): { width: number; height: number }[] {
  const out = execFileSync('pdfinfo', ['-f', '1', '-l', '100000', pdf], { encoding: 'utf8' });
  return [...out.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/** The text of each page, in reading order. */
function pageTexts(pdf: string, pages: number): string[] {
  return Array.from({ length: pages }, (_, i) => execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }));
}

const isA4 = ({ width, height }: { width: number; height: number }) => {
  const [short, long] = [Math.min(width, height), Math.max(width, height)];
  return Math.abs(short - 595.3) < 1 && Math.abs(long - 841.9) < 1;
};

/** Per sheet (in order), the text in column A of its first print-title row, as the written file holds it. */
async function titleTexts(xlsx: string): Promise<{ sheet: string; title: string }[]> {
  const wb = await openXlsx(xlsx);
  const out: { sheet: string; title: string }[] = [];
  wb.eachSheet((ws) => {
    const rows = String(ws.pageSetup.printTitlesRow ?? '1:1');
    const first = Number(rows.split(':')[0]!.replace(/\$/g, ''));
    out.push({ sheet: ws.name, title: String(ws.getCell(`A${first}`).value ?? '') });
  });
  return out;
}

/** Checks the printed pages against the rule; returns the number of pages per sheet. */
async function checkPrint(xlsx: string): Promise<Map<string, number>> {
  const pdf = await printWithLibreOffice(xlsx);
  const sizes = pageSizes(pdf);
  expect(sizes.length).toBeGreaterThan(0);
  sizes.forEach((s, i) => expect(isA4(s), `page ${i + 1} is ${s.width} x ${s.height} pt, not A4`).toBe(true));
  const texts = pageTexts(pdf, sizes.length);
  const sheets = await titleTexts(xlsx);
  const pages = new Map<string, number>();
  let p = 0;
  for (const { sheet, title } of sheets) {
    // The sheet's pages: those whose header (first line) is the sheet's name.
    const first = p;
    while (p < texts.length && texts[p]!.trim().split('\n')[0]!.trim() === sheet) p++;
    expect(p, `no page has the header '${sheet}'`).toBeGreaterThan(first);
    for (let i = first; i < p; i++) {
      // Every page starts with the sheet's first print-title row: so no page holds only right-hand columns.
      expect(texts[i]!.replace(/\s+/g, ' '), `page ${i + 1} (${sheet}) lacks '${title}'`).toContain(title.replace(/\s+/g, ' '));
    }
    pages.set(sheet, p - first);
  }
  expect(p, 'pages the sheets do not account for').toBe(texts.length);
  return pages;
}

suite('the printed workbook (LibreOffice PDF)', () => {
  it('spec with the year options on the sample exports: every page A4, no sheet more than one page wide', async () => {
    const out = join(dir, 'jaar-2024.xlsx');
    const r = runCli([
      'spec', '--model', '2', '--current', ex('loket-dossiers-31-12-2024.csv'), '--previous', ex('loket-dossiers-31-12-2023.csv'), '--price', '9,85',
      '--signing', ex('loket-signing-2024-Q1.csv'), ex('loket-signing-2024-Q2.csv'), '--signing-price', '0,50',
      '--invoices', ex('facturen-2024.txt'), '--count', '31-12-2023=1380', '31-03-2024=1392', '30-06-2024=1398', '30-09-2024=1399',
      '--per-employer', '--out', out,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const pages = await checkPrint(out);
    // The specification, the dossiers (27 employers), the check and the split fit one page
    // each at this size; every employer sheet is one page.
    expect([...pages.keys()].slice(0, 4)).toEqual(['Specificatie 2024', 'Dossiers 2024', 'Factuurcontrole 2024', 'Doorbelasting 2024']);
    expect(pages.size).toBe(4 + 27);
    for (const [sheet, n] of pages) if (/^\d{6} /.test(sheet)) expect(n, sheet).toBe(1);
  });

  it('xpert on the Otherside samples: every page A4, no sheet more than one page wide', async () => {
    const out = join(dir, 'otherside-2024.xlsx');
    const r = runCli(['xpert', '--in', ex('xpert-2024-01.csv'), ex('xpert-2024-02.csv'), ex('xpert-2024-03.xlsx'), '--rate', '1,25', '--sms-rate', '0,09', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const pages = await checkPrint(out);
    expect([...pages.keys()]).toEqual(['Otherside 2024', 'Otherside trend']);
  });

  it('a sheet too long for one page repeats its header rows on every page, still one page wide', async () => {
    // 600 employers: the dossier sheet runs over many pages.
    const rows = Array.from({ length: 600 }, (_, i) => `${String(100_000 + i)};Werkgever ${i} met een lange naam B.V.;1;${5 + (i % 40)};${i % 3}`);
    const csv = (year: number) => `Dossiervorming Qwoater per werkgever\r\nPeildatum: 31-12-${year}\r\nWerkgeversnummer;Naam;Werkgeversdossier;Aantalwerknemersdossier;Aantal inactieve werknemersdossiers\r\n${rows.join('\r\n')}\r\n`;
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'groot-2024.csv'), csv(2024));
    writeFileSync(join(dir, 'groot-2023.csv'), csv(2023));
    const out = join(dir, 'groot.xlsx');
    const r = runCli(['spec', '--current', join(dir, 'groot-2024.csv'), '--previous', join(dir, 'groot-2023.csv'), '--price', '9,85', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const pages = await checkPrint(out);
    expect(pages.get('Dossiers 2024')!).toBeGreaterThan(5);
  });
});
