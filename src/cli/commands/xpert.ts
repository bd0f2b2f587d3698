/**
 * `xpert`: Otherside at Work's monthly Xpert Suite specifications (CSV, PDF or .xlsx) → the
 * amounts per month and employer, the trend, and optionally the workbook. The command
 * line has no stored history: the months given are the history, so a month given twice
 * is an error naming both files rather than a question.
 */
import { later, type CliCommand } from '../command';

export const xpertCommand: CliCommand = {
  name: 'xpert',
  summary: 'command.xpert',
  usage: 'usage.xpert',
  groups: [
    {
      options: [
        { name: 'in', kind: 'values', arg: 'arg.files', help: 'option.in' },
        { name: 'rate', kind: 'value', arg: 'arg.eur', help: 'option.rate' },
        { name: 'sms-rate', kind: 'value', arg: 'arg.eur', help: 'option.sms-rate' },
        { name: 'no-sms', kind: 'flag', help: 'option.no-sms' },
        { name: 'vat', kind: 'value', arg: 'arg.pct', help: 'option.vat.xpert' },
        { name: 'tolerance', kind: 'value', arg: 'arg.eur', help: 'option.tolerance.xpert' },
        { name: 'out', kind: 'value', arg: 'arg.file', help: 'option.out.xpert' },
      ],
    },
  ],
  run: later(() => import('./xpert-run'), (m) => m.runXpertCommand),
};
