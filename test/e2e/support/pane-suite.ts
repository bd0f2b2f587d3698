/**
 * What a suite of pane tests shares: the built pane served from its own origin, one
 * Chromium, and at the end the check that no page it opened asked anything of another
 * origin or logged an error (a CSP violation, a console error, a page error).
 * Call inside the suite's describe; `open` opens a pane and keeps it for that check.
 */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchChromium } from './browser';
import { SHOTS, ensureE2eBuild } from './build';
import { foreignRequests, openPane, type OpenOptions, type OpenPane } from './pane-driver';
import { serveStatic, type StaticServer } from './static-server';

export { SHOTS };

export interface PaneSuite {
  readonly server: StaticServer;
  readonly browser: Browser;
  open(opts?: OpenOptions): Promise<OpenPane>;
}

export function paneSuite(chromiumPath: string): PaneSuite {
  let server: StaticServer | null = null;
  let browser: Browser | null = null;
  const opened: OpenPane[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serveStatic(ensureE2eBuild());
    browser = await launchChromium(chromiumPath);
  });

  afterAll(async () => {
    for (const p of opened) {
      expect(foreignRequests(p.requests, server!.origin)).toEqual([]);
      expect(p.problems).toEqual([]);
    }
    await browser?.close();
    await server?.close();
  });

  return {
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
    async open(opts) {
      const p = await openPane(browser!, server!.origin, opts);
      opened.push(p);
      return p;
    },
  };
}
