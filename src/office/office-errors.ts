/**
 * Office.js errors → Problems a user can act on. Reads errors structurally (code, message,
 * debugInfo) so it needs no global `OfficeExtension` and works on the test fake too.
 * Excel's own code and text always travel along in `detail`: nothing is swallowed.
 */
import { error, type Problem } from '../domain/problems';
import type { MessageCode } from '../domain/messages';

interface OfficeLikeError {
  code?: unknown;
  message?: unknown;
  debugInfo?: { errorLocation?: unknown; message?: unknown };
}

/** Excel.ErrorCodes / OfficeExtension.ErrorCodes values we give their own message. */
const BY_CODE: Record<string, MessageCode> = {
  InvalidArgument: 'office.invalidArgument',
  InvalidReference: 'office.invalidArgument',
  InvalidOperation: 'office.invalidArgument',
  ItemAlreadyExists: 'office.itemAlreadyExists',
  ItemNotFound: 'office.itemNotFound',
  AccessDenied: 'office.accessDenied',
  // A protected sheet shows up as AccessDenied on most hosts, as this on some.
  ProtectedSheet: 'office.accessDenied',
  InvalidOperationInCellEditMode: 'office.cellEditing',
  EditModeCellEditing: 'office.cellEditing',
  RequestPayloadSizeLimitExceeded: 'office.payloadTooLarge',
  ResponsePayloadSizeLimitExceeded: 'office.payloadTooLarge',
  PayloadTooLarge: 'office.payloadTooLarge',
  InvalidSelection: 'office.invalidSelection',
  ApiNotFound: 'office.apiNotFound',
  NotImplemented: 'office.apiNotFound',
  UnsupportedOperation: 'office.apiNotFound',
  GeneralException: 'office.general',
  RequestAborted: 'office.general',
  Conflict: 'office.general',
};

const PAYLOAD_CODES = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'PayloadTooLarge']);

export function officeErrorCode(err: unknown): string | undefined {
  const code = (err as OfficeLikeError | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** True when Excel refused a request for its size; the writer then halves its chunks and retries. */
export function isPayloadTooLarge(err: unknown): boolean {
  const code = officeErrorCode(err);
  if (code && PAYLOAD_CODES.has(code)) return true;
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
  if (err instanceof OfficeProblemError) return err.problem;
  const code = officeErrorCode(err);
  let key: MessageCode = (code && BY_CODE[code]) || 'office.unknown';
  if (key === 'office.unknown' && isPayloadTooLarge(err)) key = 'office.payloadTooLarge';
  return error(key, { detail: officeErrorDetail(err), ...(code ? { excelCode: code } : {}) });
}

/**
 * For the few host methods whose interface returns a bare Promise (activateSheet):
 * they reject with this, so the caller still gets a mapped Problem rather than a raw error.
 */
export class OfficeProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.en);
    this.name = 'OfficeProblemError';
  }
}
