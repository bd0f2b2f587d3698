/**
 * One uploaded file → XpertReport, whatever the user downloaded from the Xpert Suite:
 * an .xlsx is read into a grid first (async, ExcelJS), anything else goes straight to
 * the pure importer, which decodes CSV bytes itself. The task pane and the CLI both
 * call this, so a file behaves the same in either.
 */
import { readXlsxGrid, isZip } from '../imports/xlsx-grid';
import { importXpertReport, looksLikeXpertHeader } from '../imports/xpert-suite';
import type { XpertImportOptions, XpertReport } from '../imports/xpert-types';
import type { SourceInfo } from '../imports/types';
import type { Result } from '../problems';

export async function readXpertUpload(bytes: Uint8Array, source: SourceInfo, options: XpertImportOptions = {}): Promise<Result<XpertReport>> {
  if (!isZip(bytes)) return importXpertReport({ bytes }, source, options);
  const read = await readXlsxGrid(bytes, source, { prefer: (grid) => grid.slice(0, 100).some(looksLikeXpertHeader) });
  if (!read.ok) return read;
  const imported = importXpertReport({ grid: read.value.grid }, source, options);
  return { ...imported, warnings: [...read.warnings, ...imported.warnings] };
}
