/**
 * Which names are marked as test or demo employers. Word-aware on purpose: a real
 * company whose name merely starts with 'Test' or 'Demo' must not be flagged.
 */
import { describe, expect, it } from 'vitest';
import { detectTestEmployer } from '../../src/domain/xpert/test-employers';

describe('test and demo employers', () => {
  it.each([
    ['Testwerkgever Salarisbureau', 'Testwerkgever'],
    ['TEST - Bakkerij Jansen', 'TEST'],
    ['Demo BV', 'Demo'],
    ['Demobedrijf', 'Demobedrijf'],
    ['Proefadministratie 2024', 'Proefadministratie'],
    ['Oefenwerkgever', 'Oefenwerkgever'],
    ['Voorbeeld Werkgever', 'Voorbeeld'],
    ['Dummy', 'Dummy'],
    ['zz_test_1', 'test'],
    ['Test2', 'Test'],
    ['(test) Kapsalon', 'test'],
    ['TestBV', 'TestBV'],
  ])('%s is marked (word %s)', (name, word) => {
    expect(detectTestEmployer(name)).toEqual({ word });
  });

  it.each(['Testa Bouw B.V.', 'Testament Notarissen', 'Democratische Partij', 'Proeftuin Hoveniers', 'Protestantse Gemeente', 'Attest Accountants', 'Bakkerij De Korenschoof'])(
    '%s is not marked',
    (name) => {
      expect(detectTestEmployer(name)).toBeNull();
    },
  );

  it('also looks at the code', () => {
    expect(detectTestEmployer('Salarisbureau Jansen', 'TEST01')).toEqual({ word: 'TEST' });
  });
});
