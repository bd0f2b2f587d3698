/**
 * What the e2e tests check on every step of the pane, at the width they run at:
 *  - axe-core finds no serious or critical violation. The one exception is by rule and by
 *    element: Fluent's focus-trap sentinels (tabster's `[data-tabster-dummy]` elements,
 *    focusable on purpose and hidden on purpose) under 'aria-hidden-focus'; any other
 *    element under that rule still fails.
 *  - nothing is wider than the pane: every element's right edge lies within the viewport;
 *  - the page's height, for the height budget of the loaded pane.
 * axe is injected from node_modules through the DevTools protocol (page.evaluate), which
 * the page's CSP does not govern; the page itself never loads anything new.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './build';

let axeSource: string | null = null;

interface AxeNode {
  html: string;
  target: string[];
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/** The focus-trap sentinels Fluent (tabster) puts around dialogs and the page: focusable, hidden, by design. */
const isSentinel = (n: AxeNode) => /\bdata-tabster-dummy\b/.test(n.html);

export async function axeViolations(page: Page): Promise<string[]> {
  axeSource ??= readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: unknown[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations;
  })) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => (v.id === 'aria-hidden-focus' ? { ...v, nodes: v.nodes.filter((n) => !isSentinel(n)) } : v))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Elements whose right edge passes the viewport, described for a person; empty when all fit. */
export async function tooWide(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || r.right <= width + 0.5) continue;
      const e = el as HTMLElement;
      out.push(`${e.tagName.toLowerCase()}${e.dataset.testid ? `[${e.dataset.testid}]` : ''} right ${Math.round(r.right)} > ${width}: '${(e.textContent ?? '').trim().slice(0, 40)}'`);
    }
    return out;
  });
}

export const pageHeight = (page: Page): Promise<number> => page.evaluate(() => document.documentElement.scrollHeight);
