/**
 * Writes the sample Loket exports in examples/. All data is made up. Run with
 * `npx tsx scripts/make-examples.ts`; the CSV outputs are committed, so the tests read
 * exactly the bytes a user would have. The writer is deliberately separate from the
 * importer (its own quoting and Windows-1252 encoding) so the examples test the importer
 * rather than mirror it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Row {
  number: string;
  name: string;
  admin: string;
  /** [werkgeversdossier, F all employee dossiers, G inactive, active] per year; absent = not in that export. */
  y2023?: [number, number, number, number];
  y2024?: [number, number, number, number];
}

const rows: Row[] = [
  { number: '000009', name: 'Stichting "De Brug"', admin: '01', y2023: [1, 5, 1, 4], y2024: [1, 5, 2, 3] },
  { number: '000101', name: 'Café De Gouden Leeuw', admin: '01', y2023: [1, 14, 3, 9], y2024: [1, 17, 5, 10] },
  { number: '000102', name: 'Bakkerij Müller', admin: '01', y2023: [1, 22, 6, 14], y2024: [1, 25, 8, 15] },
  { number: '000107', name: 'Jansen; Zonen & Co', admin: '01', y2023: [1, 41, 10, 28], y2024: [1, 44, 12, 30] },
  { number: '000115', name: 'Bouwbedrijf Van der Berg B.V.', admin: '02', y2023: [1, 1180, 310, 820], y2024: [1, 1204, 355, 812] },
  { number: '000123', name: 'Schoonmaakdienst Het Zonnetje', admin: '02', y2023: [1, 86, 21, 60], y2024: [1, 90, 25, 61] },
  { number: '000131', name: 'Tandartspraktijk Smit', admin: '01', y2023: [1, 9, 2, 7], y2024: [1, 10, 2, 8] },
  { number: '000142', name: 'Hovenier De Groene Vingers', admin: '01', y2023: [1, 12, 4, 8], y2024: [1, 13, 5, 8] },
  { number: '000150', name: 'Garagebedrijf Pietersen', admin: '01', y2023: [1, 18, 5, 12], y2024: [1, 19, 6, 12] },
  { number: '000163', name: "Stichting Kinderopvang 't Kleine Huis", admin: '03', y2023: [1, 64, 18, 40], y2024: [1, 70, 22, 42] },
  { number: '000178', name: 'Zorgboerderij De Eikenhof', admin: '03', y2023: [1, 27, 7, 19], y2024: [1, 29, 9, 19] },
  { number: '000189', name: 'Advocatenkantoor Dekker & Visser', admin: '01', y2023: [1, 15, 3, 12], y2024: [1, 16, 4, 12] },
  { number: '000204', name: "Restaurant 't Pleintje", admin: '01', y2023: [1, 31, 12, 17], y2024: [1, 34, 15, 17] },
  { number: '000215', name: 'Transportbedrijf Bosman', admin: '02', y2023: [1, 52, 14, 35], y2024: [1, 55, 16, 36] },
  { number: '000230', name: 'Fysiotherapie Beweegwijs', admin: '01', y2023: [1, 8, 1, 7], y2024: [1, 8, 2, 6] },
  { number: '000241', name: 'Drukkerij Van Leeuwen', admin: '01', y2023: [1, 23, 6, 16], y2024: [1, 24, 7, 16] },
  { number: '000256', name: 'IJssalon Venezia', admin: '01', y2023: [1, 38, 25, 11], y2024: [1, 40, 28, 10] },
  { number: '000262', name: 'Installatiebedrijf Kok', admin: '02', y2023: [1, 20, 5, 14], y2024: [1, 21, 5, 15] },
  { number: '000277', name: 'Kapsalon Hélène', admin: '01', y2023: [1, 7, 2, 5], y2024: [1, 7, 3, 4] },
  { number: '000288', name: 'Accountantskantoor Mulder', admin: '01', y2023: [1, 19, 4, 14], y2024: [1, 20, 5, 14] },
  // G(2023) = 9 > F(2024) = 6: the dossiers of leavers were destroyed during 2024.
  { number: '000293', name: 'Bloemenhandel Flora', admin: '01', y2023: [1, 11, 9, 2], y2024: [1, 6, 4, 2] },
  { number: '000305', name: 'Supermarkt De Buurtwinkel', admin: '02', y2023: [1, 96, 40, 50], y2024: [1, 101, 44, 52] },
  { number: '000318', name: 'Schildersbedrijf Koster', admin: '01', y2023: [1, 13, 3, 10], y2024: [1, 14, 4, 10] },
  { number: '000320', name: 'Dierenkliniek Noord', admin: '03', y2023: [1, 17, 4, 12], y2024: [1, 18, 4, 13] },
  // Gone in 2024: only in the 2023 export.
  { number: '000334', name: 'Modehuis Rosé', admin: '01', y2023: [1, 12, 5, 7] },
  // New in 2024: only in the 2024 export; the commas need no quotes with ';' but get them anyway.
  { number: '000347', name: 'Koffiebranderij Bonen, Bakken & Zo', admin: '01', y2024: [1, 6, 0, 6] },
];

const PROVIDER = 'Salarisadministratie Van Dijk & Partners';

/** Quotes only what must be quoted, as Loket would; `always` forces quotes for a name. */
function field(s: string, always = false): string {
  return always || /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Loket prints counts from 1 000 up with a '.' thousands separator. */
function count(n: number): string {
  return n >= 1000 ? `${Math.floor(n / 1000)}.${String(n % 1000).padStart(3, '0')}` : String(n);
}

function model2(year: 2023 | 2024): string {
  const date = `31-12-${year}`;
  const lines = [
    'Dossiervorming Qwoater per werkgever',
    `Peildatum: ${date}`,
    PROVIDER,
    '',
    'Werkgeversnummer;Naam werkgever;Administratie;Peildatum;Werkgeversdossier;Aantalwerknemersdossier;Inactieve werknemersdossiers;Actieve werknemersdossiers',
  ];
  const sum = [0, 0, 0, 0];
  for (const r of rows) {
    const c = year === 2023 ? r.y2023 : r.y2024;
    if (!c) continue;
    c.forEach((v, i) => (sum[i]! += v));
    lines.push([r.number, field(r.name, r.name.includes(',')), r.admin, date, ...c.map(count)].join(';'));
  }
  lines.push(['Totaal', '', '', '', ...sum.map(count)].join(';'));
  return lines.join('\r\n') + '\r\n';
}

/** Model 1, peildatum 1 October 2024: [werkgeversdossier, F, G inactive, active] per employer. */
const model1Rows: [string, [number, number, number, number]][] = [
  ['000009', [1, 5, 2, 3]],
  ['000101', [1, 16, 5, 11]],
  ['000102', [1, 24, 7, 17]],
  ['000107', [1, 43, 12, 31]],
  ['000115', [1, 1198, 350, 848]],
  ['000123', [1, 88, 24, 64]],
  ['000131', [1, 10, 2, 8]],
  ['000142', [1, 13, 5, 8]],
  ['000150', [1, 19, 6, 13]],
  ['000163', [1, 69, 21, 48]],
  ['000178', [1, 28, 9, 19]],
  ['000189', [1, 16, 4, 12]],
];

/**
 * Another layout: the active column sits in letter F and the inactive one in G, so only
 * the headers give the right mapping. A printed-on note follows the totals row.
 */
function model1(): string {
  const lines = [
    'Dossiervorming Qwoater per werkgever',
    'Peildatum: 1-10-2024',
    PROVIDER,
    'Werkgever nr;Naam werkgever;Relatienummer;Werkgeversdossier;Aantalwerknemersdossier;Actieve werknemersdossiers;Inactieve werknemersdossiers',
  ];
  const sum = [0, 0, 0, 0];
  model1Rows.forEach(([number, c], i) => {
    const name = rows.find((r) => r.number === number)!.name;
    c.forEach((v, k) => (sum[k]! += v));
    lines.push([number, field(name), `R${4100 + i}`, count(c[0]), count(c[1]), count(c[3]), count(c[2])].join(';'));
  });
  lines.push(['Totalen', '', '', count(sum[0]!), count(sum[1]!), count(sum[3]!), count(sum[2]!)].join(';'));
  lines.push('Afgedrukt op 02-10-2024 09:14');
  return lines.join('\r\n') + '\r\n';
}

const CP1252: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };

function windows1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const c = ch.charCodeAt(0);
    const b = c < 0x80 || (c >= 0xa0 && c <= 0xff) ? c : CP1252[ch];
    if (b === undefined) throw new Error(`'${ch}' has no Windows-1252 byte`);
    out[i] = b;
  }
  return out;
}

function utf8WithBom(text: string): Uint8Array {
  const body = new TextEncoder().encode(text);
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

const dir = join(import.meta.dirname ?? __dirname, '..', 'examples');
writeFileSync(join(dir, 'loket-dossiers-31-12-2024.csv'), windows1252(model2(2024)));
writeFileSync(join(dir, 'loket-dossiers-31-12-2023.csv'), windows1252(model2(2023)));
writeFileSync(join(dir, 'loket-dossiers-01-10-2024.csv'), utf8WithBom(model1()));
console.log(`wrote 3 files to ${dir}`);
