import { describe, expect, it } from 'vitest';
import { messages } from '../../src/domain/messages';
import { officeMessages } from '../../src/domain/messages/office';
import { OfficeProblemError, isPayloadTooLarge, officeErrorDetail, officeProblem } from '../../src/office/office-errors';
import { FakeOfficeError } from '../support/fake-excel';

describe('office error mapping', () => {
  it.each([
    ['InvalidArgument', 'office.invalidArgument'],
    ['ItemAlreadyExists', 'office.itemAlreadyExists'],
    ['ItemNotFound', 'office.itemNotFound'],
    ['AccessDenied', 'office.accessDenied'],
    ['InvalidOperationInCellEditMode', 'office.cellEditing'],
    ['EditModeCellEditing', 'office.cellEditing'],
    ['RequestPayloadSizeLimitExceeded', 'office.payloadTooLarge'],
    ['ResponsePayloadSizeLimitExceeded', 'office.payloadTooLarge'],
    ['InvalidSelection', 'office.invalidSelection'],
    ['ApiNotFound', 'office.apiNotFound'],
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
    expect(isPayloadTooLarge({ code: 'GeneralException', message: 'The request payload size has exceeded the limit.' })).toBe(true);
    expect(isPayloadTooLarge(new FakeOfficeError('GeneralException', 'Nope'))).toBe(false);
    expect(officeProblem({ code: 'GeneralException', message: 'payload size exceeded' }).code).toBe('office.general');
    expect(officeProblem({ message: 'payload size exceeded' }).code).toBe('office.payloadTooLarge');
  });

  it('passes an already mapped problem through', () => {
    const inner = officeProblem(new FakeOfficeError('AccessDenied', 'beveiligd'));
    expect(officeProblem(new OfficeProblemError(inner))).toBe(inner);
  });

  it('has Dutch and English texts for every office message, in the merged catalogue', () => {
    for (const [code, entry] of Object.entries(officeMessages)) {
      expect(messages[code as keyof typeof messages]).toBe(entry);
      expect(entry.nl({}).length).toBeGreaterThan(10);
      expect(entry.en({})).not.toBe(entry.nl({}));
      expect(entry.nl({})).not.toContain('undefined');
    }
  });
});
