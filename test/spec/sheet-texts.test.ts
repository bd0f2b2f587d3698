/**
 * The workbooks' catalogue (src/domain/spec/texts): its look-up fills named parameters in the
 * workbook's language, and every key is used by a builder, so no dead label lingers (four did
 * in the old labels*.ts). The wording itself is checked by the workbook tests and by
 * test/texts/catalogue.test.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sheetNl, sheetTexts, under } from '../../src/domain/spec/texts/sheet-texts';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(e) ? [p] : [];
  });
}

describe('the workbooks’ texts', () => {
  it('fill named parameters in the workbook’s language', () => {
    expect(sheetTexts('nl')('spec.title', { year: 2024, model: 2 })).toBe('Specificatie Qwoater 2024 — prijsmodel 2');
    expect(sheetTexts('en')('spec.title', { year: 2024, model: 2 })).toBe('Qwoater specification 2024 — price model 2');
    expect(sheetTexts('nl')('yearSheet.countSource', { date: '31-03-2024', count: 12345 })).toBe('telling 31-03-2024: 12.345');
    expect(sheetTexts('en')('yearSheet.countSource', { date: '31-03-2024', count: 12345 })).toBe('count 31-03-2024: 12,345');
    expect(sheetTexts('nl')('otherside.gapNote', { months: 'februari 2024', count: 1 })).toMatch(/^Ontbrekende maand: februari 2024\./);
    expect(sheetTexts('en')('otherside.gapNote', { months: 'February 2024, March 2024', count: 2 })).toMatch(/^Missing months: February 2024, March 2024\./);
    expect(sheetTexts('nl')('yearSheet.modelText', { model: 1 })).toBe('1 (alle opgeslagen dossiers)');
  });

  it('gives a table’s headers by their last name', () => {
    expect(under(sheetTexts('nl'), 'yearSheet.status')).toEqual({ ok: 'OK', check: 'controleren', included: 'inbegrepen', unknown: 'prijs onbekend' });
    expect(under(sheetTexts('en'), 'otherside.mt').disappeared).toBe('Employers that left');
  });

  it('has no key that no builder uses', () => {
    const code = sources(join(__dirname, '..', '..', 'src'))
      .filter((f) => !/[/\\]spec[/\\]texts[/\\]/.test(f))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    // Keys named whole, the headers of a table taken by under(L, 'prefix'), and keys built from a prefix and a value (`yearSheet.kinds.${kind}`).
    const prefixes = [...code.matchAll(/under\(\w+, '([\w.]+)'\)|`([\w.]+)\.\$\{/g)].map((m) => m[1] ?? m[2]!);
    expect(prefixes).toEqual(expect.arrayContaining(['yearSheet.rcol', 'input']));
    const unused = Object.keys(sheetNl).filter((k) => !code.includes(`'${k}'`) && !prefixes.some((p) => k.startsWith(`${p}.`)));
    expect(unused).toEqual([]);
  });
});
