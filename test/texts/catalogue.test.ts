/**
 * The one text catalogue, every area at once: the engine's messages (domain/messages) and month names, the
 * CLI's help, the workbook's labels and the task pane's texts. Each Dutch key has an English text and the other way
 * round, and no text carries the other language's words: "Ongeldige instelling price" or
 * "'abc' is geen geldig bedrag" in an English sentence fail here. Quoted text is left out of
 * the check, because quotes hold names that stay Dutch in English (Loket's report
 * 'Dossiervorming Qwoater per werkgever', the sheet 'Doorbelasting') and values a user typed.
 */
import { describe, expect, it } from 'vitest';
import { helpEn } from '../../src/cli/help.en';
import { helpNl } from '../../src/cli/help.nl';
import { cliEn } from '../../src/cli/messages.en';
import { cliNl } from '../../src/cli/messages.nl';
import { summaryEn } from '../../src/cli/summary.en';
import { summaryNl } from '../../src/cli/summary.nl';
import { render, type MessageParams, type Text } from '../../src/domain/messages/define';
import { en as engineEn } from '../../src/domain/messages/en';
import { nl as engineNl } from '../../src/domain/messages/nl';
import { monthsEn } from '../../src/domain/messages/months.en';
import { monthsNl } from '../../src/domain/messages/months.nl';
import { sheetEn, sheetNl } from '../../src/domain/spec/texts/sheet-texts';
import { en as paneEn } from '../../src/taskpane/i18n/en';
import { nl as paneNl } from '../../src/taskpane/i18n/nl';

/** Every parameter reads as a small count, so texts take their plural forms and fill every slot. */
const anyParams = new Proxy({}, { get: (_t, key) => (typeof key === 'string' ? 3 : undefined), has: () => true }) as MessageParams;

/** Words that are only Dutch (not also English, like 'is', 'in' or 'per'). */
const DUTCH = /\b(de|het|een|niet|geen|wordt|worden|zijn|voor|naar|bij|ook|deze|die|dat|wij|uw|werkgevers?|bestand|bestanden|kolom|rij|jaar|bedrag|prijs|btw|gebruik|kies|opties?|ongeldige?|instelling|geldige?|aantal|factuur|ondertekenen|totaal|verschil|kwartaal|maand(en)?|medewerkers?|werknemers?|tarief|telling|toelichting|meldingen|verzoeken|vorig|meegeteld|schijf|ja|nee)\b/i;
/** Words that are only English (not also Dutch, like 'of', 'in', 'is' or 'model'). */
const ENGLISH = /\b(the|and|with|from|which|not|invalid|setting|price|amount|file|employers?|column|row|year|please|choose|valid|number|total|difference|quarter|months?|employees?|rate|advance|count|notes|warnings|yes|no)\b/i;

/** What a sentence says, without names and typed values in quotes, options, placeholders, file names and CSV headers. */
const prose = (s: string) =>
  s
    .replace(/(\w)['’]s\b/g, '$1s')
    .replace(/\S*;\S*;\S*/g, ' ')
    .replace(/'[^']*'|"[^"]*"|‘[^’]*’|“[^”]*”/g, ' ')
    .replace(/--[\w-]+/g, ' ')
    .replace(/\{\w+\}/g, ' ')
    .replace(/[\w./-]+\.(csv|xlsx|pdf|txt|json)\b/g, ' ');

const areas: [string, Record<string, Text>, Record<string, Text>][] = [
  ['workbook', sheetNl, sheetEn],
  ['engine', engineNl, engineEn],
  ['month', monthsNl, monthsEn],
  ['CLI help', helpNl, helpEn],
  ['CLI summaries', summaryNl, summaryEn],
  ['CLI messages', cliNl, cliEn],
  ['pane', paneNl, paneEn],
];

describe.each(areas)('%s texts', (_area, nl, en) => {
  it('Dutch and English have the same keys, and keys are stable names, not sentences', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const key of Object.keys(nl)) expect(key).toMatch(/^[a-z][\w-]*(\.[\w-]+)+$/i);
  });

  it('has no English in a Dutch text and no Dutch in an English one', () => {
    const leaks: string[] = [];
    for (const key of Object.keys(nl)) {
      const dutch = prose(render(nl[key]!, anyParams));
      const english = prose(render(en[key]!, anyParams));
      const inDutch = ENGLISH.exec(dutch)?.[0];
      const inEnglish = DUTCH.exec(english)?.[0];
      if (inDutch) leaks.push(`${key} (nl) has '${inDutch}': ${dutch}`);
      if (inEnglish) leaks.push(`${key} (en) has '${inEnglish}': ${english}`);
    }
    expect(leaks).toEqual([]);
  });

  it('never calls a price "bedrag of percentage", and writes no "werkgever(s)"-style plural', () => {
    for (const key of Object.keys(nl)) {
      for (const t of [render(nl[key]!, anyParams), render(en[key]!, anyParams)]) {
        expect(t, key).not.toMatch(/bedrag of percentage|amount or percentage/i);
        expect(t, key).not.toMatch(/\w\((s|en|n|'s)\)/);
      }
    }
  });
});

describe('the check itself', () => {
  it('catches the leaks it is written for', () => {
    expect(prose('Ongeldige instelling price: ')).toMatch(ENGLISH);
    expect(prose("Invalid setting price: 'abc' is geen geldig bedrag of percentage")).toMatch(DUTCH);
    expect(prose("This looks like Loket's 'Dossiervorming Qwoater per werkgever'.")).not.toMatch(DUTCH);
    expect(Object.keys(engineNl).length + Object.keys(helpNl).length + Object.keys(paneNl).length).toBeGreaterThan(650);
  });
});
