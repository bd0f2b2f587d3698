import type { WorkbookPlan } from '../domain/spec/plan';

/** 'Specificatie Qwoater 2024.xlsx': the plan's title, made safe for every file system. */
export function downloadFileName(plan: WorkbookPlan): string {
  const base = plan.title
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+|\.+$/g, '')
    .slice(0, 120)
    .trim();
  return `${base || 'Factuurcheck'}.xlsx`;
}

