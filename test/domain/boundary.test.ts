/**
 * The pure core stays pure (ARCHITECTURE.md): nothing under src/domain imports a file
 * format library (ExcelJS, PDF.js), React, Office.js, a Node API, or anything of ours
 * outside src/domain. Files are read at the edge (src/readers/); the core receives grids
 * and positioned text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DOMAIN = resolve(__dirname, '../../src/domain');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) ? [p] : [];
  });
}

/** Every module a file imports, statically or with import(). */
const importsOf = (text: string): string[] => [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)'([^']+)'/g)].map((m) => m[1]!);

describe('the pure core', () => {
  const all = files(DOMAIN);

  it('has files to check', () => {
    expect(all.length).toBeGreaterThan(50);
  });

  it.each(all.map((f) => relative(DOMAIN, f)))('%s imports only the core and zod', (file) => {
    const path = join(DOMAIN, file);
    for (const spec of importsOf(readFileSync(path, 'utf8'))) {
      if (spec.startsWith('.')) expect(resolve(dirname(path), spec).startsWith(DOMAIN), `${file} imports ${spec}`).toBe(true);
      // zod/mini, not full zod: the pane loads these schemas before its first render (issue #14).
      else expect(['zod/mini', 'zod/locales'], `${file} imports ${spec}`).toContain(spec);
    }
  });
});
