/**
 * The Otherside part of the stored state: a round trip through the whole stored state
 * (save → reload → the same history), March imported later next to the stored January
 * and February, and tampering that costs only the tampered piece.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/domain/settings';
import { addReports, emptyHistory, parseXpertSettings, runXpert, type XpertHistory, type XpertReport } from '../../src/domain/xpert';
import { readXpertUpload } from '../../src/readers/upload';
import { parseStoredState, serializeStoredState } from '../../src/taskpane/state/stored-state';
import { readXpertPart, toStoredPart, type XpertPart } from '../../src/taskpane/xpert/xpert-stored';

const example = async (name: string): Promise<XpertReport> => {
  const r = await readXpertUpload(new Uint8Array(readFileSync(join(__dirname, '../../examples', name))), { label: name, fileName: name });
  if (!r.ok) throw new Error(r.error.en);
  return r.value;
};

const settings = (() => {
  const s = parseXpertSettings({ rateE4: 12_500, smsRateE4: 900 });
  if (!s.ok) throw new Error(s.error.en);
  return s.value;
})();

async function janFeb(): Promise<XpertHistory> {
  const added = addReports(emptyHistory(), [await example('xpert-2024-01.csv'), await example('xpert-2024-02.csv')], { now: new Date('2024-03-01T09:00:00Z') });
  if (!added.ok || added.value.status !== 'updated') throw new Error('add');
  return added.value.history;
}

/** Saves like the pane does and reads the whole stored state back. */
function saveAndReload(part: XpertPart) {
  const json = serializeStoredState(defaultSettings(2), { current: null, previous: null }, new Date('2024-03-01T10:00:00Z'), { xpert: toStoredPart(part) });
  const back = parseStoredState(json);
  if (!back.ok) throw new Error(`stored state refused: ${back.reason}`);
  return { json, state: back.state, read: readXpertPart(back.state.xpert) };
}

describe('Otherside part of the stored state', () => {
  it('round trip: save, reload, the same history, source, rates and stand-in flag', async () => {
    const history = await janFeb();
    const { read } = saveAndReload({ source: 'xpert', history, settings, qwoaterPlaceholder: true });
    expect(read.warnings).toEqual([]);
    expect(read.settingsDropped).toBe(false);
    expect(read.part).toEqual({ source: 'xpert', history, settings, qwoaterPlaceholder: true });
  });

  it('March imported later next to the stored January and February builds a three-month trend', async () => {
    const { read } = saveAndReload({ source: 'xpert', history: await janFeb(), settings, qwoaterPlaceholder: false });
    const added = addReports(read.part.history, [await example('xpert-2024-03.xlsx')]);
    if (!added.ok || added.value.status !== 'updated') throw new Error('add');
    expect(added.value.added).toEqual(['2024-03']);
    const out = runXpert(added.value.history, settings, 'nl');
    if (!out.ok) throw new Error(out.error.en);
    expect(out.value.trend.months.map((m) => [m.period, m.employees, m.sms])).toEqual([
      ['2024-01', 1334, 1137],
      ['2024-02', 1370, 1394],
      ['2024-03', 1351, 1342],
    ]);
    expect(out.value.plan.sheets.map((s) => s.name)).toEqual(['Otherside 2024', 'Otherside trend']);
  });

  it('a tampered month is left out with a warning; the other months and the Qwoater settings stay', async () => {
    const { json } = saveAndReload({ source: 'xpert', history: await janFeb(), settings, qwoaterPlaceholder: false });
    const raw = JSON.parse(json);
    raw.xpert.history.months['2024-02'].employers[0].employees = -5;
    const back = parseStoredState(JSON.stringify(raw));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.state.settings).toEqual(defaultSettings(2));
    const read = readXpertPart(back.state.xpert);
    expect(Object.keys(read.part.history.months)).toEqual(['2024-01']);
    expect(read.warnings.map((w) => w.code)).toEqual(['xpert.history.monthDropped']);
    expect(read.warnings[0]!.nl).toContain('februari 2024');
  });

  it('a tampered envelope costs the Otherside part only, with a warning', () => {
    const json = serializeStoredState(defaultSettings(2), { current: null, previous: null }, new Date(), { xpert: { version: 1, source: 'elsewhere', history: {} } });
    const back = parseStoredState(json);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    const read = readXpertPart(back.state.xpert);
    expect(read.part.source).toBe('qwoater');
    expect(read.part.history.months).toEqual({});
    expect(read.warnings.map((w) => w.code)).toEqual(['xpert.history.invalid']);
  });

  it('rates that do not validate are dropped and said so; the history stays', async () => {
    const history = await janFeb();
    const stored = { ...toStoredPart({ source: 'xpert', history, settings, qwoaterPlaceholder: false }), settings: { rateE4: -1, smsRateE4: 900 } };
    const read = readXpertPart(stored);
    expect(read.settingsDropped).toBe(true);
    expect(read.part.settings).toBeNull();
    expect(read.part.history).toEqual(history);
  });

  it('a workbook without the part (version 1 or an older v2) gives an empty history and no warning', () => {
    expect(readXpertPart(undefined)).toEqual({ part: { source: 'qwoater', history: emptyHistory(), settings: null, qwoaterPlaceholder: false }, warnings: [], settingsDropped: false });
  });
});
