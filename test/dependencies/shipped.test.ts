/**
 * What ships to users (the runtime dependencies) stays off the unmaintained chains that
 * ExcelJS 4.4 pulls in, and ExcelJS stays the exact version the writer was built against.
 *
 * Why the package.json `overrides` are safe (checked in exceljs 4.4.0's lib/):
 *   - Reading .xlsx (`xlsx.load`) and the in-memory writer (`xlsx.writeBuffer`) zip with JSZip.
 *   - The streaming WorkbookWriter (the CLI's file writer) zips with archiver 5.
 *   - unzipper serves only the streaming WorkbookReader, which we do not use; exceljs still
 *     requires it on load. unzipper 0.12 keeps `Parse({ forceStream })` and drops fstream,
 *     and with it rimraf 2, glob 7 and inflight.
 *   - archiver-utils 2 and 3 (under archiver 5 and zip-stream 4) use glob only in
 *     `file.expand`, which neither archiver 5 nor zip-stream 4 calls; glob 10 there changes
 *     no byte we write. archiver itself stays at 5: archiver-utils 5 pipes every stream
 *     entry through a PassThrough, and ExcelJS 4.4's StreamBuf.pipe returns undefined, so
 *     archiver 7 refuses the sheets ('input source must be valid Stream or Buffer instance').
 * The writers' tests, the .xlsx reading tests and the LibreOffice oracle run on this tree.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

interface Node {
  version?: string;
  dependencies?: Record<string, Node>;
}

/** The installed runtime tree as npm sees it (offline: npm ls reads node_modules). */
function shippedTree(): Node {
  const r = spawnSync(npm, ['ls', '--omit=dev', '--all', '--json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(r.stdout) as Node;
}

function* walk(node: Node, path: string[] = []): Generator<{ name: string; version: string; path: string[] }> {
  for (const [name, child] of Object.entries(node.dependencies ?? {})) {
    yield { name, version: child.version ?? '?', path: [...path, name] };
    yield* walk(child, [...path, name]);
  }
}

const major = (v: string) => Number(v.split('.')[0]);

describe('shipped dependencies', () => {
  it('pins exceljs exactly, because the streaming writer hooks its internals', () => {
    expect(pkg.dependencies.exceljs).toMatch(/^\d+\.\d+\.\d+$/);
    const installed = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'exceljs', 'package.json'), 'utf8')) as { version: string };
    expect(installed.version).toBe(pkg.dependencies.exceljs);
  });

  it('npm ls inflight --omit=dev finds nothing', () => {
    const r = spawnSync(npm, ['ls', 'inflight', '--omit=dev', '--json'], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(r.stdout).dependencies ?? {}).toEqual({});
  });

  it('holds none of the unmaintained chain: fstream, rimraf < 4, glob < 9, unzipper 0.10', () => {
    const bad = [...walk(shippedTree())].filter(
      (d) =>
        d.name === 'inflight' ||
        d.name === 'fstream' ||
        (d.name === 'rimraf' && major(d.version) < 4) ||
        (d.name === 'glob' && major(d.version) < 9) ||
        (d.name === 'unzipper' && d.version.startsWith('0.10.')),
    );
    expect(bad.map((d) => `${d.path.join(' > ')}@${d.version}`)).toEqual([]);
  });

  it('still has the zip libraries exceljs loads (a tree npm could not resolve would lack them)', () => {
    const names = new Set([...walk(shippedTree())].map((d) => d.name));
    for (const n of ['exceljs', 'jszip', 'archiver', 'unzipper']) expect(names.has(n), n).toBe(true);
  });
});
