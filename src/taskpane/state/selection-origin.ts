/**
 * Where a selected range starts, from the address Excel reports ('Blad1!C5:H40',
 * "'Mijn blad'!C5", 'C5:H40'), so the importer's messages name the sheet's own rows and
 * columns (rij 7, kolom F) rather than positions inside the selection.
 */
export function selectionOrigin(address: string): { row: number; column: number } | null {
  const local = address.slice(address.lastIndexOf('!') + 1);
  const m = /^\$?([A-Z]{1,3})\$?(\d+)/i.exec(local);
  if (!m) return null;
  const column = [...m[1]!.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(m[2]);
  return row >= 1 ? { row, column } : null;
}
