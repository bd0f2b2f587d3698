/**
 * What the schemas fill in, turn around and say, pinned where no other test looks: the
 * defaults, the sorting and trimming, the strictness of nested objects, and zod's own
 * English sentence where it does reach a user (an invoice line's reason, the detail of a
 * dropped Otherside month). zod/mini has no messages of its own, so the last ones fail
 * if src/domain/zod-config.ts is no longer loaded with the schemas.
 */
import { describe, expect, it } from 'vitest';
import { config } from 'zod/mini';
import { yearOptionsSchema } from '../../src/domain/billing/advances';
import { validateInvoiceLines } from '../../src/domain/billing/invoices';
import { defaultSettings, settingsSchema } from '../../src/domain/settings';
import { parseHistory } from '../../src/domain/xpert/history';
import { parseXpertImportOptions } from '../../src/domain/xpert/settings';

const month = (code: string) => ({
  period: '2024-03',
  source: { label: 'maart.xlsx' },
  importedAt: null,
  peildatum: null,
  hasSmsColumn: false,
  reportedAmountCents: null,
  reportedRateE4: null,
  employers: [{ code, name: 'Bakkerij De Zon', employees: 4, sms: 0 }],
});
const history = (code: string) => parseHistory(JSON.stringify({ version: 1, months: { '2024-03': month(code) } }));

describe('the schemas', () => {
  it('fill in the settings a user leaves out: € 636 minimum, 21 % VAT, € 1 tolerance, no percentage tolerance', () => {
    expect(defaultSettings(1)).toEqual({ model: 1, pricing: { kind: 'flat', priceE4: 0 }, minimumCents: 63_600, vatBasisPoints: 2_100, toleranceCents: 100, toleranceBasisPoints: 0 });
  });

  it('keep a staffel sorted by its first dossier, and refuse a gap below the lowest band on that band', () => {
    const pricing = { kind: 'graduated', tiers: [{ from: 11, priceE4: 5_000 }, { from: 1, priceE4: 9_000 }] };
    expect(settingsSchema.parse({ model: 2, pricing }).pricing).toEqual({ kind: 'graduated', tiers: [{ from: 1, priceE4: 9_000 }, { from: 11, priceE4: 5_000 }] });
    const gap = settingsSchema.safeParse({ model: 2, pricing: { kind: 'volume', tiers: [{ from: 5, priceE4: 1 }, { from: 3, priceE4: 2 }] } });
    expect(!gap.success && gap.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['pricing.tiers.1.from', 'de laagste staffel begint bij 3, niet bij 1: dossier 1 t/m 2 heeft geen prijs']]);
  });

  it('fill in the year options, and never hand two parses the same list', () => {
    const a = yearOptionsSchema.parse({});
    expect(a).toEqual({ signing: { mode: 'unknown', unit: 'requests' }, counts: [], smallDifferenceBasisPoints: 200, distribute: 'computed' });
    a.counts.push({ date: '2024-01-01', count: 1, label: '' });
    expect(yearOptionsSchema.parse({}).counts).toEqual([]);
    expect(yearOptionsSchema.parse({ signing: { mode: 'priced', priceE4: 5_000 }, counts: [{ date: '2024-06-30', count: 12 }] })).toMatchObject({
      signing: { mode: 'priced', priceE4: 5_000, unit: 'requests' },
      counts: [{ date: '2024-06-30', count: 12, label: '' }],
    });
  });

  it("give an invoice line's reason in zod's English words, or in ours where we wrote them", () => {
    const reason = (line: object) => {
      const r = validateInvoiceLines([line]);
      return r.ok ? null : r.error.params.reason;
    };
    const advance = { kind: 'advance', year: 2024, quarter: 1, amountCents: 100 };
    expect(reason({ ...advance, year: 1999 })).toBe('Too small: expected number to be >=2000');
    expect(reason({ ...advance, kind: 'bonus' })).toBe('Invalid option: expected one of "advance"|"correction"|"final"|"signing"');
    expect(reason({ ...advance, date: '2024-02-30' })).toBe('geen bestaande datum');
    expect(reason({ ...advance, date: '30-01-2024' })).toBe('datum als jjjj-mm-dd');
    expect(reason({ ...advance, amountCents: 100_000_000_001 })).toBe('meer dan € 1 miljard; zo ver rekent Factuurcheck niet tot op de cent');
  });

  it("trim an Otherside employer's code, and say in zod's words why a month was dropped", () => {
    const padded = history(' 1001 ');
    expect(padded.ok && padded.value.months['2024-03']!.employers[0]!.code).toBe('1001');
    const blank = history('   ');
    expect(blank.ok && blank.value.months).toEqual({});
    expect(blank.warnings.map((w) => w.params.detail)).toEqual(['employers.0.code: Too small: expected string to have >=1 characters']);
  });

  it('let the Otherside import options name any of their own columns, and nothing else', () => {
    expect(parseXpertImportOptions({ columns: { employees: 3, sms: null } })).toMatchObject({ ok: true, value: { columns: { employees: 3, sms: null } } });
    const extra = parseXpertImportOptions({ columns: { employees: 3, colour: 1 } });
    expect(!extra.ok && extra.error.params).toEqual({ field: 'columns.colour', issue: 'unrecognized_keys' });
  });

  it('are built jitless: the pane\'s CSP forbids the `new Function` zod would compile parsers with', () => {
    // Loading any schema module loads zod-config.ts first; config() with no argument reads the settings.
    expect(config().jitless).toBe(true);
  });
});
