/**
 * Issue #11 item 4: one employer number on several rows.
 *   - Rows with different counts (one row per administration) are summed into one
 *     employer, because the invoice follows the column sums; a warning names the
 *     employer and its rows.
 *   - An exact repeat of a row (a page printed twice) counts once, with a warning.
 *   - The totals row is checked against what is counted, and model 2's join per
 *     employer uses the summed lines.
 */
import { describe, expect, it } from 'vitest';
import { reconcileQwoater } from '../../src/domain/billing/qwoater';
import { importDossierExport } from '../../src/domain/imports/loket-dossiers';
import { settingsSchema } from '../../src/domain/settings';

const csv = (...lines: string[]) => lines.join('\r\n') + '\r\n';
const HEADER = 'Werkgeversnummer;Naam werkgever;Administratie;Werkgeversdossier;Aantalwerknemersdossier;Inactieve werknemersdossiers';
// Line 1 is the title, line 2 the header: data starts on line 3.
const exportOf = (date: string, ...rows: string[]) => csv(`Peildatum: ${date}`, HEADER, ...rows);

function imported(text: string, label = 'dossiers.csv') {
  const r = importDossierExport({ text }, { label });
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.nl}`);
  return r;
}
const codes = (ws: { code: string }[]) => ws.map((w) => w.code);

describe('one employer on several rows with different counts', () => {
  const r = imported(exportOf('31-12-2024', '000101;Bakkerij;01;1;10;2', '000201;Bouw B.V.;01;1;40;5', '000102;Café;01;1;7;0', '000201;Bouw B.V.;02;1;25;3'));

  it('sums them into one employer line: 1 + 1 employer dossiers, F 40 + 25, G 5 + 3', () => {
    expect(r.value.employers.map((e) => e.number)).toEqual(['000101', '000201', '000102']);
    const bouw = r.value.employers[1]!;
    expect(bouw).toMatchObject({ employerDossiers: 2, employeeDossiers: 65, inactiveDossiers: 8, sourceRow: 4, sourceRows: [4, 6] });
  });

  it('warns once, naming the employer and its rows', () => {
    const w = r.warnings.filter((x) => x.code === 'import.employerRowsSummed');
    expect(w).toHaveLength(1);
    expect(w[0]!.params).toMatchObject({ number: '000201', rows: '4, 6' });
    expect(w[0]!.nl).toMatch(/000201.*rij 4, 6/);
    expect(w[0]!.en).toMatch(/000201.*rows 4, 6/);
  });

  it('two administrations with equal counts are two rows, not a repeated page', () => {
    const twin = imported(exportOf('31-12-2024', '000201;Bouw B.V.;01;1;25;3', '000201;Bouw B.V.;02;1;25;3'));
    expect(twin.value.employers).toHaveLength(1);
    expect(twin.value.employers[0]).toMatchObject({ employerDossiers: 2, employeeDossiers: 50, inactiveDossiers: 6 });
    expect(codes(twin.warnings)).toContain('import.employerRowsSummed');
  });
});

describe('many employers on several rows', () => {
  it('names the first 20 with their rows and counts the other 5 in one warning', () => {
    const rows = Array.from({ length: 25 }, (_, i) => [`${String(i + 1).padStart(6, '0')};W${i};01;1;${i + 2};1`, `${String(i + 1).padStart(6, '0')};W${i};02;0;1;0`]).flat();
    const r = imported(exportOf('31-12-2024', ...rows));
    expect(r.value.employers).toHaveLength(25);
    expect(r.value.employers[24]).toMatchObject({ employeeDossiers: 26 + 1, sourceRows: [51, 52] });
    expect(r.warnings.filter((w) => w.code === 'import.employerRowsSummed')).toHaveLength(20);
    expect(r.warnings.filter((w) => w.code === 'import.employerRowsSummedMore').map((w) => w.params)).toEqual([{ count: 5 }]);
  });
});

describe('an exact repeat of a row', () => {
  it('counts once, with a warning naming both rows', () => {
    const r = imported(exportOf('31-12-2024', '000101;Bakkerij;01;1;10;2', '000102;Café;01;1;7;0', '000101;Bakkerij;01;1;10;2'));
    expect(r.value.employers.map((e) => [e.number, e.employeeDossiers])).toEqual([['000101', 10], ['000102', 7]]);
    const w = r.warnings.find((x) => x.code === 'import.duplicateEmployer')!;
    expect(w.params).toMatchObject({ number: '000101', firstRow: 3, row: 5 });
  });

  it('next to a differing row: the repeat once, the other summed (10 + 4)', () => {
    const r = imported(exportOf('31-12-2024', '000101;Bakkerij;01;1;10;2', '000101;Bakkerij;02;0;4;1', '000101;Bakkerij;01;1;10;2', '000101;Bakkerij;02;0;4;1'));
    expect(r.value.employers).toHaveLength(1);
    expect(r.value.employers[0]).toMatchObject({ employerDossiers: 1, employeeDossiers: 14, inactiveDossiers: 3, sourceRows: [3, 4] });
    expect(r.warnings.filter((x) => x.code === 'import.duplicateEmployer').map((x) => x.params.row)).toEqual([5, 6]);
  });
});

describe('the totals row still checks the sums', () => {
  it('agrees with summed rows (every row counts)', () => {
    const r = imported(exportOf('31-12-2024', '000201;Bouw;01;1;40;5', '000201;Bouw;02;1;25;3', 'Totaal;;;2;65;8'));
    expect(r.value.totals).toMatchObject({ employerDossiers: 2, employeeDossiers: 65, inactiveDossiers: 8 });
    expect(codes(r.warnings)).not.toContain('import.totalsMismatch');
  });

  it('agrees with a repeated page counted once, and says so when the totals counted it twice', () => {
    const once = imported(exportOf('31-12-2024', '000101;Bakkerij;01;1;10;2', '000102;Café;01;1;7;0', '000101;Bakkerij;01;1;10;2', 'Totaal;;;2;17;2'));
    expect(codes(once.warnings)).not.toContain('import.totalsMismatch');
    const twice = imported(exportOf('31-12-2024', '000101;Bakkerij;01;1;10;2', '000102;Café;01;1;7;0', '000101;Bakkerij;01;1;10;2', 'Totaal;;;3;27;4'));
    expect(twice.warnings.filter((w) => w.code === 'import.totalsMismatch').map((w) => [w.params.file, w.params.computed])).toEqual([
      [3, 2],
      [27, 17],
      [4, 2],
    ]);
  });

  it('recognises an unlabelled totals row by the sums of the counted rows', () => {
    const r = imported(exportOf('31-12-2024', '000101;Bakkerij;01;1;10;2', '000101;Bakkerij;01;1;10;2', ';;;1;10;2'));
    expect(r.value.totals).toMatchObject({ employeeDossiers: 10 });
  });
});

describe('model 2 joins the summed lines', () => {
  it('F of this year’s two rows against G of last year’s two rows: (40 + 25) − (4 + 2) = 59', () => {
    const current = imported(exportOf('31-12-2024', '000201;Bouw;01;1;40;5', '000201;Bouw;02;1;25;3'), 'c.csv');
    const previous = imported(exportOf('31-12-2023', '000201;Bouw;01;1;38;4', '000201;Bouw;02;1;20;2'), 'p.csv');
    const rec = reconcileQwoater({ current: current.value, previous: previous.value, settings: settingsSchema.parse({ model: 2, pricing: { kind: 'flat', priceE4: 98_500 } }) });
    expect(rec.ok).toBe(true);
    if (!rec.ok) return;
    expect(rec.value.employers).toHaveLength(1);
    expect(rec.value.employers[0]).toMatchObject({ employeeDossiers: 65, inactivePrevious: 6, activeEmployeeDossiers: 59, billableDossiers: 61 });
    expect(rec.value.employers[0]!.notes.map((n) => n.nl)).toEqual(expect.arrayContaining(['Opgeteld uit rij 3, 4', 'Vorig jaar opgeteld uit rij 3, 4']));
  });
});
