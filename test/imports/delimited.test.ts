import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDelimited, sniffDelimiter, visitDelimited, type Delimiter } from '../../src/domain/imports/delimited';
import { dossierHeaderScore } from '../../src/domain/imports/loket-dossiers';

function parsed(text: string, delimiter?: Delimiter) {
  const r = parseDelimited(text, { ...(delimiter ? { delimiter } : {}), source: { label: 'x.csv' } });
  if (!r.ok) throw new Error(`expected rows, got ${r.error.code}`);
  return r.value;
}

describe('parseDelimited', () => {
  it('splits on ; and keeps every cell as text', () => {
    const v = parsed('Nr;Naam;Aantal\r\n000123;Café;1.204\r\n');
    expect(v.delimiter).toBe(';');
    expect(v.grid).toEqual([['Nr', 'Naam', 'Aantal'], ['000123', 'Café', '1.204']]);
    expect(v.lines).toEqual([1, 2]);
  });

  it('reads doubled quotes, quoted separators and quoted line breaks', () => {
    const v = parsed('a;"b;""c""";d\n"e\r\nf";"g\rh";i\nj;k;l');
    expect(v.grid).toEqual([['a', 'b;"c"', 'd'], ['e\r\nf', 'g\rh', 'i'], ['j', 'k', 'l']]);
    // Row 2 starts on line 2 and holds two line breaks inside quotes (CRLF, CR), so row 3 starts on line 5.
    expect(v.lines).toEqual([1, 2, 5]);
  });

  it('accepts CRLF, LF and CR line ends, mixed', () => {
    expect(parsed('a;1\r\nb;2\nc;3\rd;4').grid).toEqual([['a', '1'], ['b', '2'], ['c', '3'], ['d', '4']]);
    expect(parsed('a;1\r\nb;2\nc;3\rd;4').lines).toEqual([1, 2, 3, 4]);
  });

  it('drops trailing empty lines but keeps blank lines in between (row numbers stay true)', () => {
    const v = parsed('a;1\r\n\r\nb;2\r\n\r\n\r\n');
    expect(v.grid).toEqual([['a', '1'], [''], ['b', '2']]);
    expect(v.lines).toEqual([1, 2, 3]);
  });

  it('keeps an empty last field after a trailing separator, and an empty quoted field', () => {
    expect(parsed('a;b;\r\n"";x;y').grid).toEqual([['a', 'b', ''], ['', 'x', 'y']]);
  });

  it('strips a BOM character and honours an Excel "sep=" line', () => {
    const v = parsed('\ufeffsep=,\r\na,b;c\r\n1,2;3');
    expect(v.delimiter).toBe(',');
    expect(v.grid).toEqual([['a', 'b;c'], ['1', '2;3']]);
    expect(v.lines).toEqual([2, 3]);
  });

  it('is lenient like Excel: a quote mid-field is literal, text after a closing quote is kept', () => {
    expect(parsed('ab"c;"d"e;f\r\n1;2;3').grid).toEqual([['ab"c', 'de', 'f'], ['1', '2', '3']]);
  });

  it('names the line and column where an unterminated quote opened', () => {
    const r = parseDelimited('Nr;Naam;F\r\n1;Jansen;4\r\n2;"Pietersen;5\r\n3;Smit;6\r\n', { source: { label: 'x.csv' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('import.unterminatedQuote');
    expect(r.error.location).toEqual({ file: 'x.csv', row: 3, column: 'B' });
    expect(r.error.nl).toContain('regel 3');
  });

  it('uses the separator it is given', () => {
    expect(parsed('a;b,c', ',').grid).toEqual([['a;b', 'c']]);
  });

  it('tells a visitor the line each row ends on, later only after a quoted line break', () => {
    const seen: [number, number, number][] = [];
    visitDelimited('a;"b\r\nc";d\r\ne;f;g', {}, (_, line, endLine, stray) => (seen.push([line, endLine, stray]), true));
    expect(seen).toEqual([[1, 2, -1], [3, 3, -1]]);
  });

  it('points out a quote that runs over lines and closes with text after it: rows swallowed, not a name', () => {
    // Line 1 opens a quote before 'Bakkerij' that closes at the opening quote of "Jansen" on line 3.
    const seen: [number, number, number][] = [];
    const text = '1;"Bakkerij;4\n2;Smit;5\n3;"Jansen";6\n4;"Naam\nmet regel";7';
    visitDelimited(text, {}, (_, line, endLine, stray) => (seen.push([line, endLine, stray]), true));
    expect(seen).toEqual([[1, 3, 1], [4, 5, -1]]);
  });

  it('points out a quote that takes in a separator and closes with text after it on its own line: two cells made one', () => {
    const strays = (text: string) => {
      const seen: number[] = [];
      visitDelimited(text, { delimiter: ';' }, (_, _line, _end, stray) => (seen.push(stray), true));
      return seen;
    };
    // Found by fuzzing: a quote before the number closes at the opening quote of the name.
    expect(strays('"000101;"Bakkerij De Brug";71;7\n000102;B;4;1')).toEqual([0, -1]);
    expect(strays('000101;"Koffie; Thee";71;7')).toEqual([-1]); // quoted as it should be
    expect(strays('000101;"Koffie; Thee"  ;71;7')).toEqual([-1]); // only spaces after the quote
    expect(strays('000101;"Bakkerij" B.V.;71;7')).toEqual([-1]); // text after it, but no separator taken in
  });
});

describe('sniffDelimiter', () => {
  it('finds ; behind title lines, with decimal commas in every row', () => {
    const text = 'Dossiervorming Qwoater per werkgever\r\nPeildatum: 31-12-2024\r\n\r\nNr;Naam;Bedrag;F\r\n1;A;1,50;3\r\n2;B;2,75;4\r\n';
    expect(sniffDelimiter(text)).toBe(';');
  });

  it('finds TAB in text pasted from Excel, even with commas in names', () => {
    expect(sniffDelimiter('Nr\tNaam\tF\n1\tJansen, Piet\t3\n2\tBos, Kees\t4\n')).toBe('\t');
  });

  it('finds , with quoted names that contain ;', () => {
    expect(sniffDelimiter('Nr,Naam,F\n1,"A;B",3\n2,"C;D;E",4\n3,F,5\n')).toBe(',');
  });

  it('in a tie, prefers the separator of the earlier row: the header comes before the data', () => {
    expect(sniffDelimiter('Nr\tNaam\tF\n1;Jansen;3\n')).toBe('\t');
  });

  it('prefers ; when nothing splits (a single column)', () => {
    expect(sniffDelimiter('only\none\ncolumn')).toBe(';');
  });

  it("given the report's header, prefers the separator that splits it, even against more rows or more fields", () => {
    const header = 'Werkgeversnummer,Naam werkgever,Werkgeversdossier,Aantalwerknemersdossier,Inactieve werknemersdossiers';
    const delimiterOf = (text: string, headerScore?: (cells: readonly string[]) => number) => {
      const r = parseDelimited(text, headerScore ? { headerScore } : {});
      return r.ok ? r.value.delimiter : null;
    };
    const sniffed = (text: string) => [delimiterOf(text), delimiterOf(text, dossierHeaderScore)];
    // Every data line in TAB: two rows agree on TAB, one on ','; the header decides.
    expect(sniffed(`${header}\n000101\tA\t1\t5\t0\n000102\tB\t1\t7\t2\n`)).toEqual(['\t', ',']);
    // One data line with a cell more: a tie the width would decide.
    expect(sniffed(`${header}\n000101\tA\t01\t1\t5\t0\n`)).toEqual(['\t', ',']);
    // No header of this report under either: as before, the width decides the tie.
    expect(sniffed('Kolom een,Kolom twee,Kolom drie\n1\tJansen\t3\t4\n')).toEqual(['\t', '\t']);
    // The decimal commas of a ';' file do not split its header.
    expect(sniffed('Werkgeversnummer;Naam;Bedrag;Aantalwerknemersdossier;Inactieve werknemersdossiers\n1;A;1,50;3;0\n2;B;2,75;4;0\n')[1]).toBe(';');
  });
});

// ─── Round trip: an independent writer, then the parser ─────────────────────────

/** Writes rows as RFC 4180 text; quotes what must be quoted, and sometimes more. */
function writeCsv(rows: string[][], d: Delimiter, eol: string, quoteExtra: boolean[][]): string {
  return rows
    .map((row, i) =>
      row
        .map((cell, j) => {
          const must = cell.includes(d) || /["\r\n]/.test(cell) || (row.length === 1 && cell === '');
          return must || quoteExtra[i]?.[j] ? `"${cell.split('"').join('""')}"` : cell;
        })
        .join(d),
    )
    .join(eol);
}

/** Line on which each row starts: 1 + every line break written before it, inside cells or between rows. */
function startLines(rows: string[][]): number[] {
  const out: number[] = [];
  let line = 1;
  for (const row of rows) {
    out.push(line);
    // Per cell: a CR ending one cell and an LF starting the next are two breaks, not one CRLF.
    for (const cell of row) line += cell.replace(/\r\n/g, '\n').replace(/\r/g, '\n').split('\n').length - 1;
    line += 1;
  }
  return out;
}

const cellChars = fc.constantFrom(...'ab Z09;,\t"\'\r\n.-éü€'.split(''), '\r\n');
const cellArb = fc.array(cellChars, { maxLength: 8 }).map((cs) => cs.join(''));

describe('parseDelimited round trip (property)', () => {
  it('gives back exactly the rows written, with their starting lines', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cellArb, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 }),
        fc.constantFrom<Delimiter>(';', ',', '\t'),
        fc.constantFrom('\r\n', '\n', '\r'),
        fc.array(fc.array(fc.boolean(), { maxLength: 6 }), { maxLength: 12 }),
        fc.boolean(),
        (rows, d, eol, quoteExtra, finalEol) => {
          // A row that is one empty, unquoted cell is a blank line; at the end it is dropped,
          // so the writer must quote it (handled in writeCsv). 'sep=' as the first line is a directive.
          fc.pre(!(rows[0]!.length === 1 && /^sep=/.test(rows[0]![0]!)));
          const text = writeCsv(rows, d, eol, quoteExtra) + (finalEol ? eol : '');
          const v = parsed(text, d);
          expect(v.grid).toEqual(rows);
          expect(v.lines).toEqual(startLines(rows));
        },
      ),
      { numRuns: 300 },
    );
  });
});
