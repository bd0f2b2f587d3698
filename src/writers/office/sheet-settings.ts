/**
 * What a sheet gets once its cells are in: sheet-scoped names, status highlights, column
 * widths, frozen panes, print setup and tab colour. All of it is one step, counted in
 * actions so the request estimate stays honest.
 */
import { a1, a1Range, printTextCode, range, type SheetPlan } from '../../domain/spec/plan';
import type { XlWorksheet } from './api';
import { colLetters, color, widthPoints } from './formats';

function widthRuns(widths: number[]): { from: number; to: number; chars: number }[] {
  const runs: { from: number; to: number; chars: number }[] = [];
  widths.forEach((w, c) => {
    if (!(w > 0)) return;
    const last = runs[runs.length - 1];
    if (last && last.to === c - 1 && last.chars === w) last.to = c;
    else runs.push({ from: c, to: c, chars: w });
  });
  return runs;
}

export function finishOps(s: SheetPlan): number {
  const p = s.print;
  return s.names.length * 2 + s.highlights.length * 4 + widthRuns(s.columnWidths).length + (s.freeze ? 1 : 0) +
    (p ? [p.area, p.landscape, p.fitToWidth, p.header, p.footer].filter(Boolean).length : 0) + (s.tabColor ? 1 : 0);
}


export function finishSheet(ws: XlWorksheet, s: SheetPlan): void {
  for (const n of s.names) ws.names.add(n.name, ws.getRange(a1(n.row, n.col, true)));
  for (const h of s.highlights) {
    const cf = ws.getRange(a1Range(h.range)).conditionalFormats.add('CellValue');
    cf.cellValue.format.fill.color = color(h.fill);
    cf.cellValue.format.font.color = color(h.fontColor);
    cf.cellValue.rule = { formula1: `="${h.equals.replace(/"/g, '""')}"`, operator: 'EqualTo' };
  }
  for (const r of widthRuns(s.columnWidths)) ws.getRange(`${colLetters(r.from)}:${colLetters(r.to)}`).format.columnWidth = widthPoints(r.chars);
  const fz = s.freeze;
  if (fz && fz.rows > 0 && fz.cols > 0) ws.freezePanes.freezeAt(a1Range(range(0, 0, fz.rows - 1, fz.cols - 1)));
  else if (fz && fz.rows > 0) ws.freezePanes.freezeRows(fz.rows);
  else if (fz && fz.cols > 0) ws.freezePanes.freezeColumns(fz.cols);
  const p = s.print;
  if (p?.area) ws.pageLayout.setPrintArea(a1Range(p.area));
  if (p?.landscape) ws.pageLayout.orientation = 'Landscape';
  if (p?.paper === 'A4') ws.pageLayout.paperSize = 'A4';
  // 0 pages tall means 'automatic', as in the file format: fit the width, let the length run on.
  if (p?.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (p?.header?.center) ws.pageLayout.headersFooters.defaultForAllPages.centerHeader = printTextCode(p.header.center);
  if (p?.footer?.center) ws.pageLayout.headersFooters.defaultForAllPages.centerFooter = printTextCode(p.footer.center);
  if (s.tabColor) ws.tabColor = color(s.tabColor);
}
