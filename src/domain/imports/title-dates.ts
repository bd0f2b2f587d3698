/**
 * The peildatum in the title lines above the header ('Peildatum: 31-12-2023'), for the
 * Loket dossier export and the Xpert report alike. A title that names an impossible day
 * ('Peildatum: 31-02-2024') is refused at its row and cell: treating it as "no date"
 * would have the user asked for a date the file seems to have, or the file name guessed.
 */
import { error, fail, ok, type Result } from '../problems';
import { lineText, type Locator } from './cells';
import { readPeildatumInTitle } from './dates';
import type { Grid, IsoDate } from './types';

export function peildatumInTitle(titleRows: Grid, lines: readonly number[], loc: Locator): Result<IsoDate | null> {
  for (let r = 0; r < titleRows.length; r++) {
    const row = titleRows[r]!;
    const found = readPeildatumInTitle(lineText(row));
    if (!found) continue;
    if ('invalid' in found) {
      const c = Math.max(0, row.findIndex((x) => x.includes(found.invalid)));
      return fail(error('import.peildatumInvalid', { value: found.invalid }, { file: loc.file, row: lines[r]!, column: loc.letter(c) }));
    }
    return ok(found.iso);
  }
  return ok(null);
}
