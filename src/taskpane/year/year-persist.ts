/**
 * The year state ⇄ its stored form. Saving keeps the user's input (typed text, file
 * bytes, pasted text, selected cells); restoring hands that input back to the same
 * validation and importer a user's typing and loading go through.
 */
import { base64ToBytes, bytesToBase64 } from '../state/stored-state';
import { newLineId, type YearForm } from './year-form';
import { hasYearData, type SigningRequest, type YearState } from './year-state';
import type { SigningStored, YearStored } from './year-stored';

const base64Cache = new WeakMap<Uint8Array, string>();

function signingToStored(r: SigningRequest): SigningStored {
  const i = r.input;
  let input: SigningStored['input'];
  if ('bytes' in i) {
    let b64 = base64Cache.get(i.bytes);
    if (b64 === undefined) {
      b64 = bytesToBase64(i.bytes);
      base64Cache.set(i.bytes, b64);
    }
    input = { kind: 'bytes', base64: b64 };
  } else if ('text' in i) input = { kind: 'text', text: i.text };
  else input = { kind: 'grid', grid: i.grid };
  return { source: r.source, input, options: r.options.period ? { period: { from: r.options.period.from, to: r.options.period.to } } : {} };
}

export const signingFromStored = (s: SigningStored): SigningRequest => ({
  input: s.input.kind === 'bytes' ? { bytes: base64ToBytes(s.input.base64) } : s.input.kind === 'text' ? { text: s.input.text } : { grid: s.input.grid },
  source: s.source,
  options: s.options.period ? { period: s.options.period } : {},
});

/** Undefined when there is nothing to keep, so a workbook without year data stays as it was. */
export function yearToStored(s: YearState): YearStored | undefined {
  const f = s.form;
  if (!hasYearData(s) && f.toleranceAbs === '' && f.tolerancePct === '' && f.signingMode === 'unknown') return undefined;
  return {
    lines: f.lines.map(({ id: _id, ...rest }) => ({ ...rest, period: rest.period.slice(0, 60), count: rest.count.slice(0, 60), price: rest.price.slice(0, 60), amount: rest.amount.slice(0, 60) })),
    toleranceAbs: f.toleranceAbs.slice(0, 60),
    tolerancePct: f.tolerancePct.slice(0, 60),
    signingMode: f.signingMode,
    signingPrice: f.signingPrice.slice(0, 60),
    employers: { ...f.employers, numbers: f.employers.numbers.slice(0, 200_000) },
    signing: s.signing.map((x) => signingToStored(x.request)),
  };
}

export function formFromStored(s: YearStored): YearForm {
  return {
    lines: s.lines.map((l) => ({ ...l, id: newLineId() })),
    toleranceAbs: s.toleranceAbs,
    tolerancePct: s.tolerancePct,
    signingMode: s.signingMode,
    signingPrice: s.signingPrice,
    employers: s.employers,
  };
}
