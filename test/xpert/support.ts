/** Shared by the Otherside tests: the three example months, imported the way a user does. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { XpertReport } from '../../src/domain/imports/xpert-types';
import { addReports, emptyHistory, type XpertHistory } from '../../src/domain/xpert/history';
import type { XpertSettings } from '../../src/domain/xpert/settings';
import { readXpertUpload } from '../../src/readers/upload';

export const EXAMPLES = join(__dirname, '..', '..', 'examples');
export const EXAMPLE_FILES = ['xpert-2024-01.csv', 'xpert-2024-02.csv', 'xpert-2024-03.xlsx'] as const;

/** € 1,25 per employee, € 0,09 per SMS, 21 % VAT, € 1,00 tolerance. */
export const SETTINGS: XpertSettings = { rateE4: 12_500, smsRateE4: 900, vatBasisPoints: 2_100, toleranceCents: 100, toleranceBasisPoints: 0 };

export async function importExample(file: string): Promise<XpertReport> {
  const r = await readXpertUpload(readFileSync(join(EXAMPLES, file)), { label: file, fileName: file });
  if (!r.ok) throw new Error(`${file}: ${r.error.en}`);
  return r.value;
}

export async function exampleHistory(files: readonly string[] = EXAMPLE_FILES): Promise<XpertHistory> {
  const reports = await Promise.all(files.map(importExample));
  const added = addReports(emptyHistory(), reports, { now: new Date('2024-04-02T09:00:00Z') });
  if (!added.ok || added.value.status !== 'updated') throw new Error('example history did not build');
  return added.value.history;
}

/** A Grid as CSV text with ';', for tests that build small reports inline. */
export const csv = (...lines: string[]): string => lines.join('\r\n');
