/**
 * The CLI's commands. A new command is a file in this folder and one line here.
 *
 * What lives in src/cli/commands/: qwoater.ts (reconcile, spec, demo), rebill.ts (rebill, and the
 * year options that spec shares), xpert.ts (Otherside at Work); index.ts lists them.
 */
import type { CliCommand } from '../command';
import { demoCommand, reconcileCommand, specCommand } from './qwoater';
import { rebillCommand, withYearSheets } from './rebill';
import { xpertCommand } from './xpert';

export const commands: CliCommand[] = [reconcileCommand, withYearSheets(specCommand), demoCommand, rebillCommand, xpertCommand];
