/**
 * Rebuilding a report's rows and columns from positioned text (pdf-table.ts), on pages
 * built by hand: each test places the pieces of text where a report tool would print them
 * and says, cell by cell, which grid the CSV of that page would hold.
 */
import { describe, expect, it } from 'vitest';
import { importDossierExport } from '../../src/domain/imports/loket-dossiers';
import { placeResult } from '../../src/domain/imports/pdf-places';
import { importPdfReport, knownHeader } from '../../src/domain/imports/pdf-report';
import { joinWrapped, pdfTable } from '../../src/domain/imports/pdf-table';
import type { PdfPage, PdfText, PdfTextItem } from '../../src/domain/imports/pdf-text';
import { error, warning } from '../../src/domain/problems';

/** Font size of every piece; a character is taken as half of it wide. */
const H = 8;
type Piece = [x: number, text: string, width?: number];
/** A line at baseline y of pieces [x, text, width]; right-aligned text is given by its left edge. */
const line = (y: number, ...pieces: Piece[]): PdfTextItem[] => pieces.map(([x, text, width]) => ({ text, x, y, width: width ?? text.length * H * 0.5, height: H }));
const page = (number: number, ...lines: PdfTextItem[][]): PdfPage => ({ number, width: 595, height: 842, items: lines.flat() });
const pdf = (...pages: PdfPage[]): PdfText => ({ pages });
/** The right-aligned number whose right edge is at `right`. */
const num = (right: number, text: string): Piece => [right - text.length * H * 0.5, text];

const table = (p: PdfText) => pdfTable(p, { isHeader: knownHeader });

// Columns: number at 40, name at 90 (to 250), F right edge 330, G right edge 400.
const HEADER = [
  line(100, [40, 'Werkgevers-'], [90, 'Naam werkgever'], num(330, 'Aantal'), num(400, 'Inactieve')),
  line(110, [40, 'nummer'], num(330, 'werknemers-'), num(400, 'werknemers-')),
  line(120, num(330, 'dossier'), num(400, 'dossiers')),
];
const HEADER_TEXT = ['Werkgeversnummer', 'Naam werkgever', 'Aantal werknemersdossier', 'Inactieve werknemersdossiers'];
const row = (y: number, nr: string, name: string, f: string, g: string) => line(y, [40, nr], [90, name], num(330, f), num(400, g));

describe('a report page → the grid of its CSV', () => {
  it('reads title lines, a header wrapped over three lines, right-aligned counts and a totals row', () => {
    const t = table(
      pdf(
        page(
          1,
          line(40, [40, 'Dossiervorming Qwoater per werkgever']),
          line(52, [40, 'Peildatum: 31-12-2024']),
          ...HEADER,
          row(135, '000101', 'Café De Gouden Leeuw', '17', '5'),
          row(148, '000102', 'Bakkerij Müller', '1.204', '355'),
          line(161, [40, 'Totaal'], num(330, '1.221'), num(400, '360')),
        ),
      ),
    );
    expect(t.headerRow).toBe(2);
    expect(t.grid).toEqual([
      ['Dossiervorming Qwoater per werkgever', '', '', ''],
      ['Peildatum: 31-12-2024', '', '', ''],
      HEADER_TEXT,
      ['000101', 'Café De Gouden Leeuw', '17', '5'],
      ['000102', 'Bakkerij Müller', '1.204', '355'],
      ['Totaal', '', '1.221', '360'],
    ]);
    expect(t.places.map((p) => `${p.page}:${p.row}`)).toEqual(['1:1', '1:2', '1:3', '1:4', '1:5', '1:6']);
  });

  it('joins a name wrapped onto the next line, and one printed above and below centred numbers', () => {
    const t = table(
      pdf(
        page(
          1,
          ...HEADER,
          row(135, '000163', "Stichting Kinderopvang 't", '70', '22'),
          line(144, [90, 'Kleine Huis']),
          row(158, '000178', 'Zorgboerderij De Eikenhof', '29', '9'),
          // Centred: the name's two lines sit 4.5 pt above and below the numbers.
          line(167.5, [90, 'Jansen-']),
          line(172, [40, '000189'], num(330, '16'), num(400, '4')),
          line(176.5, [90, 'de Vries Advocaten']),
          row(190, '000204', "Restaurant 't Pleintje", '34', '15'),
        ),
      ),
    );
    expect(t.grid.slice(1)).toEqual([
      ['000163', "Stichting Kinderopvang 't Kleine Huis", '70', '22'],
      ['000178', 'Zorgboerderij De Eikenhof', '29', '9'],
      ['000189', 'Jansen-de Vries Advocaten', '16', '4'],
      ['000204', "Restaurant 't Pleintje", '34', '15'],
    ]);
  });

  it('reads the header again on every page, drops page headings, page numbers and recurring footers', () => {
    const heading = line(30, [40, 'Salarisadministratie Van Dijk & Partners']);
    const footer = (n: number) => line(800, [40, 'Afgedrukt op 02-01-2025 09:14'], [480, `Pagina ${n} van 2`]);
    const t = table(
      pdf(
        page(1, heading, line(45, [40, 'Peildatum: 31-12-2024']), ...HEADER, row(135, '000101', 'Café', '17', '5'), footer(1)),
        page(2, heading, ...HEADER, row(135, '000102', 'Bakkerij', '25', '8'), line(148, [40, 'Totaal'], num(330, '42'), num(400, '13')), footer(2)),
      ),
    );
    expect(t.grid).toEqual([
      ['Salarisadministratie Van Dijk & Partners', '', '', ''],
      ['Peildatum: 31-12-2024', '', '', ''],
      HEADER_TEXT,
      ['000101', 'Café', '17', '5'],
      ['000102', 'Bakkerij', '25', '8'],
      ['Totaal', '', '42', '13'],
    ]);
    // Page 2's own header is its first row, so its first employer is row 2.
    expect(t.places.slice(3)).toEqual([
      { page: 1, row: 4 },
      { page: 2, row: 2 },
      { page: 2, row: 3 },
    ]);
  });

  it('places a landscape page by its own header, under the first page’s columns', () => {
    const wide = (x: number) => x * 1.4 + 20;
    const landscape: PdfPage = {
      number: 2,
      width: 842,
      height: 595,
      items: [
        ...line(100, [wide(40), 'Werkgevers-'], [wide(90), 'Naam werkgever'], num(wide(330), 'Aantal'), num(wide(400), 'Inactieve')),
        ...line(110, [wide(40), 'nummer'], num(wide(330), 'werknemers-'), num(wide(400), 'werknemers-')),
        ...line(120, num(wide(330), 'dossier'), num(wide(400), 'dossiers')),
        ...line(135, [wide(40), '000102'], [wide(90), 'Bakkerij Müller met een lange naam'], num(wide(330), '25'), num(wide(400), '8')),
      ],
    };
    const t = table(pdf(page(1, ...HEADER, row(135, '000101', 'Café', '17', '5')), landscape));
    expect(t.grid.slice(1)).toEqual([
      ['000101', 'Café', '17', '5'],
      ['000102', 'Bakkerij Müller met een lange naam', '25', '8'],
    ]);
  });

  it('keeps a note after the totals as a row of its own, as the CSV has it', () => {
    const t = table(pdf(page(1, ...HEADER, row(135, '000101', 'Café', '17', '5'), line(148, [40, 'Totaal'], num(330, '17'), num(400, '5')), line(175, [40, 'Let op: voorlopige cijfers']))));
    expect(t.grid.at(-1)).toEqual(['Let op: voorlopige cijfers', '', '', '']);
  });

  it('reads a heading over two columns into both: one header cell per column', () => {
    const t = table(
      pdf(
        page(
          1,
          line(100, [40, 'Nummer'], [90, 'Naam'], [270, 'Werknemersdossiers', 130]),
          line(110, num(330, 'Totaal'), num(400, 'Inactief')),
          row(125, '000101', 'Café', '17', '5'),
        ),
      ),
    );
    expect(t.grid[0]).toEqual(['Nummer', 'Naam', 'Werknemersdossiers Totaal', 'Werknemersdossiers Inactief']);
  });

  it('does not take a title line printed close above the header into the header', () => {
    const t = table(pdf(page(1, line(90, [40, 'Salarisadministratie Van Dijk & Partners']), ...HEADER, row(135, '000101', 'Café', '17', '5'))));
    expect(t.grid[0]).toEqual(['Salarisadministratie Van Dijk & Partners', '', '', '']);
    expect(t.grid[1]).toEqual(HEADER_TEXT);
  });

  it('cuts a line padded with spaces (a fixed-width printout) into its columns', () => {
    const t = table(
      pdf(
        page(
          1,
          // One piece per line, 4 pt per character: the columns start at characters 0, 10, 40 and 52.
          line(100, [40, 'Nummer    Naam                          Werknemers  Inactief', 61 * 4]),
          line(112, [40, '000101    Café De Gouden Leeuw                  17         5', 59 * 4]),
        ),
      ),
    );
    expect(t.grid).toEqual([
      ['Nummer', 'Naam', 'Werknemers', 'Inactief'],
      ['000101', 'Café De Gouden Leeuw', '17', '5'],
    ]);
  });

  it('joins text drawn glyph by glyph into words, and a fake bold drawn twice into one', () => {
    const glyphs = (x: number, word: string): Piece[] => [...word].map((ch, i) => [x + i * 4, ch, 4]);
    const t = table(pdf(page(1, line(100, [40, 'Nummer'], [90, 'Naam'], num(330, 'Werknemers'), [330.3 - 40, 'Werknemers']), line(112, ...glyphs(40, '000101'), ...glyphs(90, 'Café'), num(330, '17')))));
    expect(t.grid).toEqual([
      ['Nummer', 'Naam', 'Werknemers'],
      ['000101', 'Café', '17'],
    ]);
  });

  it('cuts a piece that runs from one column into the next (joined by the PDF) where the headers part', () => {
    // '000101' right-aligned up to 80 and the name from 84 came out as one piece of text.
    const t = table(
      pdf(
        page(
          1,
          line(100, num(80, 'Nummer'), [90, 'Naam werkgever'], num(330, 'Werknemersdossiers'), num(400, 'Inactief')),
          line(112, [56, '000101 Café De Gouden Leeuw', 27 * 4], num(330, '17'), num(400, '5')),
          line(124, [56, '000102 Bakkerij'], num(330, '25'), num(400, '8')),
        ),
      ),
    );
    expect(t.grid.slice(1)).toEqual([
      ['000101', 'Café De Gouden Leeuw', '17', '5'],
      ['000102', 'Bakkerij', '25', '8'],
    ]);
  });

  it('without a header, takes the columns from the rows themselves', () => {
    const t = table(pdf(page(1, row(135, '000101', 'Café De Gouden Leeuw', '17', '5'), row(148, '000102', 'Bakkerij Müller', '1.204', '355'))));
    expect(t.headerRow).toBe(-1);
    expect(t.grid).toEqual([
      ['000101', 'Café De Gouden Leeuw', '17', '5'],
      ['000102', 'Bakkerij Müller', '1.204', '355'],
    ]);
  });

  it('joins wrapped lines: hyphens break words in a header, and stay in a name', () => {
    expect(joinWrapped(['Aantal', 'werknemers-', 'dossier'], true)).toBe('Aantal werknemersdossier');
    expect(joinWrapped(['Werkgevers', '-nummer'], true)).toBe('Werkgeversnummer');
    expect(joinWrapped(['Jansen-', 'de Vries'], false)).toBe('Jansen-de Vries');
    expect(joinWrapped(['Bouwbedrijf Van der Berg', 'B.V.'], false)).toBe('Bouwbedrijf Van der Berg B.V.');
  });
});

describe('messages about a PDF name its page and the row on it', () => {
  const twoPages = (g: string) =>
    pdf(
      page(1, line(45, [40, 'Peildatum: 31-12-2024']), ...HEADER, row(135, '000101', 'Café', '17', '5'), row(148, '000102', 'Bakkerij', '25', '8')),
      page(2, ...HEADER, row(135, '000103', 'Jansen', '44', g), row(148, '000101', 'Café', '17', '5')),
    );

  it('an unreadable count: file, page, row and column', () => {
    const r = importPdfReport(twoPages('x'), { label: 'dossiers.pdf' }, 'dossiers', (input) => importDossierExport(input, { label: 'dossiers.pdf' }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.location).toEqual({ file: 'dossiers.pdf', page: 2, row: 2, column: 'D (Inactieve werknemersdossiers)' });
    expect(r.error.nl).toMatch(/^dossiers\.pdf, pagina 2, rij 2, kolom D \(Inactieve werknemersdossiers\): 'x'/);
    expect(r.error.en).toMatch(/^dossiers\.pdf, page 2, row 2, column D/);
  });

  it('a row named inside the text carries its page too', () => {
    const r = importPdfReport(twoPages('12'), { label: 'dossiers.pdf' }, 'dossiers', (input) => importDossierExport(input, { label: 'dossiers.pdf' }));
    expect(r.ok).toBe(true);
    const dup = r.warnings.find((w) => w.code === 'import.duplicateEmployer')!;
    expect(dup.location).toMatchObject({ page: 2, row: 3 });
    expect(dup.nl).toContain('rij 3 (p. 1)');
  });

  it('leaves a message without a row as it was', () => {
    const p = warning('import.skippedRow', { text: 'x' }, { file: 'a.pdf' });
    const out = placeResult({ ok: false, error: error('import.empty', {}, { file: 'a.pdf' }), warnings: [p] }, [{ page: 1, row: 1 }]);
    expect(out.warnings[0]).toBe(p);
    expect(!out.ok && out.error.location).toEqual({ file: 'a.pdf' });
  });
});
