/**
 * Headless Debian Chromium through playwright-core (never `playwright install`: it
 * downloads browsers, which this machine cannot). Flags from ../shared/TOOLCHAIN.md: no
 * sandbox (root in a container), and none of Chromium's own background traffic, so the
 * request log holds only what the page itself asked for.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}
