/** A WorkbookHost that does nothing and answers well, for pane tests; pass what a test needs to differ. */
import { fail, ok, error } from '../../src/domain/problems';
import type { Language, WorkbookHost } from '../../src/host/host';

export function quietHost(kind: WorkbookHost['kind'] = 'standalone', overrides: Partial<WorkbookHost> = {}, language: Language = 'nl'): WorkbookHost {
  return {
    kind,
    language: () => language,
    readSelection: async () => fail(error('office.unknown', { detail: 'no selection in this test' })),
    listSheets: async () => ok([]),
    writePlan: async (plan) => ok({ sheetNames: Object.fromEntries(plan.sheets.map((s) => [s.key, s.name])) }),
    activateSheet: async () => ok(undefined),
    exportWorkbook: async () => ok({ fileName: 'x.xlsx', how: 'downloaded' }),
    loadState: async () => ok(null),
    saveState: async () => ok(undefined),
    clearState: async () => ok(undefined),
    ...overrides,
  };
}
