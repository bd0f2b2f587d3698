/**
 * The employers a year's re-billing has a line for, in its order, known before anything
 * is priced: those of the count (this year's export, then, for model 2, those only in
 * last year's), then those that only signed. One employer is one number, however its
 * leading zeros are written (employerKey). A UI offers this many employer sheets and
 * checks typed numbers against it, so what it offers is what 'Maak' makes.
 */
import { employerKey } from '../employer-key';
import type { DossierExport } from '../imports/types';

export interface NamedEmployer {
  number: string;
  name: string;
}

export function rebilledEmployers(current: DossierExport, previous: DossierExport | null, signing: readonly NamedEmployer[] = []): NamedEmployer[] {
  const out: NamedEmployer[] = [];
  const seen = new Set<string>();
  const add = (e: NamedEmployer) => {
    const key = employerKey(e.number);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ number: e.number, name: e.name });
  };
  for (const e of current.employers) add(e);
  for (const e of previous?.employers ?? []) add(e);
  for (const e of signing) add(e);
  return out;
}
