/** Which report a file is: one vocabulary for the three importers. */
import { describe, expect, it } from 'vitest';
import { otherReport, reportOfHeader, reportOfTitle } from '../../src/domain/imports/report-kind';

const grid = (...lines: string[]) => lines.map((l) => l.split(';'));

describe('reportOfHeader', () => {
  it.each([
    ['Aantalwerknemersdossier', 'dossiers'],
    ['Inactieve werknemersdossiers', 'dossiers'],
    ['Aantal ondertekenverzoeken', 'signing'],
    ['Verzoeken', 'signing'],
    ['Ondertekenaars', 'signing'],
    ['Aantal SMS', 'xpert'],
    ['SMS-tarief', 'xpert'],
    ['AantalSMS', 'xpert'],
    ['Werknemers Maandloon', null],
    ['Naam werkgever', null],
  ])('%s → %s', (header, kind) => {
    expect(reportOfHeader(header)).toBe(kind);
  });

  it('reads titles', () => {
    expect(reportOfTitle('Dossiervorming Qwoater per werkgever')).toEqual(['dossiers']);
    expect(reportOfTitle('Xpert Suite - Factuurspecificaties Otherside')).toEqual(['xpert']);
    expect(reportOfTitle('Salarisadministratie Van Dijk')).toEqual([]);
  });
});

describe('otherReport', () => {
  it('names the report the header shows, with the row and the texts that show it', () => {
    const g = grid('Dossiervorming Qwoater per werkgever', '', 'Nr;Naam;Werkgeversdossier;Aantalwerknemersdossier', '1;A;1;4');
    expect(otherReport(g, { self: 'xpert', headerIndex: null })).toEqual({ kind: 'dossiers', row: 2, headers: ['Werkgeversdossier', 'Aantalwerknemersdossier'] });
  });

  it('recognises the short signing layout, which has no title', () => {
    const g = grid('Werkgever;Naam;Periode;Verzoeken', '000101;Café;Q2 2024;2');
    expect(otherReport(g, { self: 'xpert', headerIndex: null })?.kind).toBe('signing');
    expect(otherReport(g, { self: 'dossiers', headerIndex: 0 })?.kind).toBe('signing');
    expect(otherReport(g, { self: 'signing', headerIndex: 0 })).toBeNull();
  });

  it('falls back on the title, and never calls a report another when it shows its own kind', () => {
    const titled = grid('Ondertekenverzoeken per werkgever', 'Nr;Naam;Periode;Aantal', '1;A;Q1 2024;3');
    expect(otherReport(titled, { self: 'dossiers', headerIndex: 1 })).toEqual({ kind: 'signing', row: null, headers: [] });
    const both = grid('Nr;Naam;Aantalwerknemersdossier;Ondertekenverzoeken', '1;A;4;2');
    expect(otherReport(both, { self: 'dossiers', headerIndex: 0 })).toBeNull();
  });

  it('does not take an employer’s name in a data row for a header', () => {
    const g = grid('Werkgevercode;Naam;Aantal medewerkers', '001;SMS Ondertekenservice B.V.;5');
    expect(otherReport(g, { self: 'xpert', headerIndex: null })).toBeNull();
  });
});
