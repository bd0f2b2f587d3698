/**
 * Which employer of last year's export is which of this year's: matched by employerKey
 * (leading zeros dropped, case ignored). Two employers of one export with the same key
 * cannot be matched and are refused, the current export's first, each at its first
 * repeated key in file order.
 *
 * Loket prints its reports sorted by employer number. When both exports' keys ascend
 * (see number-index.ts) they are merged side by side; otherwise one map takes the
 * current keys and each previous key is looked up once. At 50 000 employers a side, map
 * lookups were what this step cost.
 */
import { employerKey } from '../employer-key';
import { strictlyAscending, ascends } from '../imports/number-index';
import type { DossierExport } from '../imports/types';
import { error, fail, ok, type Result } from '../problems';

export interface EmployerJoin {
  /** Per current employer, the index of its previous employer, or -1. */
  previousOf: Int32Array;
  /** Previous employers that no current one matches, in file order. */
  onlyPrevious: number[];
}

export function joinByKey(current: DossierExport, previous: DossierExport | null): Result<EmployerJoin> {
  const cur = current.employers.map((e) => employerKey(e.number));
  const prev = (previous?.employers ?? []).map((e) => employerKey(e.number));
  if (strictlyAscending(cur) && strictlyAscending(prev)) return ok(merge(cur, prev));
  return viaMap(cur, prev, current, previous);
}

/** Both key lists ascending, so each is free of repeats and one pass pairs them. */
function merge(cur: readonly string[], prev: readonly string[]): EmployerJoin {
  const previousOf = new Int32Array(cur.length).fill(-1);
  const onlyPrevious: number[] = [];
  let i = 0;
  for (let j = 0; j < prev.length; j++) {
    while (i < cur.length && ascends(cur[i]!, prev[j]!)) i++;
    if (i < cur.length && cur[i] === prev[j]) previousOf[i++] = j;
    else onlyPrevious.push(j);
  }
  return { previousOf, onlyPrevious };
}

function viaMap(cur: readonly string[], prev: readonly string[], current: DossierExport, previous: DossierExport | null): Result<EmployerJoin> {
  /** key → index into the current employers, or -1 - j for previous employer j that has no current one. */
  const slot = new Map<string, number>();
  for (let i = 0; i < cur.length; i++) {
    const seen = slot.get(cur[i]!);
    if (seen !== undefined) return ambiguous(current, seen, i);
    slot.set(cur[i]!, i);
  }
  const previousOf = new Int32Array(cur.length).fill(-1);
  const onlyPrevious: number[] = [];
  for (let j = 0; j < prev.length; j++) {
    const i = slot.get(prev[j]!);
    if (i === undefined) {
      slot.set(prev[j]!, -1 - j);
      onlyPrevious.push(j);
    } else if (i < 0) return ambiguous(previous!, -1 - i, j);
    else if (previousOf[i]! >= 0) return ambiguous(previous!, previousOf[i]!, j);
    else previousOf[i] = j;
  }
  return ok({ previousOf, onlyPrevious });
}

/** Employers `a` and `b` (indexes, a first) of one export share a key. */
function ambiguous(exp: DossierExport, a: number, b: number): Result<never> {
  const [first, second] = [exp.employers[a]!, exp.employers[b]!];
  return fail(error('billing.ambiguousNumber', { a: first.number, b: second.number, file: exp.source.label }, { file: exp.source.label, row: second.sourceRow }));
}
