/**
 * Messages that name a step name the right one: 'stap 2' exists in the flow the message
 * belongs to (Qwoater: five steps; Otherside, the 'xpert.' texts: three), and where the
 * message adds the step's name in brackets ('stap 3 (prijzen)'), that step's title says it.
 * Read from the catalogues themselves, so a step that is renumbered or renamed without its
 * messages fails here.
 */
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/taskpane/i18n/catalogue';

const FLOWS = {
  qwoater: ['step.model.title', 'step.exports.title', 'step.prices.title', 'year.step.title', 'step.make.title'],
  xpert: ['xpert.step.import', 'xpert.step.rates', 'xpert.step.make'],
} as const;

describe.each(['nl', 'en'] as const)('%s: messages name the right step', (lang) => {
  const texts = catalogue(lang) as Record<string, string>;
  const titles = new Set<string>(Object.values(FLOWS).flat());
  const naming = Object.entries(texts).filter(([key, text]) => !titles.has(key) && /\b(stap|step) \d/i.test(text));

  it('there are such messages (the check below checks something)', () => {
    expect(naming.length).toBeGreaterThan(5);
  });

  it.each(naming)('%s', (key, text) => {
    const flow = key.startsWith('xpert.') ? FLOWS.xpert : FLOWS.qwoater;
    for (const m of text.matchAll(/\b(?:stap|step) (\d)(?: \(([^)]+)\))?/gi)) {
      const n = Number(m[1]);
      const titleKey = flow[n - 1];
      expect(titleKey, `${key}: there is no step ${n}`).toBeDefined();
      const title = texts[titleKey!]!;
      expect(title.startsWith(`${n}. `), `${titleKey} is numbered ${n}`).toBe(true);
      // A bracket holding a placeholder ('stap 3 ({amount})') gives a value, not a name.
      if (m[2] && !m[2].includes('{')) expect(title.toLowerCase(), `${key} calls step ${n} '${m[2]}'`).toContain(m[2].toLowerCase());
    }
  });
});
