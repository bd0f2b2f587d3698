/**
 * The pane's speed figure: from the click on 'Maak specificatie' until the .xlsx download
 * is complete, for 5,000 employers in two years' exports, in headless Chromium. Shared by
 * the e2e test (which asserts a ceiling) and bench/pane-download.ts (which reports it).
 */
import type { Browser } from 'playwright-core';
import { dossierCsv, employersFor } from './loket-fixture';
import { loadFile, makeAndDownload, openPane, setFlatPrice } from './pane-driver';

export interface PaneBenchResult {
  /** The first click in a fresh pane: includes loading the writer's code, as a user meets it. */
  ms: number;
  /** A second click in the same pane: the work alone. */
  warmMs: number;
  bytes: number;
  fileName: string;
}

export async function measurePaneDownload(browser: Browser, origin: string, employers = 5_000): Promise<PaneBenchResult> {
  const current = dossierCsv(employersFor(2024, employers), { peildatum: '31-12-2024' });
  const previous = dossierCsv(employersFor(2023, employers), { peildatum: '31-12-2023' });
  const p = await openPane(browser, origin, { width: 360 });
  try {
    await loadFile(p.page, 'current', 'loket-dossiers-31-12-2024.csv', current.csv);
    await loadFile(p.page, 'previous', 'loket-dossiers-31-12-2023.csv', previous.csv);
    await setFlatPrice(p.page, '9,85');
    const cold = await makeAndDownload(p.page);
    await p.page.getByTestId('result-card').waitFor();
    const warm = await makeAndDownload(p.page);
    return { ms: Math.round(cold.ms), warmMs: Math.round(warm.ms), bytes: cold.bytes.length, fileName: cold.fileName };
  } finally {
    await p.context.close();
  }
}
