/**
 * A signing report chosen as PDF in the year step: it shows as being read (which blocks
 * 'Maak specificatie'), then its result replaces it under the same id, as the CSV's would
 * read; and a stored PDF source restores the same way. In Node the pane's PDF reader runs
 * in its in-page fallback, the same code the import worker runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSigning, isPdfRequest, readSigningPdf } from '../../src/taskpane/year/signing-import';
import { yearReducer, initialYearState } from '../../src/taskpane/year/year-state';

const example = (f: string) => new Uint8Array(readFileSync(join(__dirname, '../../examples', f)));
const request = (name: string) => ({ input: { bytes: example(name) }, source: { label: name, fileName: name }, options: {} });

describe('a signing report as PDF in the year step', () => {
  it('is being read first, then reads as its CSV, under the same id', async () => {
    const pending = importSigning(request('loket-signing-2024-Q1.pdf'));
    expect(isPdfRequest(pending.request)).toBe(true);
    expect(pending.result).toMatchObject({ ok: false, error: { kind: 'message', severity: 'info', key: 'slot.readingPdf' } });

    let state = yearReducer(initialYearState(), { type: 'signing.add', source: pending });
    const done = await readSigningPdf(pending);
    state = yearReducer(state, { type: 'signing.replace', id: pending.id, source: done });
    const csv = importSigning(request('loket-signing-2024-Q1.csv'));
    expect(state.signing).toHaveLength(1);
    expect(state.signing[0]!.id).toBe(pending.id);
    const [a, b] = [state.signing[0]!.result, csv.result];
    if (!a.ok || !b.ok) throw new Error('not read');
    expect(a.exp.employers.map((e) => [e.number, e.name, e.requests, e.signers])).toEqual(b.exp.employers.map((e) => [e.number, e.name, e.requests, e.signers]));
    expect(a.exp.period).toEqual(b.exp.period);
    expect(a.exp.totals?.requests).toBe(82);
  });

  it('a CSV is read at once, as before', () => {
    const csv = importSigning(request('loket-signing-2024-Q2.csv'));
    expect(isPdfRequest(csv.request)).toBe(false);
    expect(csv.result.ok).toBe(true);
  });
});
