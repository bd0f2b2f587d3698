/**
 * Loket-like 'Dossiervorming Qwoater per werkgever' CSVs for the browser tests, with
 * their sums computed here while generating, by plain addition. Those sums are the
 * hand-computed side of the checks: they never pass through the importer or the engine.
 */

export interface FixtureEmployer {
  number: string;
  name: string;
  employerDossiers: number;
  /** F */
  employees: number;
  /** G */
  inactive: number;
}

export interface FixtureExport {
  csv: string;
  employers: FixtureEmployer[];
  sums: { employers: number; employerDossiers: number; f: number; g: number };
}

/** A small deterministic generator (mulberry32), so every run makes the same files. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['Bakkerij De Zon', 'Installatiebedrijf Jansen', 'Zorggroep Noord', "Café 't Hoekje", 'Van den Berg & Zn.', 'Transport Oost', 'Kinderopvang Klein', 'Drukkerij Lettertype'];

/**
 * Employers for one year. Employer i keeps its number across years (leading zeros kept,
 * as Loket prints them); some are new, some gone, one has a name that looks like a formula.
 */
export function employersFor(year: number, count: number, seed = 7): FixtureEmployer[] {
  const rand = rng(seed * 10_007 + year);
  const out: FixtureEmployer[] = [];
  // The two years share most employers: ids 1..count, shifted by a few per year.
  const shift = year % 2 === 0 ? 3 : 0;
  for (let k = 0; k < count; k++) {
    const id = k + 1 + shift;
    const f = Math.floor(rand() * 180);
    const g = Math.floor(rand() * (f + 1) * 0.3);
    const name = id === 5 ? '=Onderneming "Plus"; Noord' : `${NAMES[id % NAMES.length]} ${id}`;
    out.push({ number: String(id).padStart(6, '0'), name, employerDossiers: 1, employees: f, inactive: g });
  }
  return out;
}

const csvCell = (s: string) => (/[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
/** Loket writes counts with a '.' for thousands; the importer must read them back. */
const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

export interface CsvOptions {
  peildatum: string; // dd-mm-jjjj
  /** Header text of the inactive column; an unusual one tests the column mapping. */
  inactiveHeader?: string;
  withTotals?: boolean;
  /** Puts the active column before the inactive one, so the letter G holds the wrong figures. */
  activeBeforeInactive?: boolean;
}

export function dossierCsv(employers: FixtureEmployer[], opts: CsvOptions): FixtureExport {
  // The last two columns, in the order this export prints them.
  const tail = <T,>(inactive: T, active: T): T[] => (opts.activeBeforeInactive ? [active, inactive] : [inactive, active]);
  const lines: string[] = [
    'Dossiervorming Qwoater per werkgever',
    `Peildatum: ${opts.peildatum}`,
    'Salarisbureau Voorbeeld B.V.',
    '',
    ['Werkgeversnummer', 'Naam', 'Werkgeversdossier', 'Administratie', 'Periode', 'Aantalwerknemersdossier', ...tail(opts.inactiveHeader ?? 'Inactieve werknemersdossiers', 'Actief op peildatum')].join(';'),
  ];
  const sums = { employers: employers.length, employerDossiers: 0, f: 0, g: 0 };
  for (const e of employers) {
    sums.employerDossiers += e.employerDossiers;
    sums.f += e.employees;
    sums.g += e.inactive;
    lines.push([e.number, csvCell(e.name), String(e.employerDossiers), 'ADM1', opts.peildatum.slice(-4), count(e.employees), ...tail(count(e.inactive), count(e.employees - e.inactive))].join(';'));
  }
  if (opts.withTotals !== false) {
    lines.push(['Totaal', '', count(sums.employerDossiers), '', '', count(sums.f), ...tail(count(sums.g), count(sums.f - sums.g))].join(';'));
  }
  return { csv: lines.join('\r\n') + '\r\n', employers, sums };
}

/** Model 2's count, by hand: employer dossiers of this year + ΣF this year − ΣG last year. */
export function model2Billable(current: FixtureExport, previous: FixtureExport): number {
  return current.sums.employerDossiers + current.sums.f - previous.sums.g;
}

/** count × price in cents, VAT half up: the invoice arithmetic written out once more. */
export function invoiceCents(billable: number, priceCents: number, minimumCents: number, vatPercent: number) {
  const amount = billable * priceCents;
  const topUp = Math.max(0, minimumCents - amount);
  const excl = amount + topUp;
  const vat = Math.floor((excl * vatPercent) / 100 + 0.5);
  return { amount, topUp, excl, vat, incl: excl + vat };
}
