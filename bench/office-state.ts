/**
 * What the add-in keeps in the workbook for two 50,000-employer exports, and the largest
 * request or response it takes to save and load it, measured on the recording fake; and
 * the largest response when reading a 50,000-row selection. Excel on the web refuses a
 * request or response over 5 MB; the goals are 4 MiB.
 *
 *   npx tsx bench/office-state.ts      prints the JSON
 *   bench/run.ts calls measureOfficeState()
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDelimited } from '../src/domain/imports/delimited';
import { importDossierExport } from '../src/domain/imports/loket-dossiers';
import type { DossierExport } from '../src/domain/imports/types';
import { defaultSettings } from '../src/domain/settings';
import { createOfficeHost } from '../src/office/host';
import { dossiersToStored } from '../src/taskpane/state/stored-dossiers';
import { encodeState } from '../src/taskpane/state/state-codec';
import { serializeStoredState } from '../src/taskpane/state/stored-state';
import { FakeExcel } from '../test/support/fake-excel';
import { generatePair } from './generate-exports';

export interface OfficeStateBench {
  officeStateBytes50k: number;
  officeStateMaxRequestBytes50k: number;
  officeSelectionMaxResponseBytes50k: number;
}

function imported(file: string): { exp: DossierExport; text: string } {
  const bytes = new Uint8Array(readFileSync(file));
  const r = importDossierExport({ bytes }, { label: file, fileName: file });
  if (!r.ok) throw new Error(`${file}: ${r.error.en}`);
  return { exp: r.value, text: new TextDecoder().decode(bytes) };
}

export async function measureOfficeState(): Promise<OfficeStateBench> {
  const pair = generatePair(mkdtempSync(join(tmpdir(), 'fc-state-')), 50_000);
  const current = imported(pair.current);
  const previous = imported(pair.previous);

  // Save and load the state as the pane does: counts per employer, JSON, gzip, base64, parts.
  const settings = { ...defaultSettings(2), pricing: { kind: 'flat' as const, priceE4: 98_500 } };
  const json = serializeStoredState(settings, { current: dossiersToStored(current.exp, [], {}), previous: dossiersToStored(previous.exp, [], {}) });
  const text = await encodeState(json);
  const fake = new FakeExcel();
  fake.addSheet('Blad1');
  const host = createOfficeHost(fake, { language: 'nl' });
  const saved = await host.saveState(text);
  if (!saved.ok) throw new Error(`save failed: ${saved.error.en}`);
  const loaded = await host.loadState();
  if (!loaded.ok || loaded.value !== text) throw new Error('the state did not come back as saved');
  const stateBytes = fake.parts.reduce((n, p) => n + Buffer.byteLength(p.xml), 0);
  const stateMax = Math.max(fake.largestRequest, fake.largestResponse);

  // A 50,000-row selection: this year's export as a user has it in a sheet (texts and numbers).
  const grid = parseDelimited(current.text);
  if (!grid.ok) throw new Error('the generated export does not parse');
  const sheet = new FakeExcel();
  const s = sheet.addSheet('Export');
  const rows = grid.value.grid.slice(4, 4 + 50_001); // the header and 50,000 employers
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== '') s.cells.set(r * 16384 + c, { value: /^\d+$/.test(v) && !v.startsWith('0') ? Number(v) : v });
    }),
  );
  sheet.selection = { sheet: 'Export', address: `A1:H${rows.length}` };
  const read = await createOfficeHost(sheet, { language: 'nl' }).readSelection();
  if (!read.ok || read.value.grid.length !== rows.length) throw new Error('the selection did not read back whole');

  return { officeStateBytes50k: stateBytes, officeStateMaxRequestBytes50k: stateMax, officeSelectionMaxResponseBytes50k: sheet.largestResponse };
}

if (typeof require !== 'undefined' && require.main === module) {
  measureOfficeState().then(
    (r) => console.log(JSON.stringify(r)),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
