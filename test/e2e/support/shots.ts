/**
 * One step of the pane, photographed for a person to look at and checked the way every
 * step is checked (pane-checks.ts): nothing wider than the pane, no serious or critical
 * axe violation. The whole page goes to SHOTS/<name>.png (support/build.ts) and, when given,
 * the part the step is about to <name>-detail.png ('top': the first screenful), because a
 * 350 px page is too tall to read whole.
 */
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations, tooWide } from './pane-checks';
import { SHOTS } from './pane-suite';

export interface ShotOptions {
  /** The part the step is about, photographed on its own; 'top' for the first screenful. */
  detail?: Locator | 'top';
  /** false for a passing state (a running progress bar) that the checks would outlast. */
  check?: boolean;
}

export async function shot(page: Page, name: string, { detail, check = true }: ShotOptions = {}): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  const path = join(SHOTS, `${name}-detail.png`);
  if (detail === 'top') await page.screenshot({ path });
  else if (detail) await detail.screenshot({ path });
  if (!check) return;
  // A full-page screenshot resizes the viewport for a moment; measure after it settles.
  await page.waitForTimeout(300);
  expect(await tooWide(page), name).toEqual([]);
  expect(await axeViolations(page), name).toEqual([]);
}
