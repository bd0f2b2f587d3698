/**
 * Writes a pair of 'Dossiervorming Qwoater per werkgever' exports of any size, shaped like
 * the samples in examples/ (title lines, ';', leading zeros, thousands separators), for
 * the benchmark and for large-input tests.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GeneratedPair {
  current: string;
  previous: string;
  sumF: number;
  sumG: number;
}

/** A deterministic pseudo-random sequence, so every run measures the same files. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const fmt = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

function exportText(year: number, employers: number, rand: () => number, counts: (i: number) => [number, number]): { text: string; sumF: number; sumG: number } {
  const lines = [
    'Dossiervorming Qwoater per werkgever',
    `Peildatum: 31-12-${year}`,
    'Provider: Benchmark Salarisadministratie B.V.',
    '',
    'Werkgeversnummer;Naam werkgever;Administratie;Peildatum;Werkgeversdossier;Aantalwerknemersdossier;Inactieve werknemersdossiers;Actieve werknemersdossiers',
  ];
  let sumF = 0;
  let sumG = 0;
  for (let i = 0; i < employers; i++) {
    const [f, g] = counts(i);
    sumF += f;
    sumG += g;
    // Quoted names without ";" inside, so the naive baseline (a plain split) reads the same columns.
    const name = rand() < 0.05 ? `"Werkgever ${i}, vestiging ${i % 7}"` : `Werkgever ${i} B.V.`;
    lines.push([String(100000 + i).padStart(8, '0'), name, `ADM${i % 13}`, `31-12-${year}`, '1', fmt(f), fmt(g), fmt(f - g)].join(';'));
  }
  lines.push(['Totaal', '', '', '', String(employers), fmt(sumF), fmt(sumG), fmt(sumF - sumG)].join(';'));
  return { text: lines.join('\r\n') + '\r\n', sumF, sumG };
}

export function generatePair(dir: string, employers: number, seed = 1): GeneratedPair {
  mkdirSync(dir, { recursive: true });
  const rand = lcg(seed);
  const counts = Array.from({ length: employers }, () => {
    const f = Math.floor(rand() * 2500);
    return [f, Math.floor(rand() * (f + 1) * 0.3)] as [number, number];
  });
  const cur = exportText(2024, employers, rand, (i) => counts[i]!);
  const prevCounts = counts.map(([f, g]) => [Math.max(g, f - 3), Math.floor(g * 0.9)] as [number, number]);
  const prev = exportText(2023, employers, rand, (i) => prevCounts[i]!);
  const current = join(dir, `dossiers-${employers}-31-12-2024.csv`);
  const previous = join(dir, `dossiers-${employers}-31-12-2023.csv`);
  writeFileSync(current, cur.text, 'utf8');
  writeFileSync(previous, prev.text, 'utf8');
  return { current, previous, sumF: cur.sumF, sumG: prev.sumG };
}
