/**
 * The one interface between the task pane and wherever the workbook lives.
 * In Excel it is backed by Office.js (src/office/); in a plain browser tab it is the
 * standalone host, which offers the workbook as an .xlsx download. The UI gets it
 * through React context, so UI tests run against a fake.
 *
 * What lives in src/host/: this interface, standalone-host.ts (a browser tab: .xlsx download,
 * localStorage), and what both hosts share for downloads (browser-download, file-name, base64).
 */
import type { Grid } from '../domain/imports/types';
import type { Result } from '../domain/problems';
import type { WorkbookPlan } from '../domain/spec/plan';

export type Language = 'nl' | 'en';

export interface SheetInfo {
  name: string;
  /** True when Factuurcheck created this sheet (it may then offer to replace it). */
  ownedByUs: boolean;
}

/** What to do when a sheet the plan wants already exists. */
export type ConflictChoice = 'replace-own' | 'next-free-name';

export interface WriteOptions {
  /** Called per sheet whose name is taken; only sheets we own may be replaced. */
  conflict: ConflictChoice;
  /** Parts of the work done of the total; and, where the writer can tell, sheets begun of the plan's sheets. */
  onProgress?: (done: number, total: number, sheets?: { done: number; total: number }) => void;
  signal?: AbortSignal;
}

export interface WriteReport {
  /** Plan sheet key → the name it got in the workbook. */
  sheetNames: Record<string, string>;
  syncs?: number;
  /** Standalone: the file offered for download. */
  fileName?: string;
}

/** A plan given as a workbook of its own: opened as a new workbook in Excel, downloaded as .xlsx in a browser. */
export interface ExportReport {
  fileName: string;
  how: 'opened' | 'downloaded';
}

export interface WorkbookHost {
  kind: 'excel' | 'standalone';
  language(): Language;
  /** The selected range as text cells, for 'Gebruik selectie'. */
  readSelection(): Promise<Result<{ grid: Grid; address: string }>>;
  listSheets(): Promise<Result<SheetInfo[]>>;
  writePlan(plan: WorkbookPlan, options: WriteOptions): Promise<Result<WriteReport>>;
  activateSheet(name: string): Promise<Result<void>>;
  /** The plan as a separate workbook, never touching the open one. */
  exportWorkbook(plan: WorkbookPlan, signal?: AbortSignal): Promise<Result<ExportReport>>;
  /** The add-in's saved state (text the caller decodes and validates), or null when none. */
  loadState(): Promise<Result<string | null>>;
  saveState(text: string): Promise<Result<void>>;
  /** Removes everything the add-in keeps in the workbook (or browser) for itself. */
  clearState(): Promise<Result<void>>;
}
