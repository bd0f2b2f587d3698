/**
 * The PDF twins in examples/ (scripts/make-pdf-examples.ts) read exactly as their CSVs:
 * the dossier exports, the signing reports and the Otherside specifications, each printed
 * in another layout. And the statement of invoices reads as the text of the same lines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type InvoiceLine } from '../../src/domain/billing/invoices';
import { parseInvoiceText } from '../../src/domain/billing/invoice-text';
import { importDossierExport } from '../../src/domain/imports/loket-dossiers';
import { importSigningExport } from '../../src/domain/imports/loket-signing';
import { importXpertReport } from '../../src/domain/imports/xpert-suite';
import type { Result } from '../../src/domain/problems';
import { readInvoiceUpload } from '../../src/readers/invoice-upload';
import { importDossierUpload, importSigningUpload, readXpertUpload } from '../../src/readers/upload';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const bytes = (name: string) => new Uint8Array(readFileSync(join(EXAMPLES, name)));
const source = (name: string) => ({ label: name, fileName: name });
const value = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(r.error.nl);
  return r.value;
};

/** What a report says, without where it says it (rows differ between a CSV and a PDF). */
function essence(e: { employers: { sourceRow: number }[]; totals: { sourceRow: number } | null; headers: string[]; columns: object; headerRow: number; source: object } & Record<string, unknown>) {
  const { source: _s, headerRow: _h, encoding: _e, delimiter: _d, ...rest } = e;
  return {
    ...rest,
    headers: e.headers.map((h) => h.replace(/[\s-]+/g, '').toLowerCase()),
    employers: e.employers.map(({ sourceRow: _r, ...x }) => x),
    totals: e.totals && { ...e.totals, sourceRow: 0 },
  };
}

describe('the PDF twins in examples/ read as their CSVs', () => {
  it.each(['loket-dossiers-31-12-2024', 'loket-dossiers-31-12-2023', 'loket-dossiers-01-10-2024'])('%s', async (name) => {
    const csv = importDossierExport({ bytes: bytes(`${name}.csv`) }, source(`${name}.csv`));
    const pdf = await importDossierUpload(bytes(`${name}.pdf`), source(`${name}.pdf`));
    expect(essence(value(pdf) as never)).toEqual(essence(value(csv) as never));
    expect(pdf.warnings.map((w) => w.code)).toEqual(csv.warnings.map((w) => w.code));
  });

  it.each(['loket-signing-2024-Q1', 'loket-signing-2024-Q2'])('%s', async (name) => {
    const csv = importSigningExport({ bytes: bytes(`${name}.csv`) }, source(`${name}.csv`));
    const pdf = await importSigningUpload(bytes(`${name}.pdf`), source(`${name}.pdf`));
    expect(essence(value(pdf) as never)).toEqual(essence(value(csv) as never));
    expect(pdf.warnings.map((w) => w.code)).toEqual(csv.warnings.map((w) => w.code));
  });

  it.each(['xpert-2024-01', 'xpert-2024-02'])('%s', async (name) => {
    const csv = importXpertReport({ bytes: bytes(`${name}.csv`) }, source(`${name}.csv`));
    const pdf = await readXpertUpload(bytes(`${name}.pdf`), source(`${name}.pdf`));
    expect(essence(value(pdf) as never)).toEqual(essence(value(csv) as never));
    expect(pdf.warnings.map((w) => w.code)).toEqual(csv.warnings.map((w) => w.code));
  });

  it('facturen-2024.pdf: the same invoice lines as facturen-2024.txt', async () => {
    const fromPdf = value(await readInvoiceUpload(bytes('facturen-2024.pdf'), source('facturen-2024.pdf'), { year: 2024 }));
    const fromText = value(parseInvoiceText(new TextDecoder().decode(bytes('facturen-2024.txt')), { year: 2024 }));
    const essence = (l: InvoiceLine) => [l.kind, l.date, l.year, l.quarter, l.count, l.priceE4, l.amountCents];
    expect(fromPdf.map(essence)).toEqual(fromText.map(essence));
    // examples/README.md: the year is € 13.868,85, and the final settlement € 29,55 too much.
    expect(fromPdf.reduce((s, l) => s + l.amountCents, 0)).toBe(1_386_885 + 2_955);
  });
});
