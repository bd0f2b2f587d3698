/**
 * --json is written in pieces (output.ts), each after the reader took the one before: a
 * slow reader gets every employer once, in order, and never more than one piece is in flight.
 */
import { describe, expect, it } from 'vitest';
import { writeJson } from '../../src/cli/output';
import type { EmployerLine, Reconciliation } from '../../src/domain/pipeline';

const line = (i: number): EmployerLine => ({
  number: String(i).padStart(6, '0'),
  name: `Werkgever "${i}" → B.V.`,
  employerDossiers: 1,
  employeeDossiers: i,
  inactivePrevious: 1,
  activeEmployeeDossiers: i - 1,
  billableDossiers: i,
  inCurrent: true,
  inPrevious: true,
  notes: i % 7 ? [] : [{ code: 'renamed', nl: `noot ${i}`, en: `note ${i}` }],
});

describe('--json written in pieces', () => {
  it('waits for each piece to be taken before writing the next, and loses or repeats nothing', async () => {
    const employers = Array.from({ length: 2_345 }, (_, i) => line(i));
    const rec = { model: 2, year: 2024, currentPeildatum: '2024-12-31', previousPeildatum: '2023-12-31', totals: {}, employers } as unknown as Reconciliation;
    let out = '';
    let inFlight = 0;
    let most = 0;
    let writes = 0;
    const slowReader = (text: string) => {
      writes++;
      inFlight++;
      most = Math.max(most, inFlight);
      return new Promise<void>((resolve) =>
        setTimeout(() => {
          out += text;
          inFlight--;
          resolve();
        }, 0),
      );
    };
    await writeJson(slowReader, rec, [], 'en');
    expect(most).toBe(1);
    expect(inFlight).toBe(0);
    expect(writes).toBeGreaterThan(3);
    const parsed = JSON.parse(out) as { employers: { number: string; notes?: string[] }[] };
    expect(parsed.employers.map((e) => e.number)).toEqual(employers.map((e) => e.number));
    expect(parsed.employers[7]!.notes).toEqual(['note 7']);
    expect(parsed.employers[8]!.notes).toBeUndefined();
  });
});
