/**
 * Round trip: a random export, written as a user's file would be (random separator,
 * encoding, quoting, title lines, column order and header wording), imported again,
 * gives back exactly what was written. The writer here is independent of the parser:
 * its own quoting, its own encoders.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importDossierExport } from '../../src/domain/imports/loket-dossiers';

type Kind = 'number' | 'name' | 'admin' | 'date' | 'E' | 'F' | 'G' | 'active';
type Encoding = 'utf8' | 'utf8bom' | 'utf16le' | 'cp1252';
type Delim = ';' | ',' | '\t';

const HEADERS: Record<Kind, string[]> = {
  number: ['Werkgeversnummer', 'Werkgever nr', 'Nummer', 'WERKGEVERSNUMMER', 'werkgevers-nummer'],
  name: ['Naam werkgever', 'Naam', 'Werkgeversnaam'],
  admin: ['Administratie', 'Relatienummer'],
  date: ['Peildatum', 'Datum'],
  E: ['Werkgeversdossier', 'Aantal werkgeversdossiers'],
  F: ['Aantalwerknemersdossier', 'Aantal werknemersdossiers', 'Totaal werknemersdossiers'],
  G: ['Inactieve werknemersdossiers', 'Aantal inactief'],
  active: ['Actieve werknemersdossiers', 'Aantal actief'],
};
const TITLES = ['Dossiervorming Qwoater per werkgever', 'Salarisadministratie Van Dijk & Partners', 'Bureau Jansen, Loonadministratie', ''];

// Names: separators, quotes, line breaks, tabs, accents. For Windows-1252 only characters
// from 0xC0 up besides ASCII, so a 1252 file is never also valid UTF-8 (é€€ would be).
const ASCII_AWKWARD = [...'abcXYZ 019;,"\'&.-()/\t\n\r', '\r\n', 'Totaal', 'Naam'];
const LATIN = [...'éèëêüöïçñáàÉÜÖß'];
const WIDE = ['€', '’', '中', '😀', 'Ŵ'];

interface Employer {
  number: string;
  excelNumber: boolean;
  name: string;
  counts: { E: number; F: number; G: number; active: number };
  dots: boolean;
  pad: boolean;
}

const employerArb = (chars: string[]) =>
  fc.record({
    name: fc.array(fc.constantFrom(...chars), { maxLength: 16 }).map((cs) => cs.join('')),
    excelNumber: fc.boolean(),
    a: fc.integer({ min: 0, max: 2_000_000 }),
    b: fc.integer({ min: 0, max: 2_000_000 }),
    E: fc.integer({ min: 0, max: 3 }),
    active: fc.integer({ min: 0, max: 5000 }),
    dots: fc.boolean(),
    pad: fc.boolean(),
  });

const baseArb = fc.constantFrom<Encoding>('utf8', 'utf8bom', 'utf16le', 'cp1252').chain((encoding) =>
  fc.record({
    encoding: fc.constant(encoding),
    delimiter: fc.constantFrom<Delim>(';', ',', '\t'),
    eol: fc.constantFrom('\r\n', '\n', '\r'),
    numbers: fc.uniqueArray(fc.array(fc.constantFrom(...'0123456789'), { minLength: 1, maxLength: 8 }).map((d) => d.join('')), {
      minLength: 1,
      maxLength: 25,
    }),
    rows: fc.array(employerArb(encoding === 'cp1252' ? [...ASCII_AWKWARD, ...LATIN] : [...ASCII_AWKWARD, ...LATIN, ...WIDE]), {
      minLength: 25,
      maxLength: 25,
    }),
    optional: fc.subarray<Kind>(['admin', 'E', 'G', 'active']),
    headerPick: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
    titles: fc.shuffledSubarray(TITLES),
    padTitles: fc.boolean(),
    date: fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2030, 11, 31)), noInvalidDate: true }),
    dateStyle: fc.constantFrom('dmy', 'd-m', 'iso'),
    where: fc.constantFrom('title', 'title+column', 'column', 'filename', 'none'),
    peilAt: fc.nat(),
    totals: fc.constantFrom('none', 'Totaal', 'Totalen', 'name', 'unlabelled'),
    quoting: fc.constantFrom('minimal', 'all', 'random'),
    quoteSeed: fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
  }),
);

/** The columns present, in a random order. */
const exportArb = baseArb.chain((x) => {
  const hasDateColumn = x.where === 'column' || x.where === 'title+column';
  const kinds: Kind[] = ['number', 'name', 'F', ...x.optional, ...(hasDateColumn ? (['date'] as Kind[]) : [])];
  return fc.shuffledSubarray(kinds, { minLength: kinds.length, maxLength: kinds.length }).map((cols) => ({ ...x, cols }));
});

function formatDate(d: Date, style: string): string {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  const p2 = (n: number) => String(n).padStart(2, '0');
  return style === 'iso' ? `${y}-${p2(m)}-${p2(day)}` : style === 'd-m' ? `${day}-${m}-${y}` : `${p2(day)}-${p2(m)}-${y}`;
}

function writeCount(n: number, dots: boolean, pad: boolean): string {
  const s = dots ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.') : String(n);
  return pad ? ` ${s} ` : s;
}

function encode(text: string, enc: Encoding): Uint8Array {
  if (enc === 'utf8') return new TextEncoder().encode(text);
  if (enc === 'utf8bom') return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
  if (enc === 'utf16le') {
    const out = new Uint8Array(2 + text.length * 2);
    out[0] = 0xff;
    out[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      out[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    return out;
  }
  return new Uint8Array([...text].map((c) => {
    const code = c.charCodeAt(0);
    if (code > 0xff || (code >= 0x80 && code < 0xa0)) throw new Error(`not in the 1252 subset: ${c}`);
    return code;
  }));
}

describe('importDossierExport round trip (property)', () => {
  it('gives back exactly the export that was written', () => {
    fc.assert(
      fc.property(exportArb, (x) => {
        const n = x.numbers.length;
        const employers: Employer[] = x.numbers.map((number, i) => {
          const r = x.rows[i]!;
          return {
            number,
            excelNumber: r.excelNumber,
            name: r.name,
            counts: { E: r.E, F: Math.max(r.a, r.b), G: Math.min(r.a, r.b), active: r.active },
            dots: r.dots,
            pad: r.pad,
          };
        });
        const { where, cols } = x;
        const headers = cols.map((k, i) => HEADERS[k][x.headerPick[i]! % HEADERS[k].length]!);
        const width = cols.length;
        const dateText = formatDate(x.date, x.dateStyle);
        const iso = formatDate(x.date, 'iso');

        let quoteIndex = 0;
        const cell = (s: string): string => {
          const must = s.includes(x.delimiter) || /["\r\n]/.test(s);
          const extra = x.quoting === 'all' || (x.quoting === 'random' && x.quoteSeed[quoteIndex++ % 64]);
          return must || extra ? `"${s.replace(/"/g, '""')}"` : s;
        };
        const rowsOut: string[][] = [];
        const titleLines = [...x.titles];
        if (where === 'title' || where === 'title+column') titleLines.splice(x.peilAt % (titleLines.length + 1), 0, `Peildatum: ${dateText}`);
        for (const t of titleLines) rowsOut.push(x.padTitles ? [t, ...Array<string>(width - 1).fill('')] : [t]);
        rowsOut.push(headers);
        const headerIndex = rowsOut.length - 1;
        const sums = { E: 0, F: 0, G: 0, active: 0 };
        for (const e of employers) {
          for (const k of ['E', 'F', 'G', 'active'] as const) sums[k] += e.counts[k];
          rowsOut.push(
            cols.map((k) => {
              switch (k) {
                case 'number':
                  return e.excelNumber ? `="${e.number}"` : e.number;
                case 'name':
                  return e.name;
                case 'admin':
                  return `ADM${e.number.length}`;
                case 'date':
                  return dateText;
                default:
                  return writeCount(e.counts[k], e.dots, e.pad);
              }
            }),
          );
        }
        if (x.totals !== 'none') {
          rowsOut.push(
            cols.map((k) => {
              if (k === 'number') return x.totals === 'Totaal' || x.totals === 'Totalen' ? x.totals : '';
              if (k === 'name') return x.totals === 'name' ? 'Totaal:' : '';
              if (k === 'E' || k === 'F' || k === 'G' || k === 'active') return writeCount(sums[k], true, false);
              return '';
            }),
          );
        }

        // Serialise, noting the line each row starts on.
        const startLine: number[] = [];
        let line = 1;
        const text = rowsOut
          .map((cells) => {
            startLine.push(line);
            const out = cells.map(cell).join(x.delimiter);
            line += (out.match(/\r\n|\r|\n/g) ?? []).length + 1;
            return out;
          })
          .join(x.eol);
        const bytes = encode(text + x.eol, x.encoding);
        const fileName = where === 'filename' ? `dossiers_${formatDate(x.date, 'dmy')}.csv` : 'export-2024.csv';

        const r = importDossierExport({ bytes }, { label: 'test.csv', fileName });
        if (!r.ok) throw new Error(`${r.error.code}: ${r.error.nl}\n${JSON.stringify(text)}`);
        const v = r.value;
        const has = (k: Kind) => cols.includes(k);
        expect(v.employers).toEqual(
          employers.map((e, i) => ({
            number: e.number,
            name: e.name.trim(),
            employerDossiers: has('E') ? e.counts.E : 0,
            employeeDossiers: e.counts.F,
            inactiveDossiers: has('G') ? e.counts.G : 0,
            ...(has('active') ? { activeDossiers: e.counts.active } : {}),
            sourceRow: startLine[headerIndex + 1 + i],
          })),
        );
        expect(v.delimiter).toBe(x.delimiter);
        expect(v.headerRow).toBe(startLine[headerIndex]);
        expect(v.hasInactiveColumn).toBe(has('G'));
        expect(v.columns.employeeDossiers).toBe(cols.indexOf('F'));
        expect(v.peildatum).toBe(where === 'none' ? null : iso);
        expect(v.peildatumFrom).toBe(
          where === 'none' ? null : where === 'title+column' ? 'title' : (where as 'title' | 'column' | 'filename'),
        );
        expect(v.totals).toEqual(
          x.totals === 'none'
            ? null
            : {
                sourceRow: startLine[headerIndex + 1 + n],
                employeeDossiers: sums.F,
                ...(has('E') ? { employerDossiers: sums.E } : {}),
                ...(has('G') ? { inactiveDossiers: sums.G } : {}),
              },
        );
        const expectedWarnings = has('E') ? [] : ['import.noEmployerDossierColumn'];
        expect(r.warnings.map((w) => w.code)).toEqual(expectedWarnings);
      }),
      { numRuns: 300 },
    );
  });
});
