import { describe, expect, it } from 'vitest';
import { createOfficeHost } from '../../src/office/host';
import { cellText, serialToIso } from '../../src/office/selection';
import { LEGACY_NAMESPACE, MAX_PART_BYTES, STATE_NAMESPACE, parseStatePart, stateParts } from '../../src/office/state-parts';
import { OWNER_KEY } from '../../src/office/writer';
import { FakeExcel, type FakeSheet } from '../support/fake-excel';
import { EMPLOYERS, SUMMARY, employersPlan } from './synthetic-plans';

let saves = 0;
const host = (fake: FakeExcel, isSetSupported?: (n: string, v: string) => boolean, writeXlsx?: () => Promise<Uint8Array>) =>
  createOfficeHost(fake, {
    language: 'nl',
    ...(isSetSupported ? { isSetSupported } : {}),
    ...(writeXlsx ? { writeXlsx } : {}),
    now: () => new Date(Date.UTC(2025, 0, 31, 10, 0, saves)),
    saveId: () => `s${++saves}`,
  });

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

  it('reads a large selection in chunks, each response under 4 MiB however long the texts', async () => {
    const fake = new FakeExcel();
    const s: FakeSheet = fake.addSheet('Data');
    // 100,000 cells of 60-character names: about 7 MB of values, more than one response may carry.
    for (let r = 0; r < 20_000; r++) for (let c = 0; c < 5; c++) s.cells.set(r * 16384 + c, c === 0 ? { value: r } : { value: `Werkgever ${r}-${c} `.padEnd(60, 'x') });
    fake.selection = { sheet: 'Data', address: 'A1:E20000' };
    const result = await host(fake).readSelection();
    expect(result.ok, JSON.stringify(!result.ok && result.error)).toBe(true);
    if (!result.ok) return;
    expect(result.value.grid.length).toBe(20_000);
    expect(result.value.grid[19_999]![0]).toBe('19999');
    expect(result.value.grid[19_999]![4]).toBe('Werkgever 19999-4 '.padEnd(60, 'x'));
    expect(fake.largestResponse).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(fake.syncs).toBeGreaterThan(2);
  });

  it('reads a chunk again in halves when Excel still refuses its response', async () => {
    const fake = new FakeExcel();
    const s: FakeSheet = fake.addSheet('Data');
    for (let r = 0; r < 4_000; r++) s.cells.set(r * 16384, { value: 'x'.repeat(200) });
    fake.selection = { sheet: 'Data', address: 'A1:A4000' };
    fake.responseLimit = 300_000; // far below what the first chunk of 4,000 rows weighs
    const result = await host(fake).readSelection();
    expect(result.ok, JSON.stringify(!result.ok && result.error)).toBe(true);
    expect(result.ok && result.value.grid.length).toBe(4_000);
    expect(fake.requests.filter((r) => r.responseBytes > 300_000).length).toBeGreaterThan(0);
  });

  it('gives up with a mapped problem when a single row is too large to read', async () => {
    const fake = new FakeExcel();
    const s: FakeSheet = fake.addSheet('Data');
    s.cells.set(0, { value: 'x'.repeat(30_000) });
    fake.selection = { sheet: 'Data', address: 'A1' };
    fake.responseLimit = 10_000;
    const result = await host(fake).readSelection();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('office.payloadTooLarge');
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
    expect(await host(fake).listSheets()).toEqual({
      ok: true,
      value: [
        { name: 'Blad1', ownedByUs: false },
        { name: SUMMARY, ownedByUs: true },
        { name: 'Vreemd', ownedByUs: false },
      ],
      warnings: [],
    });
  });

  it('writes a plan through the queue, and its sheets are then ours', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    const h = host(fake, () => true);
    const result = await h.writePlan(employersPlan(5), { conflict: 'replace-own' });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toMatchObject({ sheetNames: { summary: SUMMARY, employers: EMPLOYERS }, syncs: 2 });
    const listed = await h.listSheets();
    expect(listed.ok && listed.value.filter((s) => s.ownedByUs).map((s) => s.name)).toEqual([SUMMARY, EMPLOYERS]);
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

  it('activates a sheet, and answers with a mapped problem for a missing one', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    fake.addSheet('Blad2');
    expect(await host(fake).activateSheet('blad2')).toEqual({ ok: true, value: undefined, warnings: [] });
    expect(fake.active?.name).toBe('Blad2');
    const r = await host(fake).activateSheet('Weg');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('office.itemNotFound');
  });

  it('a sheet list Excel refuses is a mapped problem, not a throw', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    fake.failAt(1, 0, 'AccessDenied');
    const r = await host(fake).listSheets();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('office.accessDenied');
  });
});

describe('office host: a workbook of its own', () => {
  it('opens the plan as a new workbook with Excel.createWorkbook, leaving the open one alone', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    const before = fake.state();
    const bytes = new Uint8Array([80, 75, 3, 4, 1, 2, 3]);
    const r = await host(fake, () => true, async () => bytes).exportWorkbook(employersPlan(3));
    expect(r).toMatchObject({ ok: true, value: { how: 'opened' } });
    expect(fake.createdWorkbooks).toEqual([Buffer.from(bytes).toString('base64')]);
    expect(fake.state()).toEqual(before);
  });

  it('says what this Excel lacks when it has no createWorkbook (ExcelApi 1.8), and maps a refusal', async () => {
    const fake = new FakeExcel();
    const r = await host(fake, (set, v) => set === 'ExcelApi' && Number(v.split('.')[1]) < 8, async () => new Uint8Array(1)).exportWorkbook(employersPlan(1));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'office.apiNotFound', params: { detail: 'ExcelApi 1.8 (Excel.createWorkbook)' } });
    fake.createWorkbookFails = 'RequestPayloadSizeLimitExceeded';
    const refused = await host(fake, () => true, async () => new Uint8Array(1)).exportWorkbook(employersPlan(1));
    expect(!refused.ok && refused.error.code).toBe('office.payloadTooLarge');
    expect(fake.createdWorkbooks).toEqual([]);
  });
});

describe('office host: saved state', () => {
  it('is null before the first save, and round-trips any text after', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    const h = host(fake);
    expect(await h.loadState()).toEqual({ ok: true, value: null, warnings: [] });
    const text = JSON.stringify({ note: 'a < b && c > d ]]> "quoted" \'single\' é € 😀', n: [1, 2] });
    expect((await h.saveState(text)).ok).toBe(true);
    expect(await h.loadState()).toEqual({ ok: true, value: text, warnings: [] });
    expect(fake.parts).toHaveLength(1);
    expect(fake.parts[0]!.xml).toContain(`xmlns="${STATE_NAMESPACE}"`);
  });

  it('keeps a text XML cannot hold (a control character, a lone surrogate) as base64', async () => {
    const fake = new FakeExcel();
    const h = host(fake);
    const text = 'a\u0001b\uD800c\uFFFF';
    expect((await h.saveState(text)).ok).toBe(true);
    expect(fake.parts[0]!.xml).toContain('enc="base64"');
    // A lone surrogate cannot survive UTF-8; it comes back as the replacement character, everything else exactly.
    expect(await h.loadState()).toMatchObject({ ok: true, value: 'a\u0001b\uFFFDc\uFFFF' });
  });

  it('splits a large state into parts of at most 1 MB, each in a request and a response of its own', async () => {
    const fake = new FakeExcel();
    const h = host(fake);
    const text = 'fcz1:' + 'A'.repeat(3_500_000);
    expect((await h.saveState(text)).ok).toBe(true);
    expect(fake.parts).toHaveLength(4);
    for (const p of fake.parts) expect(Buffer.byteLength(p.xml)).toBeLessThanOrEqual(MAX_PART_BYTES);
    const loaded = await h.loadState();
    expect(loaded.ok && loaded.value).toBe(text);
    expect(fake.largestRequest).toBeLessThan(1_100_000);
    expect(fake.largestResponse).toBeLessThan(1_100_000);
  });

  it('never splits inside an escape or a character', () => {
    const text = '&<>é😀'.repeat(50_000);
    const xmls = stateParts(text, 's', new Date(0), 10_000);
    expect(xmls.length).toBeGreaterThan(20);
    for (const x of xmls) expect(Buffer.byteLength(x)).toBeLessThanOrEqual(10_000);
    expect(xmls.map((x) => parseStatePart(x)!.text).join('')).toBe(text);
  });

  it('replaces our old parts on save and leaves other add-ins’ parts alone', async () => {
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

  it('an interrupted save leaves the previous one readable, and the next save clears its leftovers', async () => {
    const fake = new FakeExcel();
    const h = host(fake);
    await h.saveState('first');
    // The next save dies after its first of two parts: the workbook holds one complete and one half save.
    fake.failAt(fake.syncs + 2);
    const second = await h.saveState('x'.repeat(1_500_000));
    expect(second.ok).toBe(false);
    expect(fake.parts).toHaveLength(2);
    expect(await h.loadState()).toMatchObject({ ok: true, value: 'first' });
    await h.saveState('third');
    expect(fake.parts).toHaveLength(1);
    expect(await h.loadState()).toMatchObject({ ok: true, value: 'third' });
  });

  it('reads the single part of an older Factuurcheck, and the next save replaces it', async () => {
    const fake = new FakeExcel();
    fake.parts.push({ id: '{old}', xml: `<?xml version="1.0" encoding="UTF-8"?><state xmlns="${LEGACY_NAMESPACE}" saved="2024-06-01T10:00:00.000Z">{&quot;version&quot;:2}</state>` });
    const h = host(fake);
    expect(await h.loadState()).toEqual({ ok: true, value: '{"version":2}', warnings: [] });
    await h.saveState('{"version":3}');
    expect(fake.parts.map((p) => p.xml.includes(LEGACY_NAMESPACE))).toEqual([false]);
  });

  it('reports parts of ours it cannot read, or a save with a part missing', async () => {
    const broken = new FakeExcel();
    broken.parts.push({ id: '{c}', xml: `<other xmlns="${STATE_NAMESPACE}"/>` });
    const r = await host(broken).loadState();
    expect(!r.ok && r.error.code).toBe('office.stateUnreadable');
    const half = new FakeExcel();
    half.parts.push({ id: '{d}', xml: stateParts('x'.repeat(3_000), 's', new Date(0), 1_000)[1]! });
    const h = await host(half).loadState();
    expect(!h.ok && h.error.code).toBe('office.stateUnreadable');
  });

  it('reads the part back even if Excel adds a prefix or CDATA', () => {
    expect(parseStatePart(`<fc:state xmlns:fc="${STATE_NAMESPACE}" saved="x"><![CDATA[{"a":"]]]]><![CDATA[>"}]]></fc:state>`)).toBeTruthy();
    expect(parseStatePart(`<?xml version="1.0"?><ns0:state xmlns:ns0="${STATE_NAMESPACE}" saved="s">{&quot;a&quot;:1}</ns0:state>`)).toMatchObject({ text: '{"a":1}', saved: 's', part: 1, of: 1 });
  });

  it('removes everything it keeps, old parts included, and nothing of anyone else', async () => {
    const fake = new FakeExcel();
    fake.parts.push({ id: '{other}', xml: '<data xmlns="urn:iemand:anders">x</data>' });
    fake.parts.push({ id: '{old}', xml: `<state xmlns="${LEGACY_NAMESPACE}" saved="x">{}</state>` });
    const h = host(fake);
    await h.saveState('y'.repeat(2_500_000));
    expect(fake.parts.length).toBeGreaterThan(3);
    expect((await h.clearState()).ok).toBe(true);
    expect(fake.parts.map((p) => p.id)).toEqual(['{other}']);
    expect(await h.loadState()).toEqual({ ok: true, value: null, warnings: [] });
  });
});
