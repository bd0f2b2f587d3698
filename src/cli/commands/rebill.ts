/**
 * `rebill` (the split per employer as CSV) and the year's options for `spec`
 * (`--per-employer`, `--signing`, `--invoices`, …), which wrap the plain spec command:
 * without a year option, `spec` runs exactly as before.
 * The rules all live in the engine; this file holds the options, rebill-run.ts reads the
 * files and reports.
 */
import { later, type CliCommand, type OptionGroup } from '../command';
import type { ParsedArgs } from '../args';
import { QWOATER_OPTIONS } from './qwoater';

const YEAR_GROUP: OptionGroup = {
  title: 'help.group.year',
  options: [
    { name: 'invoices', kind: 'value', arg: 'arg.file', help: 'option.invoices' },
    { name: 'signing', kind: 'values', arg: 'arg.files', help: 'option.signing' },
    { name: 'signing-price', kind: 'value', arg: 'arg.eur', help: 'option.signing-price' },
    { name: 'signing-included', kind: 'flag', help: 'option.signing-included' },
    { name: 'signing-unit', kind: 'value', arg: 'requests|signers', help: 'option.signing-unit' },
    { name: 'count', kind: 'values', arg: 'arg.counts', help: 'option.count' },
    { name: 'distribute', kind: 'value', arg: 'computed|invoiced', help: 'option.distribute' },
    { name: 'small-difference', kind: 'value', arg: 'arg.pct', help: 'option.small-difference' },
  ],
};
const SHEET_GROUP: OptionGroup = {
  title: 'help.group.sheets',
  options: [
    { name: 'per-employer', kind: 'flag', help: 'option.per-employer' },
    { name: 'employers', kind: 'value', arg: 'arg.numbers', help: 'option.employers' },
    { name: 'yes', kind: 'flag', help: 'option.yes' },
  ],
};

export const rebillCommand: CliCommand = {
  name: 'rebill',
  summary: 'command.rebill',
  usage: 'usage.rebill',
  groups: [{ options: [...QWOATER_OPTIONS, { name: 'out', kind: 'value', arg: 'arg.file', help: 'option.out.rebill' }] }, YEAR_GROUP],
  run: later(() => import('./rebill-run'), (m) => m.runRebill),
};

/** True when any year or sheet option was given. */
const wantsYear = (a: ParsedArgs) =>
  [...YEAR_GROUP.options, ...SHEET_GROUP.options].some((o) => a.flags[o.name] || a.values[o.name] !== undefined || a.lists[o.name]?.length);

const yearSpec = later(() => import('./rebill-run'), (m) => m.runYearSpec);

/**
 * `spec`, taught the year's options: with any of them it writes the year's workbook
 * (specification, Factuurcontrole, Doorbelasting and, with --per-employer, one sheet per
 * employer); without, it runs the plain specification untouched.
 */
export function withYearSheets(spec: CliCommand): CliCommand {
  return {
    ...spec,
    groups: [...spec.groups, YEAR_GROUP, SHEET_GROUP],
    run: (args, lang) => (wantsYear(args) ? yearSpec : spec.run)(args, lang),
  };
}
