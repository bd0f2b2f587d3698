/**
 * Every `npx factuurcheck …` line in the README runs as written on the files in examples/,
 * so the README cannot drift from the CLI again. The lines are taken from the README's
 * code blocks (joining `\` continuations) and run with the built CLI in a temporary copy
 * of the project's examples/, where their outputs land. Shell syntax the test cannot
 * reproduce (quotes, pipes, globs, placeholders such as `…` or `[--json]`) fails the test:
 * a reader could not paste such a line either.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, ROOT, runCli } from '../support/cli';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The command lines in the README's fenced code blocks that start with `npx factuurcheck`. */
export function readmeCommands(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)].map((m) => m[1]!);
  const lines = blocks.flatMap((b) => b.replace(/\\\n\s*/g, ' ').split('\n'));
  return lines.map((l) => l.trim()).filter((l) => l.startsWith('npx factuurcheck'));
}

const commands = readmeCommands(README);
let work: string;

beforeAll(() => {
  buildCli();
  work = mkdtempSync(join(tmpdir(), 'fc-readme-'));
  cpSync(join(ROOT, 'examples'), join(work, 'examples'), { recursive: true });
});

describe('the README', () => {
  it('shows every command that takes files: reconcile, spec, rebill and xpert', () => {
    const used = new Set(commands.map((c) => c.split(/\s+/)[2]));
    for (const c of ['reconcile', 'spec', 'rebill', 'xpert']) expect(used.has(c), c).toBe(true);
  });

  it('names only example files that exist', () => {
    const named = [...README.matchAll(/examples\/([\w.-]+\.(?:csv|xlsx|txt|pdf|md))/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(5);
    for (const f of named) expect(existsSync(join(ROOT, 'examples', f)), f).toBe(true);
  });
});

describe.each(commands)('%s', (line) => {
  it('runs as written: exit 0, nothing on stderr, and the file it names with --out', () => {
    expect(line, 'shell syntax or a placeholder the reader cannot paste').not.toMatch(/["'`$|&;<>()[\]{}*?…]/);
    const args = line.split(/\s+/).slice(2);
    const r = runCli(args, work);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
    const out = args[args.indexOf('--out') + 1];
    if (args.includes('--out')) expect(statSync(join(work, out!)).size).toBeGreaterThan(0);
  });
});
