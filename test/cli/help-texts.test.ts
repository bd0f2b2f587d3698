/**
 * The CLI's help texts and messages are complete in both languages: every key has a Dutch
 * and an English text, they differ, and the English one carries no Dutch words outside
 * quoted names (report and sheet names such as 'Ondertekenverzoeken per werkgever' stay
 * Dutch, because that is what Loket and the workbook call them).
 */
import { describe, expect, it } from 'vitest';
import { helpEn } from '../../src/cli/help.en';
import { helpNl } from '../../src/cli/help.nl';
import { cliNl } from '../../src/cli/messages.nl';
import { cliEn } from '../../src/cli/messages.en';
import { pairs } from '../support/texts';

const cliMessages = pairs(cliNl, cliEn);
const helpTexts = pairs(helpNl, helpEn);

const PARAMS = { command: 'x', commands: 'a, b', option: '--price', value: 'negen', expected: 'model', file: '/tmp/a.csv', reason: 'EACCES', folder: '/tmp/uit', example: '/tmp/uit/a.xlsx', kind: 'spec', defaulted: 1, pricing: '€ 9,85 per dossier', minimum: '€ 636,00', vat: '21%' };
const DUTCH = /\b(de|het|een|van|voor|niet|met|bestand|map|standaard|bijvoorbeeld|werkgever|opties?|gebruik|jaar|prijs|btw)\b/i;
/** Text between quotes, and JSON examples, are names and data, not prose. */
const prose = (s: string) => s.replace(/'[^']*'/g, '').replace(/"[^"]*"/g, '').replace(/Soort;Datum;Periode;Aantal;Prijs;Bedrag/g, '');

describe.each([
  ['help texts', helpTexts],
  ['cli messages', cliMessages],
] as const)('%s', (_name, catalogue) => {
  it.each(Object.keys(catalogue))('%s: Dutch and English, and no Dutch in the English', (key) => {
    const entry = catalogue[key as keyof typeof catalogue] as { nl: (p: object) => string; en: (p: object) => string };
    const nl = entry.nl(PARAMS);
    const en = entry.en(PARAMS);
    for (const t of [nl, en]) {
      expect(t.trim().length).toBeGreaterThan(1);
      expect(t).not.toMatch(/undefined|\bnull\b|'\?'/);
    }
    // Placeholders such as EUR and PCT are the same in both languages.
    if (!/^(EUR|PCT)$/.test(nl)) expect(en).not.toBe(nl);
    expect(prose(en), en).not.toMatch(DUTCH);
  });
});
