/**
 * Writes a sheet plan row by row, so builders read top to bottom like the sheet itself.
 * It only collects blocks and style ranges; all layout choices stay in the builders.
 */
import { emptySheet, range, type CellValue, type SheetPlan, type Style, type Validation } from './plan';

export class SheetBuilder {
  readonly sheet: SheetPlan;
  private next = 0;

  constructor(key: string, name: string) {
    this.sheet = emptySheet(key, name);
  }

  /** The row the next call to `row` will write. */
  get cursor(): number {
    return this.next;
  }

  skip(rows = 1): void {
    this.next += rows;
  }

  /** Writes one row starting at column `col`; returns its row index. */
  row(cells: CellValue[], style?: Style, col = 0): number {
    const r = this.next++;
    this.sheet.blocks.push({ row: r, col, cells: [cells] });
    if (style && cells.length) this.style(r, col, r, col + cells.length - 1, style);
    return r;
  }

  /** Writes many rows as one block (the writers send a block in one call). */
  rows(cells: CellValue[][], col = 0): number {
    const r = this.next;
    this.sheet.blocks.push({ row: r, col, cells });
    this.next += cells.length;
    return r;
  }

  style(row: number, col: number, lastRow: number, lastCol: number, style: Style): void {
    this.sheet.styles.push({ range: range(row, col, lastRow, lastCol), style });
  }

  widths(...w: number[]): void {
    this.sheet.columnWidths = w;
  }

  name(name: string, row: number, col: number): void {
    this.sheet.names.push({ name, row, col });
  }

  validate(v: Validation): void {
    (this.sheet.validations ??= []).push(v);
  }
}
