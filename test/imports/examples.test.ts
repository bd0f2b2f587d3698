/**
 * The committed sample files in examples/, imported as a user would, checked against
 * totals counted by hand from the files (the sums are written out below, not computed
 * by the code under test).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDossierExport } from '../../src/domain/imports/loket-dossiers';

const dir = join(__dirname, '..', '..', 'examples');
function load(fileName: string) {
  const bytes = new Uint8Array(readFileSync(join(dir, fileName)));
  const r = importDossierExport({ bytes }, { label: fileName, fileName });
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.nl}`);
  return { ...r.value, warnings: r.warnings };
}
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('examples/loket-dossiers-31-12-2024.csv (model 2, the year)', () => {
  const v = load('loket-dossiers-31-12-2024.csv');

  it('is read as Windows-1252 with ; and peildatum 31-12-2024 from the title', () => {
    expect([v.encoding, v.delimiter, v.peildatum, v.peildatumFrom]).toEqual(['windows-1252', ';', '2024-12-31', 'title']);
    expect(v.warnings).toEqual([]);
  });

  it('has 25 employers with names, leading zeros and quotes intact', () => {
    expect(v.employers).toHaveLength(25);
    const byNumber = new Map(v.employers.map((e) => [e.number, e]));
    expect(byNumber.get('000009')?.name).toBe('Stichting "De Brug"');
    expect(byNumber.get('000101')?.name).toBe('Café De Gouden Leeuw');
    expect(byNumber.get('000102')?.name).toBe('Bakkerij Müller');
    expect(byNumber.get('000107')?.name).toBe('Jansen; Zonen & Co');
    expect(byNumber.get('000347')?.name).toBe('Koffiebranderij Bonen, Bakken & Zo');
    expect(byNumber.get('000115')?.employeeDossiers).toBe(1204); // written '1.204'
    expect(byNumber.has('000334')).toBe(false); // gone in 2024
  });

  it('maps F and G by header and keeps the active column apart', () => {
    expect(v.columns).toMatchObject({ employeeDossiers: 5, inactiveDossiers: 6, activeDossiers: 7 });
  });

  it('adds up to the hand-counted totals, which the totals row confirms', () => {
    // F: 5+17+25+44+1204+90+10+13+19+70+29+16+34+55+8+24+40+21+7+20+6+101+14+18+6 = 1896
    // G: 2+5+8+12+355+25+2+5+6+22+9+4+15+16+2+7+28+5+3+5+4+44+4+4+0 = 592
    // Werkgeversdossiers: 25 × 1 = 25
    expect(sum(v.employers.map((e) => e.employeeDossiers))).toBe(1896);
    expect(sum(v.employers.map((e) => e.inactiveDossiers))).toBe(592);
    expect(sum(v.employers.map((e) => e.employerDossiers))).toBe(25);
    expect(v.totals).toEqual({ sourceRow: 31, employerDossiers: 25, employeeDossiers: 1896, inactiveDossiers: 592 });
  });
});

describe('examples/loket-dossiers-31-12-2023.csv (model 2, the previous year)', () => {
  const v = load('loket-dossiers-31-12-2023.csv');

  it('adds up to the hand-counted totals', () => {
    // F: 5+14+22+41+1180+86+9+12+18+64+27+15+31+52+8+23+38+20+7+19+11+96+13+17+12 = 1840
    // G: 1+3+6+10+310+21+2+4+5+18+7+3+12+14+1+6+25+5+2+4+9+40+3+4+5 = 520
    expect(v.peildatum).toBe('2023-12-31');
    expect(v.employers).toHaveLength(25);
    expect(sum(v.employers.map((e) => e.employeeDossiers))).toBe(1840);
    expect(sum(v.employers.map((e) => e.inactiveDossiers))).toBe(520);
    expect(v.totals).toEqual({ sourceRow: 31, employerDossiers: 25, employeeDossiers: 1840, inactiveDossiers: 520 });
    expect(v.warnings).toEqual([]);
  });

  it('gives the model-2 figures of the README when paired with 2024', () => {
    const current = load('loket-dossiers-31-12-2024.csv');
    const previousG = new Map(v.employers.map((e) => [e.number, e.inactiveDossiers]));
    const currentF = new Map(current.employers.map((e) => [e.number, e.employeeDossiers]));
    // Σ F(2024) − Σ G(2023) = 1896 − 520 = 1376 active dossiers.
    expect(sum([...currentF.values()]) - sum([...previousG.values()])).toBe(1376);
    // New in 2024, gone in 2024, and the negative difference of Bloemenhandel Flora: 6 − 9 = −3.
    expect([...currentF.keys()].filter((k) => !previousG.has(k))).toEqual(['000347']);
    expect([...previousG.keys()].filter((k) => !currentF.has(k))).toEqual(['000334']);
    expect(currentF.get('000293')! - previousG.get('000293')!).toBe(-3);
    expect(v.employers.find((e) => e.number === '000334')?.name).toBe('Modehuis Rosé');
  });
});

describe('examples/loket-dossiers-01-10-2024.csv (model 1)', () => {
  const v = load('loket-dossiers-01-10-2024.csv');

  it('is read as UTF-8 with a BOM, peildatum 01-10-2024 from the title (written 1-10-2024)', () => {
    expect([v.encoding, v.peildatum, v.peildatumFrom]).toEqual(['utf-8-bom', '2024-10-01', 'title']);
    expect(v.warnings).toEqual([]);
  });

  it('maps by header although letter F holds the active column here', () => {
    expect(v.columns).toMatchObject({ employerNumber: 0, employerName: 1, employerDossiers: 3, employeeDossiers: 4, activeDossiers: 5, inactiveDossiers: 6 });
    expect(v.headers[5]).toBe('Actieve werknemersdossiers');
  });

  it('adds up to the hand-counted totals, and ignores the note after the totals row', () => {
    // F: 5+16+24+43+1198+88+10+13+19+69+28+16 = 1529
    // G: 2+5+7+12+350+24+2+5+6+21+9+4 = 447
    // Active: 3+11+17+31+848+64+8+8+13+48+19+12 = 1082
    expect(v.employers).toHaveLength(12);
    expect(sum(v.employers.map((e) => e.employeeDossiers))).toBe(1529);
    expect(sum(v.employers.map((e) => e.inactiveDossiers))).toBe(447);
    expect(sum(v.employers.map((e) => e.activeDossiers ?? 0))).toBe(1082);
    // Model 1 bills 12 employer dossiers + 1529 employee dossiers = 1541.
    expect(sum(v.employers.map((e) => e.employerDossiers + e.employeeDossiers))).toBe(1541);
    expect(v.totals).toEqual({ sourceRow: 17, employerDossiers: 12, employeeDossiers: 1529, inactiveDossiers: 447 });
  });
});
