/** Every Dutch text of the engine, the writers' messages and the CLI, by stable key. */
import { importsNl } from './imports.nl';
import { billingNl } from './billing.nl';
import { officeNl } from './office.nl';
import { planNl } from './plan.nl';
import { cliNl } from './cli.nl';
import { yearNl } from './year.nl';
import { xpertNl } from './xpert.nl';
import { pdfNl } from './pdf.nl';
import { hostNl } from './host.nl';
import { notesNl } from './notes.nl';

export const nl = {
  ...importsNl,
  ...billingNl,
  ...officeNl,
  ...planNl,
  ...cliNl,
  ...yearNl,
  ...xpertNl,
  ...pdfNl,
  ...hostNl,
  ...notesNl,
};

export type MessageCode = keyof typeof nl;
