/**
 * A report printed to PDF reads exactly as its CSV download does: the same employers
 * (numbers with their zeros, names as printed, counts), the same totals row, peildatum,
 * column mapping and warnings. Property-style over generated reports (fast-check), each
 * written twice from the same rows (test/support/dossier-pdf.ts) and printed with PDFKit
 * in a random layout: several pages, header repeated and wrapped, names over two lines,
 * numbers at the top or in the middle of a tall row, portrait, landscape or a turned page.
 * The oracle is the generator's own sums, not the importer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importDossierExport } from '../../src/domain/imports/loket-dossiers';
import type { DossierExport } from '../../src/domain/imports/types';
import { importDossierUpload } from '../../src/readers/upload';
import { twinCsv, twinPdf, type TwinPrint, type TwinReport } from '../support/dossier-pdf';

/** Names as payroll bureaus' clients are called, traps included: formula-like, accents, separators, a hyphen. */
const NAMES = [
  'Bakkerij Müller', 'Café De Gouden Leeuw', 'Jansen; Zonen & Co', 'Stichting "De Brug"', 'Kapsalon Hélène',
  '=SOM(A1:A9)', '+31 Uitzendgroep B.V.', '-Min Transport', '@Thuiszorg Oost', 'Actief Beheer B.V.', 'Inactief Vastgoed B.V.',
  "Stichting Kinderopvang 't Kleine Huis en de Grote Boom", 'Advocatenkantoor Jansen-de Vries en Partners Zuid-Holland',
  'Totaalbouw B.V.', 'Bouwbedrijf Van der Berg B.V.', 'Garage 2000', 'IJssalon Venezia',
];

const employers = fc
  .uniqueArray(fc.integer({ min: 1, max: 999_999 }), { minLength: 1, maxLength: 45 })
  .chain((numbers) =>
    fc.tuple(
      ...numbers.map((n) =>
        fc.record({
          number: fc.constant(String(n).padStart(6, '0')),
          name: fc.constantFrom(...NAMES),
          employerDossiers: fc.constantFrom(0, 1, 1, 1),
          employeeDossiers: fc.integer({ min: 0, max: 2_500 }),
          share: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
      ),
    ),
  )
  .map((rows) => rows.map(({ share, ...e }) => ({ ...e, inactiveDossiers: Math.floor(e.employeeDossiers * share) })));

const report: fc.Arbitrary<TwinReport> = fc.record({
  peildatum: fc.constantFrom('31-12-2024', '31-12-2023', '01-10-2024'),
  provider: fc.constantFrom('Salarisadministratie Van Dijk & Partners', 'Loonbureau Noord B.V.'),
  employers,
  layout: fc.constantFrom('year' as const, 'model1' as const),
  totalsRow: fc.boolean(),
  thousands: fc.boolean(),
});

const print: fc.Arbitrary<TwinPrint> = fc.record({
  orientation: fc.constantFrom('portrait' as const, 'landscape' as const, 'rotated' as const),
  cellAlign: fc.constantFrom('top' as const, 'middle' as const),
  headerEveryPage: fc.boolean(),
  maxRowsPerPage: fc.integer({ min: 3, max: 30 }),
});

const essence = (e: DossierExport) => ({
  peildatum: e.peildatum,
  employers: e.employers.map(({ number, name, employerDossiers, employeeDossiers, inactiveDossiers, activeDossiers }) => ({ number, name, employerDossiers, employeeDossiers, inactiveDossiers, activeDossiers })),
  totals: e.totals && { ...e.totals, sourceRow: 0 },
  fields: Object.fromEntries(Object.entries(e.columns).map(([field, c]) => [field, c === null ? null : e.headers[c]!.replace(/\s+/g, '')])),
});

describe('a report PDF reads as its CSV twin', () => {
  it('same employers, totals, peildatum and columns, in any printed layout', async () => {
    await fc.assert(
      fc.asyncProperty(report, print, async (r, p) => {
        const csv = importDossierExport({ text: twinCsv(r) }, { label: 'export.csv' });
        const pdf = await importDossierUpload(await twinPdf(r, p), { label: 'export.pdf' });
        if (!csv.ok) throw new Error(`the CSV twin does not import: ${csv.error.nl}`);
        if (!pdf.ok) throw new Error(pdf.error.nl);
        // The oracle: the generator's own sums.
        const F = r.employers.reduce((s, e) => s + e.employeeDossiers, 0);
        const G = r.employers.reduce((s, e) => s + e.inactiveDossiers, 0);
        expect(pdf.value.employers.reduce((s, e) => s + e.employeeDossiers, 0)).toBe(F);
        expect(pdf.value.employers.reduce((s, e) => s + e.inactiveDossiers, 0)).toBe(G);
        expect(essence(pdf.value)).toEqual(essence(csv.value));
        expect(pdf.value.employers.map((e) => e.name)).toEqual(r.employers.map((e) => e.name));
        expect(pdf.warnings.map((w) => w.code)).toEqual(csv.warnings.map((w) => w.code));
      }),
      { numRuns: Number(process.env.FC_PDF_RUNS ?? 40) },
    );
  });
});
