/**
 * Which sheets are Factuurcheck's: a worksheet custom property (ExcelApi 1.12) written right
 * after the sheet is added. Only sheets carrying it are ever replaced or deleted, and a
 * rollback deletes only those carrying this run's id.
 */
export const OWNER_KEY = 'Factuurcheck';
export interface OwnerMarker { v: 1; run: string; key: string }
export function parseOwnerMarker(value: string | null | undefined): OwnerMarker | null {
  try {
    const m = JSON.parse(value ?? '') as Partial<OwnerMarker> | null;
    return m && m.v === 1 && typeof m.run === 'string' ? (m as OwnerMarker) : null;
  } catch {
    return null; // someone else's property of the same name: not ours, which is the safe answer
  }
}
