/**
 * Tests that need LibreOffice or Chromium. On a developer's laptop without them the
 * tests are skipped, and say so loudly; under CI=true a missing tool fails the run,
 * so a green CI proves these tests ran.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export type SystemTool = 'soffice' | 'chromium' | 'pdftotext' | 'pdfinfo';

const CANDIDATES: Record<SystemTool, string[]> = {
  soffice: ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/usr/local/bin/soffice'],
  chromium: ['/usr/bin/chromium', '/usr/bin/chromium-browser'],
  pdftotext: ['/usr/bin/pdftotext'],
  pdfinfo: ['/usr/bin/pdfinfo'],
};

export function findTool(tool: SystemTool): string | null {
  for (const p of CANDIDATES[tool]) if (existsSync(p)) return p;
  try {
    const found = execFileSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim();
    return found || null;
  } catch {
    return null;
  }
}

export const inCI = (): boolean => process.env.CI === 'true' || process.env.CI === '1';

/**
 * Returns the tool's path, or null after printing a loud skip notice.
 * Throws under CI, so a missing install step cannot hide behind a skip.
 */
export function requireTool(tool: SystemTool, why: string): string | null {
  const path = findTool(tool);
  if (path) return path;
  const hint = {
    soffice: 'apt-get install -y --no-install-recommends libreoffice-calc-nogui',
    chromium: 'apt-get install -y chromium',
    pdftotext: 'apt-get install -y poppler-utils',
    pdfinfo: 'apt-get install -y poppler-utils',
  }[tool];
  const msg = `${tool} is missing (${why}). Install it with: ${hint}`;
  if (inCI()) throw new Error(`CI=true: ${msg}`);
  const bar = '!'.repeat(78);
  console.warn(`\n${bar}\n!! SKIPPED: ${msg}\n${bar}\n`);
  return null;
}
