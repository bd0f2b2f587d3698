/**
 * Office.js errors → Problems a user can act on. Reads errors structurally (code, message,
 * debugInfo) so it needs no global `OfficeExtension` and works on the test fake too.
 * Excel's own code and text always travel along in `detail`: nothing is swallowed.
 *
 * The codes are Excel's: every value of Excel.ErrorCodes in @types/office-js (a superset of
 * the ExcelApi 1.12 enum the manifest requires: the 1.12 reference lists all of them but
 * DirtySupportingFormula), every OfficeExtension.ErrorCodes member, and the codes office.js
 * itself raises (OfficeExtension CoreErrorCodes, which include the size limits). "Error
 * handling with the application-specific JavaScript APIs" (learn.microsoft.com, Office
 * Add-ins, testing) describes them; test/office/office-errors.test.ts reads the type
 * definitions and fails when a code there has no entry here, or an entry names no known code.
 */
import { error, type Problem } from '../domain/problems';
import type { MessageCode } from '../domain/messages';

interface OfficeLikeError {
  code?: unknown;
  message?: unknown;
  debugInfo?: { errorLocation?: unknown; message?: unknown };
}

/** Each message with the codes it answers; see the catalogue (domain/messages/office.ts) for what each tells the user. */
const GROUPS: Partial<Record<MessageCode, readonly string[]>> = {
  // A command Excel found malformed, or an object Factuurcheck used wrongly: a bug of ours.
  'office.invalidArgument': [
    'InvalidArgument', 'InvalidReference', 'InvalidOperation', 'InvalidBinding', 'EmptyChartSeries', 'UnsupportedFillType',
    'InvalidObjectPath', 'InvalidRequestContext', 'PropertyNotLoaded', 'ValueNotLoaded', 'RunMustReturnPromise', 'CannotRegisterEvent',
  ],
  'office.itemAlreadyExists': ['ItemAlreadyExists'],
  'office.itemNotFound': ['ItemNotFound'],
  // Protected sheet or workbook, or a workbook opened read-only.
  'office.accessDenied': ['AccessDenied'],
  'office.cellEditing': ['InvalidOperationInCellEditMode'],
  'office.dialogOpen': ['WriteNotSupportedWhenModalDialogOpen'],
  // Excel on the web: 5 MB per request and per response; 5,000,000 cells per read;
  // OperationCellsExceedLimit: "more than the limit of 33554000 cells" (web only).
  'office.payloadTooLarge': ['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit', 'OperationCellsExceedLimit', 'RangeImageExceedsLimit'],
  // "The bytecode of the applied formula exceeds the maximum length limit."
  'office.formulaTooLong': ['FormulaLengthExceedsLimit'],
  // The selection is not one block of cells on a worksheet (several areas, a chart sheet).
  'office.invalidSelection': ['InvalidSelection', 'UnsupportedSheet'],
  'office.apiNotFound': ['ApiNotFound', 'ApiNotAvailable', 'NotImplemented', 'UnsupportedOperation'],
  // Something of the user's in the way: merged cells, a PivotTable, a filter, another edit at the same time.
  'office.conflict': ['Conflict', 'InsertDeleteConflict', 'MergedRangeConflict', 'PivotTableRangeConflict', 'FilteredRangeConflict', 'NonBlankCellOffSheet', 'UnsupportedFeature'],
  // "Multiple workbooks are open and the workbook being called by this API has lost focus."
  'office.inactiveWorkbook': ['InactiveWorkbook'],
  // The user's workbook links to others and Excel holds them back; or a Power Query source asks to sign in.
  'office.linksBlocked': ['OpenWorkbookLinksBlocked', 'RefreshWorkbookLinksBlocked', 'PowerQueryRefreshResourceChallenge'],
  // Excel or the connection to it is busy or gone for a moment: trying again helps.
  'office.busy': ['ActivityLimitReached', 'RequestAborted', 'ConnectionFailure', 'Timeout', 'InvalidOrTimedOutSession', 'MemoryLimitReached', 'ServiceNotAvailable'],
  'office.general': ['GeneralException', 'DirtySupportingFormula'],
};

const BY_CODE: ReadonlyMap<string, MessageCode> = new Map(
  Object.entries(GROUPS).flatMap(([key, codes]) => (codes ?? []).map((c) => [c, key as MessageCode] as const)),
);

/** Every code with a message of its own, for the test that compares them with Excel's lists. */
export const MAPPED_CODES: readonly string[] = [...BY_CODE.keys()];

const SIZE_CODES = new Set(GROUPS['office.payloadTooLarge']);

export function officeErrorCode(err: unknown): string | undefined {
  const code = (err as OfficeLikeError | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** True when Excel refused a request or response for its size; the caller then sends less at a time. */
export function isPayloadTooLarge(err: unknown): boolean {
  const code = officeErrorCode(err);
  if (code && SIZE_CODES.has(code)) return true;
  // Some hosts report the size limit only in the text of a GeneralException.
  const msg = (err as OfficeLikeError | null)?.message;
  return typeof msg === 'string' && /payload size|request.*too large/i.test(msg);
}

/** "GeneralException: text (at Range.values)" — Excel's own words, for support. */
export function officeErrorDetail(err: unknown): string {
  if (err === null || typeof err !== 'object') return String(err);
  const e = err as OfficeLikeError;
  const code = typeof e.code === 'string' ? e.code : (err as Error).name || 'Error';
  const message = typeof e.message === 'string' ? e.message : '';
  const where = typeof e.debugInfo?.errorLocation === 'string' && e.debugInfo.errorLocation ? ` (at ${e.debugInfo.errorLocation})` : '';
  return `${code}${message ? `: ${message}` : ''}${where}`;
}

/** Maps anything thrown inside Excel.run to one Problem with a stable code. */
export function officeProblem(err: unknown): Problem {
  const code = officeErrorCode(err);
  let key: MessageCode = (code && BY_CODE.get(code)) || 'office.unknown';
  if (key === 'office.unknown' && isPayloadTooLarge(err)) key = 'office.payloadTooLarge';
  return error(key, { detail: officeErrorDetail(err), ...(code ? { excelCode: code } : {}) });
}
