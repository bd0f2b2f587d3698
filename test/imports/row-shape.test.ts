/** Rows against the header: the check that keeps a shifted row from being read as counts. */
import { describe, expect, it } from 'vitest';
import { checkRowShape, isNote, rowShape, typicalWidth } from '../../src/domain/imports/row-shape';

// A Loket-like layout: A number, B name, E/F/G counts (F the main one), H active; 8 header cells.
const shape = (headerWidth: number | null = 8, dataWidth = 8) =>
  rowShape({ headerWidth, dataWidth, mapped: [0, 1, 4, 5, 6, 7, null], primary: 5, text: [0, 1], numbered: true });
const row = (...cells: string[]) => cells;

describe('checkRowShape', () => {
  it('passes a row as wide as the header', () => {
    expect(checkRowShape(row('1', 'A', '01', '', '1', '4', '1', '3'), shape())).toBeNull();
  });

  it('names the main count when a row stops before it, else the first mapped column it lacks', () => {
    expect(checkRowShape(row('1', 'A'), shape())).toEqual({ code: 'import.rowTooShort', params: { cells: 2 }, column: 5 });
    expect(checkRowShape(row('1', 'A', '01', '', '1', '4', '1'), shape())).toEqual({ code: 'import.rowTooShort', params: { cells: 7 }, column: 7 });
  });

  it('says so when a short row is a note', () => {
    expect(checkRowShape(row('Let op: voorlopige cijfers'), shape())).toBe('note');
  });

  it('lets a row stop early past the last mapped column (Excel leaves empty trailing cells off)', () => {
    const s = rowShape({ headerWidth: 9, dataWidth: 9, mapped: [0, 1, 5, 6], primary: 5, text: [0, 1], numbered: true });
    expect(checkRowShape(row('1', 'A', '', '', '', '4', '1'), s)).toBeNull();
  });

  it('refuses a value beyond the header, at its column', () => {
    expect(checkRowShape(row('1', 'A', '01', '', '1', '4', '4', '1', '3'), shape())).toEqual({
      code: 'import.rowTooLong',
      params: { cells: 9, width: 8 },
      column: 8,
    });
  });

  it('takes empty cells beyond the header for trailing separators only when the other rows have them too', () => {
    const r = row('1', 'A', '01', '', '1', '4', '1', '3', '');
    expect(checkRowShape(r, shape(8, 9))).toBeNull();
    expect(checkRowShape(r, shape(8, 8))).toMatchObject({ code: 'import.rowTooLong', column: 8 });
  });

  it('has no header width to hold a row to when the columns came by letter', () => {
    expect(checkRowShape(row('1', 'A', '01', '', '1', '4', '1', '3', 'x'), shape(null, 8))).toBeNull();
  });

  it('refuses a number or name longer than an Excel cell holds', () => {
    const long = 'x'.repeat(40_000);
    expect(checkRowShape(row('1', long, '01', '', '1', '4', '1', '3'), shape())).toEqual({
      code: 'import.cellTooLong',
      params: { length: 40_000, max: 32_767 },
      column: 1,
    });
  });
});

describe('isNote', () => {
  it('is one cell of words, in a report whose employers have numbers', () => {
    expect(isNote(['Let op: voorlopige cijfers'], true, 5)).toBe(true);
    expect(isNote(['Afgedrukt op 02-01-2025', '', ''], true, 5)).toBe(true);
    expect(isNote(['Let op: voorlopige cijfers'], false, 2)).toBe(false);
  });

  it('is never a cut-off row, a row in another separator or a token of garbage', () => {
    expect(isNote(['000124', 'Transportbedrijf Bos'], true, 5)).toBe(false);
    expect(isNote(['000102,Bakkerij Müller,01,31-12-2024,1,25,8,17'], true, 5)).toBe(false);
    expect(isNote(['000115\tBouwbedrijf Van der Berg\t01\t31-12-2024\t1\t1.204\t355\t849'], true, 5)).toBe(false);
    expect(isNote(['〰〱㐰䌻晡㯩㬳㈱'], true, 2)).toBe(false);
    expect(isNote(['0001'], true, 5)).toBe(false);
  });

  it('takes what is left of a cut-off UTF-16 file for a note, of which the decoder already warned', () => {
    expect(isNote(['\ufffd'], false, 5)).toBe(true);
  });
});

describe('typicalWidth', () => {
  it('is the most common width of the non-blank rows from a given row', () => {
    expect(typicalWidth([['h', 'h'], ['a', 'b', ''], [''], ['c', 'd', ''], ['e', 'f']], 1)).toBe(3);
  });

  it('goes to the narrower width on a tie: half the rows with an empty cell past the rest set no convention', () => {
    expect(typicalWidth([['h', 'h'], ['a', 'b', ''], ['c', 'd']], 1)).toBe(2);
    expect(typicalWidth([['h', 'h'], ['c', 'd'], ['a', 'b', '']], 1)).toBe(2);
    expect(typicalWidth([['a', 'b', '', ''], ['c', 'd', ''], ['e', 'f', ''], ['g', 'h', '', '']], 0)).toBe(3);
  });
});
