/**
 * Messages about a PDF name the page and the row on that page. The importers and the
 * invoice parser number the rows of what they were given (the rebuilt grid, the lines of
 * text), 1 for the first; this turns those numbers into the places the user can find:
 * the location gets its page, and a row named in the text ('also on row 12') gets its page
 * beside it ('12 (p. 3)'), in words both languages read.
 */
import { problem, type Problem, type Result } from '../problems';
import type { MessageParams } from '../messages';
import type { PdfPlace } from './pdf-text';
import { isMessageCode } from '../messages';

/** Parameters that hold a row number, or a list of them ('rows': '3, 5, 8'). */
const ROW_PARAMS = ['firstRow', 'totalsRow', 'line'] as const;

export function placeProblem(p: Problem, places: readonly PdfPlace[]): Problem {
  const at = (row: number) => places[row - 1];
  const params: MessageParams = { ...p.params };
  let changed = false;
  for (const k of ROW_PARAMS) {
    const v = params[k];
    const place = typeof v === 'number' ? at(v) : undefined;
    if (place) {
      params[k] = `${place.row} (p. ${place.page})`;
      changed = true;
    }
  }
  if (typeof params.rows === 'string') {
    params.rows = params.rows.replace(/\d+/g, (n) => {
      const place = at(Number(n));
      return place ? `${place.row} (p. ${place.page})` : n;
    });
    changed = true;
  }
  // Importers only make the engine's problems; any other is passed on as it is.
  if (!isMessageCode(p.code)) return p;
  const loc = p.location;
  const place = loc?.row !== undefined ? at(loc.row) : undefined;
  if (!changed && !place) return p;
  const location = loc && place ? { ...loc, page: place.page, row: place.row } : loc;
  return problem(p.severity, p.code, params, location);
}

/** The result with every message placed on its page. */
export function placeResult<T>(result: Result<T>, places: readonly PdfPlace[]): Result<T> {
  const warnings = result.warnings.map((w) => placeProblem(w, places));
  return result.ok ? { ...result, warnings } : { ...result, error: placeProblem(result.error, places), warnings };
}
