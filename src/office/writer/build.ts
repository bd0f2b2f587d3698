/**
 * One plan sheet → steps, in the order Excel needs them: add the sheet and mark it ours,
 * formats, the text format '@', values and formulas, tables, the sheet settings, charts.
 * Steps that need another plan sheet or table to exist first ('later') are sent after
 * every sheet's own steps ('now'), so no formula ever names something missing.
 */
import { a1, a1Range, isFormula, range, type RangeRef, type WorkbookName } from '../../domain/spec/plan';
import { chartRanges, chartStep } from './charts';
import { op, OP_BYTES, RowsStep, utf8Length, type Step } from './chunking';
import { applyStyle, styleOps, textRectangles } from './formats';
import { rewriteRefs, type PlanRefs } from './formulas';
import { OWNER_KEY, type OwnerMarker } from './ownership';
import { finishOps, finishSheet } from './sheet-settings';
import type { Target } from './transaction';

/** Counted while building, for the report: how often the text format '@' was set. */
export interface Stats { textFormatRanges: number; textFormatSingleCells: number }

/** A sheet's steps, and what its recalculation needs: whether it holds formulas, and which plan sheets they read. */
export interface CompiledSheet { now: Step[]; later: Step[]; formulas: boolean; reads: Set<number> }

/** `index` is the sheet's place in the plan: a formula naming a sheet further on waits for it. */
export function compileSheet(t: Target, index: number, run: string, refs: PlanRefs, stats: Stats, names: readonly WorkbookName[] = []): CompiledSheet {
  const s = t.plan;
  const name = t.temp;
  const marker = JSON.stringify({ v: 1, run, key: s.key } satisfies OwnerMarker);
  // The plan's workbook-level names that live on this sheet, defined in sheet scope (see formulas.ts).
  const own = [...refs.names.values()].filter((n) => n.index === index);
  const cells = new Map(names.map((n) => [n.name.toLowerCase(), a1(n.row, n.col, true)]));
  const now: Step[] = [
    {
      bytes: (2 + 2 * own.length) * OP_BYTES + marker.length,
      newSheet: true,
      apply: (env) => {
        const ws = env.ctx.workbook.worksheets.add(name);
        env.adopt(name, ws);
        // The marker goes right after add, so a sheet never exists unmarked past this request.
        ws.customProperties.add(OWNER_KEY, marker);
        // Before any formula that reads them; they point at cells still empty, which is fine.
        for (const n of own) ws.names.add(n.name, ws.getRange(cells.get(n.name.toLowerCase())!));
      },
    },
  ];
  const later: Step[] = [];
  // Formats before values: Excel then stores each value once, in its final form.
  for (const sr of s.styles) now.push(op(styleOps(sr.style), (env) => applyStyle(env.sheet(name).getRange(a1Range(sr.range)), sr.style)));

  const deferred: RangeRef[] = [];
  const reads = new Set<number>();
  let anyFormula = false;
  for (const b of s.blocks) {
    const width = Math.max(0, ...b.cells.map((l) => l.length));
    if (width === 0) continue;
    // Text must stay text: '@' first, or Excel reads '=…' as a formula and '000123' as 123.
    for (const r of textRectangles(b)) {
      stats.textFormatRanges++;
      if (r.row === r.lastRow && r.col === r.lastCol) stats.textFormatSingleCells++;
      now.push(op(1, (env) => { env.sheet(name).getRange(a1Range(r)).numberFormat = '@'; }));
    }
    let formulas = false;
    let waits = false;
    const prefix = [0];
    const rows = b.cells.map((line, i) => {
      const row: unknown[] = [];
      for (let j = 0; j < width; j++) {
        const v = line[j];
        if (isFormula(v ?? null)) {
          formulas = true;
          const r = rewriteRefs((v as { f: string }).f, refs, index);
          for (const k of r.reads) reads.add(k);
          // Sheets later in the plan do not exist yet; tables are added after their sheet's values.
          if (r.sheetReach > index || r.tableReach >= index) waits = true;
          row.push(r.f.startsWith('=') ? r.f : `=${r.f}`);
          continue;
        }
        // A NaN (which JSON would turn into null) never gets here: the plan check refuses it first.
        row.push(v ?? null); // null leaves the cell alone: on a new sheet, empty
      }
      prefix.push(prefix[prefix.length - 1]! + utf8Length(JSON.stringify(row)) + 1);
      return row;
    });
    anyFormula ||= formulas;
    const write = new RowsStep(name, { row: b.row, col: b.col, width, prop: formulas ? 'formulas' : 'values' }, rows, prefix, 0, rows.length);
    // A formula naming a sheet or table that does not exist yet would not resolve: it waits.
    if (waits) {
      later.push(write);
      deferred.push(range(b.row, b.col, b.row + rows.length - 1, b.col + width - 1));
    } else now.push(write);
  }

  // Tables after values: tables.add over written cells keeps the header texts we wrote. A
  // table waits only when its header does: rows whose formulas read the table itself (its
  // calculated columns) wait for it, so it must come first.
  s.tables.forEach((tp, k) => {
    const step = op(3, (env) => {
      // A Range, not an address: a bare address would put the table on the active sheet.
      const ws = env.sheet(name);
      const table = ws.tables.add(ws.getRange(a1Range(tp.range)), true);
      table.name = t.tables[k]!.temp;
      table.style = tp.style;
    });
    (deferred.some((d) => overlaps(d, { ...tp.range, lastRow: tp.range.row })) ? later : now).push(step);
  });
  now.push(op(finishOps(s), (env) => finishSheet(env.sheet(name), s)));
  // Charts after the values they show and after the column widths their position is measured in.
  for (const c of s.charts ?? []) {
    const step = chartStep(name, c);
    (chartRanges(c).some((r) => deferred.some((d) => overlaps(d, r))) ? later : now).push(step);
  }
  return { now, later, formulas: anyFormula, reads };
}

const overlaps = (a: RangeRef, b: RangeRef) => a.row <= b.lastRow && b.row <= a.lastRow && a.col <= b.lastCol && b.col <= a.lastCol;
