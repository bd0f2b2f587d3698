import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/domain/messages';
import { officeNl } from '../../src/domain/messages/office.nl';
import { officeEn } from '../../src/domain/messages/office.en';
import { MAPPED_CODES, isPayloadTooLarge, officeErrorDetail, officeProblem } from '../../src/office/errors';
import { FakeOfficeError } from '../support/fake-excel';
import { pairs } from '../support/texts';

const officeMessages = pairs(officeNl, officeEn);

const typings = readFileSync(join(__dirname, '..', '..', 'node_modules', '@types', 'office-js', 'index.d.ts'), 'utf8');

/** The string values of `enum ErrorCodes` inside `declare namespace Excel`. */
function excelErrorCodes(): string[] {
  const excel = typings.indexOf('declare namespace Excel {');
  const start = typings.indexOf('enum ErrorCodes {', excel);
  const body = typings.slice(start, typings.indexOf('}', start));
  return [...body.matchAll(/=\s*"(\w+)"/g)].map((m) => m[1]!);
}

/** OfficeExtension.ErrorCodes has static members without values; office.js spells each as its name in PascalCase. */
function officeExtensionErrorCodes(): string[] {
  const start = typings.indexOf('class ErrorCodes {', typings.indexOf('declare namespace OfficeExtension {'));
  const body = typings.slice(start, typings.indexOf('}', start));
  return [...body.matchAll(/public static (\w+): string;/g)].map((m) => m[1]![0]!.toUpperCase() + m[1]!.slice(1));
}

/**
 * Codes office.js raises beyond the two enums (its CoreErrorCodes, in @microsoft/office-js
 * dist/excel-web-16.00.js), documented in "Error handling with the application-specific
 * JavaScript APIs": the 5 MB size limits and the transient failures.
 */
const CORE_CODES = ['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'Timeout', 'InvalidOrTimedOutSession', 'WriteNotSupportedWhenModalDialogOpen', 'ApiNotAvailable', 'RequestAborted', 'MemoryLimitReached', 'ServiceNotAvailable'];

describe('office error mapping', () => {
  it('has a message for every code in Excel.ErrorCodes and OfficeExtension.ErrorCodes, and maps no code Excel does not have', () => {
    const excel = excelErrorCodes();
    const ext = officeExtensionErrorCodes();
    expect(excel).toContain('FormulaLengthExceedsLimit');
    expect(excel.length).toBeGreaterThanOrEqual(34);
    expect(ext).toContain('PropertyNotLoaded');
    const known = new Set([...excel, ...ext, ...CORE_CODES]);
    for (const code of [...excel, ...ext]) expect(MAPPED_CODES, code).toContain(code);
    for (const code of MAPPED_CODES) expect(known.has(code), code).toBe(true);
  });

  it.each([
    ['InvalidArgument', 'office.invalidArgument'],
    ['ItemAlreadyExists', 'office.itemAlreadyExists'],
    ['ItemNotFound', 'office.itemNotFound'],
    ['AccessDenied', 'office.accessDenied'],
    ['InvalidOperationInCellEditMode', 'office.cellEditing'],
    ['RequestPayloadSizeLimitExceeded', 'office.payloadTooLarge'],
    ['ResponsePayloadSizeLimitExceeded', 'office.payloadTooLarge'],
    ['RangeExceedsLimit', 'office.payloadTooLarge'],
    ['OperationCellsExceedLimit', 'office.payloadTooLarge'],
    ['FormulaLengthExceedsLimit', 'office.formulaTooLong'],
    ['InvalidSelection', 'office.invalidSelection'],
    ['UnsupportedSheet', 'office.invalidSelection'],
    ['ApiNotFound', 'office.apiNotFound'],
    ['MergedRangeConflict', 'office.conflict'],
    ['InactiveWorkbook', 'office.inactiveWorkbook'],
    ['RefreshWorkbookLinksBlocked', 'office.linksBlocked'],
    ['ActivityLimitReached', 'office.busy'],
    ['WriteNotSupportedWhenModalDialogOpen', 'office.dialogOpen'],
    ['GeneralException', 'office.general'],
    ['NeverHeardOfIt', 'office.unknown'],
  ])('%s → %s, keeping Excel’s own words', (code, expected) => {
    const p = officeProblem(new FakeOfficeError(code, 'Excel zegt nee.', 'Range.values'));
    expect(p.code).toBe(expected);
    expect(p.severity).toBe('error');
    expect(p.params.detail).toBe(`${code}: Excel zegt nee. (at Range.values)`);
    expect(p.nl).toContain('Excel zegt nee.');
    expect(p.en).toContain(code);
  });

  it('maps a plain JavaScript error without losing its text', () => {
    const p = officeProblem(new TypeError('x is undefined'));
    expect(p.code).toBe('office.unknown');
    expect(p.en).toContain('TypeError: x is undefined');
    expect(officeErrorDetail('a string')).toBe('a string');
  });

  it('recognises a size refusal by code or by text', () => {
    expect(isPayloadTooLarge(new FakeOfficeError('RequestPayloadSizeLimitExceeded', ''))).toBe(true);
    expect(isPayloadTooLarge(new FakeOfficeError('ResponsePayloadSizeLimitExceeded', ''))).toBe(true);
    expect(isPayloadTooLarge({ code: 'GeneralException', message: 'The request payload size has exceeded the limit.' })).toBe(true);
    expect(isPayloadTooLarge(new FakeOfficeError('GeneralException', 'Nope'))).toBe(false);
    expect(officeProblem({ code: 'GeneralException', message: 'payload size exceeded' }).code).toBe('office.general');
    expect(officeProblem({ message: 'payload size exceeded' }).code).toBe('office.payloadTooLarge');
  });

  it('has Dutch and English texts for every office message, in the merged catalogue', () => {
    for (const [code, entry] of Object.entries(officeMessages)) {
      expect(catalogues.nl[code as keyof typeof catalogues.nl]).toBe(officeNl[code as keyof typeof officeNl]);
      expect(catalogues.en[code as keyof typeof catalogues.en]).toBe(officeEn[code as keyof typeof officeEn]);
      expect(entry.nl({}).length).toBeGreaterThan(10);
      expect(entry.en({})).not.toBe(entry.nl({}));
      expect(entry.nl({})).not.toContain('undefined');
    }
  });

  it('never tells an Excel user to download a file: the pane in Excel offers no download', () => {
    for (const entry of Object.values(officeMessages)) {
      expect(entry.nl({ detail: 'x' })).not.toMatch(/download/i);
      expect(entry.en({ detail: 'x' })).not.toMatch(/download/i);
    }
  });
});
