import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { error } from '../../src/domain/problems';
import { formatMoney, problemText, translate, translatePlural } from '../../src/taskpane/i18n/catalogue';
import { en } from '../../src/taskpane/i18n/en';
import { fill, placeholders } from '../../src/taskpane/i18n/format';
import { nl } from '../../src/taskpane/i18n/nl';
import { pseudoLocalize } from '../../src/taskpane/i18n/pseudo';

const root = join(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(e) ? [p] : [];
  });
}

describe('message catalogues', () => {
  it('Dutch and English have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('every text uses the same placeholders in both languages, and none is empty', () => {
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
      expect(nl[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
    }
  });

  it('every key the pane source names exists, and every key is used somewhere', () => {
    // Every source but the catalogues themselves (nl.ts, en.ts and the parts they spread in).
    const code = sources(join(root, 'src/taskpane')).filter((f) => !/[/\\]i18n[/\\][\w-]*(nl|en)\.ts$/.test(f)).map((f) => readFileSync(f, 'utf8')).join('\n');
    // Keys handed to t(…) or tn(…), or set as a notice's key; the compiler checks most, this catches casts.
    // A counted text is used by its base: both its forms count as used.
    const named = [...code.matchAll(/(?:\btn?\(|key: |message: )'([\w.]+)'/g)].map((m) => m[1]!);
    const used = new Set(named.flatMap((k) => (k in nl ? [k] : [`${k}.one`, `${k}.other`])));
    expect(used.size).toBeGreaterThan(50);
    for (const k of used) expect(Object.keys(nl), `key '${k}' used but not in the catalogue`).toContain(k);
    const unused = Object.keys(nl).filter((k) => {
      if (used.has(k)) return false;
      // Keys built from a prefix and a value ('mapping.by.' + how, 'summary.peildatum.from.' + where).
      return !code.includes(`'${k}'`) && !code.includes(`'${k.replace(/\.(one|other)$/, '')}'`);
    });
    expect(unused).toEqual([]);
  });

  it('has both forms of every counted text, and no text that writes a plural as (s) or (en)', () => {
    for (const key of Object.keys(nl)) {
      const m = /^(.*)\.(one|other)$/.exec(key);
      if (m) expect(Object.keys(nl), key).toContain(`${m[1]}.${m[2] === 'one' ? 'other' : 'one'}`);
      for (const text of [nl[key as keyof typeof nl], en[key as keyof typeof nl]]) {
        expect(text, key).not.toMatch(/\w\((s|en|n)\)/);
        // No stray space before punctuation ('eindafrekening ;').
        expect(text, key).not.toMatch(/\S [;,.:!?)](?=\s|$)/);
      }
    }
  });

  it('picks the form of a counted text by Intl.PluralRules, with the count as the pane writes counts', () => {
    expect(translatePlural('nl', 'year.paste.found', 1)).toBe('1 regel herkend. Klopt die?');
    expect(translatePlural('nl', 'year.paste.found', 2)).toBe('2 regels herkend. Kloppen ze?');
    // A no-break space keeps a count and its noun on one line.
    expect(translatePlural('nl', 'unit.employers', 1401)).toBe('1.401\u00a0werkgevers');
    expect(translatePlural('en', 'unit.employers', 1401)).toBe('1,401\u00a0employers');
    expect(translatePlural('en', 'unit.employers', 1)).toBe('1\u00a0employer');
    expect(translatePlural('nl', 'unit.employers', 0)).toBe('0\u00a0werkgevers');
    expect(translatePlural('pseudo', 'unit.employers', 1)).toMatch(/^\[.*1.*\]$/);
  });

  it('fills placeholders and shows a missing one as itself', () => {
    expect(fill('Blad {done} van {total}', { done: 1, total: 3 })).toBe('Blad 1 van 3');
    expect(fill('Jaar {year}', {})).toBe('Jaar {year}');
    expect(translate('nl', 'result.title', { year: 2024 })).toBe('Specificatie 2024 is klaar');
    expect(translate('en', 'result.title', { year: 2024 })).toBe('Specification 2024 is ready');
  });

  it('pseudo-locale brackets and accents every text but keeps placeholders', () => {
    const p = pseudoLocalize('Sheet {done} of {total}');
    expect(p.startsWith('[Šĥééţ {done} óƒ {total}')).toBe(true);
    expect(p.endsWith(']')).toBe(true);
    expect(translate('pseudo', 'result.title', { year: 2024 })).toContain('2024');
    expect(translate('pseudo', 'app.title')).toMatch(/^\[.*\]$/);
  });
});

describe('numbers and money', () => {
  it('writes money one way per language', () => {
    expect(formatMoney('nl', 123_456)).toBe('€ 1.234,56');
    expect(formatMoney('en', 123_456)).toBe('€1,234.56');
    expect(formatMoney('pseudo', 123_456)).toBe('€1,234.56');
    expect(formatMoney('nl', -5)).toBe('-€ 0,05');
  });
});

describe('problem texts', () => {
  it('uses the engine text (with its place) when the pane has none of its own', () => {
    const p = error('import.empty', {}, { file: 'a.csv', row: 3, column: 'F' });
    expect(problemText('nl', p)).toBe(p.nl);
    expect(problemText('en', p)).toBe(p.en);
    expect(problemText('pseudo', p)).toBe(pseudoLocalize(p.en));
  });

  it('has no texts of its own for engine codes: one catalogue holds every problem text', () => {
    expect(Object.keys(nl).filter((k) => k.startsWith('problem.'))).toEqual([]);
    const p = error('host.selectionUnavailable', {}, { file: 'x.csv', row: 2 });
    expect(problemText('nl', p)).toBe('x.csv, rij 2: Een selectie gebruiken kan alleen in Excel. Kies een bestand of plak de tekst.');
    expect(problemText('en', p)).toBe('x.csv, row 2: Using a selection only works in Excel. Choose a file or paste the text.');
  });
});
