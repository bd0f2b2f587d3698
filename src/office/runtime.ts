/**
 * Decides where the pane runs. With office.js loaded inside Excel, the Excel host is used;
 * in a plain browser tab (office.js absent, unreachable, or reporting no host) the pane
 * runs standalone and offers the workbook as a download.
 *
 * Part of src/office, the one place that touches the Office and Excel globals (see
 * host.ts for the folder); the rest of the pane gets a WorkbookHost. The Excel host is
 * loaded only inside Excel, so the standalone pane never downloads the Office writer.
 */
import type { WorkbookPlan } from '../domain/spec/plan';
import type { Language, WorkbookHost } from '../host/host';

/** 'pseudo' shows every translated text accented and bracketed, so an untranslated one stands out. */
export type UiLanguage = Language | 'pseudo';

export type RuntimeReason = 'excel' | 'no-office-js' | 'no-host' | 'not-excel' | 'timeout' | 'excel-host-failed';

export interface Runtime {
  host: WorkbookHost;
  language: UiLanguage;
  reason: RuntimeReason;
  /** Details for the console when Excel was expected but not usable. */
  detail?: string;
}

interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform?: unknown }>;
  context?: { displayLanguage?: string; requirements?: { isSetSupported(name: string, version?: string): boolean } };
  HostType?: { Excel?: unknown };
}

/**
 * Dutch unless Office (or, outside Office, the browser) runs in English: the pane is made
 * for Dutch finance staff, so any other language also gets Dutch.
 */
export function pickLanguage(officeLanguage: string | undefined, browserLanguages: readonly string[]): Language {
  const first = officeLanguage || browserLanguages[0] || 'nl';
  return /^en\b/i.test(first) ? 'en' : 'nl';
}

/** `?lang=en`, `?lang=nl` or `?lang=pseudo` in the page address wins, for testing translations. */
export function languageOverride(search: string): UiLanguage | null {
  const v = new URLSearchParams(search).get('lang');
  return v === 'nl' || v === 'en' || v === 'pseudo' ? v : null;
}

const timeout = (ms: number) => new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms));

export interface StartOptions {
  /** How long to wait for Office.onReady; it never resolves when office.js thinks it is hosted but is not. */
  readyTimeoutMs?: number;
  makeStandalone: (language: Language) => WorkbookHost | Promise<WorkbookHost>;
  /** Turns a plan into .xlsx bytes for 'open as a new workbook' in Excel; the pane passes one that runs in a worker. */
  writeXlsx?: (plan: WorkbookPlan, signal?: AbortSignal) => Promise<Uint8Array>;
  /** Test seam; defaults to the real globals. */
  globals?: { Office?: unknown; Excel?: unknown; navigatorLanguages?: readonly string[]; search?: string };
}

export async function startRuntime(options: StartOptions): Promise<Runtime> {
  const g = options.globals ?? {
    Office: (globalThis as { Office?: unknown }).Office,
    Excel: (globalThis as { Excel?: unknown }).Excel,
    navigatorLanguages: typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language],
    search: typeof location === 'undefined' ? '' : location.search,
  };
  const browserLanguages = g.navigatorLanguages ?? [];
  const override = languageOverride(g.search ?? '');

  const standalone = async (reason: RuntimeReason, officeLanguage?: string, detail?: string): Promise<Runtime> => {
    const lang = pickLanguage(officeLanguage, browserLanguages);
    const host = await options.makeStandalone(override === 'en' || override === 'nl' ? override : lang);
    return { host, language: override ?? lang, reason, ...(detail ? { detail } : {}) };
  };

  const office = g.Office as OfficeLike | undefined;
  if (!office || typeof office.onReady !== 'function') return standalone('no-office-js');

  const info = await Promise.race([office.onReady(), timeout(options.readyTimeoutMs ?? 3000)]);
  if (info === 'timeout') return standalone('timeout');
  const officeLanguage = office.context?.displayLanguage;
  if (info.host === null || info.host === undefined) return standalone('no-host', officeLanguage);
  const excelHost = office.HostType?.Excel ?? 'Excel';
  if (info.host !== excelHost || g.Excel === undefined) return standalone('not-excel', officeLanguage);

  const lang = pickLanguage(officeLanguage, browserLanguages);
  try {
    // Loaded only inside Excel, so the standalone pane never downloads the Office writer.
    const { createOfficeHost } = await import(/* webpackChunkName: "office-host" */ './host');
    const requirements = office.context?.requirements;
    const host = createOfficeHost(g.Excel as typeof Excel, {
      language: override === 'en' || override === 'nl' ? override : lang,
      ...(requirements ? { isSetSupported: (name: string, version: string) => requirements.isSetSupported(name, version) } : {}),
      ...(options.writeXlsx ? { writeXlsx: options.writeXlsx } : {}),
    });
    return { host, language: override ?? lang, reason: 'excel' };
  } catch (e) {
    // A pane that cannot reach Excel still lets the user check files and download them.
    return standalone('excel-host-failed', officeLanguage, e instanceof Error ? e.message : String(e));
  }
}
