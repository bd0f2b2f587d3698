/**
 * Counted words in the engine's messages follow Intl.PluralRules, in both languages: the
 * pane and the CLI say '1 werkgever staat' and '3 werkgevers staan', never 'werkgever(s)'.
 */
import { describe, expect, it } from 'vitest';
import type { MessageCode } from '../../src/domain/messages';
import { en } from '../../src/domain/messages/en';
import { nl } from '../../src/domain/messages/nl';
import { pairs } from '../support/texts';

const messages = pairs(nl, en);

const params = (k: number) => new Proxy({} as Record<string, string | number>, { get: (_, key) => (['count', 'cells', 'pages'].includes(String(key)) ? k : 'X'), has: () => true });

describe('counted words in the engine messages', () => {
  it('no message writes a plural as (s), (en) or (\'s), for one or for many', () => {
    for (const code of Object.keys(messages) as MessageCode[]) {
      for (const k of [1, 2]) {
        for (const lang of ['nl', 'en'] as const) {
          expect(messages[code][lang](params(k)), `${code} ${lang} ${k}`).not.toMatch(/\w\((s|en|'s|len)\)/);
        }
      }
    }
  });

  it('agrees noun and verb with the count, by hand', () => {
    expect(messages['billing.onlyInCurrent'].nl({ count: 1 })).toBe('1 werkgever staat alleen in de huidige export (nieuw dit jaar).');
    expect(messages['billing.onlyInCurrent'].nl({ count: 3 })).toBe('3 werkgevers staan alleen in de huidige export (nieuw dit jaar).');
    expect(messages['billing.onlyInCurrent'].en({ count: 1 })).toBe('1 employer appears only in the current export (new this year).');
    expect(messages['signing.unknownToLoketDossiers'].nl({ count: 1, example: '000101' })).toBe(
      '1 werkgever heeft ondertekenverzoeken maar staat niet in de dossiertelling (bijvoorbeeld 000101); die krijgt alleen het ondertekenen doorbelast.',
    );
    expect(messages['signing.unknownToLoketDossiers'].en({ count: 2, example: '000101' })).toBe(
      '2 employers have signing requests but are not in the dossier count (for example 000101); they are re-billed for signing only.',
    );
    expect(messages['year.otherYear'].nl({ count: 0, year: 2024 })).toBe('0 factuurregels horen bij een ander jaar dan 2024 en worden hier niet gecontroleerd.');
  });
});

describe('money in the engine messages', () => {
  it('one format per language, from cents or a unit price as digits', () => {
    expect(messages['rebill.targetNegative'].nl({ amount: '-123456' })).toBe('Het gefactureerde totaal is negatief (-€ 1.234,56); een negatief bedrag wordt niet doorbelast.');
    expect(messages['rebill.targetNegative'].en({ amount: '-123456' })).toBe('The invoiced total is negative (-€1,234.56); a negative amount is not re-billed.');
    expect(messages['xpert.reportRateDiffers'].en({ month: 'January 2024', reported: '12500', used: '12750' })).toBe('January 2024: the report states a rate of €1.25 per employee; you use €1.275.');
    expect(messages['xpert.reportAmountDiffers'].nl({ month: 'januari 2024', reported: '176983', computed: '176900' })).toContain('€ 1.769,83');
  });
});

describe('no stray space before punctuation', () => {
  it('a final settlement has no quarter, and no space where the quarter would be', () => {
    expect(messages['year.missingLine'].nl({ kind: 'final', period: '' })).toBe('Geen factuurregel ingevoerd voor eindafrekening; wat wel gefactureerd is, rekent als 0.');
    expect(messages['year.missingLine'].en({ kind: 'advance', period: 'Q2' })).toBe('No invoice line entered for advance Q2; what was invoiced counts as 0.');
    expect(messages['year.duplicateLine'].nl({ kind: 'final', period: '', count: 2 })).toBe('Er staan 2 regels voor eindafrekening; elk wordt met het volle verwachte bedrag vergeleken. Dubbel ingevoerd?');
  });
});
