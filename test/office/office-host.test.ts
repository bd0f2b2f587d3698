import { describe, expect, it } from 'vitest';
import { OfficeProblemError } from '../../src/office/office-errors';
import { STATE_NAMESPACE, cellText, createOfficeHost, parseStateXml, serialToIso, stateXml } from '../../src/office/office-host';
import { OWNER_KEY } from '../../src/writers/office-writer';
import { FakeExcel, type FakeSheet } from '../support/fake-excel';
import { EMPLOYERS, SUMMARY, employersPlan } from './synthetic-plans';

const host = (fake: FakeExcel, isSetSupported?: (n: string, v: string) => boolean) =>
  createOfficeHost(fake, { language: 'nl', ...(isSetSupported ? { isSetSupported } : {}), now: () => new Date('2025-01-31T10:00:00Z') });

describe('office host: readSelection', () => {
  it('reads the used part of the selection as text, keeping text cells and leading zeros', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1', {
      A1: 'Nummer', B1: 'Dossiers', C1: 'Peildatum', D1: 'Actief',
      A2: '000123', B2: 1234.5, C2: 45657, D2: true,
      A3: 456, B3: 7,
    });
    fake.setNumberFormat('Blad1', 'A3', '000000');
    fake.setNumberFormat('Blad1', 'C2', 'dd-mm-yyyy');
    fake.selection = { sheet: 'Blad1', address: 'A:F' }; // whole columns: only the used part is read
    const result = await host(fake).readSelection();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.address).toBe('Blad1!A1:D3');
    expect(result.value.grid).toEqual([
      ['Nummer', 'Dossiers', 'Peildatum', 'Actief'],
      ['000123', '1234.5', '2024-12-31', 'TRUE'],
      ['000456', '7', '', ''],
    ]);
  });

  it('reads a large selection in requests of about 100,000 cells', async () => {
    const fake = new FakeExcel();
    const s: FakeSheet = fake.addSheet('Data');
    for (let r = 0; r < 30_000; r++) for (let c = 0; c < 5; c++) s.cells.set(r * 16384 + c, { value: r * 10 + c });
    fake.selection = { sheet: 'Data', address: 'A1:E30000' };
    const result = await host(fake).readSelection();
    expect(result.ok && result.value.grid.length).toBe(30_000);
    expect(result.ok && result.value.grid[29_999]).toEqual(['299990', '299991', '299992', '299993', '299994']);
    expect(fake.syncs).toBe(1 + 2);
  });

  it('an empty selection is an empty grid', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Leeg');
    fake.selection = { sheet: 'Leeg', address: 'B2:C3' };
    expect(await host(fake).readSelection()).toEqual({ ok: true, value: { grid: [], address: '' }, warnings: [] });
  });

  it('turns cells into the text an importer expects', () => {
    expect(cellText(123, '000000')).toBe('000123');
    expect(cellText(1234567, '000000')).toBe('1234567');
    expect(cellText(1234.5, '#,##0.00')).toBe('1234.5');
    expect(cellText(45657, '[$-413]d mmmm yyyy;@')).toBe('2024-12-31');
    expect(cellText(12, '"€" #,##0.00')).toBe('12');
    expect(cellText('', 'General')).toBe('');
    expect(cellText('#N/A', 'General')).toBe('#N/A');
    expect(serialToIso(1)).toBe('1900-01-01');
    expect(serialToIso(61)).toBe('1900-03-01');
    expect(serialToIso(45292)).toBe('2024-01-01');
  });
});

describe('office host: sheets', () => {
  it('lists sheets with ownership from the marker', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    fake.addSheet(SUMMARY, {}, { [OWNER_KEY]: JSON.stringify({ v: 1, run: 'x', key: 'summary' }) });
    fake.addSheet('Vreemd', {}, { [OWNER_KEY]: 'ook een Factuurcheck-eigenschap, maar niet van ons' });
    expect(await host(fake).listSheets()).toEqual([
      { name: 'Blad1', ownedByUs: false },
      { name: SUMMARY, ownedByUs: true },
      { name: 'Vreemd', ownedByUs: false },
    ]);
  });

  it('writes a plan through the queue, and its sheets are then ours', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    const h = host(fake, () => true);
    const result = await h.writePlan(employersPlan(5), { conflict: 'replace-own' });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toMatchObject({ sheetNames: { summary: SUMMARY, employers: EMPLOYERS }, syncs: 2 });
    expect((await h.listSheets()).filter((s) => s.ownedByUs).map((s) => s.name)).toEqual([SUMMARY, EMPLOYERS]);
    expect(fake.runOptions.every((o) => o.delayForCellEdit)).toBe(true);
  });

  it('refuses to write on an Excel without worksheet custom properties', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    const result = await host(fake, (set, version) => set === 'ExcelApi' && version < '1.12').writePlan(employersPlan(1), { conflict: 'replace-own' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('office.apiNotFound');
    expect(fake.syncs).toBe(0);
  });

  it('activates a sheet, and rejects with a mapped problem for a missing one', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    fake.addSheet('Blad2');
    await host(fake).activateSheet('blad2');
    expect(fake.active?.name).toBe('Blad2');
    const err = await host(fake).activateSheet('Weg').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OfficeProblemError);
    expect((err as OfficeProblemError).problem.code).toBe('office.itemNotFound');
  });
});

describe('office host: saved state', () => {
  it('is null before the first save, and round-trips any JSON after', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    const h = host(fake);
    expect(await h.loadState()).toEqual({ ok: true, value: null, warnings: [] });
    const json = JSON.stringify({ note: 'a < b && c > d ]]> "quoted" \'single\' é €', n: [1, 2] });
    expect((await h.saveState(json)).ok).toBe(true);
    expect(await h.loadState()).toEqual({ ok: true, value: json, warnings: [] });
    expect(fake.parts).toHaveLength(1);
    expect(fake.parts[0]!.xml).toContain(`xmlns="${STATE_NAMESPACE}"`);
  });

  it('replaces our old part on save and leaves other add-ins’ parts alone', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    fake.parts.push({ id: '{other}', xml: '<data xmlns="urn:iemand:anders">x</data>' });
    const h = host(fake);
    await h.saveState('{"v":1}');
    await h.saveState('{"v":2}');
    expect(fake.parts.map((p) => p.id)).toHaveLength(2);
    expect(fake.parts[0]!.id).toBe('{other}');
    expect(await h.loadState()).toMatchObject({ ok: true, value: '{"v":2}' });
  });

  it('takes the newest when an interrupted save left two parts, and reports an unreadable part', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    fake.parts.push(
      { id: '{a}', xml: stateXml('{"v":"new"}', new Date('2025-02-01T00:00:00Z')) },
      { id: '{b}', xml: stateXml('{"v":"old"}', new Date('2025-01-01T00:00:00Z')) },
    );
    expect(await host(fake).loadState()).toMatchObject({ ok: true, value: '{"v":"new"}' });
    const broken = new FakeExcel();
    broken.addSheet('Blad1');
    broken.parts.push({ id: '{c}', xml: `<other xmlns="${STATE_NAMESPACE}"/>` });
    const r = await host(broken).loadState();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('office.stateUnreadable');
  });

  it('reads the part back even if Excel adds a prefix or CDATA', () => {
    expect(parseStateXml(`<fc:state xmlns:fc="${STATE_NAMESPACE}" saved="x"><![CDATA[{"a":"]]]]><![CDATA[>"}]]></fc:state>`)).toBeTruthy();
    expect(parseStateXml(`<?xml version="1.0"?><ns0:state xmlns:ns0="${STATE_NAMESPACE}" saved="s">{&quot;a&quot;:1}</ns0:state>`)).toEqual({ json: '{"a":1}', saved: 's' });
  });
});
