/**
 * Formulas while sheets and tables carry temporary names. A plan formula names other plan
 * sheets and tables by their planned names; while building, those exist only under
 * temporary names, so references are pointed there, and Excel carries them along to the
 * final names at commit.
 *
 * It handles quoted and bare sheet names and table references, matches names regardless
 * of case (as Excel does), leaves "text" alone, and reports the reach that decides when
 * a block may be written (see build.ts).
 */
import { quoteSheet, type WorkbookName } from '../../domain/spec/plan';
import type { Transaction } from './transaction';

/** Plan sheet and table names (lower case) → their temporary names and the plan index of their sheet. */
export interface PlanRefs {
  sheets: Map<string, { temp: string; index: number }>;
  tables: Map<string, { temp: string; index: number }>;
  /**
   * The plan's workbook-level names (lower case) → the sheet that holds them. In Excel the
   * writer defines each on its sheet (sheet scope), and formulas elsewhere read it through
   * that sheet ('Specificatie 2024'!Prijs): a workbook may hold several years, or a copy
   * kept beside a new one, and a workbook-wide 'Prijs' can point at only one of them.
   */
  names: Map<string, { name: string; temp: string; index: number }>;
}

/**
 * Points references to plan sheets ('Specificatie'!F7, Werkgevers!A1) and plan tables
 * (tblWerkgevers[Bedrag]) at their temporary names. Excel updates references when a sheet
 * or table is renamed, so at commit they follow to the final names, a '(2)' suffix included.
 * Text in "quotes" is left alone. Also returns the highest plan index referenced (-1 for
 * none), so a block can wait until the sheet or table it names exists, and every plan sheet
 * read (directly or through a table), so sheets are recalculated after those they read.
 */
export function rewriteRefs(f: string, refs: PlanRefs, onSheet = -1): { f: string; sheetReach: number; tableReach: number; reads: number[] } {
  let sheetReach = -1;
  let tableReach = -1;
  const reads = new Set<number>();
  if (!f.includes('!') && !f.includes('[') && !mayNameAny(f, refs)) return { f, sheetReach, tableReach, reads: [] };
  const swap = (kind: 'sheets' | 'tables', name: string, original: string) => {
    const ref = refs[kind].get(name.toLowerCase());
    if (!ref) return original;
    if (kind === 'sheets') sheetReach = Math.max(sheetReach, ref.index);
    else tableReach = Math.max(tableReach, ref.index);
    reads.add(ref.index);
    return kind === 'sheets' ? quoteSheet(ref.temp) : ref.temp;
  };
  let out = '';
  let i = 0;
  let depth = 0;
  while (i < f.length) {
    const ch = f[i]!;
    if (ch === '[') depth++;
    else if (ch === ']') depth--;
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      let name = '';
      for (; j < f.length; j++) {
        if (f[j] === ch) {
          if (f[j + 1] !== ch) break;
          j++;
        }
        name += f[j];
      }
      const token = f.slice(i, j + 1);
      out += ch === "'" && f[j + 1] === '!' ? swap('sheets', name, token) : token;
      i = j + 1;
      continue;
    }
    const bare = i === 0 || !/[\w.]/.test(f[i - 1]!) ? /^[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*(?=[![])/.exec(f.slice(i)) : null;
    if (bare) {
      out += swap(f[i + bare[0].length] === '!' ? 'sheets' : 'tables', bare[0], bare[0]);
      i += bare[0].length;
      continue;
    }
    // A workbook-level name outside brackets, not a function (no '('), not after a sheet ('!').
    const word = depth === 0 && (i === 0 || !/[\w.!$\]]/.test(f[i - 1]!)) ? /^[A-Za-z_\\][\w.]*/.exec(f.slice(i)) : null;
    const named = word && !/^[(![]/.test(f.slice(i + word[0].length)) ? refs.names.get(word[0].toLowerCase()) : undefined;
    if (word && named && named.index !== onSheet) {
      sheetReach = Math.max(sheetReach, named.index);
      reads.add(named.index);
      out += `${quoteSheet(named.temp)}!${named.name}`;
      i += word[0].length;
      continue;
    }
    if (word) {
      out += word[0];
      i += word[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return { f: out, sheetReach, tableReach, reads: [...reads].sort((a, b) => a - b) };
}

/** Whether a formula might name a workbook-level name: a quick test that spares the walk for most formulas. */
function mayNameAny(f: string, refs: PlanRefs): boolean {
  if (refs.names.size === 0) return false;
  const lower = f.toLowerCase();
  for (const k of refs.names.keys()) if (lower.includes(k)) return true;
  return false;
}

/** The temporary names of this run's plan sheets and tables, keyed by their planned names in lower case. */
export function planRefs(tx: Transaction, names: readonly WorkbookName[] = []): PlanRefs {
  const sheets = new Map(tx.targets.map((t, i) => [t.plan.name.toLowerCase(), { temp: t.temp, index: i }]));
  return {
    sheets,
    tables: new Map(tx.targets.flatMap((t, i) => t.plan.tables.map((tp, k) => [tp.name.toLowerCase(), { temp: t.tables[k]!.temp, index: i }] as const))),
    names: new Map(
      names.flatMap((n) => {
        const sheet = sheets.get(n.sheet.toLowerCase());
        return sheet ? [[n.name.toLowerCase(), { name: n.name, temp: sheet.temp, index: sheet.index }] as const] : [];
      }),
    ),
  };
}
