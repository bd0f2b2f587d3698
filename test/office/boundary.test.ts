/**
 * The Office boundary: src/office is the one place that talks to Office.js, it does not
 * reach into the pane, and no module there (nor in src/host or src/writers) imports itself
 * round a circle at run time, as excel-queue, the writer and office-errors once did.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '..', '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(e) ? [p] : [];
  });
}

/** The code without comments and string contents, so a word in a comment or a message does not count. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '').replace(/(['"`])(?:\\.|(?!\1)[^\\\n])*\1/g, '""');

/** Relative imports that stay at run time (static and dynamic; not `import type`), resolved to files under src. */
function imports(file: string, all: Set<string>): string[] {
  const text = readFileSync(file, 'utf8').replace(/^(?:import|export) type [^;]*;/gm, '');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*(?:\/\*[^*]*\*\/\s*)?)['"](\.{1,2}\/[^'"]+)['"]/g)].flatMap((m) => {
    const base = resolve(dirname(file), m[1]!);
    const hit = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((c) => all.has(c));
    return hit ? [hit] : [];
  });
}

describe('the Office boundary', () => {
  const files = sources(SRC);
  const all = new Set(files);

  it('only src/office touches the Excel, Office and OfficeExtension globals', () => {
    const outside = files.filter((f) => !relative(SRC, f).startsWith('office')).filter((f) => /\b(Excel|Office|OfficeExtension)\s*\.\s*[a-zA-Z]|\btypeof\s+(Excel|Office)\b/.test(code(readFileSync(f, 'utf8'))));
    expect(outside.map((f) => relative(SRC, f))).toEqual([]);
  });

  it('src/office does not import the pane', () => {
    const inward = files.filter((f) => relative(SRC, f).startsWith('office')).flatMap((f) => imports(f, all).filter((i) => relative(SRC, i).startsWith('taskpane')).map((i) => `${relative(SRC, f)} → ${relative(SRC, i)}`));
    expect(inward).toEqual([]);
  });

  it('no module of the Office boundary, the hosts or the writers imports itself round a circle', () => {
    const graph = new Map(files.map((f) => [f, imports(f, all)]));
    const state = new Map<string, 'open' | 'done'>();
    const circles: string[] = [];
    const visit = (f: string, path: string[]): void => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        const circle = [...path.slice(path.indexOf(f)), f].map((p) => relative(SRC, p));
        if (circle.some((p) => /^(office|host|writers)\//.test(p))) circles.push(circle.join(' → '));
        return;
      }
      state.set(f, 'open');
      for (const g of graph.get(f) ?? []) visit(g, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of files) visit(f, []);
    expect(circles).toEqual([]);
  });

  it('the folders of src import each other one way only, types included (src/office once imported src/writers/office and back)', () => {
    const edges = new Map<string, Set<string>>();
    for (const f of files) {
      const from = relative(SRC, f).split('/')[0]!;
      for (const m of readFileSync(f, 'utf8').matchAll(/from\s+['"](\.{1,2}\/[^'"]+)['"]/g)) {
        const to = relative(SRC, resolve(dirname(f), m[1]!)).split('/')[0]!;
        if (to !== from && !to.startsWith('..')) edges.set(from, (edges.get(from) ?? new Set()).add(to));
      }
    }
    const reaches = (a: string, b: string, seen = new Set<string>()): boolean =>
      [...(edges.get(a) ?? [])].some((n) => n === b || (!seen.has(n) && (seen.add(n), reaches(n, b, seen))));
    const both = [...edges].flatMap(([a, tos]) => [...tos].filter((b) => reaches(b, a)).map((b) => `${a} ⇄ ${b}`));
    expect(both).toEqual([]);
    expect([...(edges.get('office') ?? [])].sort()).toEqual(['domain', 'host', 'writers']);
  });
});
