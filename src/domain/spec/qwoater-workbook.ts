/** Assembles the Qwoater specification workbook: the summary sheet and the dossier table. */
import type { QwoaterInput } from '../billing/qwoater';
import type { Reconciliation } from '../billing/types';
import type { Problem } from '../problems';
import { buildDossierSheet, type DossierTotalsRefs } from './dossier-sheet';
import { withoutPaths } from './file-name';
import type { WorkbookPlan } from './plan';
import { buildSummarySheet, type SummaryRefs } from './summary-sheet';
import { sheetTexts, type SpecLanguage } from './texts/sheet-texts';

export function buildQwoaterPlan(
  rec: Reconciliation,
  input: QwoaterInput,
  lang: SpecLanguage = 'nl',
  importWarnings: readonly Problem[] = [],
): WorkbookPlan {
  return buildQwoaterWorkbook(rec, input, lang, importWarnings).plan;
}

/** The plan plus where its figures sit, for sheets that build on the specification. */
export function buildQwoaterWorkbook(
  rec: Reconciliation,
  input: QwoaterInput,
  lang: SpecLanguage = 'nl',
  importWarnings: readonly Problem[] = [],
): { plan: WorkbookPlan; summary: SummaryRefs; dossiers: DossierTotalsRefs } {
  const dossiers = buildDossierSheet(rec, lang);
  const previous = rec.model === 2 && input.previous ? { label: input.previous.source.label, peildatum: rec.previousPeildatum } : null;
  const labels = [input.current.source.label, ...(previous ? [previous.label] : [])];
  const summary = buildSummarySheet(
    {
      rec,
      settings: input.settings,
      current: { label: input.current.source.label, peildatum: rec.currentPeildatum },
      previous,
      dossiers: dossiers.refs,
      warnings: [...importWarnings, ...rec.warnings].map((w) => withoutPaths(w[lang], labels)),
    },
    lang,
  );
  return { plan: { title: sheetTexts(lang)('spec.specSheet', { year: rec.year }), sheets: [summary.sheet, dossiers.sheet], names: summary.refs.names }, summary: summary.refs, dossiers: dossiers.refs };
}
