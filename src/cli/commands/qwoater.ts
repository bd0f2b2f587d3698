/** `reconcile`, `spec` and `demo`: the Qwoater check on Loket's 'Dossiervorming Qwoater per werkgever'. */
import type { OptionSpec } from '../args';
import { later, type CliCommand } from '../command';

/** What reconcile, spec and rebill read: the exports and the price. */
export const QWOATER_OPTIONS: OptionSpec[] = [
  { name: 'model', kind: 'value', arg: '1|2', help: 'option.model' },
  { name: 'current', kind: 'value', arg: 'arg.file', help: 'option.current' },
  { name: 'previous', kind: 'value', arg: 'arg.file', help: 'option.previous' },
  { name: 'price', kind: 'value', arg: 'arg.eur', help: 'option.price' },
  { name: 'minimum', kind: 'value', arg: 'arg.eur', help: 'option.minimum' },
  { name: 'vat', kind: 'value', arg: 'arg.pct', help: 'option.vat' },
  { name: 'tolerance', kind: 'value', arg: 'arg.eur', help: 'option.tolerance' },
  { name: 'settings', kind: 'value', arg: 'arg.file', help: 'option.settings' },
  { name: 'year', kind: 'value', arg: 'arg.year', help: 'option.year' },
  { name: 'peildatum', kind: 'value', arg: 'arg.date', help: 'option.peildatum' },
];

export const reconcileCommand: CliCommand = {
  name: 'reconcile',
  summary: 'command.reconcile',
  usage: 'usage.reconcile',
  groups: [{ options: QWOATER_OPTIONS }],
  run: later(() => import('./qwoater-run'), (m) => m.runReconcile),
};

export const specCommand: CliCommand = {
  name: 'spec',
  summary: 'command.spec',
  usage: 'usage.spec',
  groups: [{ options: [...QWOATER_OPTIONS, { name: 'out', kind: 'value', arg: 'arg.file', help: 'option.out.spec' }] }],
  run: later(() => import('./qwoater-run'), (m) => m.writeSpec),
};

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'command.demo',
  usage: 'usage.demo',
  groups: [
    {
      options: [
        { name: 'price', kind: 'value', arg: 'arg.eur', help: 'option.price.demo' },
        { name: 'out', kind: 'value', arg: 'arg.file', help: 'option.out.demo' },
      ],
    },
  ],
  run: later(() => import('./qwoater-run'), (m) => m.runDemo),
};
