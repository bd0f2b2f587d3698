/**
 * PDFs that are not the report asked for get one clear line each, in Dutch and English,
 * naming the file, at every step that takes a report (dossier export, signing report,
 * Otherside specification) and for the invoices: a PDF locked with a password, a scan,
 * an empty PDF, a damaged one, one missing pages, another report, an invoice, a letter.
 * The PDFs are made here with PDFKit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfNl } from '../../src/domain/messages/pdf.nl';
import { pdfEn } from '../../src/domain/messages/pdf.en';
import type { Problem, Result } from '../../src/domain/problems';
import { readInvoiceUpload } from '../../src/readers/invoice-upload';
import { importDossierUpload, importSigningUpload, readXpertUpload } from '../../src/readers/upload';
import { blankPdf, reportPdf, scanPdf } from '../support/report-pdf';
import { twinPdf, type TwinReport } from '../support/dossier-pdf';
import { invoicePdf } from '../support/invoice-pdf';
import { pairs } from '../support/texts';

const pdfMessages = pairs(pdfNl, pdfEn);

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const REPORT: TwinReport = {
  peildatum: '31-12-2024',
  provider: 'Loonbureau Noord B.V.',
  employers: Array.from({ length: 30 }, (_, i) => ({ number: String(100 + i).padStart(6, '0'), name: `Werkgever ${i}`, employerDossiers: 1, employeeDossiers: 10 + i, inactiveDossiers: i % 4 })),
  layout: 'year',
  totalsRow: true,
  thousands: true,
};

const files: Record<string, Uint8Array> = {};

beforeAll(async () => {
  const good = await twinPdf(REPORT, { maxRowsPerPage: 12 });
  files.encrypted = await twinPdf(REPORT, { userPassword: 'geheim' });
  files.scan = await scanPdf(2);
  files.blank = await blankPdf();
  files.damaged = good.subarray(0, Math.floor(good.length / 2));
  files.notPdfInside = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
  files.missingPages = await reportPdf({
    title: ['Dossiervorming Qwoater per werkgever', 'Peildatum: 31-12-2024'],
    columns: [
      { header: 'Werkgeversnummer', width: 70, align: 'left' },
      { header: 'Naam werkgever', width: 120, align: 'left' },
      { header: 'Aantalwerknemersdossier', width: 100, align: 'right' },
    ],
    rows: [['000101', 'Café', '17'], ['000102', 'Bakkerij', '25']],
    pageNumbers: (p, n) => `Pagina ${p} van ${n + 2}`,
  });
  files.letter = await reportPdf({ title: ['Geachte heer, mevrouw,', 'Hierbij ontvangt u het jaaroverzicht.', 'Met vriendelijke groet,'], columns: [{ header: ' ', width: 10, align: 'left' }], rows: [] });
  files.invoice = await invoicePdf({ number: '2024-0412', date: '15-04-2024', lines: [['Voorschot dossierarchief Q2 2024', 'Q2 2024', '1.210', '€ 2,4625', '€ 2.979,63'], ['Digitaal ondertekenen Q1 2024', 'Q1 2024', '82', '€ 0,50', '€ 41,00']], subtotal: '€ 3.020,63', vat: '€ 634,33', total: '€ 3.654,96' });
  files.signing = new Uint8Array(readFileSync(join(EXAMPLES, 'loket-signing-2024-Q1.pdf')));
  files.dossiers = good;
});

type Step = 'dossiers' | 'signing' | 'xpert' | 'invoices';
const STEPS: Record<Step, (bytes: Uint8Array, label: string) => Promise<Result<unknown>>> = {
  dossiers: (b, label) => importDossierUpload(b, { label }),
  signing: (b, label) => importSigningUpload(b, { label }),
  xpert: (b, label) => readXpertUpload(b, { label }),
  invoices: (b, label) => readInvoiceUpload(b, { label }, { year: 2024 }),
};

/** One line that names the file, a Dutch and an English text that differ. */
function oneClearLine(p: Problem, file: string) {
  for (const t of [p.nl, p.en]) {
    expect(t).not.toContain('\n');
    expect(t.startsWith(`${file}: `) || t.startsWith(`${file}, `)).toBe(true);
    expect(t).not.toMatch(/undefined|Invalid PDF|Exception/);
  }
  expect(p.nl).not.toBe(p.en);
}

async function refusal(step: Step, file: string): Promise<Problem> {
  const label = `${file}.pdf`;
  const r = await STEPS[step](files[file]!, label);
  if (r.ok) throw new Error(`${label} at ${step} was read`);
  oneClearLine(r.error, label);
  return r.error;
}

describe('a PDF that cannot be read says why, at every step', () => {
  const cases: [file: string, code: string][] = [
    ['encrypted', 'pdf.encrypted'],
    ['scan', 'pdf.scan'],
    ['blank', 'pdf.empty'],
    ['damaged', 'pdf.damaged'],
    ['notPdfInside', 'pdf.damaged'],
  ];
  for (const step of Object.keys(STEPS) as Step[]) {
    it.each(cases)(`${step}: %s → %s`, async (file, code) => {
      expect((await refusal(step, file)).code).toBe(code);
    });
  }

  it.each(Object.keys(pdfMessages))('%s has a Dutch and an English text that use their parameters', (code) => {
    const entry = pdfMessages[code as keyof typeof pdfMessages];
    const params = { report: 'signing', pages: 3, printed: 12 };
    const [nl, en] = [entry.nl(params), entry.en(params)];
    for (const t of [nl, en]) expect(t).not.toMatch(/undefined|'\?'|\s\?\s/);
    expect(nl).not.toBe(en);
  });

  it('the texts: a password, a scan without OCR, empty pages, a damaged download', () => {
    expect(pdfMessages['pdf.encrypted'].nl({})).toContain('wachtwoord');
    expect(pdfMessages['pdf.encrypted'].en({})).toContain('password');
    expect(pdfMessages['pdf.scan'].nl({})).toContain('scan');
    expect(pdfMessages['pdf.scan'].en({})).toContain('no text recognition');
    expect(pdfMessages['pdf.empty'].nl({})).toContain('leeg');
    expect(pdfMessages['pdf.damaged'].en({})).toContain('Download it again');
  });
});

describe('a PDF of something else names what it is', () => {
  it('a report whose page numbers count more pages than it has', async () => {
    const e = await refusal('dossiers', 'missingPages');
    expect(e.code).toBe('pdf.pagesMissing');
    expect(e.nl).toContain('1 pagina');
    expect(e.nl).toContain('tot 3');
  });

  it('the signing report at the dossier step, and the dossier export at the signing and Otherside steps', async () => {
    expect((await refusal('dossiers', 'signing')).code).toBe('import.otherReport');
    expect((await refusal('signing', 'dossiers')).code).toBe('signing.otherReport');
    expect((await refusal('xpert', 'dossiers')).code).toBe('xpert.loketExport');
  });

  it('an invoice at a report’s step', async () => {
    for (const step of ['dossiers', 'signing', 'xpert'] as const) {
      const e = await refusal(step, 'invoice');
      expect(e.code).toBe('pdf.invoice');
      expect(e.nl).toContain('factuur');
    }
  });

  it('a letter: no table of the report', async () => {
    const e = await refusal('dossiers', 'letter');
    expect(e.code).toBe('pdf.notReport');
    expect(e.nl).toContain("'Dossiervorming Qwoater per werkgever'");
    expect((await refusal('invoices', 'letter')).code).toBe('invoice.none');
  });
});
